"""The learned owner ranker (metrics/owner_model.py): candidate features, the weights loader, the
override only above a margin, and the rules as fallback."""

from __future__ import annotations

import json

import pytest

from pipelines.extraction.metrics.owner_model import (
    FEATURE_FAMILIES,
    OwnerContext,
    OwnerModel,
    OwnerModelWeightsError,
    candidates,
    load_owner_model,
    model_from_dict,
    owner_features,
    owner_model_in_use,
    second_opinion_owners,
)
from pipelines.extraction.model import Evidence, MetricFact, OrganizationFact, OrgMention
from pipelines.extraction.sentences import split_sentences

# Made-up text: a parent, its unit, a second company; the figure belongs to the unit.
TEXT = ("Alpha Corp said on Monday that its Beta unit grew.\n\n"
        "Beta's revenue rose 12% to $40 million, while Gamma Ltd was flat.")


def _mentions(text: str, names: dict[str, str]) -> list[OrgMention]:
    found = []
    for key, name in names.items():
        start = text.find(name)
        while start >= 0:
            found.append(OrgMention(key, name, name, start, start + len(name)))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda m: m.start)


def _context(text: str = TEXT) -> OwnerContext:
    names = {"alpha": "Alpha Corp", "beta": "Beta", "gamma": "Gamma Ltd"}
    orgs = [OrganizationFact("alpha", "Alpha Corp", "company"),
            OrganizationFact("beta", "Beta", "company", parent_key="alpha", parent_name="Alpha Corp"),
            OrganizationFact("gamma", "Gamma Ltd", "company")]
    return OwnerContext(text, split_sentences(text), orgs, _mentions(text, names))


def _fact(owner: str = "alpha", surface: str = "$40 million", text: str = TEXT) -> MetricFact:
    start = text.find(surface)
    return MetricFact(owner, owner.title(), "revenue", 40e6, "USD", None, None, None, None, None,
                      Evidence(surface, start, start + len(surface)))


def _features_of(key: str, fact: MetricFact | None = None) -> list[str]:
    return dict(owner_features(_context(), fact or _fact()))[key]


def test_candidates_put_the_rules_choice_first_then_the_nearest() -> None:
    assert candidates(_context(), _fact("alpha")) == ["alpha", "gamma", "beta"]
    assert candidates(_context(), _fact("beta")) == ["beta", "gamma", "alpha"]


@pytest.mark.parametrize(("key", "present", "absent"), [
    ("alpha", ["rule", "rule_name=revenue", "rule_kind=money", "side=before", "first_named"],
     ["same_sentence", "same_paragraph", "possessive"]),
    ("beta", ["same_sentence", "same_line", "same_paragraph", "opens_sentence", "possessive",
              "side=before", "rank=before0", "has_parent", "issuer", "unit_of_rule"], ["rule"]),
    ("gamma", ["same_sentence", "side=after", "rank=after0"], ["opens_sentence", "possessive", "rule"]),
])
def test_candidate_features_say_where_and_what_each_candidate_is(
    key: str, present: list[str], absent: list[str]
) -> None:
    feats = _features_of(key)
    assert all(f in feats for f in present), (key, feats)
    assert not any(f in feats for f in absent), (key, feats)


def test_a_unit_and_the_parent_of_the_rules_choice_are_marked() -> None:
    assert "unit_of_rule" in _features_of("beta", _fact("alpha"))
    assert "parent_of_rule" in _features_of("alpha", _fact("beta"))


def test_features_carry_no_names_or_words_of_the_article() -> None:
    feats = {f for _k, fs in owner_features(_context(), _fact()) for f in fs}
    assert not any(word in f.lower() for f in feats for word in ("alpha", "beta", "gamma", "monday"))
    assert {f.split("=")[0] for f in feats} <= set(FEATURE_FAMILIES)


def _weights(**extra: object) -> dict:
    return {"features": list(FEATURE_FAMILIES), "margin": 0.2, "enabled": True,
            "weights": {"rule": 1.0}, **extra}


def test_loader_refuses_a_file_trained_on_other_features(tmp_path) -> None:
    path = tmp_path / "owners.json"
    path.write_text(json.dumps(_weights(features=["bias", "rule", "a_feature_this_code_lacks"])))
    with pytest.raises(OwnerModelWeightsError):
        load_owner_model(path)


def test_no_weights_file_means_rules_alone(tmp_path) -> None:
    assert load_owner_model(tmp_path / "absent.json") is None


def test_a_planted_weight_flips_the_choice_only_above_the_margin() -> None:
    rows = owner_features(_context(), _fact("alpha"))
    keep = model_from_dict(_weights())
    assert keep.choose(rows) == "alpha"
    flip = OwnerModel({"possessive": 5.0, "opens_sentence": 5.0}, margin=0.2)
    assert flip.choose(rows) == "beta"
    assert OwnerModel(flip.weights, margin=1.01).choose(rows) == "alpha"


def test_the_hook_reowns_only_with_an_enabled_model() -> None:
    facts = [_fact("alpha")]
    flip = OwnerModel({"possessive": 5.0, "opens_sentence": 5.0}, margin=0.2)
    with owner_model_in_use(None):
        assert second_opinion_owners(_context(), facts) is facts
    with owner_model_in_use(OwnerModel(flip.weights, margin=0.2, enabled=False)):
        assert second_opinion_owners(_context(), facts)[0].organization_key == "alpha"
    with owner_model_in_use(flip):
        moved = second_opinion_owners(_context(), facts)[0]
    assert (moved.organization_key, moved.organization_name) == ("beta", "Beta")


def test_recording_keeps_every_figures_candidates_without_changing_them() -> None:
    record: list[dict] = []
    facts = [_fact("alpha")]
    with owner_model_in_use(None, record):
        out = second_opinion_owners(_context(), facts)
    assert out[0] == facts[0]
    assert [k for k, _f in record[0]["rows"]] == ["alpha", "gamma", "beta"]


def test_the_stored_weights_fit_this_code_and_are_on() -> None:
    """The committed weights load (same feature families) and are on: round 23 (docs/owner_model.md)
    switched them on after their left-out sets and the validation look gained."""
    model = load_owner_model()
    assert model is not None
    assert model.enabled
