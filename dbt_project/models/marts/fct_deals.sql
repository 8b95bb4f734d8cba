-- One row per distinct deal, even when several articles report it. Attributes come from the chosen
-- report (one stating an amount, then the most recent article); every report is kept in
-- bridge_deal_sources. has_conflict: the reports state different currencies or amounts that differ by
-- more than the tolerance.
with reports as (
    select * from {{ ref('int_deals_usd') }}
),

summary as (
    select
        deal_id,
        count(distinct article_id) as source_count,
        count(*) as report_count,
        min(announced_date) as announced_date,
        min(published_date) as first_reported_date,
        max(published_date) as last_reported_date,
        min(amount) as amount_min,
        max(amount) as amount_max,
        count(distinct currency) as currency_count,
        bool_and(is_stale) as is_stale
    from reports
    group by deal_id
),

participants as (
    select
        r.deal_id,
        count(distinct p.organization_key) as participant_count,
        list(distinct o.organization_name order by o.organization_name) as participant_names
    from {{ ref('stg_ingest__deal_participants') }} as p
    inner join reports as r on r.article_deal_id = p.article_deal_id
    left join {{ ref('int_organizations') }} as o on o.organization_key = p.organization_key
    group by r.deal_id
)

select
    r.deal_id,
    r.deal_key,
    r.deal_type,
    s.announced_date,
    r.amount,
    r.currency,
    r.amount_usd,
    r.fx_year_used,
    r.fx_year_used is distinct from r.fact_year and r.fx_year_used is not null as is_fx_year_substituted,
    r.summary,
    coalesce(pa.participant_count, 0) as participant_count,
    coalesce(pa.participant_names, []::varchar[]) as participant_names,
    s.source_count,
    s.report_count,
    s.amount_min,
    s.amount_max,
    coalesce(
        s.currency_count > 1
        or s.amount_max - s.amount_min
            > {{ var('metric_conflict_tolerance') }} * greatest(abs(s.amount_max), abs(s.amount_min)),
        false
    ) as has_conflict,
    s.first_reported_date,
    s.last_reported_date,
    s.is_stale,
    r.article_id as chosen_article_id
from reports as r
inner join summary as s on s.deal_id = r.deal_id
left join participants as pa on pa.deal_id = r.deal_id
where r.report_rank = 1
