{#- Every evidence text must be exactly the article's clean text at its offsets (0-based, end-exclusive).
    Applied to a model's evidence column; the article is found through `article_column`. Linear in text
    plus rows (see spans_not_at_offsets). -#}
{% test evidence_matches_article(model, column_name, start_column='start_char', end_column='end_char',
                                 article_column='article_id') %}
select article_id as {{ article_column }}, span_text as {{ column_name }},
       start_char as {{ start_column }}, end_char as {{ end_column }}
from ({{ spans_not_at_offsets(
    'select ' ~ article_column ~ ' as article_id, ' ~ column_name ~ ' as span_text, ' ~ start_column
    ~ ' as start_char, ' ~ end_column ~ ' as end_char from ' ~ model ~ ' where ' ~ column_name ~ ' is not null',
    ref('stg_ingest__articles')) }})
{% endtest %}
