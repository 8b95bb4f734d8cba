"""HTML pages: body from trafilatura (or our fallback), title and publish date from metadata."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.ingest import html
from pipelines.ingest.html import parse_html

PARAGRAPHS = [
    "Northwind Analytics said on Monday that it would form a joint venture with Contoso Bank to build a "
    "cloud platform for small business lending across the region.",
    "The venture will start with registered capital of 500 million yuan, and Contoso Bank will hold "
    "60 percent of it, the two companies said in a joint statement.",
    "Chief executive Ada Park said the companies had worked together on payments since 2019 and expected "
    "the platform to serve ten thousand firms in its first year of operation.",
]


def page(head: str = "", article_extra: str = "", body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}"
        "<script>var tracking = {'id': 1}; document.write('<p>not article</p>');</script>"
        "<style>p { color: red }</style></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/tech'>Tech</a></li></ul></nav>"
        "<div class='cookie'>We use cookies on this site. <button>Accept</button></div>"
        f"<article><h1>Lending venture formed</h1>{article_extra}"
        "<div class='share'>Share: <a>Facebook</a> <a>Twitter</a></div>"
        f"{paragraphs}<iframe src='https://ads.example/x'></iframe></article>"
        f"<aside><h3>Most read</h3><ol><li><a>Other story one</a></li></ol></aside>{body_extra}"
        "<footer>Copyright 2021 Example Media. All rights reserved.</footer></body></html>"
    )


def test_body_is_the_article_paragraphs_without_chrome() -> None:
    result = parse_html(page())
    # trafilatura may keep the <h1> as the first paragraph; nothing else comes with the article.
    assert result.body.removeprefix("Lending venture formed\n\n") == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("head", "article_extra", "title"),
    [
        ("<meta property='og:title' content='Venture formed by lender and analytics firm'>"
         "<title>Other | Site</title>", "", "Venture formed by lender and analytics firm"),
        ("<title>Page title | Example Media</title>", "", "Lending venture formed"),
    ],
)
def test_title_from_og_title_then_h1(head: str, article_extra: str, title: str) -> None:
    assert parse_html(page(head, article_extra)).title == title


def test_title_tag_loses_the_site_name() -> None:
    no_h1 = page("<title>Contoso Bank and Northwind form venture - Example Media</title>").replace(
        "<h1>Lending venture formed</h1>", ""
    )
    assert parse_html(no_h1).title == "Contoso Bank and Northwind form venture"


@pytest.mark.parametrize(
    ("head", "article_extra", "body_extra", "expected"),
    [
        ("<meta property='article:published_time' content='2021-02-03T08:15:00+08:00'>", "", "",
         date(2021, 2, 3)),
        ("", "", '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
         '"datePublished": "2019-07-04T10:00:00Z"}]}</script>', date(2019, 7, 4)),
        ("", "<time datetime='2018-06-18T21:40:00+00:00'>June 18</time>", "", date(2018, 6, 18)),
        ("", "", "<time datetime='2010-01-01'>comment time outside the article</time>", None),
        ("", "", '<script type="application/ld+json">{broken json</script>', None),
    ],
)
def test_publish_date_from_metadata(head: str, article_extra: str, body_extra: str, expected) -> None:
    assert parse_html(page(head, article_extra, body_extra)).published_date == expected


def test_fallback_body_when_trafilatura_finds_nothing(monkeypatch) -> None:
    monkeypatch.setattr(html.trafilatura, "extract", lambda *args, **kwargs: None)
    body = parse_html(page()).body
    for text in PARAGRAPHS:
        assert text in body
    assert "var tracking" not in body and "Most read" not in body and "Copyright" not in body


def test_broken_markup_and_pages_without_a_body() -> None:
    first, second, third = PARAGRAPHS
    broken = f"<html><body><div><p>{first}<p>{second}</div></span><p>{third}"
    result = parse_html(broken)
    assert all(text in result.body for text in PARAGRAPHS)
    empty = parse_html("<html><head><title>Only a menu</title></head><body><nav>Home</nav></body></html>")
    assert len(empty.body.split()) < 20
    assert parse_html("").body == ""
    assert parse_html("<?xml version='1.0' encoding='utf-8'?><html><body></body></html>").body == ""


def test_old_table_layout_with_br_paragraphs_is_read() -> None:
    first, second, third = PARAGRAPHS
    layout = (
        "<html><head><title>Venture news</title></head><body><div>Menu</div><table><tr><td><font size=2>"
        f"{first}<br><br>{second}<br/><br/>{third}</font></td></tr></table></body></html>"
    )
    assert parse_html(layout).body == "\n\n".join(PARAGRAPHS)


def test_marked_article_wins_when_trafilatura_keeps_much_less(monkeypatch) -> None:
    monkeypatch.setattr(html.trafilatura, "extract", lambda *args, **kwargs: PARAGRAPHS[0])
    body = parse_html(page()).body
    assert all(text in body for text in PARAGRAPHS)


def test_trafilatura_body_is_kept_when_it_covers_the_article(monkeypatch) -> None:
    kept = "\n".join(PARAGRAPHS)
    monkeypatch.setattr(html.trafilatura, "extract", lambda *args, **kwargs: kept)
    assert parse_html(page()).body == "\n\n".join(PARAGRAPHS)


def _body_paragraphs() -> str:
    return "".join(f"<p>{text}</p>" for text in PARAGRAPHS)


def test_date_from_the_byline_row_under_the_headline_not_from_other_stories() -> None:
    doc = (
        "<html><body><h1>Lending venture formed by two firms</h1><div class='meta'><span>Staff</span>"
        "<time datetime='2022-09-08T14:00:00+08:00'>8 Sep</time></div>"
        f"{_body_paragraphs()}<div class='rail'><time datetime='2022-09-09'>9 Sep</time></div>"
        "</body></html>"
    )
    assert parse_html(doc).published_date == date(2022, 9, 8)
    only_elsewhere = doc.replace("<time datetime='2022-09-08T14:00:00+08:00'>8 Sep</time>", "")
    assert parse_html(only_elsewhere).published_date is None


def test_no_date_from_the_lines_under_a_logo_h1() -> None:
    doc = (
        "<html><head><meta property='og:title' content='Lending venture formed by two firms'></head><body>"
        "<h1>Example Media</h1><div>Wednesday, December 2, 2026</div>"
        f"<div class='story'><h2>Other words</h2>{_body_paragraphs()}</div></body></html>"
    )
    assert parse_html(doc).published_date is None


@pytest.mark.parametrize(
    ("title", "shown", "expected"),
    [
        ("Brightwater Foods :: News :: Ostrava plant sold to buyer", "", "Ostrava plant sold to buyer"),
        ("Example Media | Ostrava plant sold to buyer", "", "Ostrava plant sold to buyer"),
        ("Alibaba results - cloud revenue up 50% - Example", "", "Alibaba results - cloud revenue up 50%"),
        ("Example Business News - Ostrava plant sold to a buyer in Lyon",
         "<b>Ostrava plant sold to a buyer in Lyon</b>", "Ostrava plant sold to a buyer in Lyon"),
    ],
)
def test_title_tag_headline_among_site_and_section_names(title: str, shown: str, expected: str) -> None:
    doc = f"<html><head><title>{title}</title></head><body>{shown}{_body_paragraphs()}</body></html>"
    assert parse_html(doc).title == expected


def test_link_only_blocks_of_an_old_layout_are_menus() -> None:
    first, second, third = PARAGRAPHS
    layout = (
        "<html><body><table><tr><td><a href='/'>Home</a><br><a href='/c'>Company</a><br>"
        "<a href='/x'>Contact</a></td><td>Ostrava plant sold<br><br>"
        f"{first}<br><br>{second}<br><br>{third}<br><br><a href='/n'>&laquo; Back to news</a> | "
        "<a href='#'>Print this page</a></td></tr></table></body></html>"
    )
    assert parse_html(layout).body == "\n\n".join(["Ostrava plant sold", *PARAGRAPHS])


RESULTS_TABLE = (
    "<table><caption>Results by quarter (US$ millions)</caption>"
    "<tr><th>US$ millions</th><th>Q2 2021</th><th>Q2 2020</th></tr>"
    "<tr><td>Revenue</td><td>412.5</td><td>371.0</td></tr>"
    "<tr><td>Net income</td><td>38.2</td><td>29.9</td></tr></table>"
)


def test_a_table_of_figures_in_the_article_is_kept_as_rows_after_its_paragraph() -> None:
    first = f"<p>{PARAGRAPHS[0]}</p>"
    body = parse_html(page().replace(first, first + RESULTS_TABLE)).body
    rows = "Table: Results by quarter (US$ millions)\nUS$ millions | Q2 2021 | Q2 2020\n"
    rows += "Revenue | 412.5 | 371.0\n"
    assert rows + "Net income | 38.2 | 29.9" in body
    # Each row stays on its own line, right after the paragraph the page shows above the table.
    assert body.index(PARAGRAPHS[0]) < body.index("Revenue | 412.5") < body.index(PARAGRAPHS[1])


@pytest.mark.parametrize(
    "table",
    [
        # A ticker in a sidebar: figures, but no paragraph of the article before it.
        "<aside><table><tr><th>Stock</th><th>Price</th></tr><tr><td>NWND</td><td>41.20</td></tr>"
        "<tr><td>CNTS</td><td>18.05</td></tr></table></aside>",
        # A table of links (a menu or a list of quotes) is chrome even with figures in it.
        "<table><tr><th>Index</th><th>Level</th></tr><tr><td><a href='/x'>Hang Seng</a></td><td>17,102</td>"
        "</tr><tr><td><a href='/y'>Nikkei</a></td><td>38,250</td></tr></table>",
        # A table of words is no table of figures.
        "<table><tr><th>Team</th><th>Lead</th></tr><tr><td>Lending</td><td>Ada Park</td></tr>"
        "<tr><td>Payments</td><td>Li Wen</td></tr></table>",
    ],
)
def test_tables_that_are_chrome_or_not_figures_stay_out_of_the_body(table: str) -> None:
    body = parse_html(page(body_extra=table, article_extra="")).body
    assert "|" not in body
    assert "41.20" not in body and "17,102" not in body and "Lending |" not in body
