"""Sentence boundaries for news text, from tokens alone (no parser is available offline).

spaCy's rule-based sentencizer splits after every period token; news text needs a little
more care: an ordinal before a month ("am 20. Januar") is not a sentence end, closing quotes
and brackets stay with the sentence they close, and every line break ends a sentence (titles,
datelines and paragraphs carry no final period).
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
TRAILERS = frozenset({"“", "”", "\"", "'", "''", "’", "‘", "«", "»", ")", "]", "›", "‹"})  # ("''": newswire closing marks)
# marks that after a space open the next sentence's quotation instead ("... policy.'' ''It's ...")
OPENERS = frozenset({"„", "“", "\"", "»", "«", "''"})


def set_sentence_starts(doc: Doc, lang) -> None:
    months = getattr(lang, "MONTHS", frozenset())
    n = len(doc)
    if not n:
        return
    starts = [False] * n
    starts[0] = True
    i = 0
    while i < n:
        tok = doc[i]
        text = tok.text
        if "\n" in text or "\n" in tok.whitespace_ or _number_with_period(doc, i, months):
            # a line break, or a number that swallowed the period ("betrug 7,1. Nach ...")
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n:
                starts[j] = True
            i = j
            continue
        if text in ENDERS:
            j = i + 1
            while j < n and doc[j].text in TRAILERS and not (doc[j - 1].whitespace_ and doc[j].text in OPENERS):
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and _can_start(doc, i, j, months):
                starts[j] = True
            i = j if j > i else i + 1
            continue
        i += 1
    # one array write: setting Token.is_sent_start token by token re-checks the whole Doc
    # each time (quadratic on long texts)
    doc.from_array([SENT_START], numpy.array([[1 if x else -1] for x in starts], dtype="int64").astype("uint64"))


def _can_start(doc: Doc, end_i: int, j: int, months: frozenset[str]) -> bool:
    nxt = doc[j].text
    first = nxt[0]
    if first.islower():
        return False
    if months and nxt in months and end_i > 0 and doc[end_i - 1].like_num:
        return False
    return True


# Words before an ordinal: "am 20. Januar", "zum 5. Mal", "der 3. Weltkrieg".
_ORDINAL_CONTEXT = frozenset(
    ["der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "bis", "ab", "seit", "vor", "nach", "ihr", "ihre", "sein", "seine", "the", "on", "of"]
)


def _number_with_period(doc: Doc, i: int, months: frozenset[str]) -> bool:
    """A number token that swallowed the sentence's period ("betrug 7,1. Nach ...")."""
    text = doc[i].text
    if len(text) < 2 or not text.endswith(".") or not text[0].isdigit() or not text[:-1].replace(",", "").replace(".", "").isdigit():
        return False
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if not nxt.text[:1].isupper() or nxt.text in months:
        return False
    return i == 0 or doc[i - 1].lower_ not in _ORDINAL_CONTEXT
