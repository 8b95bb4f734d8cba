-- One row per mention span of an organization or a person.
select
    mention_id,
    article_id,
    lower(trim(entity_type)) as entity_type,
    lower(trim(entity_key)) as entity_key,
    mention_text,
    cast(start_char as integer) as start_char,
    cast(end_char as integer) as end_char
from {{ source('ingest', 'mentions') }}
where nullif(trim(entity_key), '') is not null
