#!/usr/bin/env python3
"""Train the statement confidence models (``src/sayso/models/confidence-de.json``).

Runs sayso over the German Wikinews training articles (../shared/data/wikinews-de-quotes/
train.jsonl, CC BY-NC-SA 4.0) with the confidence stage off, labels every statement by
whether it matches an annotated quotation (``match``) and whether its speaker is right too
(``correct``), and fits two logistic regressions (scikit-learn, needed only here). The
drop threshold is the one that gives the best attribution F1 on a held-back tenth of the
articles; the calibration of ``correct`` on that tenth is printed.

usage: python scripts/train_confidence.py [SHARED_DIR]
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sayso.components import confidence  # noqa: E402
from sayso.pipeline import get_nlp  # noqa: E402

OUT = ROOT / "src" / "sayso" / "models" / "confidence-de.json"


def chars(spans) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        out.update(range(a, b))
    return out


def held_out(doc_id: str) -> bool:
    return hashlib.sha1(doc_id.encode()).digest()[0] < 26  # about a tenth


def examples(rows, nlp):
    for row in rows:
        doc = nlp(row["text"])
        text = doc.text
        mention_types = {(h.start, h.end): h.type for h in (doc._.sayso_mentions or [])}
        index = confidence.mention_index(mention_types)
        gold = [(chars(q["quote"]), chars(q.get("speaker") or [])) for q in row["quotes"]]
        used: set[int] = set()
        prev = None
        n_gold = len(gold)
        items = []
        for st in doc._.sayso_statements:
            pc = chars((c.start, c.end) for c in st.content)
            match = None
            for gi, (gq, _) in enumerate(gold):
                inter = len(gq & pc)
                if gi not in used and inter and inter * 2 >= len(gq) and inter * 2 >= len(pc):
                    match = gi
                    break
            correct = False
            if match is not None:
                used.add(match)
                gs = gold[match][1]
                sp = st.speaker
                correct = (not gs and sp is None) or (sp is not None and bool(gs & set(range(sp.start, sp.end))))
            items.append((confidence.features(st, text, mention_types, prev, index), match is not None, correct))
            prev = st
        yield row["id"], n_gold, items


def fit(X, y):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=3000)
    model.fit(X, y)
    return model


def main(shared: Path) -> int:
    from sklearn.feature_extraction import DictVectorizer

    t0 = time.time()
    confidence.ENABLED = False
    nlp = get_nlp("de")
    rows = [json.loads(line) for line in open(shared / "data" / "wikinews-de-quotes" / "train.jsonl", encoding="utf-8")]
    train, test, test_gold = [], [], 0
    for doc_id, n_gold, items in examples(rows, nlp):
        if held_out(doc_id):
            test.extend(items)
            test_gold += n_gold
        else:
            train.extend(items)
    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in feats} for feats, _, _ in train])
    names = vec.get_feature_names_out()
    tables = {}
    for key, idx in (("match", 1), ("correct", 2)):
        model = fit(X, [int(item[idx]) for item in train])
        w = {n: round(float(c), 4) for n, c in zip(names, model.coef_[0]) if abs(c) > 1e-4}
        w["bias"] = round(float(model.intercept_[0]), 4)
        tables[key] = w
    # threshold: best attribution F1 on the held-out tenth
    scored = [(confidence.probability(tables["match"], f), m, c) for f, m, c in test]
    best = (0.0, 0.0)
    for t in [x / 100 for x in range(0, 60, 2)]:
        kept = [(m, c) for p, m, c in scored if p >= t]
        tp = sum(c for _, c in kept)
        prec = tp / len(kept) if kept else 0.0
        rec = tp / test_gold if test_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best[1] + 1e-9:
            best = (t, f1)
    threshold = best[0]
    base_tp = sum(c for _, _, c in test)
    base_p = base_tp / len(test) if test else 0.0
    base_r = base_tp / test_gold if test_gold else 0.0
    base_f1 = 2 * base_p * base_r / (base_p + base_r) if base_p + base_r else 0.0
    # calibration of "correct" on the held-out statements that are kept
    bins: dict[str, list[int]] = {}
    for f, m, c in test:
        if confidence.probability(tables["match"], f) < threshold:
            continue
        p = confidence.probability(tables["correct"], f)
        key = f"{min(9, int(p * 10)) / 10:.1f}"
        bins.setdefault(key, []).append(int(c))
    calibration = {k: {"n": len(v), "correct": round(sum(v) / len(v), 3)} for k, v in sorted(bins.items())}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "about": "Statement confidence weights for sayso.components.confidence, trained by "
                 "scripts/train_confidence.py on wikinews-de-quotes train (Petersen-Frey & Biemann 2024).",
        "licence": "CC BY-NC-SA 4.0 (derived from the training data)",
        "threshold": threshold,
        "held_out": {"statements": len(test), "gold": test_gold, "attribution_f1_all": round(base_f1, 4),
                     "attribution_f1_kept": round(best[1], 4), "calibration": calibration},
        "match": dict(sorted(tables["match"].items())),
        "correct": dict(sorted(tables["correct"].items())),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(train)} training statements; held out {len(test)} (gold {test_gold}): attribution F1 "
          f"{base_f1:.3f} -> {best[1]:.3f} when dropping below {threshold:.2f}; calibration {calibration} "
          f"-> {OUT.relative_to(ROOT)} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"))
