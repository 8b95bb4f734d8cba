-- One row per rejected file path.
select
    replace(source_path, '\', '/') as source_path,
    reason,
    cast(first_seen_at as timestamp) as first_seen_at,
    cast(last_seen_at as timestamp) as last_seen_at,
    coalesce(is_open, true) as is_open
from {{ source('ingest', 'ingest_errors') }}
