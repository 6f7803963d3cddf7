#!/usr/bin/env python3
"""Train the reported-sentence model (``src/sayso/models/reported-de.json``).

Runs sayso's rules over the German Wikinews training articles
(../shared/data/wikinews-de-quotes/train.jsonl, CC BY-NC-SA 4.0) and collects every sentence
the rules leave without a statement (see ``sayso.components.reported``). A sentence is a
positive example when at least half of it lies inside an annotated quotation that no statement
of the rules matches. A logistic regression (scikit-learn, needed only here) is fitted; its
weights go to a JSON table sayso reads without scikit-learn. The threshold is the one that
adds the most matched quotations net of false ones on the training folds' held-out parts
(a sentence pays off when it is right more often than F1/2 of the time, BREAK_EVEN); a tenth of the
articles (by id hash) is held back and the precision and recall at that threshold printed.

usage: python scripts/train_reported.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sayso.components import confidence, reported, speakers
from sayso.evaluation import chars, held_out, match, read_jsonl
from sayso.pipeline import get_nlp

OUT = ROOT / "src" / "sayso" / "models" / "reported-de.json"
BREAK_EVEN = 0.35  # precision above which an added sentence raises quote F1 (F1 / 2)


def examples(rows, nlp):
    """(doc id, features, label) for each sentence the rules leave without a statement."""
    for row in rows:
        reported.COLLECT = []
        doc = nlp(row["text"])
        collected, reported.COLLECT = reported.COLLECT, None
        sts = list(doc._.sayso_statements)
        matched = set(match(row["quotes"], sts).values())
        open_quotes = [chars(q["quote"]) for gi, q in enumerate(row["quotes"]) if gi not in matched]
        for a, b, feats in collected:
            sent = set(range(a, b))
            label = any(len(sent & g) * 2 >= len(sent) for g in open_quotes)
            yield row["id"], feats, label


def main(shared: Path) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    t0 = time.time()
    reported.ENABLED = False
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

    # the threshold: a sentence is worth adding when it is right more often than half the
    # pipeline's quote F1 on unseen articles (about 0.7 on dev, so 0.35); cross-validated
    # probabilities pick the cut
    from sklearn.model_selection import cross_val_predict
    probs = cross_val_predict(LogisticRegression(C=0.5, max_iter=3000), X, y, cv=5, method="predict_proba")[:, 1]
    best, threshold = -1e9, 0.5
    for t in [x / 100 for x in range(30, 91, 5)]:
        gain = sum((1 - BREAK_EVEN if yy else -BREAK_EVEN) for p, yy in zip(probs, y) if p >= t)
        if gain > best:
            best, threshold = gain, t

    tp = fp = 0
    for f, yy in test:
        if reported.probability(weights, f) >= threshold:
            tp += yy
            fp += not yy
    positives = sum(yy for _, yy in test)
    OUT.write_text(json.dumps({
        "about": "Reported-sentence weights for sayso.components.reported, trained by scripts/train_reported.py "
                 "on wikinews-de-quotes train (CC BY-NC-SA 4.0, Petersen-Frey & Biemann 2024).",
        "licence": "CC BY-NC-SA 4.0 (derived from the training data)",
        "threshold": threshold,
        "held_out": {"sentences": len(test), "positives": positives, "predicted": tp + fp, "right": tp},
        "weights": dict(sorted(weights.items())),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(train)} sentences ({sum(y)} positive) from {len(rows)} articles; threshold {threshold}; "
          f"held out: {tp + fp} predicted, {tp} right of {positives}; {len(weights)} weights -> "
          f"{OUT.relative_to(ROOT)} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"))
