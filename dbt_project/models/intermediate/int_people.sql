-- Cross-article resolution of people: one row per person_key seen in a live article (people rows or
-- person mentions). Name, title and employer are the most frequent non-null values, ties broken A-Z.
with live as (
    select article_id from {{ ref('int_live_articles') }}
),

refs as (
    select article_id, person_key, person_name, title, organization_key, 1 as name_priority
    from {{ ref('stg_ingest__people') }}
    where article_id in (select article_id from live)
    union all
    select article_id, entity_key, mention_text, null, null, 2
    from {{ ref('stg_ingest__mentions') }}
    where entity_type = 'person' and article_id in (select article_id from live)
),

names as (
    select person_key, person_name,
        row_number() over (
            partition by person_key
            order by min(name_priority), count(*) desc, length(person_name) desc, person_name
        ) as name_rank
    from refs
    where person_name is not null
    group by person_key, person_name
),

titles as (
    select person_key, title,
        row_number() over (partition by person_key order by count(*) desc, title) as title_rank
    from refs
    where title is not null
    group by person_key, title
),

employers as (
    select person_key, organization_key,
        row_number() over (partition by person_key order by count(*) desc, organization_key) as employer_rank
    from refs
    where organization_key is not null
    group by person_key, organization_key
),

summary as (
    select person_key, count(distinct article_id) as article_count
    from refs
    group by person_key
)

select
    s.person_key,
    {{ key_to_id('s.person_key') }} as person_id,
    coalesce(n.person_name, s.person_key) as person_name,
    t.title,
    e.organization_key,
    {{ key_to_id('e.organization_key') }} as organization_id,
    s.article_count
from summary as s
left join names as n on n.person_key = s.person_key and n.name_rank = 1
left join titles as t on t.person_key = s.person_key and t.title_rank = 1
left join employers as e on e.person_key = s.person_key and e.employer_rank = 1
