-- One row per article ever ingested, live or not: removed articles stay, marked removed.
-- Fact counts come from the ingest tables (so a removed article still shows what it used to hold).
with fact_counts as (
    select article_id, count(*) as n_organizations, 0 as n_people, 0 as n_deals, 0 as n_metrics
    from {{ ref('stg_ingest__organizations') }} group by article_id
    union all
    select article_id, 0, count(*), 0, 0 from {{ ref('stg_ingest__people') }} group by article_id
    union all
    select article_id, 0, 0, count(*), 0 from {{ ref('stg_ingest__deals') }} group by article_id
    union all
    select article_id, 0, 0, 0, count(*) from {{ ref('stg_ingest__metrics') }} group by article_id
),

per_article as (
    select
        article_id,
        cast(sum(n_organizations) as bigint) as organization_count,
        cast(sum(n_people) as bigint) as person_count,
        cast(sum(n_deals) as bigint) as deal_report_count,
        cast(sum(n_metrics) as bigint) as metric_report_count
    from fact_counts
    group by article_id
)

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
    a.unread_chars,
    s.article_status as status,
    s.is_live,
    s.is_removed,
    s.is_stale,
    s.source_count,
    s.active_source_count,
    s.failing_source_count,
    s.removed_source_count,
    s.live_source_paths,
    coalesce(c.organization_count, 0) as organization_count,
    coalesce(c.person_count, 0) as person_count,
    coalesce(c.deal_report_count, 0) as deal_report_count,
    coalesce(c.metric_report_count, 0) as metric_report_count,
    a.extractor_version,
    a.first_ingested_at,
    a.extracted_at
from {{ ref('stg_ingest__articles') }} as a
inner join {{ ref('int_article_status') }} as s on s.article_id = a.article_id
left join per_article as c on c.article_id = a.article_id
