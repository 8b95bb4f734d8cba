-- One row per metric report of one article. Currency units upper-case, 'percent'/'count' lower-case;
-- unknown metric names fall back to 'other'.
select
    article_metric_id,
    article_id,
    lower(trim(organization_key)) as organization_key,
    trim(organization_name) as organization_name,
    case
        when lower(trim(metric_name)) in (
            'cloud_revenue', 'revenue', 'cloud_revenue_growth', 'revenue_growth', 'profit',
            'cost_per_account', 'market_share', 'users', 'customers', 'other'
        ) then lower(trim(metric_name))
        else 'other'
    end as metric_name,
    cast(value as double) as value,
    case
        when lower(trim(unit)) in ('percent', 'count') then lower(trim(unit))
        else {{ normalize_currency('unit') }}
    end as unit,
    nullif(trim(period_label), '') as period_label,
    cast(fiscal_year as integer) as fiscal_year,
    cast(fiscal_quarter as integer) as fiscal_quarter,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    evidence_text,
    cast(start_char as integer) as start_char,
    cast(end_char as integer) as end_char
from {{ source('ingest', 'metrics') }}
where nullif(trim(organization_key), '') is not null
