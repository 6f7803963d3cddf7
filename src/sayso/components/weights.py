"""The weight tables of sayso's small learned models (``models/<name>-<lang>.json``): read once,
and scored with plain Python, without the learning library that fitted them."""

from __future__ import annotations

import json
import math
from functools import cache
from importlib.resources import files


@cache
def threshold_model(filename: str) -> dict | None:
    """A logistic model with its decision threshold ({"weights", "threshold"}), or None when the
    package ships no such file (a language without training data)."""
    path = files("sayso").joinpath("models", filename)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"weights": {str(k): float(v) for k, v in data["weights"].items()},
            "threshold": float(data["threshold"])}


def logistic(weights: dict[str, float], feats: set[str]) -> float:
    """The model's probability for a set of binary features."""
    z = weights.get("bias", 0.0) + sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
