-- Who partners with whom: one edge per pair of organizations taking part in the same deal and per
-- deal type, with how many deals of that type link them and the articles that report them.
with participants as (
    select distinct p.deal_id, p.organization_id
    from marts.bridge_deal_participants as p
),

edges as (
    select a.deal_id, a.organization_id as organization_a, b.organization_id as organization_b
    from participants as a
    inner join participants as b on a.deal_id = b.deal_id and a.organization_id < b.organization_id
)

select
    oa.organization_name as organization_a,
    ob.organization_name as organization_b,
    d.deal_type,
    count(distinct e.deal_id) as deal_count,
    min(coalesce(d.announced_date, d.first_reported_date)) as first_deal_date,
    cast(sum(d.source_count) as integer) as reporting_articles
from edges as e
inner join marts.fct_deals as d on d.deal_id = e.deal_id
inner join marts.dim_organizations as oa on oa.organization_id = e.organization_a
inner join marts.dim_organizations as ob on ob.organization_id = e.organization_b
group by all
order by deal_count desc, organization_a, organization_b, d.deal_type
