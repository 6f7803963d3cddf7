"""What the training scripts of the thresholded logistic models share (``train_reported.py``,
``train_quotes.py``): fitting, choosing the threshold on cross-validated probabilities, checking
it on the held-out articles, and writing the weight table sayso reads without scikit-learn."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path


def fit_thresholded(data: list[tuple[str, set[str], bool]], held_out: Callable[[str], bool], break_even: float,
                    probability: Callable[[dict, set[str]], float], grid: range = range(20, 91, 5),
                    C: float = 0.5) -> tuple[dict[str, float], float, dict]:
    """Weights, threshold and held-out counts for (doc id, features, label) examples.

    The threshold is the one that adds the most right examples net of wrong ones on 5-fold
    cross-validated probabilities of the training articles: an example above it pays off when it
    is right more often than ``break_even`` (in hundredths on ``grid``)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    train = [(f, y) for d, f, y in data if not held_out(d)]
    test = [(f, y) for d, f, y in data if held_out(d)]
    vec = DictVectorizer()
    X = vec.fit_transform([{x: 1 for x in f} for f, _ in train])
    y = [int(v) for _, v in train]
    model = LogisticRegression(C=C, max_iter=3000).fit(X, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
               if abs(w) > 1e-3}
    weights["bias"] = round(float(model.intercept_[0]), 4)

    probs = cross_val_predict(LogisticRegression(C=C, max_iter=3000), X, y, cv=5, method="predict_proba")[:, 1]
    best, threshold = -1e9, 0.5
    for t in [x / 100 for x in grid]:
        gain = sum((1 - break_even if yy else -break_even) for p, yy in zip(probs, y) if p >= t)
        if gain > best:
            best, threshold = gain, t

    tp = fp = 0
    for f, yy in test:
        if probability(weights, f) >= threshold:
            tp += yy
            fp += not yy
    held = {"examples": len(test), "positives": sum(yy for _, yy in test), "predicted": tp + fp, "right": tp,
            "train_examples": len(train), "train_positives": sum(y)}
    return weights, threshold, held


def write_table(path: Path, about: str, threshold: float, held: dict, weights: dict[str, float]) -> None:
    path.write_text(json.dumps({
        "about": about,
        "licence": "CC BY-NC-SA 4.0 (derived from the training data)",
        "threshold": threshold,
        "held_out": {k: held[k] for k in ("examples", "positives", "predicted", "right")},
        "weights": dict(sorted(weights.items())),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
