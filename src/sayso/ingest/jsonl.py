"""JSON Lines: one article per line, ``{"id", "text", "lang"?, "title"?, "url"?, "date"?}``.

Read line by line (constant memory). A bad line -- invalid JSON, not an object, a missing
or non-string ``text``, undecodable bytes -- becomes a ``Failure`` with ``source``
"path:LINE" and the batch goes on. Blank lines are skipped; other fields are ignored.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from ..api import Document, Failure

META = ("title", "url", "date")


def _opt_str(row: dict, key: str) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def parse_line(raw: bytes, source: str, lang: str | None = None) -> Document | Failure:
    """One JSONL line as a ``Document``, or a ``Failure`` saying what is wrong with it."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Failure(None, source, f"{source}: not valid UTF-8 (byte 0x{raw[exc.start:exc.start + 1].hex()} "
                                     f"at column {exc.start + 1})")
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(None, source, f"{source}: invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(row, dict):
        return Failure(None, source, f"{source}: expected a JSON object, got {type(row).__name__}")
    doc_id = row.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    text = row.get("text")
    if text is None:
        return Failure(doc_id, source, f"{source}: no 'text' field")
    if not isinstance(text, str):
        return Failure(doc_id, source, f"{source}: 'text' must be a string, not {type(text).__name__}")
    row_lang = row.get("lang")
    if row_lang is not None and not isinstance(row_lang, str):
        return Failure(doc_id, source, f"{source}: 'lang' must be a string, not {type(row_lang).__name__}")
    return Document(
        text=text,
        id=doc_id,
        lang=lang or row_lang or None,
        title=_opt_str(row, "title"),
        url=_opt_str(row, "url"),
        date=_opt_str(row, "date"),
        source=source,
    )


def read_jsonl_stream(lines: Iterable[bytes], name: str, lang: str | None = None) -> Iterator[Document | Failure]:
    """Documents of a stream of JSONL byte lines; ``name`` labels failures ("name:LINE").

    ``lang`` (the caller's explicit choice) overrides each row's own ``lang``.
    """
    seen = False
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        seen = True
        yield parse_line(raw, f"{name}:{lineno}", lang=lang)
    if not seen:
        yield Failure(None, name, f"{name} is empty: nothing to analyse")


def read_jsonl(path: str | os.PathLike[str], lang: str | None = None) -> Iterator[Document | Failure]:
    """Documents of a JSONL file, one per non-blank line, streamed."""
    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            yield from read_jsonl_stream(fh, source, lang=lang)
    except OSError as exc:  # cannot open it, or a read error half-way through
        yield Failure(None, source, f"cannot read {source}: {exc.strerror or exc}")
