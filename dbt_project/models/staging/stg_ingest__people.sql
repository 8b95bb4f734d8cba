-- One row per (article, person).
select
    article_id,
    lower(trim(person_key)) as person_key,
    trim(person_name) as person_name,
    nullif(trim(title), '') as title,
    lower(nullif(trim(organization_key), '')) as organization_key,
    nullif(trim(organization_name), '') as organization_name
from {{ source('ingest', 'people') }}
where nullif(trim(person_key), '') is not null
