"""HTML pages: the main text via trafilatura (offline: only the given bytes are read), with
title, URL and date from the page's metadata where it has them."""

from __future__ import annotations

import os

from ..api import Document, Failure
from .text import read_bytes


def _meta(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def read_html_bytes(data: bytes | str, source: str, lang: str | None = None) -> Document | Failure:
    """The main text of a page given as bytes (trafilatura finds the encoding) or as text already
    decoded (a WARC record whose HTTP header names the charset)."""
    if not data.strip():
        return Failure(None, source, f"{source} is empty: nothing to analyse")
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # noqa: BLE001 -- trafilatura/lxml raise assorted errors on broken markup
        return Failure(None, source, f"{source}: cannot parse HTML ({type(exc).__name__}: {exc})")
    result = result.as_dict() if result is not None else {}
    text = result.get("text") or ""
    if not text.strip():
        return Failure(None, source, f"{source}: no main text found in the HTML")
    return Document(
        text=text,
        lang=lang,
        title=_meta(result.get("title")),
        url=_meta(result.get("url")),
        date=_meta(result.get("date")),
        source=source,
    )


def read_html(path: str | os.PathLike[str], lang: str | None = None) -> Document | Failure:
    """The page's main text as one ``Document``; a ``Failure`` when unreadable, empty or without text."""
    source = os.fspath(path)
    data = read_bytes(source)
    return data if isinstance(data, Failure) else read_html_bytes(data, source, lang=lang)
