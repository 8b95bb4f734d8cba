-- One row per organization taking part in an article's deal.
select
    article_deal_id,
    article_id,
    lower(trim(organization_key)) as organization_key,
    trim(organization_name) as organization_name,
    coalesce(lower(nullif(trim(participant_role), '')), 'partner') as participant_role
from {{ source('ingest', 'deal_participants') }}
where nullif(trim(organization_key), '') is not null
