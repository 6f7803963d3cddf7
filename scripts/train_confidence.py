#!/usr/bin/env python3
"""Train the statement confidence models (``src/sayso/models/confidence-de.json``).

Runs sayso over the German Wikinews training articles (../shared/data/wikinews-de-quotes/
train.jsonl, CC BY-NC-SA 4.0) with the confidence stage off, labels every statement by
whether it matches an annotated quotation and its speaker is right too (``correct``), and
fits a logistic regression (scikit-learn, needed only here). The speakers are cross-fitted:
each fifth of the articles gets them from a speaker model trained on the other four fifths.
The scores are calibrated by an isotonic fit to out-of-fold scores, each block's share right
lowered to its Wilson lower bound (stored as a table of score -> share right). Its calibration on a held-back tenth of the articles is printed and
stored with the weights.

usage: python scripts/train_confidence.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sayso.components import confidence
from sayso.evaluation import held_out, match, read_jsonl, speaker_right
from sayso.pipeline import get_nlp

OUT = ROOT / "src" / "sayso" / "models" / "confidence-de.json"


def examples(rows, nlp):
    for row in rows:
        doc = nlp(row["text"])
        text = doc.text
        mention_types = {(h.start, h.end): h.type for h in (doc._.sayso_mentions or [])}
        index = confidence.mention_index(mention_types)
        sts = list(doc._.sayso_statements)
        matched = match(row["quotes"], sts)
        prev = None
        items = []
        for i, st in enumerate(sts):
            correct = i in matched and speaker_right(row["quotes"][matched[i]], st.speaker)
            items.append((confidence.features(st, text, mention_types, prev, index), i in matched, correct))
            prev = st
        n_gold = len(row["quotes"])
        yield row["id"], n_gold, items


FOLDS = 5


def cross_fitted_examples(rows, nlp):
    """``examples`` with every article's speakers chosen by a speaker model that was not
    trained on it: the confidence model then learns how often speakers are right on new text,
    not on the articles the speaker model has seen."""
    import zlib

    sys.path.insert(0, str(ROOT / "scripts"))
    import train_speakers

    from sayso.components import speakers

    fold_of = {row["id"]: zlib.crc32(row["id"].encode()) % FOLDS for row in rows}
    speakers.ENABLED = False
    groups = [(d, [c.feats for c in cands], labels) for d, cands, labels, _ in train_speakers.groups(rows, nlp)]
    speakers.ENABLED = True
    trained = speakers.load_model
    try:
        for f in range(FOLDS):
            fit = [(x, y) for d, x, y in groups if fold_of[d] != f and not held_out(d) and any(y)]
            weights = train_speakers.fit_choice([x for x, _ in fit], [y for _, y in fit])
            speakers.load_model = lambda lang, w=weights: w
            yield from examples([row for row in rows if fold_of[row["id"]] == f], nlp)
    finally:
        speakers.load_model = trained


def conservative(iso, scores, labels, z: float = 1.64) -> list[float]:
    """The isotonic fit's values at its breakpoints, each lowered to the Wilson lower bound of
    the share right among the statements of its block (one-sided 95%): a block of a few
    statements at the top cannot promise 0.9 on its own. Kept monotone."""
    import math

    fitted = iso.predict(scores)
    blocks: dict[float, list[int]] = {}
    for v, yy in zip(fitted, labels):
        blocks.setdefault(round(float(v), 6), []).append(int(yy))

    def wilson(k: int, n: int) -> float:
        if not n:
            return 0.0
        p = k / n
        centre = p + z * z / (2 * n)
        margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        return max(0.0, (centre - margin) / (1 + z * z / n))

    lower = {v: wilson(sum(ys), len(ys)) for v, ys in blocks.items()}
    out, best = [], 0.0
    for v in iso.y_thresholds_:
        bound = lower.get(round(float(v), 6))
        best = max(best, bound if bound is not None else float(v))
        out.append(best)
    return out


def main(shared: Path) -> int:
    from sklearn.feature_extraction import DictVectorizer

    t0 = time.time()
    confidence.ENABLED = False
    nlp = get_nlp("de")
    rows = read_jsonl(shared / "data" / "wikinews-de-quotes" / "train.jsonl")
    train, test, test_gold, train_docs = [], [], 0, []
    for doc_id, n_gold, items in cross_fitted_examples(rows, nlp):
        if held_out(doc_id):
            test.extend(items)
            test_gold += n_gold
        else:
            train.extend(items)
            train_docs.extend([doc_id] * len(items))
    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in feats} for feats, _, _ in train])
    names = vec.get_feature_names_out()
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=3000)
    model.fit(X, [int(item[2]) for item in train])
    weights = {n: round(float(c), 4) for n, c in zip(names, model.coef_[0]) if abs(c) > 1e-4}
    weights["bias"] = round(float(model.intercept_[0]), 4)
    # A logistic regression is sure of itself on the articles it was fitted on. Out-of-fold
    # scores over the training articles (each scored by weights fitted without it) get a
    # one-dimensional logistic fit (Platt scaling) that rescales the final weights' scores:
    # "0.9" then means right nine times in ten on articles no model has seen.
    from sklearn.model_selection import GroupKFold, cross_val_predict

    y = [int(item[2]) for item in train]
    oof = cross_val_predict(LogisticRegression(C=1.0, max_iter=3000), X, y, cv=GroupKFold(5),
                            groups=train_docs, method="decision_function")
    platt = LogisticRegression(C=1e4, max_iter=1000).fit([[z] for z in oof], y)
    scale = {"a": round(float(platt.coef_[0][0]), 4), "b": round(float(platt.intercept_[0]), 4)}
    # Platt's straight line in the logit is too sure at the top, where few statements are: an
    # isotonic fit to the same out-of-fold scores gives each score the share right among the
    # statements scored like it, so "0.9" is said only where nine in ten were right
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(oof, y)
    isotonic = {"z": [round(float(z), 4) for z in iso.X_thresholds_],
                "p": [round(p, 4) for p in conservative(iso, oof, y)]}
    model_table = {"correct": weights, "scale": scale, "isotonic": isotonic}
    bins: dict[str, list[int]] = {}
    for f, _, c in test:
        p = confidence.score(model_table, f)
        bins.setdefault(f"{min(9, int(p * 10)) / 10:.1f}", []).append(int(c))
    calibration = {k: {"n": len(v), "correct": round(sum(v) / len(v), 3)} for k, v in sorted(bins.items())}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "about": "Statement confidence weights for sayso.components.confidence, trained by "
                 "scripts/train_confidence.py on wikinews-de-quotes train (Petersen-Frey & Biemann 2024).",
        "licence": "CC BY-NC-SA 4.0 (derived from the training data)",
        "held_out": {"statements": len(test), "gold": test_gold, "calibration": calibration},
        "scale": scale,
        "isotonic": isotonic,
        "correct": dict(sorted(weights.items())),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(train)} training statements; held out {len(test)} (gold {test_gold}); scale {scale}; calibration "
          f"(bin: share right) {calibration} -> {OUT.relative_to(ROOT)} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"))
