"""The organization ranker: its features on small texts, deterministic training, and stored weights that
give the same decisions as the weights in memory (pipelines/extraction/entities/ranker*.py,
scripts/train_org_ranker.py)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.ranker import (
    WEIGHTS_PATH,
    OrgRanker,
    RankerWeightsError,
    load_ranker,
    ranker_from_dict,
    ranker_in_use,
)
from pipelines.extraction.entities.ranker_features import FEATURE_NAMES, feature_rows
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import Evidence, OrganizationFact
from tests.conftest import load_script


def _org(text: str, name: str, key: str | None = None, aliases: tuple[str, ...] = ()) -> OrganizationFact:
    """An organization with every mention of its name in the text."""
    mentions, start = [], text.find(name)
    while start >= 0:
        mentions.append(Evidence(name, start, start + len(name)))
        start = text.find(name, start + 1)
    return OrganizationFact(key=key or name.lower(), name=name, kind="company", aliases=list(aliases),
                            mentions=mentions)


def _features(text: str, orgs: list[OrganizationFact], spans=()) -> list[dict[str, float]]:
    rows = feature_rows(text, orgs, list(spans), default_gazetteer())
    return [dict(zip(FEATURE_NAMES, row, strict=True)) for row in rows]


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Velorix Systems Inc said revenue rose.", "Velorix Systems Inc", "legal_form"),
        ("Velorix said revenue rose.", "Velorix", "verb_after"),
        ("Analysts praised the Lattice service this year.", "Lattice", "product_noun_after"),
        ("Analysts praised Velorix's Lattice unit.", "Lattice", "possessive_before"),
        ("The plant adds 500 MW of capacity.", "MW", "number_before"),
        ("Revenue at Quarvo, the payments firm, rose.", "Quarvo", "org_noun_after"),
        ("Sales in Kestrelmoor rose this year.", "Kestrelmoor", "place_word_before"),
        ("Shares of Velorix (NASDAQ: VLX) rose.", "Velorix", "ticker_after"),
        ("Figures for Fiscal 2024 were restated.", "Fiscal 2024", "period_word"),
        ("Talks with the Kenyan government went on.", "Kenyan government", "lowercase_word"),
        ("Brett Tolland said so.", "Brett Tolland", "person_shape"),
    ],
)
def test_context_and_name_features_of_small_texts(text, name, feature):
    assert _features(text, [_org(text, name)])[0][feature] == 1.0


def test_features_stay_off_where_their_cue_is_absent():
    text = "Quarvo Holdings reported results while markets were calm."
    row = _features(text, [_org(text, "Quarvo Holdings")])[0]
    for feature in ("product_noun_after", "possessive_before", "number_before", "ticker_after", "period_word",
                    "lowercase_word", "person_shape", "starts_with_other", "place_word_before"):
        assert row[feature] == 0.0, feature
    assert row["head_word"] == 1.0 and row["legal_form"] == 1.0


def test_a_name_opening_with_another_organizations_name_is_marked():
    text = "Velorix sells Velorix Cloud to banks."
    rows = _features(text, [_org(text, "Velorix"), _org(text, "Velorix Cloud")])
    assert [row["starts_with_other"] for row in rows] == [0.0, 1.0]


def test_model_labels_are_read_as_shares_of_mentions():
    text = "Quarvo rose. Quarvo fell."
    spans = [(0, 6, "ORG"), (13, 19, "PERSON")]
    row = _features(text, [_org(text, "Quarvo")], spans)[0]
    assert (row["ner_org"], row["ner_person"], row["ner_none"]) == (0.5, 0.5, 0.0)


def test_training_is_deterministic_and_learns_the_direction_of_a_feature():
    fit = load_script("train_org_ranker").fit
    rng = np.random.default_rng(7)
    rows = np.column_stack([np.ones(200), rng.random(200), rng.random(200)])
    labels = (rows[:, 1] > 0.5).astype(float)
    first, second = fit(rows, labels), fit(rows, labels)
    assert np.array_equal(first, second)
    assert first[1] > 1.0 and abs(first[2]) < first[1] / 4


def test_stored_weights_give_the_same_decisions_as_the_weights_in_memory(tmp_path):
    weights = tuple(0.1 * ((i % 5) - 2) for i in range(len(FEATURE_NAMES)))
    ranker = OrgRanker(weights, 0.5)
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(ranker.as_dict()))
    loaded = load_ranker(path)
    text = "Velorix Systems Inc said its Lattice service grew. Brett Tolland, 500 MW, Fiscal 2024."
    orgs = [_org(text, n) for n in ("Velorix Systems Inc", "Lattice", "Brett Tolland", "MW", "Fiscal 2024")]
    rows = feature_rows(text, orgs, [], default_gazetteer())
    keep = [p >= ranker.threshold for p in ranker.keep_probabilities(rows)]
    assert [p >= loaded.threshold for p in loaded.keep_probabilities(rows)] == keep
    assert loaded.keep_probabilities(rows) == pytest.approx(ranker.keep_probabilities(rows), abs=1e-6)


def test_the_repository_weights_fit_todays_features():
    ranker = load_ranker(WEIGHTS_PATH)
    assert ranker is not None and len(ranker.weights) == len(FEATURE_NAMES)


def test_weights_for_other_features_are_refused_with_the_file_named():
    with pytest.raises(RankerWeightsError, match="old.json"):
        ranker_from_dict({"features": ["bias"], "weights": [0.0], "threshold": 0.5}, "old.json")


def _drop_acronyms() -> OrgRanker:
    """Keeps everything except all-capital names (a weight on ``acronym`` only)."""
    weights = [0.0] * len(FEATURE_NAMES)
    weights[FEATURE_NAMES.index("bias")] = 4.0
    weights[FEATURE_NAMES.index("acronym")] = -8.0
    return OrgRanker(tuple(weights), 0.5)


TEXT = "Velorix Holdings signed a deal with Quarvo Bank. The NHI board approved it."
SPANS = [(0, 16, "ORG"), (36, 47, "ORG"), (53, 56, "ORG")]


def test_the_ranker_withdraws_what_it_would_not_keep_and_the_rules_alone_keep_it():
    with ranker_in_use(None):
        rules = {o.name for o in find_organizations(TEXT, SPANS).organizations}
    with ranker_in_use(_drop_acronyms()):
        ranked = find_organizations(TEXT, SPANS)
    assert "NHI" in rules
    assert {o.name for o in ranked.organizations} == rules - {"NHI"}
    assert all(m.text != "NHI" for m in ranked.mentions)


def test_a_switched_off_ranker_keeps_the_rules_result():
    off = OrgRanker(_drop_acronyms().weights, 0.5, enabled=False)
    with ranker_in_use(off):
        names = {o.name for o in find_organizations(TEXT, SPANS).organizations}
    assert "NHI" in names



def test_without_model_spans_the_rules_decide_alone():
    """Its features are shares of the model's labels: a text the model did not read is kept as found."""
    text = "Shares of NHI Corp rose after NHI Corp said revenue rose."
    with ranker_in_use(_drop_acronyms()):
        without_spans = {o.name for o in find_organizations(text, []).organizations}
        with_spans = {o.name for o in find_organizations(text, [(10, 18, "ORG")]).organizations}
    assert without_spans == {"NHI"}
    assert "NHI" not in with_spans
