"""Matching statements to annotated quotations, as ../shared/eval/score_attribution.py does.

Shared by the training scripts (``scripts/train_*.py``) and the evaluation reports
(``benchmarks/``): a statement matches a gold quotation when their content characters
overlap by at least half of each; matching is one to one, largest overlap first.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .model import Speaker, Statement


def chars(spans: Iterable[tuple[int, int]] | Iterable[list[int]]) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        out.update(range(a, b))
    return out


def match(gold_quotes: Sequence[dict[str, Any]], statements: Sequence[Statement]) -> dict[int, int]:
    """statement index -> gold quotation index."""
    golds = [chars(q["quote"]) for q in gold_quotes]
    preds = [chars((c.start, c.end) for c in st.content) for st in statements]
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            inter = len(g & p)
            if inter and inter * 2 >= len(g) and inter * 2 >= len(p):
                pairs.append((inter, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi in used_g or pi in out:
            continue
        used_g.add(gi)
        out[pi] = gi
    return out


def speaker_right(gold_quote: dict[str, Any], speaker: Speaker | None) -> bool:
    """The scorer's rule: both absent, or the spans share a character."""
    gs = chars(gold_quote.get("speaker") or [])
    if speaker is None:
        return not gs
    return bool(gs & set(range(speaker.start, speaker.end)))


def wilson_upper(k: int, n: int, z: float = 1.64) -> float:
    """The upper one-sided (95% at z = 1.64) Wilson bound of a share k of n: whether a few
    statements can be held to a promised share ("6 of 7 right" is consistent with nine in ten)."""
    p = k / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre + margin) / (1 + z * z / n)


def held_out(doc_id: str) -> bool:
    """About a tenth of the documents, chosen by a hash of the id, kept out of training."""
    return hashlib.sha1(doc_id.encode()).digest()[0] < 26


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
