-- Articles whose facts belong in the marts (at least one file active or failing).
{{ config(materialized='view') }}
select article_id, published_date, is_stale
from {{ ref('int_article_status') }}
where is_live
