"""Clauses and comparison segments of a sentence (pipelines/extraction/metrics/clauses.py).

Written from the survivors of the metric_owners mutation run (docs/testing.md): the bracketed
earlier-period figure "(2023: EUR 184.1 million)", "from $X" as a comparison or as a path, and a
period phrase judged on its own line only."""

from __future__ import annotations

from pipelines.extraction.metrics.clauses import _clause_of, _clauses, is_comparison_phrase
from pipelines.extraction.sentences import Sentence


def _segments(text: str) -> list[tuple[str, bool]]:
    """Each clause's text and whether it is a comparison segment."""
    return [(text[c.start : c.end], c.comparison) for c in _clauses(Sentence(text, 0, len(text)))]


def _is_comparison(text: str, phrase: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return is_comparison_phrase(text, start, start + len(phrase))


def test_a_bracketed_earlier_figure_is_a_comparison_up_to_its_closing_bracket_only() -> None:
    # The colon inside the bracket is no clause break; the text after the bracket is the current
    # period again, and another bracket before or after ("(net)", "(H1)") changes neither.
    text = "Sales (net) were EUR 139.9 million (2023: EUR 184.1 million) in the half year (H1) 2024."
    assert _segments(text) == [
        ("Sales (net) were EUR 139.9 million", False),
        ("2023: EUR 184.1 million", True),
        (" in the half year (H1) 2024.", False),
    ]


def test_a_comparison_right_after_a_bracket_starts_its_own_segment() -> None:
    text = "Revenue was EUR 139.9 million (2023: EUR 184.1 million), against EUR 120 million in 2022."
    segments = [segment for segment in _segments(text) if segment[0]]
    assert segments == [
        ("Revenue was EUR 139.9 million", False),
        ("2023: EUR 184.1 million", True),
        ("EUR 120 million in 2022.", True),
    ]


def test_from_an_amount_is_a_comparison_unless_a_to_amount_makes_it_a_path() -> None:
    # Only the earlier figure written: a comparison.
    assert _segments("Revenue rose from $148.2 million in 2021.") == [
        ("Revenue rose", False),
        ("$148.2 million in 2021.", True),
    ]
    # "from $4 billion in 2022 to $5 billion": a path from one figure to the other, no comparison.
    path = "Revenue went from $4 billion in 2022 to $5 billion in 2023."
    assert _segments(path) == [(path, False)]
    # A "to $2 billion" in an earlier clause makes no path of the later "from".
    assert _segments("Costs fell to $2 billion, while revenue rose from $4 billion in 2023.") == [
        ("Costs fell to $2 billion", False),
        ("revenue rose", False),
        ("$4 billion in 2023.", True),
    ]


def test_an_offset_inside_a_break_belongs_to_the_clause_before_it() -> None:
    text = "Revenue rose to $5 billion, compared with $4 billion."
    clauses = _clauses(Sentence(text, 0, len(text)))
    inside_break = text.index("compared")
    assert _clause_of(clauses, inside_break) == clauses[0]
    assert _clause_of(clauses, text.index("$4")) == clauses[1]


def test_a_bracketed_year_with_a_colon_names_the_comparison_period() -> None:
    assert _is_comparison("(2023: EUR 184.1 million)", "2023") is True
    assert _is_comparison("Revenue was EUR 139.9 million ( 2023: EUR 184.1 million).", "2023") is True
    # A year with a colon but no bracket is a heading of the current period; a bracketed year with
    # no colon is no earlier figure.
    assert _is_comparison("Highlights of 2024: revenue rose 5%.", "2024") is False
    assert _is_comparison("Revenue was EUR 139.9 million (2024) and rose 5%.", "2024") is False


def test_a_period_phrase_is_judged_on_its_own_line() -> None:
    # The comparison that ends line 2 does not reach the phrases of line 3.
    text = (
        "Results for 2024.\n"
        "Revenue rose to $5 billion, compared with $4 billion in\n"
        "2023 and profit in 2024 rose.\n"
        "Notes."
    )
    assert _is_comparison(text, "2024", nth=0) is False
    assert _is_comparison(text, "2024", nth=1) is False
    assert _is_comparison(text, "2023") is False


def test_a_comparison_on_a_later_line_is_found_and_the_next_line_makes_no_path_of_it() -> None:
    # "from $4 billion in 2023" has no "to" amount on its line: a comparison, though the next line
    # says "to $2 billion".
    text = "Intro.\nRevenue rose from $4 billion in 2023\nCosts rose to $2 billion in 2024.\nEnd."
    assert _is_comparison(text, "2023") is True
    assert _is_comparison(text, "2024") is False


def test_a_sentence_opening_with_a_comparison_is_one_up_to_its_comma_only() -> None:
    text = "Compared with the first quarter, revenue increased 3.6 percent."
    assert _segments(text) == [
        ("Compared with the first quarter, ", True),
        ("revenue increased 3.6 percent.", False),
    ]


def test_a_figure_measured_against_an_earlier_figure_opens_a_comparison() -> None:
    text = "Organic growth came to 3.3%, well below the 7.9% posted in fiscal 2024."
    assert _is_comparison(text, "fiscal 2024")
    assert not _is_comparison("Stores rose to 12, above 10 for the first time in fiscal 2024.", "fiscal 2024")


def test_a_change_measured_on_an_earlier_period_is_a_comparison() -> None:
    quarter = "the third quarter"
    assert _is_comparison("Cloud was up roughly 5% on the third quarter, so the trend holds.", quarter)
    assert not _is_comparison("Revenue rose 5% in the third quarter, based on 2024 prices.", quarter)


def test_a_change_measured_on_an_earlier_figure_is_a_comparison() -> None:
    text = (
        "It made $25.0 billion, an 8.0 per cent increase on the $23.2 billion it made in 2023, as costs fell."
    )
    assert _is_comparison(text, "2023")


def test_a_comparison_ends_where_the_next_change_begins() -> None:
    text = "Revenue reached $93.1 million, 10.1% above the October-December quarter and up 11.0% from 2024."
    segments = _segments(text)
    assert ("the October-December quarter", True) in segments
    assert any(segment.startswith("up 11.0%") and not comparison for segment, comparison in segments)
