"""WARC input: HTML responses become documents; other records are skipped; damage is a failure.

The fixture is written here record by record (WARC/1.0 headers by hand, one gzip member per
record, as Common Crawl publishes them), with a truncated record and a corrupt member among
good ones.
"""

from __future__ import annotations

import gzip
import sqlite3
import time
import uuid
import zlib

import pytest
from typer.testing import CliRunner

from sayso import Document, Failure
from sayso.cli import app
from sayso.ingest import count, expand, kind_of
from sayso.ingest.warc import _decode, read_warc
from sayso.store import Store

DE_1 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Nordkoreanische Soldaten in Kursk: Kreml weist Berichte zurück</title>
<meta property="article:published_time" content="2024-11-04T09:30:00+01:00">
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/ausland">Ausland</a></nav>
<article>
<h1>Nordkoreanische Soldaten in Kursk: Kreml weist Berichte zurück</h1>
<p>Der Kreml hat Berichte über den Einsatz nordkoreanischer Soldaten in der Region Kursk
zurückgewiesen. „Das ist eine weitere Falschmeldung des Westens“, sagte Kremlsprecher Dmitri
Peskow am Montag vor Journalisten in Moskau.</p>
<p>Laut Generalstab der ukrainischen Streitkräfte sind seit Beginn der Offensive über 62.000
russische Soldaten gefallen oder verwundet worden. Unabhängig überprüfen lassen sich diese
Angaben nicht.</p>
<p>Das US-Außenministerium erklärte, man beobachte die Lage genau und stimme sich mit den
Verbündeten in Europa und Asien ab.</p>
</article>
<footer>© Beispielzeitung · Impressum · Datenschutz</footer>
</body></html>
"""

EN_1 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port strike enters second week as talks stall</title>
</head><body>
<header><a href="/">Home</a> | <a href="/business">Business</a></header>
<main><article>
<h1>Port strike enters second week as talks stall</h1>
<p>Dock workers at the country's largest container port stayed off the job for an eighth
day. "We are not going back until the company puts a fair offer on the table," union leader
Maria Lopez told reporters outside the terminal gates.</p>
<p>The port authority said more than 40 ships were waiting at anchor and estimated the
losses at 120 million dollars a day. The company declined to comment on the talks.</p>
<p>Economists warned that shortages of imported goods could follow within weeks if the
dispute dragged on.</p>
</article></main>
</body></html>
"""

DE_2 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="windows-1252">
<title>Streik im Hafen: Gewerkschaft droht mit Ausweitung</title>
</head><body><article>
<h1>Streik im Hafen: Gewerkschaft droht mit Ausweitung</h1>
<p>Die Gewerkschaft hat mit einer Ausweitung des Streiks auf weitere Häfen gedroht. „Wir
bleiben so lange draußen, bis ein faires Angebot auf dem Tisch liegt“, sagte die
Verhandlungsführerin Angela Müller am Dienstag in Hamburg.</p>
<p>Nach Angaben des Hafenbetreibers warten derzeit mehr als 30 Schiffe auf die Abfertigung.
Der Schaden belaufe sich auf mehrere Millionen Euro täglich, hieß es aus Unternehmenskreisen.</p>
</article></body></html>
"""

EN_2 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Minister rejects calls to resign</title>
<meta name="date" content="2024-10-30">
</head><body><article>
<h1>Minister rejects calls to resign</h1>
<p>The transport minister rejected calls for her resignation on Wednesday. "I have done
nothing wrong and I will continue to do my job," she said in a statement released by her
office.</p>
<p>According to the opposition, the ministry spent 3.5 billion dollars on contracts that
were never put out to tender. The ministry disputes the figure.</p>
</article></body></html>
"""

WARC_DATE = "2024-11-05T08:15:00Z"


def record(kind: str, block: bytes, uri: str | None = None, content_type: str | None = None,
           date: str = WARC_DATE, length: int | None = None) -> bytes:
    """A WARC/1.0 record; ``length`` lies about the block's size (a truncated record)."""
    head = ["WARC/1.0", f"WARC-Type: {kind}", f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>", f"WARC-Date: {date}"]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    if content_type:
        head.append(f"Content-Type: {content_type}")
    head.append(f"Content-Length: {len(block) if length is None else length}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(body: bytes, content_type: str, status: str = "200 OK", extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
    return head.encode() + body


def response(uri: str, body: bytes, content_type: str, **kw) -> bytes:
    return record("response", http(body, content_type, **kw), uri, "application/http; msgtype=response")


def corrupt(member: bytes) -> bytes:
    """A gzip member with its header intact and its deflate data overwritten."""
    bad = bytearray(member)
    for i in range(20, min(len(bad) - 8, 120)):
        bad[i] ^= 0xA5
    return bytes(bad)


GOOD = {  # url -> (html, charset in the HTTP header, the date the document must get)
    "https://www.beispielzeitung.de/politik/kreml-kursk-nordkorea": (DE_1, "utf-8", "2024-11-04"),
    "https://news.example.com/business/port-strike-second-week": (EN_1, "utf-8", WARC_DATE),
    "https://www.hafenblatt.de/wirtschaft/streik-ausweitung": (DE_2, "windows-1252", WARC_DATE),
    "https://news.example.com/politics/minister-rejects-calls": (EN_2, "utf-8", "2024-10-30"),
}
(URL_DE1, URL_EN1, URL_DE2, URL_EN2) = GOOD


def good(url: str) -> bytes:
    html, charset, _ = GOOD[url]
    return response(url, html.encode(charset), f"text/html; charset={charset}")


def fixture_records() -> list[tuple[str, bytes]]:
    """(what, record bytes) in file order; "corrupt" and "truncated" are the damaged ones."""
    info = record("warcinfo", b"software: sayso-test\r\nformat: WARC File Format 1.0\r\n",
                  content_type="application/warc-fields")
    request = record("request", b"GET /politik/kreml-kursk-nordkorea HTTP/1.1\r\nHost: www.beispielzeitung.de\r\n\r\n",
                     URL_DE1, "application/http; msgtype=request")
    jpeg = response("https://www.beispielzeitung.de/img/peskow.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200),
                    "image/jpeg")
    json_ = response("https://news.example.com/api/ticker", b'{"headline": "Port strike", "ships": 40}',
                     "application/json")
    redirect = response("https://news.example.com/old", b"<html><body>Moved</body></html>", "text/html",
                        status="301 Moved Permanently", extra="Location: https://news.example.com/\r\n")
    lost = response("https://www.hafenblatt.de/lost", DE_2.replace("Hamburg", "Bremen").encode("windows-1252"),
                    "text/html; charset=windows-1252")
    # Content-Length says 6000 bytes, fewer than 1000 follow
    cut = record("response", http(EN_1.encode(), "text/html; charset=utf-8"),
                 "https://news.example.com/cut", "application/http; msgtype=response", length=6000)
    metadata = record("metadata", b"fetchTimeMs: 412\r\n", URL_EN2, "application/warc-fields")
    return [("warcinfo", info), ("request", request), ("good", good(URL_DE1)), ("good", good(URL_EN1)),
            ("skip", jpeg), ("skip", json_), ("corrupt", lost), ("good", good(URL_DE2)), ("skip", redirect),
            ("truncated", cut), ("good", good(URL_EN2)), ("metadata", metadata)]


def write_warc_gz(path) -> dict[str, int]:
    """The fixture as per-record gzip members; returns the member offset of each damaged record."""
    offsets: dict[str, int] = {}
    with open(path, "wb") as fh:
        for what, rec in fixture_records():
            member = gzip.compress(rec)
            if what == "corrupt":
                member = corrupt(member)
            if what in ("corrupt", "truncated"):
                offsets[what] = fh.tell()
            fh.write(member)
    return offsets


@pytest.fixture
def warc_gz(tmp_path):
    path = tmp_path / "CC-NEWS-test.warc.gz"
    return path, write_warc_gz(path)


def skipped_list():
    seen: list[tuple[str, str]] = []
    return seen, lambda source, why: seen.append((source, why))


def test_html_responses_become_documents(warc_gz):
    path, offsets = warc_gz
    seen, on_skip = skipped_list()
    items = list(read_warc(path, on_skip=on_skip))
    docs = [i for i in items if isinstance(i, Document)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [d.url for d in docs] == [URL_DE1, URL_EN1, URL_DE2, URL_EN2]
    for d in docs:
        html, _, date = GOOD[d.url]
        assert d.date is not None and d.date.startswith(date[:10]) and (date != WARC_DATE or d.date == WARC_DATE)
        assert d.title and d.title in html
        assert d.source.startswith(f"{path}@")
    assert "„Das ist eine weitere Falschmeldung des Westens“, sagte Kremlsprecher" in docs[0].text
    assert "Verhandlungsführerin Angela Müller" in docs[2].text  # windows-1252 by the HTTP header
    assert '"We are not going back' in docs[1].text
    assert "Startseite" not in docs[0].text  # main text only, no navigation
    assert {f.source for f in fails} == {f"{path}@{offsets['corrupt']}", f"{path}@{offsets['truncated']}"}
    reasons = {f.source: f.reason for f in fails}
    assert "corrupt gzip member" in reasons[f"{path}@{offsets['corrupt']}"]
    assert "truncated record" in reasons[f"{path}@{offsets['truncated']}"]
    assert sorted(why for _, why in seen) == sorted(
        ["warcinfo record", "request record", "image/jpeg", "application/json", "HTTP status 301", "metadata record"])


def test_plain_warc_with_a_truncated_record_in_the_middle(tmp_path):
    """Uncompressed: the truncated record's claimed length swallows what follows; reading
    resumes at the next record header inside it."""
    path = tmp_path / "plain.warc"
    recs = fixture_records()
    with open(path, "wb") as fh:
        for what, rec in recs:
            if what != "corrupt":  # a gzip matter
                fh.write(rec)
    seen, on_skip = skipped_list()
    items = list(read_warc(path, on_skip=on_skip))
    assert [i.url for i in items if isinstance(i, Document)] == [URL_DE1, URL_EN1, URL_DE2, URL_EN2]
    (fail,) = [i for i in items if isinstance(i, Failure)]
    assert "truncated record" in fail.reason
    assert len(seen) == 6


def test_truncated_at_the_end_and_cut_gzip(tmp_path):
    cut = record("response", http(EN_1.encode(), "text/html"), URL_EN1, "application/http; msgtype=response",
                 length=9000)
    plain = tmp_path / "end.warc"
    plain.write_bytes(good(URL_DE1) + cut)
    items = list(read_warc(plain))
    assert [type(i) for i in items] == [Document, Failure] and "truncated" in items[1].reason
    gz = tmp_path / "end.warc.gz"
    second = gzip.compress(good(URL_EN1))
    gz.write_bytes(gzip.compress(good(URL_DE1)) + second[: len(second) // 2])  # a download cut short
    items = list(read_warc(gz))
    assert [type(i) for i in items] == [Document, Failure] and "cut off" in items[1].reason


def test_bad_input_is_a_failure_not_an_exception(tmp_path):
    for name, data, reason in [
        ("empty.warc", b"", "empty"),
        ("text.warc", b"this is not a WARC file\n" * 5, "not a WARC record"),
        ("junk.warc.gz", b"\x00\x01junk" * 10, "not a WARC record"),  # no gzip magic: read as plain
        ("notwarc.warc.gz", gzip.compress(b"hello\n" * 10), "not a WARC record"),
    ]:
        p = tmp_path / name
        p.write_bytes(data)
        items = list(read_warc(p))
        assert items and all(isinstance(i, Failure) for i in items), name
        assert reason in items[0].reason, (name, items[0].reason)
    items = list(read_warc(tmp_path / "missing.warc.gz"))
    assert len(items) == 1 and "cannot read" in items[0].reason


def test_garbage_between_members_is_skipped(tmp_path):
    p = tmp_path / "gap.warc.gz"
    p.write_bytes(gzip.compress(good(URL_DE1)) + b"GARBAGE" * 20 + gzip.compress(good(URL_EN1)))
    items = list(read_warc(p))
    assert [type(i) for i in items] == [Document, Failure, Document]
    assert "not a gzip member" in items[1].reason


def test_whole_file_gzip_is_read_record_by_record(tmp_path):
    """A WARC compressed as one gzip stream (not per record) still streams, with positions."""
    p = tmp_path / "one-member.warc.gz"
    p.write_bytes(gzip.compress(good(URL_DE1) + good(URL_EN1)))
    docs = list(read_warc(p))
    assert [d.url for d in docs] == [URL_DE1, URL_EN1]
    assert docs[0].source == f"{p}@0" and docs[1].source.startswith(f"{p}@0+")


def test_http_encodings_are_decoded(tmp_path):
    body = EN_1.encode()
    gz = gzip.compress(body)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (gz[:100], gz[100:])) + b"0\r\n\r\n"
    assert _decode(chunked, "chunked", "gzip") == body
    assert _decode(zlib.compress(body), "", "deflate") == body
    raw_deflate = zlib.compressobj(wbits=-15)
    assert _decode(raw_deflate.compress(body) + raw_deflate.flush(), "", "deflate") == body
    p = tmp_path / "enc.warc"
    p.write_bytes(response(URL_EN1, chunked, "text/html", extra="Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"))
    (doc,) = read_warc(p)
    assert isinstance(doc, Document) and "Maria Lopez" in doc.text
    p.write_bytes(response(URL_EN1, b"not gzip at all", "text/html", extra="Content-Encoding: gzip\r\n"))
    (fail,) = read_warc(p)
    assert isinstance(fail, Failure) and "cannot decode" in fail.reason


@pytest.mark.parametrize("name", ["big.warc.gz", "big.warc"])
def test_reading_streams(tmp_path, name):
    """Memory stays flat however large the file: 128 MiB of records, a few chunks in memory."""
    import tracemalloc

    p = tmp_path / name
    pad = response("https://x.example/img", b"\xff\xd8" + bytes(64 << 10), "image/jpeg")
    with open(p, "wb") as fh:
        fh.write(gzip.compress(good(URL_EN1)) if name.endswith(".gz") else good(URL_EN1))
        member = gzip.compress(pad) if name.endswith(".gz") else pad
        for _ in range(2048):
            fh.write(member)
    first = next(iter(read_warc(p)))
    assert first.url == URL_EN1
    seen, on_skip = skipped_list()
    tracemalloc.start()
    try:
        docs = list(read_warc(p, on_skip=on_skip))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(docs) == 1 and len(seen) == 2048
    assert peak < 8 << 20, f"peak {peak >> 20} MiB"


def test_suffixes_and_folders(tmp_path, warc_gz):
    path, _ = warc_gz
    (tmp_path / "x.warc").write_bytes(good(URL_EN1))
    assert kind_of("a/b.WARC.GZ") == "warc" and kind_of("b.warc") == "warc" and kind_of("b.gz") == "text"
    assert set(expand([tmp_path])) == {str(path), str(tmp_path / "x.warc")}
    assert count([path]) is None  # unknown until parsed


# --------------------------------------------------------------------------- the command line


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_cli_ingest_warc_twice(warc_gz, tmp_path):
    path, offsets = warc_gz
    db = tmp_path / "w.db"
    t0 = time.perf_counter()
    r = invoke("ingest", str(path), "--db", str(db))
    elapsed = time.perf_counter() - t0
    assert r.exit_code == 0, r.stderr
    assert "Traceback" not in r.stderr and r.exception is None
    (summary,) = r.stderr.strip().splitlines()
    assert "4 new, 0 already present, 2 failed, 6 skipped (WARC records that are not HTML pages)" in summary
    assert "failures in the 'failures' table" in summary
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT url, date, source FROM documents ORDER BY url").fetchall()
    assert {u for u, _, _ in rows} == set(GOOD)
    for url, date, source in rows:
        assert date.startswith(GOOD[url][2][:10]) and source.startswith(f"{path}@")
    failures = dict(conn.execute("SELECT source, reason FROM failures"))
    assert set(failures) == {f"{path}@{offsets['corrupt']}", f"{path}@{offsets['truncated']}"}
    n_statements = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    assert n_statements >= 4
    print(f"WARC ingest: 4 documents of 12 records in {elapsed:.2f} s")
    with Store(str(db)) as s:
        before = s.counts()
    r = invoke("ingest", str(path), "--db", str(db))
    assert r.exit_code == 0, r.stderr
    assert "0 new, 4 already present, 2 failed, 6 skipped" in r.stderr
    with Store(str(db)) as s:
        assert s.counts() == before
    r = invoke("who", "Angela Müller", "--db", str(db), "--format", "json")
    assert r.exit_code == 0 and "Wir" in r.stdout


def test_cli_warc_with_only_damage_fails(tmp_path):
    p = tmp_path / "bad.warc.gz"
    p.write_bytes(corrupt(gzip.compress(good(URL_DE1))))
    r = invoke("ingest", str(p), "--db", str(tmp_path / "b.db"))
    assert r.exit_code == 2 and "Traceback" not in r.stderr
    assert "0 new, 0 already present, 1 failed" in r.stderr
