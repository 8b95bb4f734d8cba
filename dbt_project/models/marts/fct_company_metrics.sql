-- One row per distinct (organization, metric, period, unit). The value is the chosen report's (most
-- recent article by publication date, then article id); reports are never overwritten: all of them are
-- in bridge_metric_sources, their range is kept here and has_conflict flags a spread above the tolerance.
with reports as (
    select * from {{ ref('int_metrics_usd') }}
),

summary as (
    select
        metric_id,
        count(distinct article_id) as source_count,
        count(*) as report_count,
        min(value) as value_min,
        max(value) as value_max,
        min(published_date) as first_reported_date,
        max(published_date) as last_reported_date,
        bool_and(is_stale) as is_stale
    from reports
    group by metric_id
)

select
    r.metric_id,
    r.organization_id,
    o.organization_name,
    r.metric_name,
    r.period_label,
    r.fiscal_year,
    r.fiscal_quarter,
    r.period_start,
    r.period_end,
    r.is_period_derived,
    r.value,
    r.unit,
    r.value_usd,
    r.fx_year_used,
    r.fx_year_used is distinct from r.fact_year and r.fx_year_used is not null as is_fx_year_substituted,
    s.value_min,
    s.value_max,
    -- Only comparable reports can conflict: 'other' lumps unlike quantities under one key, and undated
    -- reports ("more than 200 banks" in 2017, "1 million customers" in 2020) describe different moments.
    r.metric_name <> 'other'
    and r.period_label is not null
    and s.value_max - s.value_min
        > {{ var('metric_conflict_tolerance') }} * greatest(abs(s.value_max), abs(s.value_min)) as has_conflict,
    s.source_count,
    s.report_count,
    s.first_reported_date,
    s.last_reported_date,
    s.is_stale,
    r.article_id as chosen_article_id
from reports as r
inner join summary as s on s.metric_id = r.metric_id
left join {{ ref('int_organizations') }} as o on o.organization_id = r.organization_id
where r.report_rank = 1
