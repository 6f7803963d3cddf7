#!/usr/bin/env python3
"""Train the reported-sentence model (``src/sayso/models/reported-de.json``).

Runs sayso's rules over the German Wikinews training articles
(../shared/data/wikinews-de-quotes/train.jsonl, CC BY-NC-SA 4.0) and collects every sentence
the rules leave without a statement (see ``sayso.components.reported``). A sentence is a
positive example when at least half of it lies inside an annotated quotation that no statement
of the rules matches. A logistic regression (scikit-learn, needed only here) is fitted; its
weights go to a JSON table sayso reads without scikit-learn. The threshold is the one that
adds the most matched quotations net of false ones on the training folds' held-out parts
(a sentence pays off when it is right often enough to raise quote and attribution F1 together,
BREAK_EVEN); a tenth of the
articles (by id hash) is held back and the precision and recall at that threshold printed.

usage: python scripts/train_reported.py [SHARED_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "scripts"))

from _logistic import fit_thresholded, write_table

from sayso.components import confidence, reported, speakers
from sayso.evaluation import chars, held_out, match, read_jsonl
from sayso.pipeline import get_nlp

OUT = ROOT / "src" / "sayso" / "models" / "reported-de.json"
# An added statement raises quote F1 when it is right more often than Q/2, attribution F1 when
# it is right and its speaker too more often than A/2; with the speaker right in s of them, the
# sum of both scores gains above p = (Q/2 + A/2) / (1 + s). Measured on the training articles
# (the rules alone): Q about 0.79, A about 0.65, and the speaker model right for s = 0.54 of the
# sentences this model adds (the others' sources are far back or unnamed): p = 0.47.
BREAK_EVEN = 0.47


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
    t0 = time.time()
    reported.ENABLED = False
    speakers.ENABLED = False
    confidence.ENABLED = False
    nlp = get_nlp("de")
    rows = read_jsonl(shared / "data" / "wikinews-de-quotes" / "train.jsonl")
    data = list(examples(rows, nlp))
    weights, threshold, held = fit_thresholded(data, held_out, BREAK_EVEN, reported.probability, range(30, 91, 5))
    write_table(OUT, "Reported-sentence weights for sayso.components.reported, trained by scripts/train_reported.py "
                     "on wikinews-de-quotes train (CC BY-NC-SA 4.0, Petersen-Frey & Biemann 2024).",
                threshold, held, weights)
    print(f"{held['train_examples']} sentences ({held['train_positives']} positive) from {len(rows)} articles; "
          f"threshold {threshold}; held out: {held['predicted']} predicted, {held['right']} right of "
          f"{held['positives']}; {len(weights)} weights -> {OUT.relative_to(ROOT)} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"))
