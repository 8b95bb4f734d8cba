-- One row per organization referenced by a live fact, resolved across articles (see int_organizations).
select
    organization_id,
    organization_key,
    organization_name,
    organization_type,
    parent_organization_id,
    parent_organization_key,
    top_organization_id,
    aliases,
    article_count,
    mention_count
from {{ ref('int_organizations') }}
