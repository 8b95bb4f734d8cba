-- dim_dates has no gaps: as many rows as days between its first and last day.
select count(*) as n_days, min(date_day) as first_day, max(date_day) as last_day
from {{ ref('dim_dates') }}
having count(*) > 0 and count(*) <> datediff('day', min(date_day), max(date_day)) + 1
