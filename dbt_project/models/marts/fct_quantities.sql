-- Every number found in a live article, and whether it sits inside the evidence of a metric or deal.
-- Money and percent figures outside any evidence are where extraction may have missed a fact.
with quantities as (
    select q.*, l.is_stale
    from {{ ref('stg_ingest__quantities') }} as q
    inner join {{ ref('int_live_articles') }} as l on l.article_id = q.article_id
),

evidence_spans as (
    select article_id, start_char, end_char from {{ ref('int_metrics_usd') }}
    union all
    select article_id, start_char, end_char from {{ ref('int_deals_usd') }}
),

linked as (
    select distinct q.quantity_id
    from quantities as q
    inner join evidence_spans as e
        on e.article_id = q.article_id and e.start_char <= q.start_char and q.end_char <= e.end_char
)

select
    q.quantity_id,
    q.article_id,
    q.quantity_kind,
    q.value,
    q.unit,
    q.scale,
    q.quantity_text,
    q.start_char,
    q.end_char,
    q.quantity_id in (select quantity_id from linked) as is_in_fact_evidence,
    q.is_stale
from quantities as q
