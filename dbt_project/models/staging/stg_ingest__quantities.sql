-- Every number found in an article's text, before it is tied to a fact.
select
    quantity_id,
    article_id,
    lower(trim(kind)) as quantity_kind,
    cast(value as double) as value,
    case
        when lower(trim(unit)) in ('percent', 'count') then lower(trim(unit))
        else {{ normalize_currency('unit') }}
    end as unit,
    nullif(trim(scale), '') as scale,
    quantity_text,
    cast(start_char as integer) as start_char,
    cast(end_char as integer) as end_char
from {{ source('ingest', 'quantities') }}
