"""sayso's spaCy components, registered in this one place.

Each stage is a plain function from a ``Doc`` (plus language data) to typed records, kept in
its own module; the factories below only wire those functions into spaCy and store their
results in ``Doc`` extensions.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .doctext import doc_text

for _name in ("sayso_quotes", "sayso_mentions", "sayso_entities", "sayso_statements", "sayso_figures"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("sayso_sentences")
def _sentences(doc: Doc) -> Doc:
    from .sentences import set_sentence_starts

    set_sentence_starts(doc, langdata.get(doc.lang_))
    return doc


@Language.component("sayso_quotes")
def _quotes(doc: Doc) -> Doc:
    from .quotes import find_quotes

    doc._.sayso_quotes = find_quotes(doc_text(doc))
    return doc


@Language.component("sayso_entities")
def _entities(doc: Doc) -> Doc:
    from .entities import find_mentions

    doc._.sayso_mentions = find_mentions(doc, langdata.get(doc.lang_))
    return doc


def _entities_pipe(docs, batch_size: int = 16):
    """``nlp.pipe`` calls this for a stream of Docs: the name model then runs once per batch
    instead of once per article (its cost is mostly per call)."""
    from spacy.util import minibatch

    from .entities import find_mentions_many

    for batch in minibatch(docs, size=batch_size):
        for doc, mentions in zip(batch, find_mentions_many(batch, langdata.get(batch[0].lang_))):
            doc._.sayso_mentions = mentions
            yield doc


_entities.pipe = _entities_pipe  # type: ignore[attr-defined]


@Language.component("sayso_statements")
def _statements(doc: Doc) -> Doc:
    from .statements import find_statements

    doc._.sayso_statements = find_statements(doc, langdata.get(doc.lang_))
    return doc


@Language.component("sayso_figures")
def _figures(doc: Doc) -> Doc:
    from .figures import find_figures

    doc._.sayso_figures = find_figures(doc, langdata.get(doc.lang_))
    return doc


@Language.component("sayso_linking")
def _linking(doc: Doc) -> Doc:
    from .linking import link

    link(doc, langdata.get(doc.lang_))
    return doc
