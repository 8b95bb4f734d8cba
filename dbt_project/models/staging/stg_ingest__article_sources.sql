-- One row per file path ever seen in raw/, with its current status.
select
    source_path,  -- already posix (written by Python); a backslash is a legal file-name character here
    article_id,
    file_sha256,
    cast(file_size as bigint) as file_size,
    lower(trim(status)) as source_status,
    cast(first_seen_at as timestamptz) as first_seen_at,
    cast(last_seen_at as timestamptz) as last_seen_at,
    nullif(trim(last_error), '') as last_error
from {{ source('ingest', 'article_sources') }}
