{#- dbt-duckdb names relations "<catalog>"."<schema>"."<table>", the catalog being the database file's
    stem. The pipeline builds one file and publishes it under the warehouse's name, and analysts may
    ATTACH it under any alias, so view bodies (staging, some intermediate models) must not hard-code the
    catalog: DuckDB binds unqualified schema.table inside a view to the view's own catalog. -#}
{% macro ref() %}
    {%- set version = kwargs.get('version') or kwargs.get('v') -%}
    {%- if (varargs | length) == 1 -%}
        {%- set relation = builtins.ref(varargs[0], version=version) -%}
    {%- else -%}
        {%- set relation = builtins.ref(varargs[0], varargs[1], version=version) -%}
    {%- endif -%}
    {%- do return(relation.include(database=False)) -%}
{% endmacro %}

{% macro source(source_name, table_name) %}
    {%- do return(builtins.source(source_name, table_name).include(database=False)) -%}
{% endmacro %}
