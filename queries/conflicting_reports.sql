-- Conflicting reports: metrics whose articles disagree by more than 2%, and deals whose reports
-- disagree on the amount or currency, with each report's value and the article it comes from.
select
    'metric' as fact_kind,
    o.organization_name as subject,
    m.metric_name || coalesce(' ' || m.period_label, '') as fact,
    m.unit,
    m.value as chosen_value,
    m.value_min,
    m.value_max,
    round(100 * (m.value_max - m.value_min) / nullif(greatest(abs(m.value_max), abs(m.value_min)), 0), 1)
        as spread_pct,
    s.value_reported,
    a.title as article_title,
    a.published_date,
    s.evidence_text
from marts.fct_company_metrics as m
inner join marts.bridge_metric_sources as s on s.metric_id = m.metric_id
inner join marts.dim_organizations as o on o.organization_id = m.organization_id
inner join marts.dim_articles as a on a.article_id = s.article_id
where m.has_conflict

union all

select
    'deal',
    d.summary,
    d.deal_type,
    coalesce(s.currency_reported, d.currency),
    d.amount,
    d.amount_min,
    d.amount_max,
    round(100 * (d.amount_max - d.amount_min) / nullif(greatest(abs(d.amount_max), abs(d.amount_min)), 0), 1),
    s.amount_reported,
    a.title,
    a.published_date,
    s.evidence_text
from marts.fct_deals as d
inner join marts.bridge_deal_sources as s on s.deal_id = d.deal_id
inner join marts.dim_articles as a on a.article_id = s.article_id
where d.has_conflict

order by fact_kind desc, subject, fact, published_date desc
