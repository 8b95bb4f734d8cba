{#- Surrogate ids derived from the cross-article keys of the ingest tables (md5 hex, 32 chars). -#}
{% macro key_to_id(key_expression) -%}
    case when {{ key_expression }} is null then null else md5({{ key_expression }}) end
{%- endmacro %}

{#- Evidence span of an article's clean text: offsets are 0-based, end-exclusive (Python slices). -#}
{% macro clean_text_span(text_column, start_column, end_column) -%}
    substring({{ text_column }}, {{ start_column }} + 1, {{ end_column }} - {{ start_column }})
{%- endmacro %}
