"""One spaCy ``Language`` per language, with sayso's components in order.

spaCy gives tokens and sentence boundaries from a blank pipeline (no statistical model is
needed, so nothing is downloaded); sayso's components then annotate the ``Doc`` in turn and
store plain records in ``Doc`` extensions. ``to_analysis`` turns a finished Doc into an
``Analysis`` so that no spaCy object leaks out.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from . import lang as langdata
from .model import Analysis

PIPES: tuple[str, ...] = (
    "sayso_sentences",
    "sayso_quotes",
    "sayso_entities",
    "sayso_statements",
    "sayso_figures",
    "sayso_linking",
)


@lru_cache(maxsize=None)
def get_nlp(lang: str) -> Language:
    """The pipeline for ``lang`` (built once per process)."""
    langdata.get(lang)  # raises UnsupportedLanguage
    nlp = spacy.blank(lang)
    # Long articles are fine: sayso's components are linear and no parser holds the whole Doc.
    nlp.max_length = 50_000_000
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


def to_analysis(doc, *, id: str, title=None, url=None, date=None) -> Analysis:
    return Analysis(
        id=id,
        lang=doc.lang_,
        text=doc.text,
        title=title,
        url=url,
        date=date,
        entities=tuple(doc._.sayso_entities or ()),
        statements=tuple(doc._.sayso_statements or ()),
        figures=tuple(doc._.sayso_figures or ()),
    )
