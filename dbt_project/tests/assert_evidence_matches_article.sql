-- Every evidence text in the marts is exactly its article's clean text at its offsets
-- (0-based, end-exclusive offsets). Returns the offending rows; linear in text plus rows (the macro
-- spans_not_at_offsets says why a substring per row is not).
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

select * from ({{ spans_not_at_offsets('select * from evidence', ref('stg_ingest__articles')) }})
