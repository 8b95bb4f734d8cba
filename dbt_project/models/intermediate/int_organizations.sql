-- Cross-article entity resolution: one row per organization_key referenced by a live fact.
-- Extraction already normalizes keys; here each attribute is chosen deterministically across articles:
--   name   = the name given most often (organization rows before weaker references), then longest, then A-Z
--   type   = the most frequent type, ties A-Z; 'other' when only referenced indirectly
--   parent = the most frequent non-null parent_key other than itself, ties A-Z
--   top    = the end of the parent chain (Tencent Cloud -> CSIG -> Tencent gives Tencent); a cycle stops
--            before revisiting an organization, so the result stays deterministic
with recursive refs as (
    select * from {{ ref('int_organization_references') }}
),

names as (
    select
        organization_key,
        organization_name,
        row_number() over (
            partition by organization_key
            order by min(name_priority), count(*) desc, length(organization_name) desc, organization_name
        ) as name_rank
    from refs
    where organization_name is not null and organization_name <> ''
    group by organization_key, organization_name
),

types as (
    select
        organization_key,
        organization_type,
        row_number() over (partition by organization_key order by count(*) desc, organization_type) as type_rank
    from refs
    where organization_type is not null
    group by organization_key, organization_type
),

parents as (
    select
        organization_key,
        parent_key,
        row_number() over (partition by organization_key order by count(*) desc, parent_key) as parent_rank
    from refs
    where parent_key is not null and parent_key <> organization_key
    group by organization_key, parent_key
),

aliases as (
    select organization_key, list(distinct alias order by alias) as aliases
    from (
        select organization_key, unnest(aliases) as alias from refs
        union all
        select organization_key, organization_name from refs where reference_kind <> 'mention'
    )
    where alias is not null and alias <> ''
    group by organization_key
),

summary as (
    select
        organization_key,
        count(distinct article_id) as article_count,
        count(*) filter (where reference_kind = 'mention') as mention_count
    from refs
    group by organization_key
),

resolved as (
    select
        s.organization_key,
        n.organization_name,
        t.organization_type,
        p.parent_key,
        al.aliases,
        s.article_count,
        s.mention_count
    from summary as s
    left join names as n on n.organization_key = s.organization_key and n.name_rank = 1
    left join types as t on t.organization_key = s.organization_key and t.type_rank = 1
    left join parents as p on p.organization_key = s.organization_key and p.parent_rank = 1
    left join aliases as al on al.organization_key = s.organization_key
),

ancestors as (
    select organization_key, parent_key as ancestor_key, 1 as depth, [organization_key] as visited
    from resolved
    where parent_key is not null
    union all
    select a.organization_key, r.parent_key, a.depth + 1, list_append(a.visited, a.ancestor_key)
    from ancestors as a
    inner join resolved as r on r.organization_key = a.ancestor_key
    where r.parent_key is not null
      and not list_contains(list_append(a.visited, a.ancestor_key), r.parent_key)
      and a.depth < 20
),

top_ancestor as (
    select organization_key, arg_max(ancestor_key, depth) as top_key
    from ancestors
    group by organization_key
)

select
    r.organization_key,
    {{ key_to_id('r.organization_key') }} as organization_id,
    coalesce(r.organization_name, r.organization_key) as organization_name,
    coalesce(r.organization_type, 'other') as organization_type,
    r.parent_key as parent_organization_key,
    {{ key_to_id('r.parent_key') }} as parent_organization_id,
    coalesce(ta.top_key, r.organization_key) as top_organization_key,
    {{ key_to_id('coalesce(ta.top_key, r.organization_key)') }} as top_organization_id,
    list_filter(coalesce(r.aliases, []::varchar[]), lambda x: x <> coalesce(r.organization_name, r.organization_key))
        as aliases,
    r.article_count,
    r.mention_count
from resolved as r
left join top_ancestor as ta on ta.organization_key = r.organization_key
