-- Every evidence text in the marts is exactly its article's clean text at its offsets
-- (0-based, end-exclusive offsets; DuckDB substring is 1-based). Returns the offending rows.
-- Shown in Dagster as a check on bridge_deal_sources (a singular test needs one asset to hang on).
{{ config(meta={'dagster': {'ref': {'name': 'bridge_deal_sources'}}}) }}
with evidence as (
    select 'bridge_deal_sources' as model_name, article_id, evidence_text as span_text, start_char, end_char
    from {{ ref('bridge_deal_sources') }}
    union all
    select 'bridge_metric_sources', article_id, evidence_text, start_char, end_char
    from {{ ref('bridge_metric_sources') }}
    union all
    select 'fct_mentions', article_id, mention_text, start_char, end_char
    from {{ ref('fct_mentions') }}
)

select e.*
from evidence as e
left join {{ ref('stg_ingest__articles') }} as a on a.article_id = e.article_id
where a.article_id is null
   or e.span_text is null
   or e.start_char is null
   or e.end_char is null
   or {{ clean_text_span('a.clean_text', 'e.start_char', 'e.end_char') }} is distinct from e.span_text
