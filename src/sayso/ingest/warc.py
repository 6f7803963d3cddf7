"""WARC files (``.warc``, ``.warc.gz``) as news crawls publish them: one ``Document`` per HTML page.

Only HTTP ``response`` records with a 2xx status and an HTML payload are documents: their
main text comes from trafilatura (as for ``.html`` files), the URL is the record's
``WARC-Target-URI``, the date the page's own publication date where trafilatura finds one,
else the record's ``WARC-Date`` (the crawl time). Every other record (``warcinfo``,
``request``, ``metadata``, ``revisit``, images, JSON, redirects, ...) is skipped and reported
to ``on_skip``.

Damage does not stop the file. A record shorter than its ``Content-Length`` (a cut download),
a gzip member whose bytes are corrupt, or bytes that are no WARC record become a ``Failure``
with ``source`` "path@OFFSET" and reading goes on with the next record. Offsets are those of
the record's gzip member in the compressed file (what Common Crawl's index gives), or of the
record itself in an uncompressed WARC; a record inside a member that holds several is
"path@MEMBER+POS" (its position in the member's decompressed bytes).

Reading streams: one record's payload (at most ``MAX_PAYLOAD`` bytes) is in memory at a time.
"""

from __future__ import annotations

import dataclasses
import io
import os
import zlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from ..api import Document, Failure
from .html import read_html_bytes

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

Item = Document | Failure
SkipHook = Callable[[str, str], None]  # (source, why) of a record that is not a document

CHUNK = 1 << 16
# CommonCrawl truncates payloads at 1 MiB; a page far larger than that is not an article
MAX_PAYLOAD = 32 << 20
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Bad(Exception):
    """A record that cannot be a document, with the reason (becomes a ``Failure``)."""


# --------------------------------------------------------------------------- gzip members


def _find(fh: BinaryIO, start: int, needle: bytes) -> int | None:
    """File offset of the first ``needle`` at or after ``start``; ``None`` if there is none."""
    fh.seek(start)
    off, prev = start, b""
    while chunk := fh.read(CHUNK):
        hay = prev + chunk
        i = hay.find(needle)
        if i >= 0:
            return off - len(prev) + i
        prev = hay[-(len(needle) - 1):]
        off += len(chunk)
    return None


class _Members:
    """A gzip file read member by member, keeping track of each member's offset in the file."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.buf = b""  # compressed bytes read from the file but not yet handed to a member
        self.pos = 0  # file offset of buf[0]

    def start(self) -> int | None:
        """Offset of the next member, ``None`` at the end of the file."""
        if not self.buf:
            self.buf = self.fh.read(CHUNK)
        return self.pos if self.buf else None

    def at_magic(self) -> bool:
        while len(self.buf) < len(GZIP_MAGIC) and (more := self.fh.read(CHUNK)):
            self.buf += more
        return self.buf.startswith(GZIP_MAGIC)

    def take(self) -> bytes:
        data = self.buf or self.fh.read(CHUNK)
        self.buf = b""
        self.pos += len(data)
        return data

    def give_back(self, data: bytes) -> None:
        self.buf = data + self.buf
        self.pos -= len(data)

    def skip_to_next(self, after: int) -> None:
        """Go on at the first gzip header after offset ``after`` (the end of the file if none)."""
        found = _find(self.fh, after + 1, GZIP_MAGIC)
        if found is None:
            self.fh.seek(0, io.SEEK_END)
            found = self.fh.tell()
        self.fh.seek(found)
        self.buf, self.pos = b"", found


class _Member:
    """One gzip member's decompressed bytes as a stream that ends where the member ends.

    Handing fastwarc one member at a time (instead of the whole multi-member file) is what
    confines damage: a record whose Content-Length overruns its member cannot swallow the
    records after it, and a corrupt member costs that member only.
    """

    def __init__(self, members: _Members) -> None:
        self.members = members
        self.z = zlib.decompressobj(31)  # gzip framing; the trailer's CRC and size are checked
        self.tail = b""  # input the decompressor kept back because its output limit was reached
        self.done = False
        self.out = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(CHUNK), b""))
        while not self.done and size:
            data = self.tail or self.members.take()
            if not data:
                raise EOFError("gzip member cut off at the end of the file")
            out = self.z.decompress(data, size)
            self.tail = self.z.unconsumed_tail
            if self.z.eof:
                self.done = True
                self.members.give_back(self.z.unused_data)
                self.tail = b""
            if out:
                self.out += len(out)
                return out
        return b""

    def drain(self) -> None:
        """Read to the member's end, so that the next one starts where this one stops."""
        while self.read(CHUNK):
            pass

    def tell(self) -> int:
        return self.out

    def seek(self, offset: int, whence: int = 0) -> int:
        raise io.UnsupportedOperation("a gzip member is read once, front to back")

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------- one record


def _dechunk(raw: bytes) -> bytes:
    """The body of an HTTP ``Transfer-Encoding: chunked`` payload."""
    out, i = bytearray(), 0
    while True:
        j = raw.find(b"\n", i)
        if j < 0:
            raise _Bad("chunked payload cut off")
        try:
            size = int(raw[i:j].split(b";")[0].strip(), 16)
        except ValueError:
            raise _Bad("malformed chunked payload") from None
        if size == 0:
            return bytes(out)
        if j + 1 + size > len(raw):
            raise _Bad("chunked payload cut off")
        out += raw[j + 1:j + 1 + size]
        i = j + 1 + size
        i += 2 if raw[i:i + 2] == b"\r\n" else 1 if raw[i:i + 1] == b"\n" else 0


def _inflate(raw: bytes, wbits: int) -> bytes:
    z = zlib.decompressobj(wbits)
    out = z.decompress(raw, MAX_PAYLOAD + 1)  # bounded: a small body can inflate to gigabytes
    if len(out) > MAX_PAYLOAD:
        raise _Bad(f"payload inflates to more than {MAX_PAYLOAD >> 20} MiB")
    return out


def _decode(raw: bytes, transfer: str, content: str) -> bytes:
    """The payload without its HTTP transfer and content encodings (crawlers other than
    CommonCrawl store the bytes as the server sent them)."""
    if "chunked" in transfer.lower():
        raw = _dechunk(raw)
    for enc in reversed([e.strip().lower() for e in content.split(",") if e.strip()]):
        if enc in ("identity", "none"):
            continue
        try:
            if enc in ("gzip", "x-gzip"):
                raw = _inflate(raw, 47)
            elif enc == "deflate":
                try:
                    raw = _inflate(raw, 15)
                except zlib.error:  # servers often send raw deflate without the zlib header
                    raw = _inflate(raw, -15)
            elif enc == "br":
                raw = _unbrotli(raw)
            else:
                raise _Bad(f"unsupported Content-Encoding {enc!r}")
        except zlib.error as exc:
            raise _Bad(f"cannot decode the {enc} payload ({exc})") from None
    return raw


def _unbrotli(raw: bytes) -> bytes:
    import brotli  # installed with fastwarc

    try:
        try:
            out = brotli.Decompressor().process(raw, output_buffer_limit=MAX_PAYLOAD + 1)
        except TypeError:  # brotli < 1.2 has no output limit
            out = brotli.decompress(raw)
    except brotli.error as exc:
        raise _Bad(f"cannot decode the br payload ({exc})") from None
    if len(out) > MAX_PAYLOAD:
        raise _Bad(f"payload inflates to more than {MAX_PAYLOAD >> 20} MiB")
    return out


def _read_upto(rec: WarcRecord, limit: int) -> bytes:
    """Up to ``limit`` bytes of the payload: a read may return less than asked before the end."""
    parts, n = [], 0
    while n < limit and (part := rec.reader.read(min(limit - n, 1 << 20))):
        parts.append(part)
        n += len(part)
    return b"".join(parts)


def _looks_html(body: bytes) -> bool:
    """No content type given: sniff the start, as a browser would."""
    return body[:512].lstrip().lower().startswith((b"<!doctype html", b"<html"))


def _record(rec: WarcRecord, where: str, lang: str | None, on_skip: SkipHook | None) -> tuple[Item | None, bool]:
    """The record as a document, a failure, or ``None`` (skipped); and whether it is truncated."""

    def truncated(missing: int) -> tuple[Failure, bool]:
        declared = rec.headers.get("Content-Length") or "?"
        return Failure(None, where, f"{where}: truncated record ({missing} of its {declared} bytes missing)"), True

    def skip(why: str) -> tuple[Failure | None, bool]:
        missing = rec.content_length - rec.reader.consume()
        if missing > 0:
            return truncated(missing)
        if on_skip is not None:
            on_skip(where, why)
        return None, False

    kind = str(rec.record_type)
    if kind != "response":
        return skip(f"{kind} record")
    if not rec.is_http:
        return skip("response without HTTP")
    status = rec.http_headers.status_code
    if status is None:
        return skip("response without an HTTP status line")
    if not 200 <= status < 300:
        return skip(f"HTTP status {status}")
    ctype = (rec.http_content_type or rec.headers.get("WARC-Identified-Payload-Type") or "").split(";")[0]
    ctype = ctype.strip().lower()
    if ctype and ctype not in HTML_TYPES:
        return skip(ctype)
    raw = _read_upto(rec, MAX_PAYLOAD + 1)
    got = len(raw) + rec.reader.consume()
    if got < rec.content_length:
        return truncated(rec.content_length - got)
    if len(raw) > MAX_PAYLOAD:
        return Failure(None, where, f"{where}: HTML payload larger than {MAX_PAYLOAD >> 20} MiB"), False
    try:
        body = _decode(raw, rec.http_headers.get("Transfer-Encoding") or "",
                       rec.http_headers.get("Content-Encoding") or "")
    except _Bad as exc:
        return Failure(None, where, f"{where}: {exc}"), False
    if not ctype and not _looks_html(body):
        if on_skip is not None:
            on_skip(where, "no content type, not HTML")
        return None, False
    data: bytes | str = body
    if charset := rec.http_charset:  # HTTP's charset wins over the page's <meta>, as in a browser
        try:
            data = body.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name: trafilatura guesses from the bytes
    item = read_html_bytes(data, where, lang=lang)
    if isinstance(item, Document):
        item = dataclasses.replace(item, url=rec.headers.get("WARC-Target-URI") or item.url,
                                   date=item.date or rec.headers.get("WARC-Date"), source=where)
    return item, False


# --------------------------------------------------------------------------- files


def _iterator(stream: object) -> Iterator[WarcRecord]:
    from fastwarc import ArchiveIterator

    # no HTTP decoding by fastwarc: the raw payload's length is what shows a truncated record
    return iter(ArchiveIterator(stream, parse_http=True, auto_decode="none"))


def _read_gzip(fh: BinaryIO, source: str, lang: str | None, on_skip: SkipHook | None) -> Iterator[Item]:
    members = _Members(fh)
    while (start := members.start()) is not None:
        here = f"{source}@{start}"
        if not members.at_magic():
            members.skip_to_next(start)
            yield Failure(None, here, f"{here}: {members.pos - start} bytes that are not a gzip member, skipped")
            continue
        member = _Member(members)
        try:
            for rec in _iterator(member):
                where = here if rec.stream_pos == 0 else f"{here}+{rec.stream_pos}"
                item, _ = _record(rec, where, lang, on_skip)
                if item is not None:
                    yield item
            member.drain()
            continue
        except zlib.error as exc:
            reason = f"corrupt gzip member ({exc}); skipped to the next member"
        except EOFError as exc:
            reason = str(exc)
        except OSError as exc:  # fastwarc: bytes that are no WARC record
            reason = f"not a WARC record ({exc})"
        yield Failure(None, here, f"{here}: {reason}")
        try:
            member.drain()
        except (zlib.error, EOFError):
            members.skip_to_next(start)


def _read_plain(fh: BinaryIO, source: str, lang: str | None, on_skip: SkipHook | None) -> Iterator[Item]:
    pos = 0
    while True:
        fh.seek(pos)
        last: int | None = None
        try:
            for rec in _iterator(fh):
                last = rec.stream_pos
                item, cut = _record(rec, f"{source}@{last}", lang, on_skip)
                if item is not None:
                    yield item
                if cut:  # it ran to the end of the file: records it swallowed may follow it
                    break
            else:
                return
        except OSError as exc:
            if last is None:
                here, what = f"{source}@{pos}", f"not a WARC record ({exc})"
            else:
                here, what = f"{source}@{last}", f"bytes that are not a WARC record after this one ({exc})"
            yield Failure(None, here, f"{here}: {what}; skipped to the next record")
        found = _find(fh, (pos if last is None else last) + 1, WARC_MAGIC)
        if found is None:
            return
        pos = found


def read_warc(path: str | os.PathLike[str], lang: str | None = None,
              on_skip: SkipHook | None = None) -> Iterator[Item]:
    """Documents (and failures) of a WARC file, plain or gzip-compressed (detected by its bytes).

    ``on_skip(source, why)`` is called for each record that is not an HTML page.
    """
    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            head = fh.read(len(GZIP_MAGIC))
            if not head:
                yield Failure(None, source, f"{source} is empty: nothing to analyse")
                return
            fh.seek(0)
            if head.startswith(GZIP_MAGIC):
                yield from _read_gzip(fh, source, lang, on_skip)
            else:
                yield from _read_plain(fh, source, lang, on_skip)
    except OSError as exc:  # cannot open it, or a read error half-way through
        yield Failure(None, source, f"cannot read {source}: {exc.strerror or exc}")
