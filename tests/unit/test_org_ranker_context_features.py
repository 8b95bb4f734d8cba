"""The organization ranker's context and layout features (pipelines/extraction/entities/ranker_features.py):
what the words before a mention say it is (used or launched like a product, bought or backed like an
organization, beside a person's title), whether it is listed beside another organization, quoted, in
parentheses, part of a longer capitalised run, the layout of its line, and the name written in lower
case elsewhere; and that a weight on each feature decides a keep/drop."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities.ranker import OrgRanker
from pipelines.extraction.entities.ranker_features import FEATURE_NAMES, feature_rows
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import Evidence, OrganizationFact


def _org(text: str, name: str) -> OrganizationFact:
    """An organization with every case-exact mention of its name in the text."""
    mentions, start = [], text.find(name)
    while start >= 0:
        mentions.append(Evidence(name, start, start + len(name)))
        start = text.find(name, start + 1)
    return OrganizationFact(key=name.lower(), name=name, kind="company", aliases=[], mentions=mentions)


def _row(text: str, name: str, others: tuple[str, ...] = ()) -> dict[str, float]:
    orgs = [_org(text, name), *(_org(text, other) for other in others)]
    return dict(zip(FEATURE_NAMES, feature_rows(text, orgs, [], default_gazetteer())[0], strict=True))


# (text, name, other organizations of the text, the feature that must be on)
CUE_EXAMPLES = [
    ("Banks use the Lattice to settle trades.", "Lattice", (), "usage_verb_before"),
    ("Last year it launched Prism for small shops.", "Prism", (), "usage_verb_before"),
    ("The app is built on Quillstack today.", "Quillstack", (), "usage_verb_before"),
    ("It bought a stake in Amberly Foods last year.", "Amberly Foods", (), "business_before"),
    ("Quarvo partnered with Velorix on payments.", "Velorix", ("Quarvo",), "business_before"),
    ("said Dana Osei, an analyst at Kestrel Securities.", "Kestrel Securities", (), "business_before"),
    ('Its new tool, "Prism", sold well.', "Prism", (), "quoted"),
    ("Kestrel Systems (Kestrel) reported results.", "Kestrel", ("Kestrel Systems",), "in_parentheses"),
    ("Quarvo and Velorix signed the deal.", "Quarvo", ("Velorix",), "conjunct_of_org"),
    ("Backers included Amberly, Quarvo and Velorix.", "Quarvo", ("Amberly", "Velorix"), "conjunct_of_org"),
    ("Prism Cloud Tools\nRevenue rose.", "Prism", (), "no_sentence_line"),
    ("Prism Cloud Tools\nRevenue rose.", "Prism", (), "short_line"),
    ("Quarvo Unveils Lattice Plan For Banks\nRevenue rose.", "Lattice", (), "title_case_line"),
    ("Revenue rose.\nSources: Kestrel Daily, company filings", "Kestrel Daily", (), "credit_line"),
    ("Lattice grew while lattice structures spread.", "Lattice", (), "lowercase_elsewhere"),
    ("Ana Ruiz, chief executive of Quarvo, said so.", "Ana Ruiz", ("Quarvo",), "person_title_near"),
    ("The team was led by partner Dana Osei today.", "Dana Osei", (), "person_title_near"),
    ("PT Bank Syariah Kestrel Tbk signed a loan.", "Syariah Kestrel", (), "capitalised_neighbour"),
]


@pytest.mark.parametrize(("text", "name", "others", "feature"), CUE_EXAMPLES)
def test_each_context_cue_is_read_from_a_small_text(text, name, others, feature):
    assert _row(text, name, others)[feature] > 0.0


@pytest.mark.parametrize(
    ("text", "name", "others"),
    [
        ("Quarvo Holdings reported higher revenue this year, the company said.", "Quarvo Holdings", ()),
        ("Revenue at Quarvo rose in the quarter. Velorix did not comment on it.", "Quarvo", ("Velorix",)),
    ],
)
def test_the_context_cues_stay_off_in_plain_prose(text, name, others):
    row = _row(text, name, others)
    for feature in ("usage_verb_before", "business_before", "quoted", "in_parentheses", "conjunct_of_org",
                    "no_sentence_line", "short_line", "title_case_line", "credit_line", "lowercase_elsewhere",
                    "person_title_near", "capitalised_neighbour"):
        assert row[feature] == 0.0, feature


def test_a_name_after_a_sentence_end_has_no_capitalised_neighbour():
    assert _row("Revenue rose. Quarvo Bank said so.", "Quarvo Bank")["capitalised_neighbour"] == 0.0


def _only(feature: str, weight: float) -> OrgRanker:
    """Keeps everything unless ``feature`` is on and weighted against keeping."""
    weights = [0.0] * len(FEATURE_NAMES)
    weights[FEATURE_NAMES.index("bias")] = 2.0
    weights[FEATURE_NAMES.index(feature)] = weight
    return OrgRanker(tuple(weights), 0.5)


@pytest.mark.parametrize(("text", "name", "others", "feature"), CUE_EXAMPLES)
def test_a_planted_weight_on_the_cue_flips_the_decision(text, name, others, feature):
    orgs = [_org(text, name), *(_org(text, other) for other in others)]
    row = feature_rows(text, orgs, [], default_gazetteer())[:1]
    assert _only(feature, 0.0).keep_probabilities(row)[0] >= 0.5
    assert _only(feature, -12.0).keep_probabilities(row)[0] < 0.5
