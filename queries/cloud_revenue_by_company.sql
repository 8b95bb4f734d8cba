-- Cloud revenue by company over time, in USD.
-- Cloud units roll up to their group through rollup_organization_id, the top of the parent_organization_id
-- chain (Tencent Cloud -> Cloud and Smart Industries Group -> Tencent), so each row is a company and a period. When several figures exist for the same company and period (the unit
-- and its group, or "RMB 9.1 billion (about $1.35 billion)" giving a CNY and a stated USD row), one is
-- shown rather than summed, which would double count: a USD figure the article states itself first,
-- then the figure most articles report, then the largest. `figures` lists everything available.
with figures as (
    select
        company.organization_name as company,
        r.*
    from marts.fct_cloud_revenue as r
    inner join marts.dim_organizations as company on company.organization_id = r.rollup_organization_id
    where r.revenue_usd is not null
),

ranked as (
    select
        *,
        row_number() over (
            partition by company, period_label
            order by currency = 'USD' desc, source_count desc, revenue_usd desc, organization_name, currency
        ) as pick,
        string_agg(organization_name || ' ' || currency, ', ' order by organization_name, currency)
            over (partition by company, period_label)
            as all_figures,
        bool_or(has_conflict) over (partition by company, period_label) as any_conflict
    from figures
)

select
    company,
    period_label,
    fiscal_year,
    fiscal_quarter,
    period_start,
    period_end,
    round(revenue_usd / 1e9, 3) as cloud_revenue_usd_bn,
    organization_name as reported_for,
    currency as reported_currency,
    yoy_growth_pct,
    any_conflict as has_conflicting_reports,
    all_figures as figures
from ranked
where pick = 1
order by company, period_start nulls last, period_label
