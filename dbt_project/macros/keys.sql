{#- Surrogate ids derived from the cross-article keys of the ingest tables (md5 hex, 32 chars). -#}
{% macro key_to_id(key_expression) -%}
    case when {{ key_expression }} is null then null else md5({{ key_expression }}) end
{%- endmacro %}
