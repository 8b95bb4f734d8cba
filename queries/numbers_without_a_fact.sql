-- Numbers extraction found but tied to no fact: money and percent figures in live articles outside
-- every metric and deal evidence. A long list for one article points at a missed metric or deal.
select
    a.title,
    a.published_date,
    q.quantity_kind,
    q.quantity_text,
    q.value,
    q.unit,
    q.start_char,
    q.end_char
from marts.fct_quantities as q
inner join marts.dim_articles as a on a.article_id = q.article_id
where not q.is_in_fact_evidence
  and q.quantity_kind in ('money', 'percent')
order by a.published_date desc nulls last, a.article_id, q.start_char
