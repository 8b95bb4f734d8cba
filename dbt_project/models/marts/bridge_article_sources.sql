-- One row per file path seen in the raw folder and the article it produced (several files may carry
-- the same article). is_primary marks the path dim_articles shows.
select
    src.source_path,
    src.article_id,
    src.source_status as status,
    src.file_sha256,
    src.file_size,
    src.first_seen_at,
    src.last_seen_at,
    src.last_error,
    src.source_path = s.source_path as is_primary
from {{ ref('stg_ingest__article_sources') }} as src
left join {{ ref('int_article_status') }} as s on s.article_id = src.article_id
