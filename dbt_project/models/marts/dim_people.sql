-- One row per person named in a live article, resolved across articles (see int_people).
select
    p.person_id,
    p.person_key,
    p.person_name,
    p.title,
    p.organization_id,
    o.organization_name,
    p.article_count
from {{ ref('int_people') }} as p
left join {{ ref('int_organizations') }} as o on o.organization_id = p.organization_id
