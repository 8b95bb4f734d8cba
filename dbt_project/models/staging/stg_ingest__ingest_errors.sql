-- One row per rejected file path.
select
    source_path,  -- already posix (written by Python); a backslash is a legal file-name character here
    reason,
    cast(first_seen_at as timestamptz) as first_seen_at,
    cast(last_seen_at as timestamptz) as last_seen_at,
    coalesce(is_open, true) as is_open
from {{ source('ingest', 'ingest_errors') }}
