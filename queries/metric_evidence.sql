-- The evidence behind a number: every article sentence supporting each company metric, with the value
-- that article reported, so a figure on a dashboard can be traced to its sources.
-- Narrow it down with e.g. `where o.organization_name = 'Tencent Cloud' and m.metric_name = 'cloud_revenue'`.
select
    o.organization_name,
    m.metric_name,
    m.period_label,
    m.value as chosen_value,
    m.unit,
    s.value_reported,
    s.is_chosen,
    a.title as article_title,
    a.published_date,
    a.source_path,
    s.evidence_text,
    s.start_char,
    s.end_char
from marts.fct_company_metrics as m
inner join marts.bridge_metric_sources as s on s.metric_id = m.metric_id
inner join marts.dim_organizations as o on o.organization_id = m.organization_id
inner join marts.dim_articles as a on a.article_id = s.article_id
order by o.organization_name, m.metric_name, m.period_label, a.published_date desc, a.article_id, s.start_char
