"""HTML pages: the edges the mutation run of `pipelines/ingest/html.py` found unguarded (which tables
are tables of figures, link-only blocks, the headline a <title> shares with the page).

Each test names the promise; docs/mutants/ingest.md lists the mutants each one kills.
"""

from __future__ import annotations

import lxml.html
import pytest

from pipelines.ingest.html import _data_table_rows, _is_link_only, parse_html


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
