-- One row per mention of an organization or a person in a live article. `distinct` drops exact
-- duplicate rows (the same entity listed twice by extraction yields the same mention twice).
select distinct
    m.mention_id,
    m.article_id,
    m.entity_type,
    {{ key_to_id('m.entity_key') }} as entity_id,
    m.entity_key,
    m.mention_text,
    m.start_char,
    m.end_char,
    l.is_stale
from {{ ref('stg_ingest__mentions') }} as m
inner join {{ ref('int_live_articles') }} as l on l.article_id = m.article_id
where m.entity_type in ('organization', 'person')
