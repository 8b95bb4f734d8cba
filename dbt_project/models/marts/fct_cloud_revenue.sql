-- Cloud revenue per organization, period and currency. A USD figure the article states itself is its
-- own row next to the original-currency figure (never replaced by a conversion). parent_organization_id
-- lets a query for a group include its cloud unit, rollup_organization_id goes to the top of the parent
-- chain; yoy_growth_pct is the cloud_revenue_growth metric of the same organization and period.
with revenue as (
    select * from {{ ref('fct_company_metrics') }}
    where metric_name = 'cloud_revenue' and unit not in ('percent', 'count')
),

growth as (
    select organization_id, period_label, value as yoy_growth_pct
    from {{ ref('fct_company_metrics') }}
    where metric_name = 'cloud_revenue_growth' and unit = 'percent'
)

select
    r.metric_id as cloud_revenue_id,
    r.organization_id,
    r.organization_name,
    o.parent_organization_id,
    o.top_organization_id as rollup_organization_id,
    r.period_label,
    r.fiscal_year,
    r.fiscal_quarter,
    r.period_start,
    r.period_end,
    r.value as revenue,
    r.unit as currency,
    r.value_usd as revenue_usd,
    r.fx_year_used,
    g.yoy_growth_pct,
    r.source_count,
    r.has_conflict,
    r.value_min as revenue_min,
    r.value_max as revenue_max,
    r.is_stale
from revenue as r
left join growth as g
    on g.organization_id = r.organization_id and g.period_label is not distinct from r.period_label
left join {{ ref('int_organizations') }} as o on o.organization_id = r.organization_id
