-- Yearly average rates to USD with each currency's covered year range, so facts dated outside the
-- seed's range can use the nearest available year (flagged by fx_year_used <> fact year).
select
    upper(currency) as currency,
    year as rate_year,
    usd_per_unit,
    is_estimate,
    min(year) over (partition by upper(currency)) as first_rate_year,
    max(year) over (partition by upper(currency)) as last_rate_year
from {{ ref('fx_rates') }}
