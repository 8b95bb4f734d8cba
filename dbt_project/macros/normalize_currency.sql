{#- ISO 4217 code for a currency as extraction may still write it: upper-cased, with the common
    non-ISO spellings mapped (RMB and offshore CNH -> CNY, symbol-prefixed dollars -> their code).
    Anything else is returned upper-cased and left to the matches_pattern tests. -#}
{% macro normalize_currency(expression) -%}
    case upper(trim({{ expression }}))
        when 'RMB' then 'CNY'
        when 'CNH' then 'CNY'
        when 'YUAN' then 'CNY'
        when 'US$' then 'USD'
        when '$' then 'USD'
        when 'HK$' then 'HKD'
        when 'NT$' then 'TWD'
        when 'S$' then 'SGD'
        when 'A$' then 'AUD'
        when 'C$' then 'CAD'
        when '€' then 'EUR'
        when '£' then 'GBP'
        else upper(trim({{ expression }}))
    end
{%- endmacro %}
