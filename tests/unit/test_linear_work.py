"""Stages that were super-linear on adversarial or long texts, shown linear without a clock.

Two kinds of evidence, neither timed: results on shapes that used to blow up, at sizes where the old
code took minutes to hours (a quadratic regular expression on 50,000 spaces: ~10 minutes), and work
counted by ``benchmarks.work.work_units`` (Python lines run plus calls into C) at two sizes: linear
code does about 4x the work on 4x the text, a scan of every mention per sentence ~16x.
"""

from __future__ import annotations

import re
from collections import Counter

from benchmarks.adversarial import shape_text
from benchmarks.work import work_units
from pipelines.extraction import deals, entities, sentences
from pipelines.extraction.entities.parents import OrgForms
from pipelines.extraction.entities.records import Org
from pipelines.extraction.extract import rule_stages
from pipelines.extraction.metrics.clauses import _clauses
from pipelines.extraction.metrics.sentence import _TO_FROM
from pipelines.extraction.metrics.vocabulary import _CONVERSION
from pipelines.extraction.org_cues import TIME_ZONE
from pipelines.extraction.sentences import Sentence

SPACES = " " * 50_000  # the old patterns took n squared steps on this: minutes each


def test_to_from_reads_the_earlier_figure_and_gives_up_on_a_run_of_spaces_at_once() -> None:
    assert _TO_FROM.match(" , up from about ")
    assert _TO_FROM.match(SPACES + "from ")
    assert _TO_FROM.match(SPACES + "against ") is None


def test_a_time_zone_after_a_clock_time_is_found_across_spaces_and_not_without_one() -> None:
    assert [m.group(1) for m in TIME_ZONE.finditer("at 10:30 a.m. ET, and 9 (GMT+8)")] == ["ET", "GMT+8"]
    assert [m.group(1) for m in TIME_ZONE.finditer("10:30" + SPACES + "ET.")] == ["ET"]
    assert list(TIME_ZONE.finditer("10:30" + SPACES + "b")) == []


def test_a_currency_conversion_gap_is_read_and_a_run_of_spaces_is_no_conversion() -> None:
    assert _CONVERSION.match(" (about ") and _CONVERSION.match(", or ")
    assert _CONVERSION.match("(" + SPACES + "x") is None
    assert _CONVERSION.match(SPACES + ",x") is None


def test_clause_breaks_are_found_after_a_run_of_spaces() -> None:
    text = "Revenue rose to $2 billion" + SPACES + "but profit fell" + SPACES + "compared with 2022."
    clauses = _clauses(Sentence(text, 0, len(text)))
    assert [text[c.start : c.end].strip() for c in clauses] == [
        "Revenue rose to $2 billion", "profit fell", "2022."]
    assert [c.comparison for c in clauses] == [False, False, True]


def test_two_figures_far_apart_keep_the_leads_facts() -> None:
    """The shape that took ~1 minute at 16,000 characters (quadratic in the gap); 100,000 here."""
    facts = rule_stages(shape_text("spaced_figures", 100_000), None, [])
    assert "Acme Cloud" in " ".join(org.name for org in facts.organizations)
    assert any(metric.value == 1.2e9 for metric in facts.metrics)


def _organizations(names: list[str]) -> dict[str, Org]:
    orgs = {}
    for index, name in enumerate(names):
        org = Org(key=f"k{index}", names=Counter({name: 1}))
        orgs[org.key] = org
    return orgs


def test_owner_forms_find_a_units_owner_and_a_joint_venture_of_two() -> None:
    orgs = _organizations(["Kakao", "Kakao Pay", "Alpha", "Beta", "Alpha Beta Ventures", "Asia Cloud"])
    forms = OrgForms(orgs)
    assert forms.prefix_owner("k1") == "Kakao"
    assert forms.names_two_owners(orgs["k4"]) and not forms.names_two_owners(orgs["k1"])
    assert forms.prefix_owner("k0") is None


def test_owner_forms_work_per_organization_does_not_grow_with_their_number() -> None:
    """Every organization's forms were searched in every other's name: organizations squared."""

    def work(n: int) -> int:
        orgs = _organizations([f"Company{i} Group" for i in range(n)] + ["Company1 Company2 Venture"])
        forms = OrgForms(orgs)
        return work_units(lambda: [(forms.names_two_owners(org), forms.prefix_owner(key))
                                   for key, org in orgs.items()])

    small, large = work(40), work(160)
    assert large <= small * 4 * 1.3, (small, large)


def test_deals_look_at_each_sentences_own_mentions_not_at_every_mention_per_sentence() -> None:
    """find_deals listed every mention of the article (and summed every chrome span) per sentence."""

    def work(size: int) -> int:
        text = shape_text("realistic", size)
        split = sentences.split_sentences(text)
        chrome = entities.boilerplate_spans(text)
        found = entities.find_organizations(text, [], chrome, split, None)
        deals.find_deals(text, split, found, None, chrome)  # patterns compiled, caches warm
        return work_units(lambda: deals.find_deals(text, split, found, None, chrome))

    small, large = work(8_000), work(32_000)
    assert large <= small * 4 * 1.5, (small, large)


def test_document_name_folds_look_up_each_name_not_every_other_name() -> None:
    """Short forms and acronyms were each compared with every other name: names squared."""
    from pipelines.extraction.org_merge import acronym_folds, short_form_folds

    def work(n: int) -> int:
        names = {f"k{i}": f"Company{i} Holdings" for i in range(n)}
        names |= {"short": "Company1", "acronym": "CH"}
        return work_units(lambda: (short_form_folds(names), acronym_folds(names)))

    small, large = work(50), work(200)
    assert large <= small * 4 * 1.3, (small, large)


def test_table_lines_read_their_own_figures_not_every_figure_per_line() -> None:
    from pipelines.extraction.metrics.lines import read_lines
    from pipelines.extraction.quantities import find_quantities

    def work(size: int) -> int:
        text = shape_text("huge_table", size)
        quantities = find_quantities(text)
        read_lines(text, quantities)
        return work_units(lambda: read_lines(text, quantities))

    small, large = work(8_000), work(32_000)
    assert large <= small * 4 * 1.5, (small, large)


def test_the_last_sentence_break_is_looked_up_as_rfind_found_it() -> None:
    """``people._nearest_org`` read back with two rfinds per name: the whole text, where no break was."""
    import random

    from pipelines.extraction.entities import find_organizations
    from pipelines.extraction.people import _OrgLookup

    rng = random.Random(5)
    for _ in range(2_000):
        text = "".join(rng.choice(["a", ". ", ".", " ", "\n", "b. "]) for _ in range(rng.randint(0, 30)))
        lookup = _OrgLookup(text, find_organizations(text, [], []))
        for end in range(-len(text) - 3, len(text) + 3):
            expected = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end))
            assert lookup.last_break_before(end) == expected, (text, end)


def test_people_ask_the_organization_mentions_by_lookup_not_by_scanning_them_per_name() -> None:
    """find_people built two dicts of every organization mention per name and scanned every mention per
    name (overlap, "of Org" scope, nearest organization) and every chrome span: names x mentions. On one
    article repeated, 4x the text did ~9x the work before."""
    from pipelines.extraction.people import find_people

    def work(size: int) -> int:
        text = shape_text("repeated_article", size)
        chrome = entities.boilerplate_spans(text)
        found = entities.find_organizations(text, [], chrome, sentences.split_sentences(text), None)
        persons = [(m.start(), m.end(), "PERSON") for m in re.finditer(r"[A-Z][a-z]+ [A-Z][a-z]+", text)]
        find_people(text, persons, found, chrome)  # patterns compiled, caches warm
        return work_units(lambda: find_people(text, persons, found, chrome))

    small, large = work(8_000), work(32_000)
    assert large <= small * 4 * 1.5, (small, large)



def test_blank_lines_cost_the_reader_no_work_per_line(tmp_path) -> None:
    """A megabyte of blank lines ran every chrome test once per line (2-5 s); a blank run is one line now."""
    from pipelines.ingest.reader import read_article_file

    def work(blank_lines: int) -> int:
        path = tmp_path / f"blank {blank_lines}.txt"
        path.write_text(shape_text("newlines", blank_lines), encoding="utf-8")
        return work_units(lambda: read_article_file(path, tmp_path))

    small, large = work(20_000), work(80_000)
    assert large <= small * 1.3, (small, large)
