-- Deals by type per year (announcement year, else the year the deal was first reported),
-- with the total disclosed value in USD.
select
    year(coalesce(d.announced_date, d.first_reported_date)) as deal_year,
    d.deal_type,
    count(*) as deal_count,
    count(d.amount_usd) as deals_with_disclosed_value,
    round(sum(d.amount_usd) / 1e6, 1) as disclosed_value_usd_mn,
    cast(sum(d.source_count) as integer) as reporting_articles
from marts.fct_deals as d
group by all
order by deal_year nulls last, deal_count desc, d.deal_type
