"""Figures laid out as lists and table rows reach extraction: a list of results under a bold heading
(dropped by the body finder's precision mode) is put back, and a table row whose cells carry their scale
("1.52tn", "298.0bn") is not mistaken for a menu."""

from __future__ import annotations

import pytest

from pipelines.ingest import html
from pipelines.ingest.chrome import is_chrome_line, is_menu_line
from pipelines.ingest.html import parse_html

PARAGRAPHS = [
    "Northwind Analytics reported results for its fiscal third quarter on Tuesday, helped by demand for "
    "its cloud lending platform from small banks across the region.",
    "Chief executive Ada Park said the company expected the platform to serve ten thousand firms in its "
    "first year of operation and would keep hiring engineers in both of its offices.",
    "The company will host a conference call for analysts and investors on Wednesday morning to discuss "
    "the results and its plans for the coming year in more detail.",
]
HIGHLIGHTS = (
    "<p><b>Third Quarter Highlights</b></p><ul>"
    "<li>Net sales of $412 million, up 11% from $371 million a year earlier</li>"
    "<li>Net earnings of $38 million, or $1.20 per share, against $30 million</li>"
    "<li>Cloud segment sales of $160 million, up 19%; segment margin of 21.5%</li></ul>"
)


def page(after_first: str = "", sidebar: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    paragraphs = paragraphs.replace(f"<p>{PARAGRAPHS[0]}</p>", f"<p>{PARAGRAPHS[0]}</p>{after_first}")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Results</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/tech'>Tech</a></li></ul></nav>"
        f"<div class='doc'><h1>Northwind results</h1>{paragraphs}</div>{sidebar}"
        "<footer>Copyright 2021 Example Media. All rights reserved.</footer></body></html>"
    )


def test_a_list_of_results_under_a_heading_is_put_back_after_its_paragraph() -> None:
    body = parse_html(page(HIGHLIGHTS)).body
    items = [
        "- Net sales of $412 million, up 11% from $371 million a year earlier",
        "- Net earnings of $38 million, or $1.20 per share, against $30 million",
        "- Cloud segment sales of $160 million, up 19%; segment margin of 21.5%",
    ]
    assert "\n".join(items) in body
    assert body.index(PARAGRAPHS[0]) < body.index(items[0]) < body.index(PARAGRAPHS[1])
    assert body.count("Net sales of $412 million") == 1


@pytest.mark.parametrize(
    "lists",
    [
        # Related headlines in a sidebar: figures, but links and no article paragraph before them.
        "<aside><ul><li><a href='/a'>Rival's sales rose 12% to $2.1 billion</a></li>"
        "<li><a href='/b'>Bank profits hit $4 billion in the quarter</a></li></ul></aside>",
        # A ticker row right after the article: short quotes, not statements of figures.
        "<ul><li>NWND 41.20 +1.2%</li><li>CNTS 18.05 -0.4%</li><li>HSI 17,102 +0.3%</li></ul>",
        # A list of words is no list of figures.
        "<ul><li>Lending for small and medium firms</li><li>Payments and treasury for banks</li></ul>",
    ],
)
def test_lists_that_are_chrome_or_hold_no_figures_stay_out(lists: str) -> None:
    body = parse_html(page(lists, sidebar=lists)).body
    for text in ("41.20", "$2.1 billion", "treasury for banks"):
        assert text not in body


def test_a_list_already_in_the_body_is_not_written_twice(monkeypatch) -> None:
    def keeps_lists(text: str) -> str:
        items = "\n\n".join(f"- {item}" for item in ("Net sales of $412 million, up 11% a year",
                                                      "Net earnings of $38 million, up 5% a year"))
        return "\n\n".join([PARAGRAPHS[0], items, *PARAGRAPHS[1:]])

    monkeypatch.setattr(html, "_trafilatura_body", keeps_lists)
    listed = (
        "<ul><li>Net sales of $412 million, up 11% a year</li>"
        "<li>Net earnings of $38 million, up 5% a year</li></ul>"
    )
    body = parse_html(page(listed)).body
    assert body.count("Net sales of $412 million") == 1


# Rows of a plain-text table whose figures carry their scale's letters: kept, though every cell is
# short and starts with a capital or a digit like a menu's items.
SCALED_ROWS = (
    "Revenue       1.52tn      1.36tn      +11.8%",
    "Op. profit    298.0bn     255.4bn     +16.7%",
    "Net debt      (12.3)m     45.0m",
    "Spread        +4.5pp      3.1pp",
)


@pytest.mark.parametrize("row", SCALED_ROWS)
def test_a_table_row_of_scaled_figures_is_no_menu(row: str) -> None:
    assert not is_menu_line(row)
    assert not is_chrome_line(row)


@pytest.mark.parametrize(
    "menu",
    ["Home | Markets | Tech | Opinion", "Markets | Telecommunications | ASX 200", "News  5G  AI  Cloud"],
)
def test_menus_with_numbers_in_their_items_are_still_menus(menu: str) -> None:
    assert is_menu_line(menu)
