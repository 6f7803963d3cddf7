#!/usr/bin/env python3
"""Statement details on the dev sets: kinds against the annotated types, and calibration.

    python benchmarks/eval_statements.py [SHARED_DIR]

For every dev set in ../shared/data it analyses the articles, matches statements to gold
quotations the way ../shared/eval/score_attribution.py does (content overlapping by at least
half of each, one to one, largest overlap first), and prints

* the confusion of gold quotation types (Direct, Indirect, ...) with sayso's kinds, for the
  matched statements;
* the calibration of ``confidence``: per band of confidence, how many statements fall in it
  and what share of them is right (matched and with the right speaker).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import sayso
from sayso.evaluation import match, read_jsonl, speaker_right
from sayso.model import KINDS

SETS = {"de": "data/wikinews-de-quotes/dev.jsonl", "en": "data/polnear-en/dev.jsonl"}
BANDS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.01)


def evaluate(path: Path, lang: str) -> dict:
    rows = read_jsonl(path)
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    bands: dict[int, list[int]] = collections.defaultdict(list)
    for row in rows:
        a = sayso.analyze(row["text"], lang=row.get("lang") or lang, id=row["id"])
        m = match(row["quotes"], a.statements)
        for pi, st in enumerate(a.statements):
            correct = 0
            if pi in m:
                q = row["quotes"][m[pi]]
                confusion[(q.get("type", "?"), st.kind)] += 1
                correct = int(speaker_right(q, st.speaker))
            band = next(i for i in range(len(BANDS) - 1) if st.confidence < BANDS[i + 1])
            bands[band].append(correct)
    return {"confusion": confusion, "bands": bands}


def report(lang: str, result: dict) -> None:
    confusion = result["confusion"]
    types = sorted({t for t, _ in confusion})
    print(f"\n{lang}: gold type (rows) x sayso kind (columns), matched statements")
    print(f"{'':22s}" + "".join(f"{k[:12]:>13s}" for k in KINDS))
    for t in types:
        print(f"{t[:22]:22s}" + "".join(f"{confusion[(t, k)]:13d}" for k in KINDS))
    print(f"{lang}: calibration of confidence (share of statements right: matched and speaker right)")
    for i in range(len(BANDS) - 1):
        got = result["bands"].get(i, [])
        share = f"{sum(got) / len(got):.2f}" if got else "  - "
        hi = min(BANDS[i + 1], 1.0)
        print(f"  {BANDS[i]:.1f}-{hi:.1f}: {len(got):4d} statements, {share} right")


def main(shared: Path) -> int:
    if not (shared / "data").is_dir():
        print(f"eval_statements: no shared data at {shared} (put ../shared beside the checkout)", file=sys.stderr)
        return 2
    for lang, rel in SETS.items():
        report(lang, evaluate(shared / rel, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"))
