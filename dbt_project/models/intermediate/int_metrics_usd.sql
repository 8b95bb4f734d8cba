-- Every metric report of a live article, validated and normalized:
--  * units must be an ISO 4217 code, 'percent' or 'count' (others are dropped here and reported by a
--    warning test on staging);
--  * periods: a fiscal quarter outside 1..4 or a start after the end is cleared rather than trusted;
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
        fiscal_year,
        case when fiscal_quarter between 1 and 4 then fiscal_quarter end as fiscal_quarter,
        case when not has_inverted_period then period_start end as period_start,
        case when not has_inverted_period then period_end end as period_end,
        evidence_text,
        start_char,
        end_char
    from reports
),

keyed as (
    select
        *,
        md5(concat_ws('|', organization_key, metric_name, coalesce(period_label, ''), unit)) as metric_id,
        {{ key_to_id('organization_key') }} as organization_id,
        coalesce(year(period_start), fiscal_year, year(published_date)) as fact_year
    from normalized
)

select
    k.*,
    case when k.is_currency then k.value * fx.usd_per_unit end as value_usd,
    case when k.is_currency then fx.rate_year end as fx_year_used,
    row_number() over (
        partition by k.metric_id
        order by k.published_date desc nulls last, k.article_id, k.article_metric_id
    ) as report_rank
from keyed as k
left join {{ ref('int_fx_rates') }} as fx
    on k.is_currency
    and fx.currency = k.unit
    and fx.rate_year = least(greatest(coalesce(k.fact_year, fx.last_rate_year), fx.first_rate_year), fx.last_rate_year)
