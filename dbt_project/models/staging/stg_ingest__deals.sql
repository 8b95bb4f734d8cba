-- One row per deal as reported by one article. Unknown deal types fall back to 'other'.
select
    article_deal_id,
    article_id,
    coalesce(nullif(trim(deal_key), ''), article_deal_id) as deal_key,
    case
        when lower(trim(deal_type)) in ('{{ var("deal_types") | join("', '") }}') then lower(trim(deal_type))
        else 'other'
    end as deal_type,
    cast(announced_date as date) as announced_date,
    cast(amount as double) as amount,
    {{ normalize_currency("nullif(trim(currency), '')") }} as currency,
    nullif(trim(summary), '') as summary,
    evidence_text,
    cast(start_char as integer) as start_char,
    cast(end_char as integer) as end_char
from {{ source('ingest', 'deals') }}
