-- One row per article ever ingested, live or not: removed articles stay, marked removed.
select
    a.article_id,
    s.source_path,
    a.title,
    a.published_date,
    a.published_precision,
    a.content_hash,
    a.source_format,
    a.encoding,
    a.char_count,
    s.article_status as status,
    s.is_live,
    s.is_removed,
    s.is_stale,
    s.source_count,
    s.active_source_count,
    s.failing_source_count,
    s.removed_source_count,
    s.live_source_paths,
    a.extractor_version,
    a.first_ingested_at,
    a.extracted_at
from {{ ref('stg_ingest__articles') }} as a
inner join {{ ref('int_article_status') }} as s on s.article_id = a.article_id
