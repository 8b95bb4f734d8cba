{#- The rows of `spans` (a query with article_id, span_text, start_char, end_char and any other columns)
    whose text is not exactly their article's clean text at their offsets (0-based, end-exclusive), or
    whose article is missing or offsets are missing or outside the text.

    Linear in text plus spans. DuckDB finds a character offset by reading the UTF-8 string from its
    start, so substring(clean_text, start, length) per span cost spans x article length: a 20 MB article
    of one repeated name (2.5 million mentions) would take hours. Instead each text is cut once into
    pieces of 1,000 characters (one regular-expression pass) up to its last span's end (pieces start at
    multiples of 1,000 whatever the length cut, so a text spanned only in its lead costs only its lead);
    a span is read from the piece it starts in joined to the next (one equi-join), a longer span (a
    run-on sentence as evidence) from its pieces joined in order. -#}
{% macro spans_not_at_offsets(spans, articles) -%}
with spans as (
    select row_number() over () as span_row, * from ({{ spans }})
),
last_ends as (  -- only the text up to an article's last span end is cut: a 20 MB text spanned in its lead
    select article_id, max(end_char) as last_end from spans group by article_id
),
cut as (
    select a.article_id, length(a.clean_text) as text_length,
           regexp_extract_all(left(a.clean_text, greatest(coalesce(e.last_end, 0), 0)), '(?s).{1,1000}') as pieces
    from {{ articles }} as a
    left join last_ends as e using (article_id)
),
pieces as (
    select article_id, generate_subscripts(pieces, 1) - 1 as piece_no, unnest(pieces) as piece from cut
),
windows as (  -- a piece and the next: every span of up to 1,000 characters lies in its start's window
    select article_id, piece_no,
           piece || coalesce(lead(piece) over (partition by article_id order by piece_no), '') as window_text
    from pieces
),
long_span_pieces as (
    select span_row, article_id, unnest(range(start_char // 1000, (end_char - 1) // 1000 + 1)) as piece_no
    from spans where end_char - start_char > 1000 and start_char >= 0
),
long_spans as (
    select l.span_row, string_agg(p.piece, '' order by p.piece_no) as covering
    from long_span_pieces as l join pieces as p using (article_id, piece_no)
    group by l.span_row
)
select s.* exclude (span_row)
from spans as s
left join (select article_id, text_length from cut) as c using (article_id)
left join windows as w on w.article_id = s.article_id and w.piece_no = s.start_char // 1000
left join long_spans as t using (span_row)
where c.article_id is null
   or s.start_char is null or s.end_char is null
   or s.start_char < 0 or s.end_char < s.start_char or s.end_char > c.text_length
   or substring(coalesce(t.covering, w.window_text, ''), s.start_char % 1000 + 1, s.end_char - s.start_char)
      is distinct from s.span_text
{%- endmacro %}
