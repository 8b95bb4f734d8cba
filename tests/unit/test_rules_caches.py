"""The rules' caches and prefilters (parses batched per article, quantities and period mentions of short
texts, cue prefilters): the rules get exactly what they would have computed without them."""

from __future__ import annotations

import pytest

from pipelines.extraction import quantities
from pipelines.extraction.people import CREDIT_CUES
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import load_parser, sentence_parses

# Invented text: a titled person, a deal, a reporting verb over a figure, two companies and a figure.
TEXT = (
    "Northwind Traders said on Monday that revenue rose 12% to $3.4 billion. Chief executive Jane Doe "
    "said the company agreed to acquire Wingtip Labs for EUR 200 million. Contoso Bank and Fabrikam Inc "
    "each hold 10% of the venture. The weather was fine."
)


def test_sentence_parses_are_per_sentence_whatever_the_batch():
    nlp = load_parser()
    texts = [s.text for s in split_sentences(TEXT)]
    assert sentence_parses(nlp, texts) == [sentence_parses(nlp, [t])[0] for t in texts]


@pytest.mark.parametrize("text", [
    "revenue rose 12% to $3.4 billion", "Rs 744.3 crore", "three million users", "", "1 billion yen",
])
def test_find_quantities_cached_equals_uncached_and_is_a_fresh_list(text):
    first = quantities.find_quantities(text)
    assert first == quantities._read_quantities(text)
    first.append(None)  # a caller changing its list changes nobody else's
    assert quantities.find_quantities(text) == quantities._read_quantities(text)


def test_find_quantities_does_not_cache_a_long_text():
    text = "revenue rose 12% to $3.4 billion. " * 100
    quantities._quantities_of_short_text.cache_clear()
    assert quantities.find_quantities(text) == quantities._read_quantities(text)
    assert quantities._quantities_of_short_text.cache_info().currsize == 0


# Sentences of the forms the name-first titled-name patterns read (their comments' examples, invented
# names), and text around them where no name opens at a capital after a title.
TITLED_EXAMPLES = [
    "said Ana Ruiz, chairman of Quarvo, on Monday.",
    "Ana Ruiz, who was chief financial officer of Quarvo, left.",
    "Ana Ruiz, Rivian's founder and chief executive, spoke.",
    "Ana Ruiz, a Volkswagen executive, said so.",
    "Ana Ruiz is its chief executive.",
    "Ana Ruiz will become chief executive in May.",
    "Ana Ruiz, who founded Quarvo and is its chairman, said.",
    "Ana Ruiz, who remains chief executive, said.",
    "said Ana Ruiz, its chief financial officer.",
    "(Ana Ruiz, CEO) and Ben Lee, CFO since 2016.",
    "Ana Ruiz, chief financial officer, said.",
    "with Ana Ruiz, the chief technology officer, after",
    "Ana Ruiz heads the company. Ben Lee, known as BL, runs the bank.",
    "Ana Ruiz leads the group and chairs the board.",
    "Ana Ruiz, the bank's chief financial officer, said.",
    "said Dame Ada Udensi, the group chief executive.",
    "Jassim bin Hamad bin Jassim bin Jaber Al Thani, chairman of Quarvo, said.",
    "M P Vijay Kumar, chief executive of Quarvo, said. N Chandrasekaran, chairman of Tata, said.",
    "Nor Shamsiah Mohd Yunus, governor of the bank, said. O'Brien Lee, CEO of Quarvo, said.",
    "the chief executive of the firm said; revenue rose, chairman said, ana ruiz is its ceo.",
]


def _original(pattern: str) -> str:
    """The pattern as written, without the capital-first check people.py adds."""
    from pipelines.letters import UPPER

    return pattern.replace(rf"(?<![\w-])(?={UPPER})", r"(?<![\w-])", 1)


@pytest.mark.parametrize("example", TITLED_EXAMPLES)
def test_the_capital_first_titled_name_patterns_match_as_written(example):
    import re

    from pipelines.extraction.people import _TITLED_NAME_PATTERNS

    text = "Intro line. " + example + " And more."
    sped_up = [f.pattern for f in _TITLED_NAME_PATTERNS if f.pattern.pattern != _original(f.pattern.pattern)]
    assert len(sped_up) >= 10
    found = 0
    for pattern in sped_up:
        written = re.compile(_original(pattern.pattern))
        for lo, hi in ((0, len(text)), (5, len(text) - 3)):
            expected = [m.span(1) for m in written.finditer(text, lo, hi)]
            assert [m.span(1) for m in pattern.finditer(text, lo, hi)] == expected
            found += len(expected)
    assert found or "ana ruiz" in example  # every example but the lower-case one is matched by some form


@pytest.mark.parametrize("text", [
    "Revenue rose 12% in the third quarter of fiscal 2024 from a year earlier.",
    "In the six months to June 30, sales were flat.", "No period here.", "",
])
def test_period_mentions_cached_equal_uncached_and_are_a_fresh_list(text):
    from pipelines.extraction import memo, periods

    first = memo.period_mentions(text)
    assert first == periods.find_period_mentions(text)
    first.append(None)
    assert memo.period_mentions(text) == periods.find_period_mentions(text)


@pytest.mark.parametrize(("text", "currency"), quantities.LOCAL_DOLLAR_EXAMPLES)
def test_a_bare_dollar_read_when_needed_is_still_the_articles_dollar(text, currency):
    """find_quantities reads what a bare "$" means only when it meets one: the module's own examples."""
    bare = [q for q in quantities.find_quantities(text) if q.text.lstrip("-").startswith("$")]
    assert bare and {q.unit for q in bare} == {currency}


@pytest.mark.parametrize("cue", CREDIT_CUES, ids=lambda cue: cue.name)
def test_a_credit_cue_prefilter_never_skips_a_text_its_pattern_matches(cue):
    """Each credit cue's own example, and the example with its case changed around, is still read."""
    for text in (cue.example, "Intro.\n" + cue.example, cue.example.replace("By ", "By  ")):
        expected = [m.span() for m in cue.pattern.finditer(text)]
        assert expected or text != cue.example, "the example is matched by its own pattern"
        assert [m.span() for m in cue.finditer(text, text.lower())] == expected
    assert not list(cue.finditer("Sales rose 5%.", "sales rose 5%.")) or not cue.needs


# --- speed16: per-sentence scans kept for the sentence (deals' appositions, the stated fiscal year end,
# fraction figures) and the capitals test of issuer lines -----------------------------------------------

APPOSITION_SENTENCES = [
    "⟨0⟩, the payments affiliate of ⟨1⟩, agreed to buy ⟨2⟩.",
    "⟨0⟩ (⟨1⟩) signed with ⟨2⟩, advised by ⟨3⟩, on Monday.",
    "its ⟨0⟩ joint venture with ⟨1⟩ bought a ⟨2⟩ platform.",
    "⟨0⟩ agreed to buy ⟨1⟩.",
]


@pytest.mark.parametrize("masked", APPOSITION_SENTENCES)
def test_appositive_slots_cached_equal_uncached_and_are_a_set_of_the_callers_own(masked):
    from pipelines.extraction import deals

    first = deals._appositive_slots(masked)
    assert first == set(deals._appositive_slots_of.__wrapped__(masked))
    first.add(99)  # a caller adding to its set changes nobody else's
    assert 99 not in deals._appositive_slots(masked)


def test_appositive_slots_of_a_long_sentence_are_read_but_not_kept():
    from pipelines.extraction import deals, memo

    masked = "⟨0⟩, the payments affiliate of ⟨1⟩, agreed. " * (memo.CACHED_TEXT_CHARS // 40)
    deals._appositive_slots_of.cache_clear()
    assert deals._appositive_slots(masked) == {1}
    assert deals._appositive_slots_of.cache_info().currsize == 0


@pytest.mark.parametrize(
    "text",
    [
        "Its fiscal year ends on March 31.",
        "Velorix, whose fiscal year follows the calendar, grew.",
        "Sales were flat.",
        "",
    ],
)
def test_fiscal_year_end_stated_cached_equals_uncached(text):
    from pipelines.extraction.metrics import article_calendar as calendar

    assert calendar.fiscal_year_end_stated(text) == calendar.fiscal_year_end_stated.__wrapped__(text)
    assert calendar.fiscal_year_end_stated(text) == calendar.fiscal_year_end_stated.__wrapped__(text)


@pytest.mark.parametrize(
    "text",
    ["About a third of Velorix's sales now come from Asia.", "Profit fell by half.", "Sales were flat."],
)
def test_fraction_figures_cached_equal_uncached_and_are_a_list_of_the_callers_own(text):
    from pipelines.extraction.metrics import fractions

    first = fractions.fraction_figures(text)
    assert first == list(fractions._fraction_figures.__wrapped__(text))
    first.append(None)  # a caller changing its list changes nobody else's
    assert fractions.fraction_figures(text) == list(fractions._fraction_figures.__wrapped__(text))


LINES = [
    "QUARVO HOLDINGS LTD",
    "Quarvo Holdings Ltd",
    "ABC",
    "ÉTÉ QUARVO",
    "QUARVO ÅB holdings",
    "",
    "1234 !!",
    "QUARVO Ärzte GMBH",
    "QUARVO holdings",
]


@pytest.mark.parametrize("line", LINES)
def test_a_line_in_capitals_is_read_as_by_its_ascii_letters(line):
    from pipelines.extraction.metrics.issuer import _CAPITALS_SHARE, _in_capitals

    letters = [c for c in line if c.isalpha() and c.isascii()]
    expected = len(letters) >= 4 and sum(c.isupper() for c in letters) >= _CAPITALS_SHARE * len(letters)
    assert _in_capitals(line) == expected
