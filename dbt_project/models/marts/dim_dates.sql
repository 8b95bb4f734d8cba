-- Calendar covering every date the marts use (publication, announcement, reporting and period dates),
-- one row per day from the earliest to the latest.
with used_dates as (
    select published_date as d from {{ ref('dim_articles') }}
    union all select announced_date from {{ ref('fct_deals') }}
    union all select first_reported_date from {{ ref('fct_deals') }}
    union all select period_start from {{ ref('fct_company_metrics') }}
    union all select period_end from {{ ref('fct_company_metrics') }}
),

bounds as (
    select min(d) as first_day, max(d) as last_day from used_dates where d is not null
),

days as (
    select cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as date_day
    from bounds
    where first_day is not null
)

select
    date_day,
    cast(year(date_day) as integer) as year,
    cast(quarter(date_day) as integer) as quarter,
    cast(month(date_day) as integer) as month,
    cast(day(date_day) as integer) as day_of_month,
    cast(isodow(date_day) as integer) as iso_day_of_week,
    strftime(date_day, '%Y-%m') as year_month,
    year(date_day) || '-Q' || quarter(date_day) as year_quarter,
    cast(date_trunc('month', date_day) as date) as month_start,
    cast(date_trunc('quarter', date_day) as date) as quarter_start
from days
