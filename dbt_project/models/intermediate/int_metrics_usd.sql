-- Every metric report of a live article, validated and normalized:
--  * units must be an ISO 4217 code, 'percent' or 'count' (others are dropped here and reported by a
--    warning test on staging);
--  * periods: a fiscal quarter outside 1..4 or a start after the end is cleared rather than trusted;
--    calendar labels ('2018', 'Q3 2018', 'H1 2019') fill in missing dates (is_period_derived); fiscal
--    labels ('FY2019 Q2') are not guessed here: they need the company's fiscal calendar (extraction's job);
--  * metric_id identifies the distinct fact (organization, metric, period, unit) across articles;
--  * currency values get value_usd at the yearly average rate of the period's start year (else fiscal
--    year, else publication year); years beyond the seed use the nearest year, kept in fx_year_used;
--  * report_rank 1 is the chosen report: most recent article by publication date, then article id.
with reports as (
    select
        m.*,
        l.published_date,
        l.is_stale,
        m.period_start is not null and m.period_end is not null and m.period_start > m.period_end
            as has_inverted_period
    from {{ ref('stg_ingest__metrics') }} as m
    inner join {{ ref('int_live_articles') }} as l on l.article_id = m.article_id
    where m.value is not null
      and (m.unit in ('percent', 'count') or regexp_full_match(m.unit, '[A-Z]{3}'))
),

calendar_labels as (
    -- Dates a calendar period label stands for; null for fiscal or unknown labels.
    select
        *,
        try_cast(right(period_label, 4) as integer) as label_year,
        try_cast(substr(period_label, 2, 1) as integer) as label_part,
        case
            when regexp_full_match(period_label, '\d{4}') then 'year'
            when regexp_full_match(period_label, 'Q[1-4] \d{4}') then 'quarter'
            when regexp_full_match(period_label, 'H[12] \d{4}') then 'half'
        end as label_kind
    from reports
),

label_dates as (
    select
        *,
        case label_kind
            when 'year' then make_date(label_year, 1, 1)
            when 'quarter' then make_date(label_year, (label_part - 1) * 3 + 1, 1)
            when 'half' then make_date(label_year, (label_part - 1) * 6 + 1, 1)
        end as label_start,
        case label_kind
            when 'year' then make_date(label_year, 12, 31)
            when 'quarter' then last_day(make_date(label_year, label_part * 3, 1))
            when 'half' then last_day(make_date(label_year, label_part * 6, 1))
        end as label_end,
        (period_start is null and period_end is null) or has_inverted_period as lacks_period_dates
    from calendar_labels
),

normalized as (
    select
        article_metric_id,
        article_id,
        published_date,
        is_stale,
        organization_key,
        organization_name,
        metric_name,
        value,
        unit,
        unit not in ('percent', 'count') as is_currency,
        period_label,
        coalesce(fiscal_year, case when label_kind is not null then label_year end) as fiscal_year,
        case
            when fiscal_quarter between 1 and 4 then fiscal_quarter
            when fiscal_quarter is null and label_kind = 'quarter' then label_part
        end as fiscal_quarter,
        case when lacks_period_dates then label_start else period_start end as period_start,
        case when lacks_period_dates then label_end else period_end end as period_end,
        lacks_period_dates and label_kind is not null as is_period_derived,
        evidence_text,
        start_char,
        end_char
    from label_dates
),

keyed as (
    select
        *,
        md5(concat_ws('|', organization_key, metric_name, coalesce(period_label, ''), unit)) as metric_id,
        {{ key_to_id('organization_key') }} as organization_id,
        coalesce(year(period_start), fiscal_year, year(published_date)) as fact_year
    from normalized
),

fx_ranges as (
    select distinct currency, first_rate_year, last_rate_year
    from {{ ref('int_fx_rates') }}
),

fx_years as (
    -- The rate year each currency report uses, resolved before the rate join so that join is on equal
    -- keys (a year computed from the rate row's own columns made DuckDB compare every report with every
    -- rate: 0.6 s of nested-loop join at 10k articles).
    select
        k.*,
        r.currency as fx_currency,
        least(greatest(coalesce(k.fact_year, r.last_rate_year), r.first_rate_year), r.last_rate_year) as fx_year
    from keyed as k
    left join fx_ranges as r on r.currency = case when k.is_currency then k.unit end
)

select
    k.* exclude (fx_currency, fx_year),
    case when k.is_currency then k.value * fx.usd_per_unit end as value_usd,
    case when k.is_currency then fx.rate_year end as fx_year_used,
    row_number() over (
        partition by k.metric_id
        order by k.published_date desc nulls last, k.article_id, k.article_metric_id
    ) as report_rank
from fx_years as k
left join {{ ref('int_fx_rates') }} as fx on fx.currency = k.fx_currency and fx.rate_year = k.fx_year
