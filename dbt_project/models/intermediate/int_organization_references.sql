-- Every organization a live fact refers to, with the name it was given there: organizations found
-- in articles, their parents, deal participants, metric subjects, employers of people and mentions.
-- Facts reference organizations by key, so each key must reach the dimension even if only named as parent.
{{ config(materialized='view') }}
with live as (
    select article_id from {{ ref('int_live_articles') }}
),

organizations as (
    select * from {{ ref('stg_ingest__organizations') }} where article_id in (select article_id from live)
)

select article_id, organization_key, organization_name, organization_type, aliases, parent_key,
    1 as name_priority, 'organization' as reference_kind
from organizations

union all
select article_id, parent_key, parent_name, null, []::varchar[], null, 2, 'parent'
from organizations
where parent_key is not null

union all
select article_id, organization_key, organization_name, null, []::varchar[], null, 3, 'deal_participant'
from {{ ref('stg_ingest__deal_participants') }}
where article_id in (select article_id from live)

union all
select article_id, organization_key, organization_name, null, []::varchar[], null, 3, 'metric'
from {{ ref('stg_ingest__metrics') }}
where article_id in (select article_id from live)

union all
select article_id, organization_key, organization_name, null, []::varchar[], null, 4, 'employer'
from {{ ref('stg_ingest__people') }}
where organization_key is not null and article_id in (select article_id from live)

union all
select article_id, entity_key, mention_text, null, []::varchar[], null, 5, 'mention'
from {{ ref('stg_ingest__mentions') }}
where entity_type = 'organization' and article_id in (select article_id from live)
