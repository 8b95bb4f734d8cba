{#- Post-hook of every model and seed (dbt_project.yml): logs the relation's row count as
    "dealwire row count <unique_id> <count>". The Dagster asset (pipelines/defs/dbt.py) reads it from
    dbt's event stream and puts it on the materialization as dagster/row_count: counting there instead
    would need the database, which dbt holds until it exits, so every event would wait for the end. -#}
{% macro log_row_count() -%}
    {%- if execute -%}
        {%- set result = run_query('select count(*) from ' ~ this) -%}
        {%- do log('dealwire row count ' ~ model.unique_id ~ ' ' ~ result.columns[0].values()[0], info=True) -%}
    {%- endif -%}
{%- endmacro %}
