"""Reported speech the rules cannot see: whole sentences that give an actor's position.

"Premium Aerotec rechnet für 2009 mit einem Umsatz von einer Milliarde Euro.", "Die Grünen
sehen in diesem Vorschlag keine Lösung.", "Eine Ursache soll die extreme Kälte sein." carry no
quotation marks, no "sagte" and often no Konjunktiv, yet the training articles annotate them as
reported or free indirect speech. Which verbs and sentence shapes do this is too open a class
for rules, so a linear model over the sentence's words and shape, trained on the annotated
training articles (``make train``; ``scripts/train_reported.py``), decides for each sentence
the rules left without a statement whether it reports someone, and the sentence becomes a
statement of kind ``reported`` whose speaker the speaker model then chooses.

Like the speaker model it is a JSON table of weights read without any learning library.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..model import Span, Speaker, Statement
from .doctext import bin_label, doc_text
from .weights import logistic, threshold_model

MODEL_FILE = "reported-{lang}.json"

ENABLED = True  # the training scripts turn the model off to see the rules' own output
# When a list, candidate sentences and their features are appended to it instead of being
# classified: the training script collects its examples through the real pipeline this way.
COLLECT: list | None = None


def load_model(lang: str) -> dict | None:
    return threshold_model(MODEL_FILE.format(lang=lang))


def _sentences(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence character spans without surrounding white space."""
    out = []
    for sent in doc.sents:
        a, b = sent.start_char, sent.end_char
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def features(doc: Doc, lang, sents: list[tuple[int, int]], k: int, stmt_sents: dict[int, Statement],
             mention_types: dict[int, str], text: str | None = None) -> set[str]:
    """What the model sees of sentence k: its lower-case words (the verbs of stance are among
    them), how it opens, and how far the nearest statements are."""
    a, b = sents[k]
    span = doc.char_span(a, b, alignment_mode="expand")
    toks = list(span) if span is not None else []
    f: set[str] = set()
    if not toks:
        return f
    for t in toks:
        if t.is_alpha and t.is_lower:
            f.add("w=" + t.lower_)
    first = toks[0].lower_
    if first in lang.DETERMINERS:
        f.add("first=det")
    elif first in lang.PRONOUNS:
        f.add("first=pron:" + first)
    elif first in lang.NON_SUBJECT_OPENERS or first in lang.SUBORDINATORS:
        f.add("first=opener:" + first)
    elif toks[0].is_title or toks[0].is_upper:
        f.add("first=cap")
    else:
        f.add("first=other")
    for t in toks[:4]:
        etype = mention_types.get(t.idx)
        if etype:
            f.add("early_mention=" + etype)
    if text is None:
        text = doc_text(doc)  # callers looping over sentences pass it
    body = text[a:b]
    if any(q in body for q in "„“\"«»”"):
        f.add("has_quote")
    if any(c.isdigit() for c in body):
        f.add("has_digit")
    if any(t.lower_ in lang.SUBJUNCTIVE_FORMS for t in toks):
        f.add("konj")
    if body.rstrip()[-1:] == "?":
        f.add("question")
    if body.rstrip()[-1:] == ":":
        f.add("colon_end")
    f.add("len=" + bin_label(len(toks), (6, 10, 16, 25, 40)))
    if k == 0:
        f.add("first_sentence")
    if k == 0 or "\n" in text[sents[k - 1][1]:a]:
        f.add("para_start")
    before = next((d for d in range(1, 4) if k - d in stmt_sents), None)
    after = next((d for d in range(1, 3) if k + d in stmt_sents), None)
    f.add(f"prev_stmt={before or 'none'}")
    f.add(f"next_stmt={after or 'none'}")
    if before is not None:
        f.add("prev_kind=" + stmt_sents[k - before].kind)
    return f


probability = logistic


def find_reported(doc: Doc, statements: list[Statement], lang) -> list[Statement]:
    """The statements with the model's reported sentences added, in text order."""
    model = load_model(lang.CODE) if ENABLED else None
    if (model is None and COLLECT is None) or not len(doc):
        return statements
    from .speakers import sentence_subject

    text = doc_text(doc)
    sents = _sentences(doc, text)
    starts = [a for a, _ in sents]
    covered: set[int] = set()
    stmt_sents: dict[int, Statement] = {}
    for st in statements:
        for c in st.content:
            k0 = max(0, bisect.bisect_right(starts, c.start) - 1)
            k1 = max(0, bisect.bisect_right(starts, c.end - 1) - 1)
            for k in range(k0, k1 + 1):
                covered.add(k)
                stmt_sents.setdefault(k, st)
    mention_types = {h.start: (h.type or "none") for h in (doc._.sayso_mentions or [])}
    added: list[Statement] = []
    for k, (a, b) in enumerate(sents):
        if k in covered or b - a < 20:
            continue
        feats = features(doc, lang, sents, k, stmt_sents, mention_types, text)
        if COLLECT is not None:
            COLLECT.append((a, b, feats))
            continue
        p = probability(model["weights"], feats)
        if p < model["threshold"]:
            continue
        subject = sentence_subject(doc, (a, b))
        speaker = Speaker(subject[0], subject[1], text[subject[0]:subject[1]]) if subject else None
        added.append(Statement(speaker, None, (Span.of(text, a, b),), "reported", round(p, 3),
                               f"{lang.CODE}:reported-model"))
    if not added:
        return statements
    return sorted([*statements, *added], key=lambda s: s.start)
