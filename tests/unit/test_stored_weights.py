"""stored_weights.py: the one loader of the learned models' JSON weights (ranker, metric names and keep/drop,
owners): no file is no model, and the stored model is read once per process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.extraction.stored_weights import check_features, load_weights, stored_model


def _from_dict(data: dict, source: str) -> tuple[int, str]:
    return data["weight"], source


def test_no_weights_file_is_no_model(tmp_path: Path) -> None:
    assert load_weights(tmp_path / "absent.json", _from_dict) is None


def test_a_weights_file_is_read_with_its_path_as_the_source(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"weight": 3}), encoding="utf-8")
    assert load_weights(path, _from_dict) == (3, str(path))


def test_the_stored_model_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"weight": 3}), encoding="utf-8")
    stored = stored_model(path, _from_dict)
    first = stored()
    path.write_text(json.dumps({"weight": 4}), encoding="utf-8")  # a retrained file is read by a new process
    assert stored() is first


class _WrongFeatures(ValueError):
    pass


def test_a_file_trained_on_other_features_is_refused_naming_it_and_its_trainer() -> None:
    check_features({"features": ["bias", "left1"]}, ("bias", "left1"), "m.json", _WrongFeatures, "train.py")
    with pytest.raises(
        _WrongFeatures, match=r"m.json: trained on features \['bias'\].*retrain with train.py"
    ):
        check_features({"features": ["bias"]}, ("bias", "left1"), "m.json", _WrongFeatures, "train.py")
