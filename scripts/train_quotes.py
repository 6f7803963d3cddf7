#!/usr/bin/env python3
"""Train the quotation model (``src/sayso/models/quotes-de.json``).

Runs sayso's rules over the German Wikinews training articles
(../shared/data/wikinews-de-quotes/train.jsonl, CC BY-NC-SA 4.0) and collects every short
top-level quotation with what the rules made of it (see ``sayso.components.quotations``). A
quotation is a positive example when the annotation has a direct quotation at its place (both
ends within two characters). A logistic regression (scikit-learn, needed only here) is fitted;
its weights go to a JSON table sayso reads without scikit-learn. The threshold is the one that
adds the most matched quotations net of false ones on cross-validated probabilities (a
quotation pays off as a statement when it is right often enough, BREAK_EVEN); a tenth of the articles (by id hash) is held back and the precision and recall at
that threshold printed.

usage: python scripts/train_quotes.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sayso.components import confidence, quotations, speakers
from sayso.evaluation import held_out, read_jsonl
from sayso.pipeline import get_nlp

OUT = ROOT / "src" / "sayso" / "models" / "quotes-de.json"
# A statement raises quote F1 when it is right more often than F1 / 2 (about 0.37); it raises
# attribution F1 only when its speaker is right as well, which holds for about four in five of
# the quotations the model adds: 0.37 / 0.8, so that both scores gain.
BREAK_EVEN = 0.46


def examples(rows, nlp):
    """(doc id, features, label) for each short quotation."""
    for row in rows:
        quotations.COLLECT = []
        nlp(row["text"])
        collected, quotations.COLLECT = quotations.COLLECT, None
        direct = [(q["quote"][0][0], q["quote"][-1][1]) for q in row["quotes"] if q["type"] == "Direct" and q["quote"]]
        for a, b, feats in collected:
            label = any(abs(a - x) <= 2 and abs(b - y) <= 2 for x, y in direct)
            yield row["id"], feats, label


def main(shared: Path) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    t0 = time.time()
    quotations.ENABLED = False
    speakers.ENABLED = False
    confidence.ENABLED = False
    nlp = get_nlp("de")
    rows = read_jsonl(shared / "data" / "wikinews-de-quotes" / "train.jsonl")
    data = list(examples(rows, nlp))
    train = [(f, y) for d, f, y in data if not held_out(d)]
    test = [(f, y) for d, f, y in data if held_out(d)]
    vec = DictVectorizer()
    X = vec.fit_transform([{x: 1 for x in f} for f, _ in train])
    y = [int(v) for _, v in train]
    model = LogisticRegression(C=0.5, max_iter=3000)
    model.fit(X, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
               if abs(w) > 1e-3}
    weights["bias"] = round(float(model.intercept_[0]), 4)

    probs = cross_val_predict(LogisticRegression(C=0.5, max_iter=3000), X, y, cv=5, method="predict_proba")[:, 1]
    best, threshold = -1e9, 0.5
    for t in [x / 100 for x in range(20, 81, 5)]:
        gain = sum((1 - BREAK_EVEN if yy else -BREAK_EVEN) for p, yy in zip(probs, y) if p >= t)
        if gain > best:
            best, threshold = gain, t

    tp = fp = 0
    for f, yy in test:
        if quotations.probability(weights, f) >= threshold:
            tp += yy
            fp += not yy
    positives = sum(yy for _, yy in test)
    OUT.write_text(json.dumps({
        "about": "Quotation weights for sayso.components.quotations, trained by scripts/train_quotes.py "
                 "on wikinews-de-quotes train (CC BY-NC-SA 4.0, Petersen-Frey & Biemann 2024).",
        "licence": "CC BY-NC-SA 4.0 (derived from the training data)",
        "threshold": threshold,
        "held_out": {"quotations": len(test), "positives": positives, "predicted": tp + fp, "right": tp},
        "weights": dict(sorted(weights.items())),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(train)} quotations ({sum(y)} positive) from {len(rows)} articles; threshold {threshold}; "
          f"held out: {tp + fp} predicted, {tp} right of {positives}; {len(weights)} weights -> "
          f"{OUT.relative_to(ROOT)} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"))
