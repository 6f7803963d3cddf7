"""``analyze`` and ``analyze_many``: the one way into sayso's analysis."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .errors import EmptyDocument, InputError, SaysoError
from .lang import SUPPORTED
from .model import Analysis, document_id

MAX_CHARS = 10_000_000


@dataclass(frozen=True, slots=True)
class Document:
    """One article to analyse. ``id`` defaults to the hash of the normalised text (plus URL)."""

    text: str
    id: str | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None  # where it was read from (file, line), for failure reports


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be analysed, with the reason; batches record these and go on."""

    id: str | None
    source: str | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "error": self.reason}


def _resolve_lang(text: str, lang: str | None) -> str:
    if lang:
        code = lang.strip().lower().split("-")[0].split("_")[0]
    else:
        from .langdetect import detect

        code = detect(text)
    from . import lang as langdata

    langdata.get(code)  # raises UnsupportedLanguage
    return code


def _check_text(text: Any, what: str = "document") -> str:
    if not isinstance(text, str):
        raise InputError(f"{what}: 'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise EmptyDocument(what)
    if len(text) > MAX_CHARS:
        raise InputError(f"{what}: text has {len(text):,} characters, more than the limit of {MAX_CHARS:,}")
    return text


def analyze(
    text: str,
    lang: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
) -> Analysis:
    """Analyse one article: statements (who says what), figures and entities.

    ``lang`` is "de" or "en"; when omitted it is detected offline. Raises
    ``UnsupportedLanguage``, ``EmptyDocument`` or ``InputError`` (all ``SaysoError``).
    """
    from .components.entities import set_date
    from .pipeline import get_nlp, to_analysis

    text = _check_text(text)
    code = _resolve_lang(text, lang)
    nlp = get_nlp(code)
    doc = nlp.make_doc(text)
    set_date(doc, date)  # role descriptions ("der US-Präsident") name the office holder of that day
    doc = nlp(doc)
    return to_analysis(doc, id=id or document_id(text, url), title=title, url=url, date=date)


def _as_document(item: Any) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text=item)
    if isinstance(item, dict):
        known = {k: item.get(k) for k in ("text", "id", "lang", "title", "url", "date", "source")}
        if known["id"] is not None:
            known["id"] = str(known["id"])
        return Document(**known)
    raise InputError(f"cannot analyse an item of type {type(item).__name__}")


def _analyze_one(doc: Document) -> Analysis | Failure:
    try:
        return analyze(doc.text, doc.lang, id=doc.id, title=doc.title, url=doc.url, date=doc.date)
    except SaysoError as exc:
        return Failure(doc.id, doc.source, str(exc))
    except Exception as exc:  # a bug must not sink a batch: record it and go on
        return Failure(doc.id, doc.source, f"internal error: {type(exc).__name__}: {exc}")


def _analyze_chunk(docs: list[Document]) -> list[Analysis | Failure]:
    """The picklable worker: a pure function of its chunk (what multiprocessing and Dask map).

    The documents of one language go through ``nlp.pipe`` together, so that components that
    batch (the name model) run once per chunk; if anything in that fails, the chunk is done
    again one document at a time, so that one bad document only fails itself."""
    from .components.entities import set_date
    from .pipeline import get_nlp, to_analysis

    out: list[Analysis | Failure | None] = [None] * len(docs)
    by_lang: dict[str, list[tuple[int, Document, str]]] = {}
    for i, d in enumerate(docs):
        try:
            text = _check_text(d.text)
            by_lang.setdefault(_resolve_lang(text, d.lang), []).append((i, d, text))
        except Exception:
            out[i] = _analyze_one(d)  # records the reason
    for code, items in by_lang.items():
        try:
            nlp = get_nlp(code)
            made = []
            for _, d, text in items:
                doc = nlp.make_doc(text)
                set_date(doc, d.date)
                made.append(doc)
            for (i, d, text), doc in zip(items, nlp.pipe(made, batch_size=len(made))):
                out[i] = to_analysis(doc, id=d.id or document_id(text, d.url), title=d.title, url=d.url, date=d.date)
        except Exception:
            for i, d, _ in items:
                out[i] = _analyze_one(d)
    return out  # type: ignore[return-value]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        if isinstance(item, Failure):
            # readers pass their own failures through so that nothing is lost
            yield [item]  # type: ignore[list-item]
            continue
        try:
            chunk.append(_as_document(item))
        except SaysoError as exc:
            yield [Failure(None, None, str(exc))]  # type: ignore[list-item]
            continue
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_chunk(chunk: list[Any]) -> list[Analysis | Failure]:
    if len(chunk) == 1 and isinstance(chunk[0], Failure):
        return chunk
    return _analyze_chunk(chunk)


def analyze_many(
    items: Iterable[str | dict[str, Any] | Document | Failure],
    n_process: int = 1,
    batch_size: int = 16,
    errors: Literal["record", "raise"] = "record",
) -> Iterator[Analysis | Failure]:
    """Analyse a stream of articles, in input order.

    Items are texts, dicts with ``text`` (and optional ``id``, ``lang``, ``title``, ``url``,
    ``date``) or ``Document``s. A document that cannot be analysed yields a ``Failure`` with
    its reason and the batch goes on (``errors="raise"`` raises instead). ``n_process > 1``
    spreads chunks of ``batch_size`` documents over worker processes.
    """
    chunks = _chunks(items, batch_size)
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process <= 1:
        results: Iterable[list[Analysis | Failure]] = map(_run_chunk, chunks)
        yield from _flatten(results, errors)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(n_process) as pool:
        yield from _flatten(pool.imap(_run_chunk, chunks), errors)


def _flatten(results: Iterable[list[Analysis | Failure]], errors: str) -> Iterator[Analysis | Failure]:
    for chunk in results:
        for r in chunk:
            if errors == "raise" and isinstance(r, Failure):
                raise SaysoError(f"{r.source or r.id or 'document'}: {r.reason}")
            yield r


__all__ = ["Document", "Failure", "SUPPORTED", "analyze", "analyze_many"]
