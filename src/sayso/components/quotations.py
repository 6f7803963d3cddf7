"""Which quotations are someone's words, and which are names, titles or scare quotes.

A German article puts quotation marks around what a speaker said („schütze sie Gott“, a
phrase inside a report: Afghanistan sei ein „Opfer des Terrorismus“) and equally around names
(das Restaurant „Da Bruno“, die Operation „Cast Lead“) and words it keeps at a distance (so
genannte „Einmannpackungen“). The rules can tell a quotation framed by a cue; for a short one
standing inside a sentence they cannot, and the training articles show how open the
distinction is: of quotations of three or four words outside any report, a fifth are
annotated as direct speech; inside a report, two thirds are.

So a small logistic model, trained on the annotated training articles (``make train``;
``scripts/train_quotes.py``) and stored as a weight table (``models/quotes-<lang>.json``),
looks at each top-level quotation of up to ``MAX_WORDS`` words: its length and shape, the
words around its marks, and what the rules made of it. Then

- a direct statement that is just such a quotation, made by a rule that guesses
  (``GUESSING_RULES``), is dropped when the model says it is no statement;
- a quotation no statement holds becomes a direct statement when the model says it is one,
  with the speaker of the report around it or, standing alone, the sentence's subject (the
  speaker model chooses among the candidates afterwards).

Longer quotations are nearly always speech and stay as the rules found them. Without a model
for the language nothing changes.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..model import Span, Speaker, Statement
from .doctext import bin_label, doc_text
from .weights import logistic, threshold_model

MODEL_FILE = "quotes-{lang}.json"
MAX_WORDS = 9  # longer quotations are speech nine times in ten: left to the rules
GUESSING_RULES = frozenset({"nested-quote", "quote+unit-speaker", "quote+unit-subject", "quote+last-speaker",
                            "calling-quote", "cue-verb+quote"})
ENABLED = True  # the training script turns the model off to see the rules' own output
# When a list, (start, end, features) of each quotation are appended to it instead of being
# classified: the training script collects its examples through the real pipeline this way.
COLLECT: list | None = None


def load_model(lang: str) -> dict | None:
    return threshold_model(MODEL_FILE.format(lang=lang))


probability = logistic


def _word_class(word: str, lang) -> str:
    low = word.lower()
    if not word:
        return "none"
    if not any(c.isalnum() for c in word):
        return "punct:" + word[:1]
    if low in lang.DETERMINERS:
        return "det"
    if low in lang.PREPOSITIONS:
        return "prep"
    if low in lang.CUE_VERBS:
        return "cue"
    if word[0].isdigit():
        return "digit"
    return "cap" if word[0].isupper() else "lower"


def features(text: str, start: int, end: int, inner: tuple[int, int], role: str, sent_has_cue: bool,
             lang, prev_word: str, next_word: str) -> set[str]:
    body = text[inner[0]:inner[1]]
    words = body.split()
    n = len(words)
    f = {
        "role=" + role,
        "words=" + bin_label(n, (2, 3, 5, 8)),
        f"role={role}&words={bin_label(n, (2, 3, 5))}",
        "cue_in_sentence" if sent_has_cue else "no_cue_in_sentence",
        "prev=" + _word_class(prev_word, lang),
        "next=" + _word_class(next_word, lang),
    }
    if prev_word and prev_word[0].isalpha() and prev_word.islower():
        f.add("prev_w=" + prev_word)
    if next_word and next_word[0].isalpha() and next_word.islower():
        f.add("next_w=" + next_word)
    if next_word.startswith("-"):
        f.add("next=hyphen")  # „Eins zu Eins“-Begegnung: part of a compound
    if words:
        first = words[0].strip("(„\"'»«[")
        if first[:1].islower():
            f.add("starts_lower")
        caps = sum(1 for w in words if w[:1].isupper())
        if caps == n:
            f.add("all_cap")
        elif caps == 0:
            f.add("no_cap")
        if any(w[:1].islower() and w.lower().rstrip(".,!?") in lang.SUBJUNCTIVE_FORMS for w in words):
            f.add("konj")
        if any(w[:1].islower() and len(w) > 3 and w.rstrip(".,!?;:").endswith(("en", "te", "t")) for w in words[1:]):
            f.add("verb_like")
        if any(w.lower().strip(".,!?") in lang.PRONOUNS for w in words):
            f.add("pronoun")
    if body.rstrip()[-1:] in ".!?…":
        f.add("ends_sentence")
    if any(c.isdigit() for c in body):
        f.add("digit")
    return f


def classify_quotes(doc: Doc, statements: list[Statement], lang) -> list[Statement]:
    model = load_model(lang.CODE) if ENABLED else None
    if (model is None and COLLECT is None) or not len(doc):
        return statements
    quotes = [q for q in (doc._.sayso_quotes or []) if q.level == 0 and q.closed]
    if not quotes:
        return statements
    text = doc_text(doc)
    starts = [t.idx for t in doc]
    n_tok = len(doc)
    exact: dict[tuple[int, int], int] = {}  # quotation -> statement that is just it
    for i, st in enumerate(statements):
        if len(st.content) == 1:
            exact.setdefault((st.content[0].start, st.content[0].end), i)
    spans = sorted((c.start, c.end, i) for i, st in enumerate(statements) for c in st.content)
    span_starts = [s[0] for s in spans]
    dropped: set[int] = set()
    added: list[Statement] = []
    for q in quotes:
        inner = q.inner
        n_words = len(text[inner[0]:inner[1]].split())
        if n_words == 0 or n_words > MAX_WORDS:
            continue
        own = exact.get((q.start, q.end))
        parent = _holder(spans, span_starts, statements, q.start, q.end, own)
        if own is not None and statements[own].evidence.split(":", 1)[-1] not in GUESSING_RULES:
            continue  # a cue frames it: the rules know
        if own is None and parent is not None and statements[parent].kind == "direct":
            continue  # one of the quotations of a direct statement
        if own is None and parent is not None and n_words < 2:
            continue  # one quoted word inside a report is a label two times in three (training articles)
        if own is not None:
            role = "statement:" + statements[own].evidence.split(":", 1)[-1]
        else:
            role = "inside:" + statements[parent].kind if parent is not None else "free"
        k = bisect.bisect_left(starts, q.start)
        prev_word = doc[k - 1].text if k > 0 else ""
        k2 = bisect.bisect_left(starts, q.end)
        next_word = doc[k2].text if k2 < n_tok else ""
        sent = doc[k].sent if k < n_tok else None
        sent_has_cue = sent is not None and any(t.lower_ in lang.CUE_VERBS for t in sent)
        feats = features(text, q.start, q.end, inner, role.split(":")[0], sent_has_cue, lang, prev_word, next_word)
        feats.add(role)
        if COLLECT is not None:
            COLLECT.append((q.start, q.end, feats))
            continue
        p = probability(model["weights"], feats)
        if own is not None:
            if p < model["threshold"]:
                dropped.add(own)
            continue
        if p < model["threshold"]:
            continue
        content = (Span.of(text, q.start, q.end),)
        if parent is not None:
            holder = statements[parent]
            added.append(Statement(holder.speaker, holder.cue, content, "direct", round(p, 3),
                                   f"{lang.CODE}:nested-quote", holder.cue_extra))
        else:
            speaker = None
            if sent is not None:
                from .speakers import sentence_subject

                subject = sentence_subject(doc, (sent.start_char, sent.end_char))
                if subject is not None and not (subject[0] < q.end and q.start < subject[1]):
                    speaker = Speaker(subject[0], subject[1], text[subject[0]:subject[1]])
            added.append(Statement(speaker, None, content, "direct", round(p, 3), f"{lang.CODE}:quote-model"))
    if not dropped and not added:
        return statements
    kept = [st for i, st in enumerate(statements) if i not in dropped]
    return sorted([*kept, *added], key=lambda s: s.start)


def _holder(spans: list[tuple[int, int, int]], span_starts: list[int], statements: list[Statement],
            start: int, end: int, own: int | None) -> int | None:
    """The statement other than ``own`` whose content holds [start, end), if any; the scan looks
    back only a few spans so that it stays linear."""
    k = bisect.bisect_right(span_starts, start)
    for j in range(k - 1, max(-1, k - 9), -1):
        a, b, i = spans[j]
        if i != own and a <= start and end <= b:
            return i
    return None
