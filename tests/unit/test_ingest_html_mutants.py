"""HTML pages: the edges the mutation run of `pipelines/ingest/html.py` found unguarded (which tables
are tables of figures, link-only blocks, the headline a <title> shares with the page).

Each test names the promise; docs/mutants/ingest.md lists the mutants each one kills.
"""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from pipelines.ingest.html import (
    _data_table_rows,
    _fallback_body,
    _header_date,
    _is_link_only,
    _link_texts,
    _published,
    _strip_site_name,
    _title,
    _with_tables,
    parse_html,
)


def _rows(table_html: str) -> list[list[str]]:
    return _data_table_rows(lxml.html.fragment_fromstring(table_html))


def _table(*rows: str) -> str:
    return "<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"


HEAD = "<th>Division</th><th>2024</th>"


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        # Two cells make a row; an empty cell is shown as "-".
        (_table(HEAD, "<td>Cloud</td><td>1,200</td>"), [["Division", "2024"], ["Cloud", "1,200"]]),
        (_table(HEAD, "<td>Cloud</td><td></td><td>1,200</td>"),
         [["Division", "2024"], ["Cloud", "-", "1,200"]]),
        (_table(HEAD, "<td>Cloud</td><td>1,200</td>", "<td>Retail</td><td>n/a</td>"),  # half with figures
         [["Division", "2024"], ["Cloud", "1,200"], ["Retail", "n/a"]]),
        # One row of three with figures: a layout table.
        (_table(HEAD, "<td>Cloud</td><td>1,200</td>", "<td>Retail</td><td>n/a</td>", "<td>X</td><td>-</td>"),
         []),
        (_table(HEAD), []),  # a header alone
        (_table(HEAD, '<td><a href="/c">Cloud</a></td><td>1,200</td>'), []),  # a linked cell: a menu
        # A table in a table.
        (_table(HEAD, f"<td>{_table('<td>a</td><td>1</td>')}</td><td>1,200</td>"), []),
        # A cell of 80 characters is a label; over 80 it is text.
        (_table(HEAD, f"<td>{'x' * 79}1</td><td>1,200</td>"),
         [["Division", "2024"], ["x" * 79 + "1", "1,200"]]),
        (_table(HEAD, f"<td>{'x' * 80}1</td><td>1,200</td>"), []),  # a cell over 80 characters is text
    ],
)
def test_tables_of_figures(table: str, rows: list[list[str]]) -> None:
    assert _rows(table) == rows


def test_a_block_of_links_has_at_most_twelve_words() -> None:
    twelve = " ".join(["Contoso"] * 12)
    assert _is_link_only(twelve, [twelve])
    thirteen = twelve + " news"
    assert not _is_link_only(thirteen, [thirteen])  # a long linked paragraph is article text


TITLE_TAGS = ["h2", "h3", "b", "strong", "font", "span", "div", "p"]
HEADLINE = "Contoso agrees to buy Fabrikam for cash"
PARAGRAPH = "<p>" + "The bank said the deal would close next year after regulators approve it. " * 3 + "</p>"


def _page(title: str, shown: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{shown}{PARAGRAPH}</body></html>"


@pytest.mark.parametrize("tag", [*TITLE_TAGS, "td"])
def test_the_headline_is_the_part_of_the_title_the_page_shows(tag: str) -> None:
    # "| Bay-Area News" is no site name _strip_site_name removes (a dash in it): only the page tells.
    shown = f"<table><tr><td>{HEADLINE}</td></tr></table>" if tag == "td" else f"<{tag}>{HEADLINE}</{tag}>"
    assert parse_html(_page(f"{HEADLINE} | Bay-Area News", shown)).title == HEADLINE


def test_a_three_word_headline_is_a_part_of_the_title() -> None:
    page = _page("Contoso buys Fabrikam | Bay-Area News", "<b>Contoso buys Fabrikam</b>")
    assert parse_html(page).title == "Contoso buys Fabrikam"


def test_a_page_without_a_body_element_keeps_its_title() -> None:
    page = parse_html(f"<html><head><title>{HEADLINE} | Bay-Area News</title></head></html>")
    assert (page.title, page.body) == (f"{HEADLINE} | Bay-Area News", "")


# The date in the lines under the headline (_header_date): pages without date metadata.
H1 = "<h1><span>Contoso</span> agrees to buy Fabrikam for cash</h1>"  # a child element inside the headline
FIRST_PARAGRAPH = "<p>" + "The bank said the deal would close after regulators approve it. " * 2 + "</p>"


def _header_date_of(between: str) -> date | None:
    page = lxml.html.document_fromstring(f"<html><body>{H1}{between}{FIRST_PARAGRAPH}</body></html>")
    return _header_date(page, HEADLINE)


@pytest.mark.parametrize("tag", ["span", "a", "small", "time"])
def test_items_of_a_byline_row_stay_apart(tag: str) -> None:
    # Run together, "PostedAug 5, 2019" would state no date.
    assert _header_date_of(f"<div><{tag}>Posted</{tag}><{tag}>Aug 5, 2019</{tag}></div>") == date(2019, 8, 5)


@pytest.mark.parametrize(
    "updated",
    [
        '<time class="updated" datetime="2022-09-09T10:00:00">9 Sep</time>',
        '<time itemprop="dateModified" datetime="2022-09-09T10:00:00">9 Sep</time>',
    ],
)
@pytest.mark.parametrize(
    "published",
    [
        '<time datetime="2022-09-08T14:00:00+08:00"><b>8</b> Sep</time>',  # a child element in the stamp
        '<time class="entry-date published updated" datetime="2022-09-08T14:00:00">8 Sep</time>',  # WordPress
    ],
)
def test_a_published_stamp_wins_over_an_earlier_update_stamp(updated: str, published: str) -> None:
    assert _header_date_of(f"<div>{updated} {published}</div>") == date(2022, 9, 8)


def test_an_update_stamp_alone_still_dates_the_page() -> None:
    stamp = '<time class="updated" datetime="2022-09-09T10:00:00">9 Sep</time>'
    assert _header_date_of(f"<div>{stamp}</div>") == date(2022, 9, 9)


def test_menus_between_the_headline_and_the_byline_are_not_read() -> None:
    menu = "<nav><span>Jan 1, 2020</span></nav>"
    assert _header_date_of(f"{menu}<div>Aug 5, 2019</div>") == date(2019, 8, 5)


def test_a_date_right_after_the_headline_is_read() -> None:
    assert _header_date_of("Posted: Aug 5, 2019") == date(2019, 8, 5)  # text right after </h1>


@pytest.mark.parametrize(
    ("line", "stops"),
    [
        (" ".join(["word"] * 14), False),
        (" ".join(["word"] * 15), True),  # fifteen words: the article's first paragraph
        (" ".join(["w" * 14] * 10), False),  # 149 characters
        (" ".join(["w" * 14] * 10) + "w", True),  # 150 characters
    ],
)
def test_the_zone_under_the_headline_ends_at_the_first_paragraph(line: str, stops: bool) -> None:
    found = _header_date_of(f"<div>{line}</div><div>Posted: Aug 5, 2019</div>")
    assert found == (None if stops else date(2019, 8, 5))


def test_a_long_first_headline_without_a_matching_title_is_the_anchor() -> None:
    body = f"{H1}<div>Posted: Aug 5, 2019</div>{FIRST_PARAGRAPH}"
    page = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    assert _header_date(page, "A headline the page does not show") == date(2019, 8, 5)


def test_nested_blocks_are_lines_of_their_own() -> None:
    assert _header_date_of("<div>Contoso Daily<div>Aug 5, 2019</div></div>") == date(2019, 8, 5)


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Contoso agrees to buy Fabrikam | The Daily Business News Today", "Contoso agrees to buy Fabrikam"),
        ("Contoso agrees to buy Fabrikam | The Daily Business News of Today", None),  # six: no site name
        ("Contoso buys Fabrikam | Daily News", "Contoso buys Fabrikam"),  # three words before the site
        # A site name of four words first.
        ("Brightwater Foods News Desk :: Contoso buys Fabrikam", "Contoso buys Fabrikam"),
        ("Brightwater Foods Daily News Desk :: Contoso buys Fabrikam", None),  # five words: no site name
        ("Daily News :: Contoso buys Fabrikam", "Contoso buys Fabrikam"),
        ("Daily News :: Contoso buys", None),  # two words are no headline
        ("Site :: Five long words in here :: Contoso buys Fabrikam", None),  # a long middle part
    ],
)
def test_site_names_around_a_title(title: str, headline: str | None) -> None:
    assert _strip_site_name(title) == (headline or title)


P1 = "Contoso reported its results for the year on Monday, with revenue up in every division."
P2 = "The company expects growth to slow next year as demand in its home market cools."
DATA = _table(HEAD, "<td>Cloud</td><td>1,200</td>")
DATA_LINES = "Division | 2024\nCloud | 1,200"


def _tables_in(page_body: str, body: str = f"{P1}\n\n{P2}") -> str:
    return _with_tables(body, lxml.html.document_fromstring(f"<html><body>{page_body}</body></html>"))


def test_a_table_without_a_caption_follows_its_paragraph_after_other_tables() -> None:
    sidebar = f"<aside>{DATA.replace('Cloud', 'Retail')}</aside>"  # a sidebar's table: left out
    layout = _table("<td>Home</td><td>World</td>")  # no figures: a layout table
    page = f"<p>{P1}</p>{sidebar}{layout}{DATA}<p></p><p>{P2}</p>"
    assert _tables_in(page) == f"{P1}\n\n{DATA_LINES}\n\n{P2}"


def test_an_empty_paragraph_between_text_and_table_keeps_the_anchor() -> None:
    assert _tables_in(f"<p>{P1}</p><p> </p>{DATA}<p>{P2}</p>") == f"{P1}\n\n{DATA_LINES}\n\n{P2}"


def test_a_table_already_in_the_body_is_not_repeated() -> None:
    body = f"{P1}\n\nDivision 2024\nCloud 1,200\n\n{P2}"
    assert _tables_in(f"<p>{P1}</p>{DATA}<p>{P2}</p>", body) == body


def _fallback_of(page_body: str) -> str:
    return _fallback_body(lxml.html.document_fromstring(f"<html><body>{page_body}</body></html>"))


@pytest.mark.parametrize("container", ["article", "main"])
def test_the_fallback_reads_the_marked_article_only(container: str) -> None:
    outside = f"<div><p>{P2} Subscribe to read more of our stories.</p></div>"
    page = f"{outside}<{container}><p>{P1}</p><p>{P2}</p></{container}>"
    assert _fallback_of(page) == f"{P1}\n\n{P2}"


def test_the_fallback_reads_paragraphs_after_a_list_of_paragraphs() -> None:
    item = f"{P1} {P1}"  # twenty words and more: the paragraphs are read, not the rendered text
    page = f"<article><ul><li><p>{item}</p></li></ul><p>{P2}</p></article>"
    assert _fallback_of(page) == f"{item}\n\n{P2}"


def test_the_longest_link_is_taken_out_first() -> None:
    links = '<a href="/m">Markets</a> <a href="/b">Bank Markets</a>'
    container = lxml.html.fragment_fromstring(f"<div>{links}</div>")
    assert _is_link_only("Bank Markets", _link_texts(container))


def _tree(head: str, body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}<p>{P1}</p></body></html>")


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<meta name="pubdate" content="2021-05-04">', ""),
        ('<meta itemprop="datePublished" content="2021-05-04">', ""),
        ("", '<time itemprop="datePublished" datetime="2021-05-04T08:00:00">May 4</time>'),
        ("", '<time pubdate datetime="2021-05-04T08:00:00">May 4</time>'),
        ("", '<article><time datetime="2021-05-04T08:00:00">May 4</time></article>'),
    ],
)
def test_publish_dates_from_metadata_and_time_elements(head: str, body: str) -> None:
    assert _published(_tree(head, body)) == date(2021, 5, 4)


def test_a_time_element_outside_the_article_dates_nothing() -> None:
    assert _published(_tree("", '<div><time datetime="2021-05-04T08:00:00">May 4</time></div>')) is None


def test_the_twitter_title_is_a_title() -> None:
    meta = '<meta name="twitter:title" content="Contoso buys Fabrikam">'
    assert _title(_tree(meta)) == "Contoso buys Fabrikam"


def test_a_first_headline_of_four_words_is_the_anchor() -> None:
    body = "<h1>Contoso buys Fabrikam today</h1><div>Posted: Aug 5, 2019</div>"
    page = lxml.html.document_fromstring(f"<html><body>{body}{FIRST_PARAGRAPH}</body></html>")
    assert _header_date(page, "A headline the page does not show") == date(2019, 8, 5)


def test_an_empty_page_has_an_empty_body() -> None:
    assert parse_html("<html><head><title>Contoso</title></head><body></body></html>").body == ""


def test_a_headline_shown_outside_an_h1_is_the_anchor() -> None:
    # The <h1> is the site's logo; the headline sits in a <div>.
    body = f"<h1>Contoso</h1><div>{HEADLINE}</div><div>Aug 5, 2019</div>"
    page = lxml.html.document_fromstring(f"<html><body>{body}{FIRST_PARAGRAPH}</body></html>")
    assert _header_date(page, HEADLINE) == date(2019, 8, 5)
