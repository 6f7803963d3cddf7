#!/usr/bin/env python3
"""Train the speaker-choice model (``src/sayso/models/speakers-de.json``).

Runs sayso's rules and the quotation model over the German Wikinews training articles
(../shared/data/wikinews-de-quotes/train.jsonl, CC BY-NC-SA 4.0), collects for every
statement that matches an annotated quotation its speaker candidates (see
``sayso.components.speakers``), labels each by whether it overlaps the annotated speaker,
and fits a conditional logit over each statement's candidates (scipy and scikit-learn's
feature vectoriser, needed only here). The weights go to a JSON
table that sayso reads at run time without scikit-learn. A tenth of the articles (by id
hash) is held back and the choice accuracy of rules and model on it is printed.

usage: python scripts/train_speakers.py [SHARED_DIR] [--cv=K]

With ``--cv=K`` nothing is written: the choice accuracy of K-fold cross-validation over the
training articles is printed instead (for comparing candidate features).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sayso.components import confidence, cue_parts, quotations, speakers
from sayso.evaluation import held_out, match, read_jsonl, speaker_right
from sayso.pipeline import get_nlp

OUT = ROOT / "src" / "sayso" / "models" / "speakers-de.json"


def groups(rows, nlp):
    """Per matched statement: (candidates, labels, rule_correct)."""
    for row in rows:
        doc = nlp(row["text"])
        text = doc.text
        sts = list(doc._.sayso_statements)
        sent_spans, sent_starts, hits, hit_starts, cue_sents, counts = speakers.doc_context(doc, text)
        for i, gi in sorted(match(row["quotes"], sts).items()):
            st = sts[i]
            if speakers._parent(sts, i) is not None:
                continue  # takes its parent's speaker, not the model's choice
            q = row["quotes"][gi]
            cands = speakers.candidates(doc, text, sts, i, sent_starts, sent_spans, hits, hit_starts, cue_sents,
                                        counts=counts)
            labels = [speaker_right(q, None) if c.none else
                      (bool(q.get("speaker")) and speaker_right(q, speakers.Speaker(c.start, c.end, c.text)))
                      for c in cands]
            rule_ok = speaker_right(q, st.speaker)
            yield row["id"], cands, labels, rule_ok


def fit_choice(groups_x, groups_y, l2: float = 1.0):
    """Weights of a conditional logit: per group, the softmax over its candidates puts as much
    mass as it can on the right ones. It ranks candidates against each other, which is the
    choice to be made, where a per-candidate logistic regression scores each one alone."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in c} for cands in groups_x for c in cands]).tocsr()
    y = np.array([int(v) for labels in groups_y for v in labels], dtype=bool)
    sizes = np.array([len(c) for c in groups_x])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gid = np.repeat(np.arange(len(sizes)), sizes)

    def group_softmax(scores, mask):
        z = np.where(mask, scores, -np.inf)
        m = np.maximum.reduceat(z, starts)
        e = np.where(mask, np.exp(z - m[gid]), 0.0)
        tot = np.add.reduceat(e, starts)
        return e / tot[gid], m + np.log(tot)

    everything = np.ones_like(y)

    def loss(w):
        sc = X @ w
        p_all, lse_all = group_softmax(sc, everything)
        p_pos, lse_pos = group_softmax(sc, y)
        value = float(np.sum(lse_all - lse_pos)) + 0.5 * l2 * float(w @ w)
        grad = X.T @ (p_all - p_pos) + l2 * w
        return value, grad

    res = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), res.x) if abs(w) > 1e-4}


def cross_validate(data, folds: int) -> None:
    """Choice accuracy of the model over ``folds`` folds of the training articles (by id hash):
    a steadier measure than the held-out tenth for comparing candidate features."""
    import hashlib

    def fold(doc_id: str) -> int:
        return hashlib.sha1(doc_id.encode()).digest()[1] % folds

    right = total = rule_right = oracle = 0
    for k in range(folds):
        train = [(c, y) for d, c, y, _ in data if fold(d) != k and any(y)]
        weights = fit_choice([[c.feats for c in cands] for cands, _ in train], [y for _, y in train])
        for d, cands, labels, rule_ok in data:
            if fold(d) == k:
                best = max(range(len(cands)), key=lambda j: speakers.score(cands[j], weights))
                right += labels[best]
                rule_right += rule_ok
                oracle += any(labels)
                total += 1
    print(f"{folds}-fold cross-validation over {total} statements: rules right {rule_right} "
          f"({rule_right / total:.3f}), model right {right} ({right / total:.3f}); a right candidate in {oracle}")


def main(shared: Path, folds: int = 0) -> int:
    t0 = time.time()
    speakers.ENABLED = False
    confidence.ENABLED = False
    # the quotation model's statements ("quote-model", "nested-quote") reach the speaker model at
    # run time: it learns their speakers too (dev attribution 373 -> 378 right, with them left out
    # the model never saw their evidence)
    quotations.ENABLED = True
    # the speaker model chooses before the cue parts are added ("hatte ... erklärt", "Wie ...
    # mitteilte"): it learns from the statements as it will see them
    cue_parts.ENABLED = False
    nlp = get_nlp("de")
    rows = read_jsonl(shared / "data" / "wikinews-de-quotes" / "train.jsonl")
    groups_x, groups_y, test = [], [], []
    if folds:
        cross_validate(list(groups(rows, nlp)), folds)
        return 0
    for doc_id, cands, labels, rule_ok in groups(rows, nlp):
        if held_out(doc_id):
            test.append((cands, labels, rule_ok))
            continue
        if not any(labels):
            continue  # no candidate is right: nothing to learn about the choice
        groups_x.append([c.feats for c in cands])
        groups_y.append(labels)
    weights = fit_choice(groups_x, groups_y)
    weights["bias"] = 0.0
    rule_hits = model_hits = 0
    for cands, labels, rule_ok in test:
        rule_hits += rule_ok
        best = max(range(len(cands)), key=lambda k: speakers.score(cands[k], weights))
        model_hits += labels[best]
    n = max(1, len(test))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "about": "Speaker-choice weights for sayso.components.speakers, trained by scripts/train_speakers.py on "
                 "wikinews-de-quotes train (CC BY-NC-SA 4.0, Petersen-Frey & Biemann 2024).",
        "licence": "CC BY-NC-SA 4.0 (derived from the training data)",
        "held_out": {"statements": len(test), "rules_correct": round(rule_hits / n, 4),
                     "model_correct": round(model_hits / n, 4)},
        "weights": dict(sorted(weights.items())),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{sum(map(len, groups_y))} candidates from {len(rows)} articles; held out {len(test)} statements: "
          f"rules right {rule_hits / n:.3f}, model right {model_hits / n:.3f}; "
          f"{len(weights)} weights -> {OUT.relative_to(ROOT)} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--cv")]
    cv = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--cv=")), 0)
    sys.exit(main(Path(args[0]) if args else ROOT.parent / "shared", cv))
