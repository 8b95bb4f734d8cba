-- One row per (article, organization). Unknown kinds fall back to 'other' so the vocabulary stays closed.
select
    article_id,
    lower(trim(organization_key)) as organization_key,
    trim(organization_name) as organization_name,
    case
        when lower(trim(organization_type)) in ('company', 'bank', 'government', 'university', 'media', 'park', 'other')
            then lower(trim(organization_type))
        else 'other'
    end as organization_type,
    coalesce(aliases, []::varchar[]) as aliases,
    lower(nullif(trim(parent_key), '')) as parent_key,
    nullif(trim(parent_name), '') as parent_name
from {{ source('ingest', 'organizations') }}
where nullif(trim(organization_key), '') is not null
