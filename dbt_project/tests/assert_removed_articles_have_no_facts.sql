-- Facts of articles that are not live (all files removed) never reach the fact tables.
{{ config(meta={'dagster': {'ref': {'name': 'dim_articles'}}}) }}
select 'bridge_deal_sources' as model_name, f.article_id
from {{ ref('bridge_deal_sources') }} as f
inner join {{ ref('dim_articles') }} as a on a.article_id = f.article_id
where not a.is_live
union all
select 'bridge_metric_sources', f.article_id
from {{ ref('bridge_metric_sources') }} as f
inner join {{ ref('dim_articles') }} as a on a.article_id = f.article_id
where not a.is_live
union all
select 'fct_mentions', f.article_id
from {{ ref('fct_mentions') }} as f
inner join {{ ref('dim_articles') }} as a on a.article_id = f.article_id
where not a.is_live
