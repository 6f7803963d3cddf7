"""One spaCy ``Language`` per language, with sayso's components in order.

spaCy gives tokens and sentence boundaries from a blank pipeline (no statistical model is
needed, so nothing is downloaded); sayso's components then annotate the ``Doc`` in turn and
store plain records in ``Doc`` extensions. ``to_analysis`` turns a finished Doc into an
``Analysis`` so that no spaCy object leaks out.
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from . import lang as langdata
from .components.doctext import doc_text
from .model import Analysis

PIPES: tuple[str, ...] = (
    "sayso_sentences",
    "sayso_quotes",
    "sayso_entities",
    "sayso_statements",
    "sayso_figures",
    "sayso_linking",
)


LONG_CHUNK = 100  # characters without white space beyond which spaCy's tokenizer is not used
_LONG = re.compile(r"\S{" + str(LONG_CHUNK + 1) + ",}")
_PIECES = re.compile(r"\w+|[^\w\s]")


def _words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """Tokens and trailing-space flags that rebuild ``text`` exactly, white space beyond one
    space becoming tokens of its own (spaCy's convention). Linear, unlike spaCy's own helper."""
    out_w: list[str] = []
    out_s: list[bool] = []
    i = 0

    def gap(j: int) -> None:
        g = text[i:j]
        if out_w and not out_s[-1] and g[:1] == " ":
            out_s[-1] = True
            g = g[1:]
        if g:
            out_w.append(g)
            out_s.append(False)

    for w in words:
        j = text.find(w, i)
        if j < 0:
            raise ValueError(f"token {w!r} not found in the text")
        if j > i:
            gap(j)
        out_w.append(w)
        out_s.append(False)
        i = j + len(w)
    if i < len(text):
        gap(len(text))
    return out_w, out_s


class SafeTokenizer:
    """spaCy's tokenizer, except on runs of more than LONG_CHUNK characters without white space.

    spaCy peels prefixes and suffixes off a chunk one at a time, which takes time quadratic in
    the chunk's length (an unclosed „ repeated 20,000 times takes half a minute). Such runs are
    never words: they are cut into word characters and single marks instead, in linear time.
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize(text)
        # spaCy joins doc.text from the tokens on every access; the components read this copy
        # (sayso.components.entities.doc_text). The tokens always spell the input exactly.
        doc.user_data["sayso_text"] = text
        return doc

    def _tokenize(self, text: str) -> Doc:
        if not _LONG.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        pos = 0
        for m in _LONG.finditer(text):
            if m.start() > pos:
                words.extend(t.text for t in self.tokenizer(text[pos:m.start()]) if not t.is_space)
            words.extend(_PIECES.findall(m.group()))
            pos = m.end()
        if pos < len(text):
            words.extend(t.text for t in self.tokenizer(text[pos:]) if not t.is_space)
        words, spaces = _words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; delegate so that nothing changes there
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self


@cache
def get_nlp(lang: str) -> Language:
    """The pipeline for ``lang`` (built once per process)."""
    langdata.get(lang)  # raises UnsupportedLanguage
    nlp = spacy.blank(lang)
    # a closing quotation mark before a hyphen ends the quotation ("die „Bild“-Zeitung"):
    # spaCy's defaults keep "Bild“-Zeitung" one token, and the quotation's end inside it
    infixes = [*nlp.Defaults.infixes, r"(?<=\w)[“”\"«»](?=-\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.tokenizer = SafeTokenizer(nlp.tokenizer)
    # Long articles are fine: sayso's components are linear and no parser holds the whole Doc.
    nlp.max_length = 50_000_000
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


def to_analysis(doc, *, id: str, title=None, url=None, date=None) -> Analysis:
    return Analysis(
        id=id,
        lang=doc.lang_,
        text=doc_text(doc),
        title=title,
        url=url,
        date=date,
        entities=tuple(doc._.sayso_entities or ()),
        statements=tuple(doc._.sayso_statements or ()),
        figures=tuple(doc._.sayso_figures or ()),
    )
