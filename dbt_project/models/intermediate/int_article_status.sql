-- One row per article with its liveness, decided by its files in article_sources:
-- live = at least one file 'active' or 'failing'; stale = no active file but a failing one
-- (the file became unreadable, its last good facts are kept); removed = every file removed.
with sources as (
    select * from {{ ref('stg_ingest__article_sources') }}
),

per_article as (
    select
        article_id,
        count(*) filter (where source_status = 'active') as active_source_count,
        count(*) filter (where source_status = 'failing') as failing_source_count,
        count(*) filter (where source_status = 'removed') as removed_source_count,
        min(source_path) filter (where source_status = 'active') as first_active_path,
        min(source_path) filter (where source_status = 'failing') as first_failing_path,
        min(source_path) as first_any_path,
        list(source_path order by source_path) filter (where source_status <> 'removed') as live_source_paths,
        list(source_path order by source_path) as all_source_paths
    from sources
    group by article_id
),

classified as (
    select
        a.article_id,
        a.published_date,
        coalesce(p.active_source_count, 0) as active_source_count,
        coalesce(p.failing_source_count, 0) as failing_source_count,
        coalesce(p.removed_source_count, 0) as removed_source_count,
        coalesce(p.first_active_path, p.first_failing_path, p.first_any_path) as source_path,
        coalesce(p.live_source_paths, []::varchar[]) as live_source_paths,
        coalesce(p.all_source_paths, []::varchar[]) as all_source_paths,
        case
            when p.active_source_count > 0 then 'active'
            when p.failing_source_count > 0 then 'failing'
            when p.removed_source_count > 0 then 'removed'
            else 'unsourced'
        end as article_status
    from {{ ref('stg_ingest__articles') }} as a
    left join per_article as p on p.article_id = a.article_id
)

select
    *,
    active_source_count + failing_source_count as source_count,
    article_status in ('active', 'failing') as is_live,
    article_status = 'failing' as is_stale,
    article_status = 'removed' as is_removed
from classified
