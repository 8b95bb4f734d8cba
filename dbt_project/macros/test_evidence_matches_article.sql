{#- Every evidence text must be exactly the article's clean text at its offsets (0-based, end-exclusive).
    Applied to a model's evidence column; the article is found through `article_column`. -#}
{% test evidence_matches_article(model, column_name, start_column='start_char', end_column='end_char',
                                 article_column='article_id') %}
select e.{{ article_column }}, e.{{ column_name }}, e.{{ start_column }}, e.{{ end_column }}
from {{ model }} as e
left join {{ ref('stg_ingest__articles') }} as a on a.article_id = e.{{ article_column }}
where e.{{ column_name }} is not null
  and (
    a.article_id is null
    or e.{{ start_column }} is null or e.{{ end_column }} is null
    or e.{{ start_column }} < 0 or e.{{ end_column }} > length(a.clean_text)
    or {{ clean_text_span('a.clean_text', 'e.' ~ start_column, 'e.' ~ end_column) }} <> e.{{ column_name }}
  )
{% endtest %}
