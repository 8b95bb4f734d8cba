-- The latest run at a glance: when it last scanned raw/, the articles it (re)extracted and the facts
-- found in them, and the files it read and rejected. A run stamps every file it sees with the time it
-- started, and extraction runs after that scan, so "extracted in the latest run" is an extraction
-- time at or after the latest scan. One row per count.
with latest_scan as (
    select max(last_seen_at) as scanned_at
    from (
        select last_seen_at from marts.bridge_article_sources
        union all
        select last_seen_at from marts.fct_ingest_errors
    )
),

extracted as (
    select a.*
    from marts.dim_articles as a, latest_scan as l
    where a.extracted_at >= l.scanned_at
),

seen as (
    select s.*
    from marts.bridge_article_sources as s, latest_scan as l
    where s.last_seen_at = l.scanned_at
),

counts as (
    select 1 as position, 'ingest' as step, 'readable files in raw/' as measure, count(*) as n
    from seen where status = 'active'
    union all
    select 2, 'ingest', 'files rejected (open ingest errors)', count(*)
    from marts.fct_ingest_errors where is_open
    union all
    select 3, 'extraction', 'articles extracted', count(*) from extracted
    union all
    select 4, 'extraction', 'organizations found', coalesce(sum(organization_count), 0) from extracted
    union all
    select 5, 'extraction', 'people found', coalesce(sum(person_count), 0) from extracted
    union all
    select 6, 'extraction', 'deal reports found', coalesce(sum(deal_report_count), 0) from extracted
    union all
    select 7, 'extraction', 'metric reports found', coalesce(sum(metric_report_count), 0) from extracted
)

select c.step, c.measure, cast(c.n as bigint) as n, l.scanned_at as latest_run_at
from counts as c, latest_scan as l
order by c.position
