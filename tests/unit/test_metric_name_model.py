"""The learned metric-name model: its features, its weights file, and the naming hook that consults it."""

from __future__ import annotations

import json

import pytest

from pipelines.extraction.metrics.name_model import (
    FEATURE_FAMILIES,
    NameModel,
    NameModelWeightsError,
    load_name_model,
    model_from_dict,
    name_features,
    name_model_in_use,
    second_opinion,
    unit_kind,
)
from pipelines.extraction.model import OrgMention

ORG = OrgMention("velorix", "Velorix", "Velorix", 0, 7)
CLOUD_ORG = OrgMention("velorix cloud", "Velorix Cloud", "Velorix Cloud", 0, 13)


def _figure(sentence: str, figure: str) -> tuple[str, int, int]:
    start = sentence.index(figure)
    return sentence, start, start + len(figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "rule", "expected"),
    [
        ("Velorix said operating income rose to $4 billion in the quarter.", "$4 billion", "USD", "revenue",
         {"bias", "rule=revenue", "kind=money", "rule_kind=revenue|money", "left1=to", "left2=rose",
          "left_words=income", "right1=in", "right_words=quarter"}),
        ("Velorix said sales grew 12% in constant currency.", "12%", "percent", "revenue_growth",
         {"kind=percent", "left1=grew", "left_words=sales", "scope=constant currency"}),
        ("Velorix served 3 million customers last year.", "3 million", "count", "customers",
         {"kind=count", "right1=customers", "left1=served"}),
        ("Velorix said its cloud business grew 30% in the quarter.", "30%", "percent", "revenue_growth",
         {"cloud_near"}),
        ("Velorix said total revenue reached $9 billion.", "$9 billion", "USD", "revenue", {"total_near"}),
        ("Velorix said revenue from handsets fell to $2 billion.", "$2 billion", "USD", "revenue",
         {"segment_near"}),
        ("Velorix said net profit rose 12% to $3 billion.", "12%", "percent", "revenue_growth",
         {"measure_before=profit"}),
        ("Velorix reported a 12% rise in quarterly earnings.", "12%", "percent", "revenue_growth",
         {"measure_before=none", "measure_after=earnings"}),
    ],
)
def test_features_read_the_figures_own_phrase(sentence, figure, unit, rule, expected):
    text, start, end = _figure(sentence, figure)
    feats = set(name_features(text, 0, len(text), start, end, unit, rule, ORG))
    assert expected <= feats


def test_features_stay_inside_the_clause_and_name_no_organization():
    text = "Velorix opened an office; revenue rose 8% to $3 billion."
    start = text.index("8%")
    clause_start = text.index("revenue")
    feats = name_features(text, clause_start, len(text), start, start + 2, "percent", "revenue_growth")
    assert "left_words=office" not in feats and "left_words=revenue" in feats
    assert not any("velorix" in f for f in feats)


@pytest.mark.parametrize(
    ("sentence", "owner_start", "place"),
    [
        ("Velorix grew revenue 9% in the quarter.", 0, "opens_clause"),
        ("In the quarter Velorix grew revenue 9%.", 15, "in_clause"),
        ("It said revenue grew 9% in the quarter.", -40, "outside"),   # named in an earlier sentence
    ],
)
def test_features_say_where_the_owner_is_written(sentence, owner_start, place):
    text, start, end = _figure(sentence, "9%")
    owner = OrgMention("velorix", "Velorix", "Velorix", owner_start, owner_start + 7)
    feats = name_features(text, 0, len(text), start, end, "percent", "revenue_growth", owner)
    assert f"owner_place={place}" in feats


def test_a_figure_under_a_measureless_label_reads_as_a_label_line():
    text, start, end = _figure("Payments: $2 billion, up 8%", "$2 billion")
    assert "label_line" in name_features(text, start, len(text), start, end, "USD", "revenue")
    assert "label_line" not in name_features(text, 0, len(text), start, end, "USD", "revenue")


def test_owner_named_like_a_cloud_unit_is_a_feature():
    text, start, end = _figure("Velorix Cloud grew 30% in the quarter.", "30%")
    rate = (text, 0, len(text), start, end, "percent", "revenue_growth")
    assert "cloud_owner" in name_features(*rate, CLOUD_ORG)
    assert "cloud_owner" not in name_features(*rate, ORG)


@pytest.mark.parametrize(("unit", "kind"), [("USD", "money"), ("percent", "percent"), ("count", "count"),
                                            ("ratio", "ratio")])
def test_unit_kinds(unit, kind):
    assert unit_kind(unit) == kind


def _model(margin: float = 0.2, **weights: dict[str, float]) -> NameModel:
    base = {"revenue": {"rule=revenue": 2.0}, "profit": {"left_words=income": 1.0}, "other": {}}
    base.update(weights)
    return NameModel(base, {"money": ("other", "profit", "revenue")}, margin)


INCOME = ["bias", "rule=revenue", "left_words=income"]


def test_the_rules_name_stands_without_a_confident_model():
    assert _model().choose(INCOME, "money", "revenue") == "revenue"


def test_a_planted_weight_changes_the_prediction():
    planted = _model(profit={"left_words=income": 5.0})
    assert planted.choose(INCOME, "money", "revenue") == "profit"


def test_the_margin_guards_the_rules_name():
    close = _model(margin=0.0, profit={"left_words=income": 2.1})
    assert close.choose(INCOME, "money", "revenue") == "profit"
    guarded = _model(margin=0.5, profit={"left_words=income": 2.1})
    assert guarded.choose(INCOME, "money", "revenue") == "revenue"


def test_only_the_names_of_the_unit_kind_are_offered():
    model = _model(margin=0.0, profit={"left_words=income": 9.0})
    assert model.choose(INCOME, "percent", "revenue") == "revenue"   # no names learned for percent
    assert model.choose(INCOME, "money", "users") == "users"         # a name the model never learned


def test_the_loader_rejects_a_weights_file_with_other_features(tmp_path):
    data = _model().as_dict()
    data["features"] = [*FEATURE_FAMILIES, "head_noun"]
    path = tmp_path / "names.json"
    path.write_text(json.dumps(data))
    with pytest.raises(NameModelWeightsError):
        load_name_model(path)


def test_the_weights_file_round_trips(tmp_path):
    path = tmp_path / "names.json"
    path.write_text(json.dumps(_model(profit={"left_words=income": 5.0}).as_dict()))
    loaded = load_name_model(path)
    assert loaded is not None and loaded.choose(INCOME, "money", "revenue") == "profit"
    assert load_name_model(tmp_path / "absent.json") is None


def test_a_name_offered_without_weights_is_refused():
    data = _model().as_dict()
    del data["weights"]["profit"]
    with pytest.raises(NameModelWeightsError):
        model_from_dict(data)


def test_the_hook_consults_the_model_in_use_and_records_figures():
    text, start, end = _figure("Velorix said operating income rose to $4 billion.", "$4 billion")
    planted = _model(profit={"left_words=income": 5.0})
    with name_model_in_use(None):
        assert second_opinion(text, 0, len(text), start, end, "USD", "revenue", ORG) == "revenue"
    with name_model_in_use(planted):
        assert second_opinion(text, 0, len(text), start, end, "USD", "revenue", ORG) == "profit"
    with name_model_in_use(NameModel(planted.weights, planted.names_by_kind, 0.2, enabled=False)):
        assert second_opinion(text, 0, len(text), start, end, "USD", "revenue", ORG) == "revenue"
    seen: list[dict] = []
    with name_model_in_use(None, seen):
        second_opinion(text, 0, len(text), start, end, "USD", "revenue", ORG)
    assert seen[0]["surface"] == "$4 billion" and seen[0]["rule"] == "revenue"
    assert "left1=to" in seen[0]["features"]


def test_the_naming_stage_asks_the_model_in_use():
    from pipelines.extraction.metrics.clauses import _Clause
    from pipelines.extraction.metrics.naming import _refine_name

    text, start, end = _figure("Velorix said operating income rose to $4 billion.", "$4 billion")
    clause = _Clause(0, len(text), False)
    planted = _model(profit={"left_words=income": 5.0})
    args = (text, clause, start, end, "revenue", ORG, "USD", set(), set())
    with name_model_in_use(None):
        assert _refine_name(*args) == "revenue"
    with name_model_in_use(planted):
        assert _refine_name(*args) == "profit"


def test_a_measure_written_after_the_figure_keeps_the_rules_name():
    planted = _model(margin=0.0, profit={"left_words=income": 9.0})
    assert planted.choose(INCOME, "money", "revenue") == "profit"
    assert planted.choose([*INCOME, "measure_after=revenue"], "money", "revenue") == "revenue"
