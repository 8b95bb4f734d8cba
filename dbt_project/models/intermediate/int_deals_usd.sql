-- Every report of a deal by a live article, with its deal id (shared by all articles reporting the same
-- deal: deal_key = type + sorted participant keys), its amount in USD at the yearly average rate of the
-- deal's year (announced date, else the article's publication date), and its rank among the reports of
-- the same deal: reports stating an amount first, then the most recent article, then article id.
with reports as (
    select
        d.*,
        {{ key_to_id('d.deal_key') }} as deal_id,
        l.published_date,
        l.is_stale,
        coalesce(year(d.announced_date), year(l.published_date)) as fact_year
    from {{ ref('stg_ingest__deals') }} as d
    inner join {{ ref('int_live_articles') }} as l on l.article_id = d.article_id
)

select
    r.deal_id,
    r.deal_key,
    r.article_deal_id,
    r.article_id,
    r.published_date,
    r.is_stale,
    r.deal_type,
    r.announced_date,
    r.amount,
    r.currency,
    r.amount * fx.usd_per_unit as amount_usd,
    fx.rate_year as fx_year_used,
    r.fact_year,
    r.summary,
    r.evidence_text,
    r.start_char,
    r.end_char,
    row_number() over (
        partition by r.deal_id
        order by r.amount is null, r.published_date desc nulls last, r.article_id, r.article_deal_id
    ) as report_rank
from reports as r
left join {{ ref('int_fx_rates') }} as fx
    on fx.currency = r.currency
    and fx.rate_year = least(greatest(coalesce(r.fact_year, fx.last_rate_year), fx.first_rate_year), fx.last_rate_year)
