-- Cloud revenue by company over time, in USD.
-- One row per group (cloud units rolled up to their parent through parent_organization_id) and period.
-- Figures the article itself gave in USD are preferred over converted ones: when a unit reports both
-- "RMB 9.1 billion (about $1.35 billion)", the stated USD row is used and the converted CNY row is not
-- added on top of it (that would double count).
with ranked as (
    select
        r.*,
        row_number() over (
            partition by r.organization_id, r.period_label
            order by r.currency = 'USD' desc, r.source_count desc, r.currency
        ) as pick
    from marts.fct_cloud_revenue as r
    where r.revenue_usd is not null
)

select
    coalesce(parent.organization_name, r.organization_name) as company,
    r.period_label,
    r.fiscal_year,
    r.fiscal_quarter,
    min(r.period_start) as period_start,
    max(r.period_end) as period_end,
    round(sum(r.revenue_usd) / 1e9, 3) as cloud_revenue_usd_bn,
    string_agg(r.organization_name || ' (' || r.currency || ')', ', ' order by r.organization_name) as reported_by,
    max(r.yoy_growth_pct) as yoy_growth_pct,
    bool_or(r.has_conflict) as has_conflicting_reports
from ranked as r
left join marts.dim_organizations as parent on parent.organization_id = r.parent_organization_id
where r.pick = 1
group by all
order by company, period_start nulls last, r.period_label
