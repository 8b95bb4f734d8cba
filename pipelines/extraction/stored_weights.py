"""The learned models' weights: one small JSON file each in pipelines/extraction/data, read the same way.

The organization ranker (entities/ranker.py), the metric-name and keep/drop models (metrics/name_model.py)
and the owner model (metrics/owner_model.py) each store their weights as JSON written by their trainer
(scripts/train_*.py). With no file the rules alone decide, so a missing file is no error: the loader
returns None. Each module's ``from_dict`` checks the file fits the features its code computes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

Model = TypeVar("Model")


def load_weights(path: Path, from_dict: Callable[[dict, str], Model]) -> Model | None:
    """The model stored at ``path``, read by ``from_dict(data, source)``; None when there is no file."""
    if not path.exists():
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))


def check_features(
    data: dict, features: Sequence[str], source: str, error: type[ValueError], trainer: str
) -> None:
    """Raise ``error`` when the file was trained on other features than this code computes (its
    weights would be read against the wrong features)."""
    if data.get("features") != list(features):
        raise error(
            f"{source}: trained on features {data.get('features')}, this code computes "
            f"{list(features)}; retrain with {trainer}"
        )


def stored_model(path: Path, from_dict: Callable[[dict, str], Model]) -> Callable[[], Model | None]:
    """A function returning the model stored at ``path``, read on its first call and kept (every
    article of a run asks for it)."""

    @lru_cache(maxsize=1)
    def stored() -> Model | None:
        return load_weights(path, from_dict)

    return stored
