-- Ingest errors to fix: files in raw/ the pipeline currently rejects, oldest first, with whether an
-- earlier good version of the file still feeds the marts (its facts are kept and flagged stale).
select
    e.source_path,
    e.reason,
    e.first_seen_at,
    e.last_seen_at,
    date_diff('day', e.first_seen_at, e.last_seen_at) as days_failing,
    e.last_good_article_id is not null as has_last_good_version,
    a.title as last_good_title
from marts.fct_ingest_errors as e
left join marts.dim_articles as a on a.article_id = e.last_good_article_id
where e.is_open
order by e.first_seen_at, e.source_path
