-- Files the pipeline rejected, newest first in queries: what to fix in raw/. article_id is the last
-- good article of a file that used to be readable (its facts are kept and flagged stale).
select
    e.source_path,
    e.reason,
    e.first_seen_at,
    e.last_seen_at,
    e.is_open,
    src.article_id as last_good_article_id,
    src.source_status
from {{ ref('stg_ingest__ingest_errors') }} as e
left join {{ ref('stg_ingest__article_sources') }} as src on src.source_path = e.source_path
