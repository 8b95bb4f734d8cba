{#- Cluster mode (target `cluster`): the ingest tables live in the DuckLake attached as `lake`. Copy
    them (dbt runs after every shard has committed) into the build database's `ingest` schema before any model runs:
    the staging views bind `ingest.<table>` inside the build database (macros/relations_without_catalog.sql),
    and the published file stays self-contained (`dealwire sql`, `dealwire summary`, any reader without
    the lake). In local mode the ingest tables are already there and this does nothing. -#}
{% macro ingest_from_lake() %}
    {%- if target.name != 'cluster' or not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set tables = run_query(
        "select table_name from duckdb_tables() where database_name = 'lake' and schema_name = 'ingest' "
        ~ "order by table_name").columns[0].values() -%}
    {%- set statements = ['create schema if not exists "' ~ target.database ~ '".ingest'] -%}
    {%- for table in tables -%}
        {%- do statements.append('create or replace table "' ~ target.database ~ '".ingest."' ~ table
                                 ~ '" as select * from lake.ingest."' ~ table ~ '"') -%}
    {%- endfor -%}
    {{ return(statements | join(';\n')) }}
{% endmacro %}
