"""The SQLite store: schema, idempotent writes, queries, safe full-text search."""

from __future__ import annotations

import sqlite3

import pytest

import sayso
from sayso.api import Failure
from sayso.store import MIGRATIONS, Store

DE = "„Wir bleiben“, sagte Angela Müller am Montag in Berlin. Die Stadt zahlte 3 Millionen Euro an Siemens."
EN = '"We will not leave," said John Smith on Tuesday. The company paid 5 million dollars to the city.'


@pytest.fixture(scope="module")
def analyses():
    return [sayso.analyze(DE, "de", date="2024-01-02"), sayso.analyze(EN, "en", date="2024-03-04")]


@pytest.fixture
def store(tmp_path, analyses):
    s = Store(str(tmp_path / "t.db"))
    for a in analyses:
        assert s.add(a, source="test")
    s.commit()
    yield s
    s.close()


def test_schema_version_and_foreign_keys(tmp_path):
    with Store(str(tmp_path / "a.db")) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # reopening applies nothing again
    with Store(str(tmp_path / "a.db")) as s:
        assert s.version == len(MIGRATIONS)


def test_add_is_idempotent(store, analyses):
    before = store.counts()
    assert before["documents"] == 2 and before["statements"] >= 2 and before["figures"] >= 2
    for a in analyses:
        assert store.add(a) is False
    store.commit()
    assert store.counts() == before


def test_reopen_keeps_rows(tmp_path, analyses):
    path = str(tmp_path / "r.db")
    with Store(path) as s:
        s.add(analyses[0])
    with Store(path) as s:
        assert s.counts()["documents"] == 1
        assert s.has(analyses[0].id)
        assert s.add(analyses[0]) is False


def test_offsets_equal_text_slices(store):
    c = store.conn
    docs = {r[0]: r[1] for r in c.execute("SELECT id, text FROM documents")}
    rows = c.execute("SELECT document_id, start, end, text FROM mentions").fetchall()
    rows += c.execute("SELECT s.document_id, p.start, p.end, p.text FROM statement_spans p"
                      " JOIN statements s ON s.id = p.statement_id").fetchall()
    rows += c.execute("SELECT document_id, speaker_start, speaker_end, speaker_text FROM statements"
                      " WHERE speaker_text IS NOT NULL").fetchall()
    rows += c.execute("SELECT document_id, start, end, text FROM figures").fetchall()
    assert len(rows) > 6
    for doc_id, start, end, text in rows:
        assert docs[doc_id][start:end] == text


def test_who_about_figures_sources(store):
    rows = store.who("angela müller")
    assert rows and rows[0]["content"] == "„Wir bleiben“" and rows[0]["cue"] == "sagte"
    assert store.who("local:angela-muller") == rows
    smith = store.who("John Smith")
    assert smith and "We will not leave" in smith[0]["content"]
    assert store.who("Nobody Here") == []
    # newest first across the two documents
    both = store.who("Smith") + store.who("Müller")
    assert both[0]["date"] == "2024-03-04"
    figs = store.figures(unit="EUR")
    assert [f["text"] for f in figs] == ["3 Millionen Euro"] and figs[0]["value"] == 3_000_000
    assert store.figures(unit="XYZ") == []
    assert len(store.figures()) >= 2
    src = {r["name"]: r for r in store.sources()}
    assert src["Angela Müller"]["statements"] == 1 and src["Angela Müller"]["direct"] == 1
    about = store.about("Angela Müller")
    assert set(about) == {"statements", "figures"}


def test_search_finds_and_never_raises(store):
    hits = store.search("bleiben")
    assert any(h["hit"] == "statement" for h in hits)
    assert any(h["hit"] == "document" for h in store.search("Siemens"))
    for q in ['"', "AND OR", "*", "(", "(bleiben", "bleiben)", "NEAR(", "a:b", "-", "^", "'", "", "   ",
              "\x00", 'x" OR "', "bleiben AND", "NOT"]:
        assert isinstance(store.search(q), list)


def test_failures_and_export(store):
    store.add_failure(Failure(None, "in.jsonl:3", "in.jsonl:3: invalid JSON"))
    store.commit()
    assert store.counts()["failures"] == 1
    assert store.iter_rows("failures").__next__()["reason"] == "in.jsonl:3: invalid JSON"
    jsonl = store.export("documents", "jsonl")
    assert len(jsonl.splitlines()) == 2
    csv_text = store.export("statements", "csv")
    assert csv_text.splitlines()[0].startswith("id,document_id")
    with pytest.raises(ValueError):
        store.export("sqlite_master", "csv")


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    import sayso.store as st

    monkeypatch.setattr(st, "MIGRATIONS", [*MIGRATIONS, "CREATE TABLE extra (x);\nTHIS IS NOT SQL;"])
    with pytest.raises(sqlite3.OperationalError):
        Store(str(tmp_path / "m.db"))
    conn = sqlite3.connect(str(tmp_path / "m.db"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0


def test_upgrade_from_version_1_dedupes_failures(tmp_path, monkeypatch):
    import sayso.store as st

    path = str(tmp_path / "old.db")
    monkeypatch.setattr(st, "MIGRATIONS", MIGRATIONS[:1])
    with Store(path) as s:
        assert s.version == 1
        for _ in range(3):
            s.conn.execute("INSERT INTO failures (source, reason, time) VALUES ('a:1', 'bad', 'now')")
    monkeypatch.setattr(st, "MIGRATIONS", MIGRATIONS)
    with Store(path) as s:
        assert s.version == len(MIGRATIONS)
        assert s.counts()["failures"] == 1
        s.add_failure(Failure(None, "a:1", "bad"))
        s.commit()
        assert s.counts()["failures"] == 1


def test_blank_name_finds_nothing(store):
    assert store.entity_ids("  ") == []
    assert store.who("") == [] and store.figures(about=" ") == [] and store.about("")["statements"] == []


def test_search_survives_delete_and_vacuum(tmp_path, analyses):
    path = str(tmp_path / "v.db")
    extra = sayso.analyze("„Es regnet“, sagte Peter Schulz in Hamburg.", "de")
    with Store(path) as s:
        for a in (extra, *analyses):
            s.add(a)
        s.commit()
        s.conn.execute("DELETE FROM documents WHERE id = ?", (extra.id,))
        s.conn.execute("VACUUM")
        hits = [h for h in s.search("Siemens") if h["hit"] == "document"]
        assert [h["document_id"] for h in hits] == [analyses[0].id]
        assert s.search("regnet") == []
        assert s.conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")


def test_upgrade_from_version_2_keeps_search(tmp_path, monkeypatch, analyses):
    import sayso.store as st

    path = str(tmp_path / "v2.db")
    monkeypatch.setattr(st, "MIGRATIONS", MIGRATIONS[:2])
    conn = sqlite3.connect(path, isolation_level=None)
    st.migrate(conn)
    conn.execute("INSERT INTO documents (id, text, analysed_at) VALUES ('x', 'Der Hafen streikt heute', 'now')")
    conn.close()
    monkeypatch.setattr(st, "MIGRATIONS", MIGRATIONS)
    with Store(path) as s:
        assert [h["document_id"] for h in s.search("Hafen")] == ["x"]
        s.add(analyses[0])
        s.commit()
        assert [h["document_id"] for h in s.search("Siemens") if h["hit"] == "document"] == [analyses[0].id]
        assert s.conn.execute("SELECT count(DISTINCT n) FROM documents").fetchone()[0] == 2
