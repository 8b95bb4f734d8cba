-- Which organizations take part in each deal, in which role (union over every live report of the deal).
select distinct
    d.deal_id,
    {{ key_to_id('p.organization_key') }} as organization_id,
    p.participant_role
from {{ ref('stg_ingest__deal_participants') }} as p
inner join {{ ref('int_deals_usd') }} as d on d.article_deal_id = p.article_deal_id
