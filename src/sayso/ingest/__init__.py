"""Readers: turn files, folders and stdin into a stream of ``Document``s.

Every reader is a generator: it yields one :class:`sayso.Document` per article and, for a
line or file that cannot be read (invalid JSON, a missing or non-string ``text``,
undecodable bytes, an empty file, a truncated WARC record), a :class:`sayso.Failure` with its
``source`` (a path, ``path:line``, or ``path@offset`` for a WARC record) and the reason, so that
a batch records the problem and goes on. JSONL is read line by line and WARC record by record,
so memory stays constant however large the file. WARC records that are not HTML pages are
skipped and reported to the ``on_skip`` hook.

    >>> from sayso.ingest import read
    >>> for item in read(["examples/"]):          # doctest: +SKIP
    ...     print(item.source)

``read`` takes paths (files or folders, ``-`` for stdin); :func:`expand` lists the files a
folder stands for (recursive, sorted, known suffixes only); :func:`count` estimates the
number of documents without reading them into memory (for a progress bar).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..api import Document, Failure
from ..errors import InputError
from .html import read_html, read_html_bytes
from .jsonl import read_jsonl, read_jsonl_stream
from .text import read_text, read_text_bytes
from .warc import SkipHook, read_warc

SUFFIXES: dict[str, str] = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
                            ".warc": "warc", ".warc.gz": "warc"}
STDIN = "-"

Item = Document | Failure


def suffix(path: str | os.PathLike[str]) -> str:
    """The suffix that names a file's kind: ``.warc.gz`` is one, not ``.gz``."""
    name = Path(path).name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else Path(name).suffix


def kind_of(path: str | os.PathLike[str]) -> str:
    """The reader for a path given by name: by suffix; plain text for an unknown suffix."""
    return SUFFIXES.get(suffix(path), "text")


def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Each path as given, and each folder as its readable files (recursive, sorted, no hidden files).

    Raises ``InputError`` for a path that does not exist, before anything is read.
    """
    for p in paths:
        s = os.fspath(p)
        if s == STDIN:
            yield s
            continue
        path = Path(s)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if f.is_file() and suffix(f) in SUFFIXES and not any(x.startswith(".") for x in rel):
                    yield str(f)
        elif path.exists():
            yield s
        else:
            raise InputError(f"no such file or directory: {s}")


def check_paths(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Raise ``InputError`` for the first path that does not exist (``-`` always exists)."""
    for p in paths:
        s = os.fspath(p)
        if s != STDIN and not Path(s).exists():
            raise InputError(f"no such file or directory: {s}")


def read_path(path: str | os.PathLike[str], lang: str | None = None,
              on_skip: SkipHook | None = None) -> Iterator[Item]:
    """Documents (and failures) of one file, by its suffix."""
    s = os.fspath(path)
    kind = kind_of(s)
    if kind == "jsonl":
        yield from read_jsonl(s, lang=lang)
    elif kind == "warc":
        yield from read_warc(s, lang=lang, on_skip=on_skip)
    elif kind == "html":
        yield read_html(s, lang=lang)
    else:
        yield read_text(s, lang=lang)


def read_stdin(stream: BinaryIO | None = None, lang: str | None = None) -> Iterator[Item]:
    """stdin as JSONL when it starts with ``{``, as HTML when it starts with ``<``, else plain text."""
    if stream is None:
        stream = sys.stdin.buffer
    head = b""
    while True:  # peek at the first non-blank bytes without consuming the stream
        chunk = stream.readline()
        head += chunk
        if not chunk or head.strip():
            break
    first = head.lstrip()[:1]
    if first == b"{":
        yield from read_jsonl_stream(_prepend(head, stream), "<stdin>", lang=lang)
    elif first == b"<":
        yield read_html_bytes(head + stream.read(), "<stdin>", lang=lang)
    else:
        yield read_text_bytes(head + stream.read(), "<stdin>", lang=lang)


def _prepend(first: bytes, stream: BinaryIO) -> Iterator[bytes]:
    yield from first.splitlines(keepends=True)
    yield from stream


def read(
    paths: Iterable[str | os.PathLike[str]], lang: str | None = None, stdin: BinaryIO | None = None,
    on_skip: SkipHook | None = None,
) -> Iterator[Item]:
    """Every document behind ``paths`` (files, folders, ``-``), in order, as a stream.

    ``on_skip(source, why)`` hears of each WARC record that is not an HTML page.
    """
    for p in expand(paths):
        if p == STDIN:
            yield from read_stdin(stdin, lang=lang)
        else:
            yield from read_path(p, lang=lang, on_skip=on_skip)


def count(paths: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many documents ``read(paths)`` will yield, counted without parsing (JSONL: non-blank
    lines); ``None`` when it cannot be known in advance (stdin, WARC: only parsing tells which
    records are HTML pages)."""
    total = 0
    for p in expand(paths):
        if p == STDIN or kind_of(p) == "warc":
            return None
        if kind_of(p) == "jsonl":
            try:
                with open(p, "rb") as fh:
                    n = sum(1 for line in fh if line.strip())
            except OSError:
                n = 1
            total += max(n, 1)  # an empty file still yields one failure
        else:
            total += 1
    return total


__all__ = [
    "STDIN", "SUFFIXES", "check_paths", "count", "expand", "kind_of", "read", "read_html", "read_jsonl",
    "read_path", "read_stdin", "read_text", "read_warc", "suffix",
]
