-- One row per distinct clean article text, typed and trimmed.
select
    article_id,
    content_hash,
    nullif(trim(title), '') as title,
    cast(published_date as date) as published_date,
    lower(nullif(trim(published_precision), '')) as published_precision,
    lower(nullif(trim(source_format), '')) as source_format,
    nullif(trim(encoding), '') as encoding,
    clean_text,
    coalesce(cast(char_count as integer), cast(length(clean_text) as integer)) as char_count,
    extractor_version,
    cast(first_ingested_at as timestamptz) as first_ingested_at,
    cast(extracted_at as timestamptz) as extracted_at,
    cast(unread_chars as integer) as unread_chars
from {{ source('ingest', 'articles') }}
