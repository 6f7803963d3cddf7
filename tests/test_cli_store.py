"""``sayso ingest`` into SQLite and the questions: who, about, figures, sources, search, export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys

import pytest
from typer.testing import CliRunner

from sayso import Failure
from sayso.cli import app
from sayso.store import Store

GOOD = [
    {"id": "de1", "lang": "de", "date": "2024-01-02",
     "text": "„Wir bleiben“, sagte Angela Müller am Montag in Berlin. Die Stadt zahlte 3 Millionen Euro an Siemens."},
    {"lang": "de", "date": "2024-02-03", "title": "Streik",
     "text": "„Die Bundesregierung muss mehr zahlen“, sagte Angela Müller. Der Konzern nannte 40 Prozent."},
    {"lang": "en", "date": "2024-03-04",
     "text": '"We will not leave," said John Smith on Tuesday. The company paid 5 million dollars to the city.'},
]


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200", **(env or {})})


def write_jsonl(path, poisoned: bool = True) -> None:
    with open(path, "wb") as fh:
        for row in GOOD:
            fh.write(json.dumps(row, ensure_ascii=False).encode() + b"\n")
        if poisoned:
            fh.write(b'{"text": "unterminated\n')  # invalid JSON
            fh.write(b'{"text": "\xff\xfe\x00\x9c binary"}\n')  # binary garbage
            fh.write(b'{"text": "   "}\n')  # empty text
            fh.write(b'{"text": ["a", "list"]}\n')  # wrong type for text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    src = d / "in.jsonl"
    write_jsonl(src)
    db = d / "t.db"
    r = invoke("ingest", str(src), "--db", str(db))
    assert r.exit_code == 0, r.stderr
    return src, db, r


def counts(db) -> dict[str, int]:
    with Store(str(db)) as s:
        return s.counts()


def test_ingest_stores_good_rows_and_lists_failures(corpus):
    src, db, r = corpus
    assert "3 new, 0 already present, 4 failed" in r.stderr
    c = counts(db)
    assert c["documents"] == 3 and c["statements"] >= 3 and c["figures"] >= 3 and c["failures"] == 4
    conn = sqlite3.connect(db)
    reasons = dict(conn.execute("SELECT source, reason FROM failures"))
    assert set(reasons) == {f"{src}:{n}" for n in (4, 5, 6, 7)}
    assert "invalid JSON" in reasons[f"{src}:4"]
    assert "UTF-8" in reasons[f"{src}:5"]
    assert "empty" in reasons[f"{src}:6"]
    assert "must be a string" in reasons[f"{src}:7"]
    sources = dict(conn.execute("SELECT id, source FROM documents"))
    assert sources["de1"] == f"{src}:1"


def test_ingest_twice_adds_nothing(corpus, tmp_path):
    src, db, _ = corpus
    before = counts(db)
    r = invoke("ingest", str(src), "--db", str(db))
    assert r.exit_code == 0, r.stderr
    assert "0 new, 3 already present" in r.stderr
    assert counts(db) == before


def test_resume_after_partial_run_equals_clean_run(tmp_path):
    full, half = tmp_path / "full.jsonl", tmp_path / "half.jsonl"
    write_jsonl(full, poisoned=False)
    half.write_text("\n".join(full.read_text().splitlines()[:1]) + "\n")
    db1, db2 = tmp_path / "a.db", tmp_path / "b.db"
    assert invoke("ingest", str(full), "--db", str(db1)).exit_code == 0
    assert invoke("ingest", str(half), "--db", str(db2)).exit_code == 0
    r = invoke("ingest", str(full), "--db", str(db2))
    assert "2 new, 1 already present" in r.stderr
    assert counts(db1) == counts(db2)
    q = "SELECT document_id, kind, content, start, end FROM statements ORDER BY document_id, position"
    assert sqlite3.connect(db1).execute(q).fetchall() == sqlite3.connect(db2).execute(q).fetchall()


def test_sayso_db_env(tmp_path):
    src = tmp_path / "one.jsonl"
    write_jsonl(src, poisoned=False)
    db = tmp_path / "env.db"
    r = invoke("ingest", str(src), env={"SAYSO_DB": str(db)})
    assert r.exit_code == 0, r.stderr
    assert counts(db)["documents"] == 3
    r = invoke("who", "Angela Müller", "--format", "json", env={"SAYSO_DB": str(db)})
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 2


def test_offsets_in_db_equal_text_slices(corpus):
    _, db, _ = corpus
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT d.text, p.start, p.end, p.text FROM statement_spans p JOIN statements s ON s.id = p.statement_id"
        " JOIN documents d ON d.id = s.document_id"
        " UNION ALL SELECT d.text, m.start, m.end, m.text FROM mentions m JOIN documents d ON d.id = m.document_id"
        " UNION ALL SELECT d.text, f.start, f.end, f.text FROM figures f JOIN documents d ON d.id = f.document_id"
    ).fetchall()
    assert len(rows) > 8
    for text, start, end, span in rows:
        assert text[start:end] == span


def test_who_newest_first_in_every_format(corpus):
    _, db, _ = corpus
    r = invoke("who", "angela müller", "--db", str(db), "--format", "json")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [x["date"] for x in rows] == ["2024-02-03", "2024-01-02"]
    assert rows[1]["content"] == "„Wir bleiben“"
    r = invoke("who", "Angela Müller", "--db", str(db))
    assert r.exit_code == 0 and "„Wir bleiben“" in r.stdout and "Streik" in r.stdout
    r = invoke("who", "Angela Müller", "--db", str(db), "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(r.stdout)))) == 2
    r = invoke("who", "Niemand", "--db", str(db))
    assert r.exit_code == 0 and "nothing found" in r.stdout


def test_about_figures_sources(corpus):
    _, db, _ = corpus
    r = invoke("about", "Federal Government of Germany", "--db", str(db), "--format", "json")
    assert r.exit_code == 0, r.stderr
    found = json.loads(r.stdout)
    assert any("Bundesregierung muss" in s["content"] for s in found["statements"])
    r = invoke("figures", "--unit", "EUR", "--db", str(db), "--format", "json")
    assert [f["text"] for f in json.loads(r.stdout)] == ["3 Millionen Euro"]
    r = invoke("figures", "--db", str(db), "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(r.stdout)))) >= 3
    r = invoke("sources", "--db", str(db), "--format", "json")
    top = json.loads(r.stdout)[0]
    assert top["name"] == "Angela Müller" and top["statements"] == 2 and top["direct"] == 2
    assert invoke("sources", "--db", str(db)).exit_code == 0
    assert invoke("about", "government-germany", "--db", str(db)).exit_code == 0


@pytest.mark.parametrize("query", ['"', "AND OR", "*", "(", "bleiben)", "((", "NEAR(a b", "col:x", "",
                                   "„Wir", "-", "Siemens AND"])
def test_search_never_fails(corpus, query):
    _, db, _ = corpus
    for fmt in ("table", "json"):
        r = invoke("search", query, "--db", str(db), "--format", fmt)
        assert r.exit_code == 0, (query, r.stderr, r.exception)
        assert "Traceback" not in r.stderr


def test_search_finds(corpus):
    _, db, _ = corpus
    hits = json.loads(invoke("search", "bleiben", "--db", str(db), "--format", "json").stdout)
    assert {h["hit"] for h in hits} == {"statement", "document"}


def test_export(corpus, tmp_path):
    _, db, _ = corpus
    r = invoke("export", "failures", "--db", str(db))
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 4
    out = tmp_path / "s.csv"
    r = invoke("export", "statements", "--db", str(db), "--format", "csv", "-o", str(out))
    assert r.exit_code == 0 and out.read_text().startswith("id,document_id")
    r = invoke("export", "nope", "--db", str(db))
    assert r.exit_code == 2 and r.stderr.startswith("sayso: unknown table")


def test_errors_are_one_line(tmp_path):
    r = invoke("who", "x", "--db", str(tmp_path / "missing.db"))
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "no database" in r.stderr
    assert not (tmp_path / "missing.db").exists()
    r = invoke("ingest", str(tmp_path / "missing.jsonl"), "--db", str(tmp_path / "x.db"))
    assert r.exit_code == 2 and r.stderr.startswith("sayso: no such file")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    r = invoke("who", "x", "--db", str(bad))
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1


def test_help_has_examples():
    for cmd in ("ingest", "who", "about", "figures", "sources", "search", "export"):
        r = invoke(cmd, "--help")
        assert r.exit_code == 0 and "Examples:" in r.stdout


def test_two_workers_same_rows(corpus, tmp_path):
    src, db, _ = corpus
    db2 = tmp_path / "w2.db"
    r = invoke("ingest", str(src), "--db", str(db2), "--workers", "2")
    assert r.exit_code == 0, r.stderr
    assert counts(db2) == counts(db)


def test_huge_text_is_a_failure_and_the_rest_is_stored(tmp_path):
    src = tmp_path / "huge.jsonl"
    write_jsonl(src, poisoned=False)
    with open(src, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "huge", "text": "Wort " * 4_000_000}) + "\n")  # 20 MB
    db = tmp_path / "h.db"
    r = invoke("ingest", str(src), "--db", str(db))
    assert r.exit_code == 0, r.stderr
    assert "3 new, 0 already present, 1 failed" in r.stderr
    (reason,) = sqlite3.connect(db).execute("SELECT reason FROM failures WHERE document_id = 'huge'").fetchone()
    assert "limit" in reason


def test_interrupted_run_resumes_to_the_same_database(tmp_path, monkeypatch):
    import sayso.store.commands as commands

    src = tmp_path / "many.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(12):
            fh.write(json.dumps({"id": f"d{i}", "lang": "de", "date": f"2024-01-{i + 1:02d}",
                                 "text": f"„Wir bleiben {i} Tage“, sagte Angela Müller. Es kostet {i + 2} Euro."},
                                ensure_ascii=False) + "\n")
    clean, resumed = tmp_path / "clean.db", tmp_path / "resumed.db"
    assert invoke("ingest", str(src), "--db", str(clean)).exit_code == 0

    real = commands.analyze_many

    def interrupted(items, **kw):
        for n, r in enumerate(real(items, **kw)):
            if n == 7:
                raise KeyboardInterrupt
            yield r

    monkeypatch.setattr(commands, "analyze_many", interrupted)
    r = invoke("ingest", str(src), "--db", str(resumed), "--batch", "3")
    assert r.exit_code == 130 and "interrupted" in r.stderr
    assert counts(resumed)["documents"] == 7
    monkeypatch.setattr(commands, "analyze_many", real)
    r = invoke("ingest", str(src), "--db", str(resumed))
    assert "5 new, 7 already present" in r.stderr
    assert counts(resumed) == counts(clean)
    for q in ("SELECT document_id, position, speaker_entity_id, content, start, end FROM statements"
              " ORDER BY document_id, position",
              "SELECT document_id, text, value, unit FROM figures ORDER BY document_id, start",
              "SELECT * FROM entities ORDER BY id"):
        assert sqlite3.connect(resumed).execute(q).fetchall() == sqlite3.connect(clean).execute(q).fetchall()


def test_export_parquet_round_trip(corpus, tmp_path):
    """Every table: the Parquet file has the JSONL export's rows and columns, values equal."""
    pq = pytest.importorskip("pyarrow.parquet")
    from sayso.store import TABLES

    _, db, _ = corpus
    for table in TABLES:
        out = tmp_path / f"{table}.parquet"
        r = invoke("export", table, "--db", str(db), "--format", "parquet", "-o", str(out))
        assert r.exit_code == 0, r.stderr
        got = pq.read_table(out)
        rows = [json.loads(line) for line in invoke("export", table, "--db", str(db)).stdout.splitlines()]
        assert got.num_rows == len(rows)
        if rows:
            assert got.column_names == list(rows[0])
        assert got.to_pylist() == rows, table
        assert not (tmp_path / f"{table}.parquet.part").exists()
    schema = pq.read_schema(tmp_path / "statements.parquet")
    assert str(schema.field("start").type) == "int64" and str(schema.field("confidence").type) == "double"
    assert pq.read_table(tmp_path / "statements.parquet").num_rows >= 3


def test_export_parquet_errors(corpus, tmp_path, monkeypatch):
    _, db, _ = corpus
    r = invoke("export", "statements", "--db", str(db), "--format", "parquet")
    assert r.exit_code == 2 and r.stderr.strip() == "sayso: parquet export needs an output file: -o FILE.parquet"
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if pyarrow were not installed
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    out = tmp_path / "s.parquet"
    r = invoke("export", "statements", "--db", str(db), "--format", "parquet", "-o", str(out))
    assert r.exit_code == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == "sayso: parquet export needs pyarrow: pip install 'sayso[parquet]'"
    assert not out.exists()


def test_export_parquet_streams_in_row_groups(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    db = tmp_path / "e.db"
    with Store(str(db)) as s:
        s.export_parquet("failures", str(tmp_path / "empty.parquet"))  # an empty table keeps its schema
        for i in range(25):
            s.add_failure(Failure(None, f"f:{i}", f"reason {i}"))
        s.commit()
        assert s.export_parquet("failures", str(tmp_path / "f.parquet"), batch_rows=10) == 25
    assert pq.read_table(tmp_path / "empty.parquet").column_names == ["id", "source", "document_id", "reason", "time"]
    f = pq.ParquetFile(tmp_path / "f.parquet")
    assert f.metadata.num_rows == 25 and f.metadata.num_row_groups == 3
