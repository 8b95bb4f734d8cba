"""General shape features of a figure's phrase, and the learned keep/drop model of named figures."""

from __future__ import annotations

import json

import pytest

from pipelines.extraction.metrics.name_model import (
    FEATURE_FAMILIES,
    KEEP_WEIGHTS_PATH,
    WEIGHTS_PATH,
    KeepModel,
    NameModelWeightsError,
    keep_model_from_dict,
    load_keep_model,
    load_name_model,
    name_features,
    name_model_in_use,
    second_opinion,
)
from pipelines.extraction.model import OrgMention

ORG = OrgMention("velorix", "Velorix", "Velorix", 0, 7)


def _feats(sentence: str, figure: str, unit: str = "USD", rule: str = "revenue") -> set[str]:
    start = sentence.index(figure)
    return set(name_features(sentence, 0, len(sentence), start, start + len(figure), unit, rule, ORG))


@pytest.mark.parametrize(
    ("sentence", "figure", "feature"),
    [
        ("Velorix earned $1.71 per share in the quarter.", "$1.71", "shape=per_share"),
        ("Velorix earned 85 cents a diluted share.", "85 cents", "shape=per_share"),
        ("Velorix grew 12% above the first quarter of 2024.", "12%", "shape=compared"),
        ("Velorix expects revenue of $5 billion next year.", "$5 billion", "forecast_near"),
        ("Velorix is targeting sales of $8 billion.", "$8 billion", "forecast_near"),
        ("Velorix said revenue rose 12% to $5 billion.", "$5 billion", "figures_before=1"),
        ("Velorix said revenue rose to $5 billion.", "$5 billion", "figures_before=0"),
        ("Velorix made $3, $4 and $5 million in three units.", "$5 million", "figures_before=2"),
        ("Velorix said revenue rose to $5 billion in 2024.", "$5 billion", "period_near"),
        ("Velorix said third-quarter revenue rose to $5 billion.", "$5 billion", "period_near"),
    ],
)
def test_shape_features_of_the_figures_phrase(sentence, figure, feature):
    assert feature in _feats(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "absent"),
    [
        ("Velorix earned $1.71 billion in the quarter.", "$1.71 billion", "shape=per_share"),
        ("Velorix grew 12% in the first quarter.", "12%", "shape=compared"),
        ("Velorix said revenue was $5 billion.", "$5 billion", "forecast_near"),
        ("Velorix said revenue rose to $5 billion.", "$5 billion", "period_near"),
    ],
)
def test_shape_features_stay_off_without_their_cue(sentence, figure, absent):
    assert absent not in _feats(sentence, figure)


def _keep(threshold: float = 0.2, **weights: float) -> KeepModel:
    return KeepModel({"bias": 2.0, **weights}, threshold)


FORECAST = ["bias", "rule=revenue", "forecast_near"]


def test_a_figure_is_kept_unless_its_keep_probability_is_low():
    assert _keep().keeps(FORECAST)
    planted = _keep(forecast_near=-5.0)
    assert planted.keep_probability(FORECAST) < 0.1
    assert not planted.keeps(FORECAST)
    assert _keep(threshold=0.0, forecast_near=-5.0).keeps(FORECAST)   # threshold 0: never withdraws


def test_the_keep_loader_rejects_a_weights_file_with_other_features(tmp_path):
    data = _keep().as_dict()
    data["features"] = [f for f in FEATURE_FAMILIES if f != "shape"]
    path = tmp_path / "keep.json"
    path.write_text(json.dumps(data))
    with pytest.raises(NameModelWeightsError):
        load_keep_model(path)


def test_the_keep_weights_file_round_trips(tmp_path):
    path = tmp_path / "keep.json"
    path.write_text(json.dumps(_keep(forecast_near=-5.0).as_dict()))
    loaded = load_keep_model(path)
    assert loaded is not None and not loaded.keeps(FORECAST)
    assert load_keep_model(tmp_path / "absent.json") is None


def test_a_disabled_keep_model_withdraws_nothing():
    text = "Velorix expects revenue of $5 billion next year."
    start = text.index("$5 billion")
    args = (text, 0, len(text), start, start + 10, "USD", "revenue", ORG)
    planted = _keep(forecast_near=-5.0)
    with name_model_in_use(None, keep=planted):
        assert second_opinion(*args) is None
    off = keep_model_from_dict({**planted.as_dict(), "enabled": False})
    with name_model_in_use(None, keep=off):
        assert second_opinion(*args) == "revenue"


def test_the_naming_stage_drops_a_figure_the_keep_model_withdraws():
    from pipelines.extraction.metrics.clauses import _Clause
    from pipelines.extraction.metrics.naming import _refine_name

    text = "Velorix expects revenue of $5 billion next year."
    start = text.index("$5 billion")
    args = (text, _Clause(0, len(text), False), start, start + 10, "revenue", ORG, "USD", set(), set())
    with name_model_in_use(None, keep=_keep()):
        assert _refine_name(*args) == "revenue"
    with name_model_in_use(None, keep=_keep(forecast_near=-5.0)):
        assert _refine_name(*args) is None


def test_the_stored_weights_fit_this_code_and_stay_small():
    for path, load in ((WEIGHTS_PATH, load_name_model), (KEEP_WEIGHTS_PATH, load_keep_model)):
        assert path.stat().st_size < 400_000
        assert load(path) is not None
