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

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "scripts"))

from _logistic import fit_thresholded, write_table

from sayso.components import confidence, quotations, speakers
from sayso.evaluation import held_out, read_jsonl
from sayso.pipeline import get_nlp

OUT = ROOT / "src" / "sayso" / "models" / "quotes-de.json"
# A statement raises quote F1 when it is right more often than Q/2, attribution F1 when it is
# right and its speaker too more often than A/2; with the speaker right in s of them, the sum of
# both scores gains above p = (Q/2 + A/2) / (1 + s). Measured on the training articles: Q about
# 0.75, A about 0.63, and the speaker right for s = 0.41 of the quotations this model adds (a
# phrase quoted in a sentence of its own has its source anywhere around): p = 0.49.
BREAK_EVEN = 0.49


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
    t0 = time.time()
    quotations.ENABLED = False
    speakers.ENABLED = False
    confidence.ENABLED = False
    nlp = get_nlp("de")
    rows = read_jsonl(shared / "data" / "wikinews-de-quotes" / "train.jsonl")
    data = list(examples(rows, nlp))
    weights, threshold, held = fit_thresholded(data, held_out, BREAK_EVEN, quotations.probability, range(20, 81, 5))
    write_table(OUT, "Quotation weights for sayso.components.quotations, trained by scripts/train_quotes.py "
                     "on wikinews-de-quotes train (CC BY-NC-SA 4.0, Petersen-Frey & Biemann 2024).",
                threshold, held, weights)
    print(f"{held['train_examples']} quotations ({held['train_positives']} positive) from {len(rows)} articles; "
          f"threshold {threshold}; held out: {held['predicted']} predicted, {held['right']} right of "
          f"{held['positives']}; {len(weights)} weights -> {OUT.relative_to(ROOT)} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"))
