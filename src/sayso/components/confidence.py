"""Confidence that means something.

A small logistic model, trained on the annotated training articles by
``scripts/train_confidence.py`` and stored as a weight table (``models/confidence-<lang>.json``),
gives each statement the chance that it is real in the annotators' sense *and* its speaker is
right; that is the statement's ``confidence``, so that statements at 0.9 are right about nine
times in ten (the calibration on held-out articles is in the model file and in ``make eval``).

Nothing is dropped: on held-out training articles a cut-off gained under a point of F1, and a
reader is better served by a doubtful statement marked as doubtful. Without a model for the
language, the rules' own confidences stand.
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import replace
from functools import cache
from importlib.resources import files

from ..model import Statement
from .doctext import bin_label, doc_text

MODEL_FILE = "confidence-{lang}.json"
ENABLED = True  # the training script turns the model off to see the rules' own confidences


@cache
def load_model(lang: str) -> dict | None:
    path = files("sayso").joinpath("models", MODEL_FILE.format(lang=lang))
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def mention_index(mention_types: dict[tuple[int, int], str]) -> tuple[list[int], list[tuple[int, int, str]]]:
    items = sorted((s, e, t) for (s, e), t in mention_types.items())
    return [x[0] for x in items], items


def features(st: Statement, text: str, mention_types: dict[tuple[int, int], str], prev: Statement | None,
             mention_index: tuple[list[int], list[tuple[int, int, str]]] | None = None) -> set[str]:
    ev = st.evidence.split(":", 1)[-1]
    n_chars = sum(c.end - c.start for c in st.content)
    content = " ".join(c.text for c in st.content)
    quoted = sum(1 for ch in content if ch in "„“”\"«»")
    f = {
        "ev=" + ev,
        "kind=" + st.kind,
        "chars=" + bin_label(n_chars, (15, 40, 80, 160, 320)),
        "spans=" + str(min(3, len(st.content))),
        "has_speaker" if st.speaker is not None else "no_speaker",
        "has_cue" if st.cue is not None else "no_cue",
        "quotes=" + str(min(4, quoted)),
    }
    if st.speaker is not None:
        sp = st.speaker
        f.add("speaker_words=" + bin_label(len(sp.text.split()), (2, 4, 8)))
        f.add("speaker_cap" if sp.text[:1].isupper() else "speaker_lower")
        etype = mention_types.get((sp.start, sp.end))
        if etype is None and mention_index is not None:
            starts, items = mention_index
            k = bisect.bisect_left(starts, sp.start)
            while k < len(items) and items[k][0] < sp.end:
                if items[k][1] <= sp.end:
                    etype = items[k][2]
                    break
                k += 1
        f.add("speaker_etype=" + (etype or "none"))
        f.add(f"ev={ev}&speaker_etype={etype or 'none'}")
    if content.rstrip()[-1:] in ".!?“\"":
        f.add("ends_sentence")
    if prev is not None:
        f.add("prev_kind=" + prev.kind)
        f.add("prev_gap=" + bin_label(st.start - prev.end, (5, 100, 400)))
    f.add(f"ev={ev}&chars={bin_label(n_chars, (40, 160))}")
    return f


def logit(weights: dict[str, float], feats: set[str]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(x, 0.0) for x in feats)


def probability(weights: dict[str, float], feats: set[str], scale: dict[str, float] | None = None) -> float:
    """The share of such statements that are right; ``scale`` is the held-out rescaling
    (Platt) the training script fits, z -> a*z + b."""
    z = logit(weights, feats)
    if scale:
        z = scale["a"] * z + scale["b"]
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(model: dict, feats: set[str]) -> float:
    """The share of statements with these features that are right: the isotonic table the
    training script fits to out-of-fold scores, read by linear interpolation; models without
    it use the Platt rescaling."""
    table = model.get("isotonic")
    if not table or not table.get("z"):
        return probability(model["correct"], feats, model.get("scale"))
    z = logit(model["correct"], feats)
    zs, ps = table["z"], table["p"]
    if z <= zs[0]:
        return ps[0]
    if z >= zs[-1]:
        return ps[-1]
    k = bisect.bisect_right(zs, z)
    z0, z1, p0, p1 = zs[k - 1], zs[k], ps[k - 1], ps[k]
    return p0 if z1 == z0 else p0 + (p1 - p0) * (z - z0) / (z1 - z0)


def apply(doc, statements: list[Statement], lang_code: str) -> list[Statement]:
    model = load_model(lang_code) if ENABLED else None
    if model is None or not statements:
        return statements
    text = doc_text(doc)
    mention_types = {(h.start, h.end): h.type for h in (doc._.sayso_mentions or [])}
    index = mention_index(mention_types)
    out: list[Statement] = []
    prev = None
    for st in statements:
        feats = features(st, text, mention_types, prev, index)
        prev = st
        out.append(replace(st, confidence=round(score(model, feats), 3)))
    return out
