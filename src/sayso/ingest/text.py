"""Plain-text files: one file, one document (UTF-8, with or without a byte-order mark)."""

from __future__ import annotations

import os

from ..api import Document, Failure


def decode(data: bytes, source: str) -> str | Failure:
    """UTF-8 text of ``data``, or a ``Failure`` naming the first undecodable byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        return Failure(None, source, f"{source}: not valid UTF-8 (byte 0x{bad} at offset {exc.start})")


def read_text_bytes(data: bytes, source: str, lang: str | None = None) -> Document | Failure:
    text = decode(data, source)
    if isinstance(text, Failure):
        return text
    if not text.strip():
        return Failure(None, source, f"{source} is empty: nothing to analyse")
    return Document(text=text, lang=lang, source=source)


def read_bytes(source: str) -> bytes | Failure:
    """A file's bytes, or a ``Failure`` saying why it cannot be read."""
    try:
        with open(source, "rb") as fh:
            return fh.read()
    except OSError as exc:
        return Failure(None, source, f"cannot read {source}: {exc.strerror or exc}")


def read_text(path: str | os.PathLike[str], lang: str | None = None) -> Document | Failure:
    """The file's text as one ``Document``; a ``Failure`` when it is unreadable, not UTF-8 or empty."""
    source = os.fspath(path)
    data = read_bytes(source)
    return data if isinstance(data, Failure) else read_text_bytes(data, source, lang=lang)
