-- Cloud revenue as reported: one row per organization, period and currency the articles state, with the
-- figure in its reported currency beside its USD value (a stated USD figure is its own row, never a
-- conversion) and whether articles disagree on it. The report's cloud revenue chart reads this.
select
    r.organization_name,
    r.period_label,
    r.period_end,
    r.currency as reported_currency,
    r.revenue as revenue_reported,
    round(r.revenue / 1e9, 3) as revenue_reported_bn,
    round(r.revenue_usd / 1e9, 3) as revenue_usd_bn,
    r.has_conflict,
    r.source_count
from marts.fct_cloud_revenue as r
order by r.organization_name, r.period_end nulls last, r.period_label, r.currency
