"""A SQLite store of analyses: documents, entities, mentions, statements, figures, failures.

One writer, idempotent inserts keyed by the document id (the content hash), schema
migrations applied in transactions and recorded in ``PRAGMA user_version``. Opens in
datasette as is (``datasette sayso.db``). Python's stdlib ``sqlite3`` only.

    >>> from sayso.store import Store          # doctest: +SKIP
    >>> with Store("sayso.db") as db:
    ...     db.add(analysis)
    ...     db.who("Müller")
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from ..api import Failure
from ..model import Analysis

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        lang TEXT,
        title TEXT,
        url TEXT,
        date TEXT,
        source TEXT,
        analysed_at TEXT NOT NULL
    );
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT,
        wikidata TEXT
    );
    CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_document ON mentions(document_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        speaker_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_entity_id TEXT REFERENCES entities(id),
        speaker_role TEXT,
        cue_text TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        kind TEXT NOT NULL,
        confidence REAL,
        evidence TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        content TEXT NOT NULL,
        UNIQUE (document_id, position)
    );
    CREATE INDEX statements_speaker ON statements(speaker_entity_id);
    CREATE TABLE statement_spans (
        id INTEGER PRIMARY KEY,
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX statement_spans_statement ON statement_spans(statement_id);
    CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL,
        bound TEXT,
        low REAL,
        high REAL,
        unit TEXT,
        counted TEXT,
        counted_start INTEGER,
        counted_end INTEGER,
        period TEXT,
        source_statement_id INTEGER REFERENCES statements(id),
        source_entity_id TEXT REFERENCES entities(id)
    );
    CREATE INDEX figures_document ON figures(document_id);
    CREATE TABLE figure_about (
        figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        PRIMARY KEY (figure_id, entity_id)
    );
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        source TEXT,
        document_id TEXT,
        reason TEXT NOT NULL,
        time TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='rowid');
    CREATE VIRTUAL TABLE statements_fts USING fts5(content, content='statements', content_rowid='id');
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END;
    """,
    # 2: a failure is recorded once per source, document and reason (re-runs add nothing)
    """
    DELETE FROM failures WHERE id NOT IN (
        SELECT min(id) FROM failures GROUP BY coalesce(source, ''), coalesce(document_id, ''), reason
    );
    CREATE UNIQUE INDEX failures_unique ON failures(coalesce(source, ''), coalesce(document_id, ''), reason);
    """,
    # 3: documents_fts keyed by a stored number (documents.n), not the implicit rowid, which
    # VACUUM may renumber in a table without an INTEGER PRIMARY KEY
    """
    ALTER TABLE documents ADD COLUMN n INTEGER;
    UPDATE documents SET n = rowid;
    CREATE UNIQUE INDEX documents_n ON documents(n);
    DROP TRIGGER documents_ai;
    DROP TRIGGER documents_ad;
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='n');
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, text) VALUES (new.n, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.n, old.text);
    END;
    """,
]

BATCH_BYTES = 64 << 20  # text per Parquet row group, at most (about)


def _arrow_type(pa: Any, declared: str) -> Any:
    """The Arrow type for a declared SQLite column type, by SQLite's own affinity rules."""
    if "INT" in declared:
        return pa.int64()
    if any(t in declared for t in ("CHAR", "CLOB", "TEXT")):
        return pa.string()
    if any(t in declared for t in ("REAL", "FLOA", "DOUB")):
        return pa.float64()
    if "BLOB" in declared or not declared:
        return pa.binary()
    return pa.float64()  # NUMERIC affinity


TABLES = ("documents", "entities", "mentions", "statements", "statement_spans", "figures", "figure_about", "failures")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script, triggers kept whole."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date, one transaction per migration; returns the version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for n, script in enumerate(MIGRATIONS[version:], version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _split_sql(script):
                conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {n}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = n
    return version


class Store:
    """A sayso database. ``add`` is idempotent: a document already present is skipped."""

    def __init__(self, path: str = "sayso.db", batch_size: int = 100):
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.version = migrate(self.conn)
        self.batch_size = batch_size
        self._pending = 0

    # -- lifecycle -----------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self._pending = 0

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= self.batch_size:
            self.commit()

    def close(self) -> None:
        self.commit()
        self.conn.close()

    # -- writing -------------------------------------------------------------------------------
    def has(self, doc_id: str | None) -> bool:
        if not doc_id:
            return False
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def document_ids(self) -> set[str]:
        """The ids of every stored document (to skip them before analysis)."""
        return {r[0] for r in self.conn.execute("SELECT id FROM documents")}

    def add(self, a: Analysis, source: str | None = None) -> bool:
        """Store an analysis; False (and nothing written) when its document is already present."""
        self._begin()
        c = self.conn
        cur = c.execute(
            "INSERT OR IGNORE INTO documents (id, text, lang, title, url, date, source, analysed_at, n)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(n), 0) + 1 FROM documents))",
            (a.id, a.text, a.lang, a.title, a.url, a.date, source, _now()),
        )
        if cur.rowcount == 0:
            self._tick()
            return False
        for e in a.entities:
            c.execute("INSERT OR IGNORE INTO entities (id, name, type, wikidata) VALUES (?, ?, ?, ?)",
                      (e.id, e.name, e.type, e.wikidata))
            c.executemany("INSERT INTO mentions (document_id, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?)",
                          [(a.id, e.id, m.start, m.end, m.text) for m in e.mentions])
        known = {e.id for e in a.entities}

        def ent(eid: str | None) -> str | None:
            if eid and eid not in known:
                c.execute("INSERT OR IGNORE INTO entities (id, name, type) VALUES (?, ?, 'other')", (eid, eid))
                known.add(eid)
            return eid

        stmt_ids: list[int] = []
        for i, s in enumerate(a.statements):
            sp, cue = s.speaker, s.cue
            content = " … ".join(x.text for x in s.content)
            cur = c.execute(
                "INSERT INTO statements (document_id, position, speaker_text, speaker_start, speaker_end,"
                " speaker_entity_id, speaker_role, cue_text, cue_start, cue_end, kind, confidence, evidence,"
                " start, end, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id, i, sp.text if sp else None, sp.start if sp else None, sp.end if sp else None,
                 ent(sp.entity) if sp else None, sp.role if sp else None,
                 s.cue_text, cue.start if cue else None, cue.end if cue else None,
                 s.kind, s.confidence, s.evidence, s.start if s.content else 0, s.end if s.content else 0,
                 content),
            )
            sid = cur.lastrowid
            stmt_ids.append(sid)
            c.executemany("INSERT INTO statement_spans (statement_id, start, end, text) VALUES (?, ?, ?, ?)",
                          [(sid, x.start, x.end, x.text) for x in s.content])
        for f in a.figures:
            src = f.source
            sst = src.statement if src and src.statement is not None else None
            cur = c.execute(
                "INSERT INTO figures (document_id, start, end, text, value, bound, low, high, unit, counted,"
                " counted_start, counted_end, period, source_statement_id, source_entity_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id, f.start, f.end, f.text, f.value, f.bound, f.low, f.high, f.unit,
                 f.counted.text if f.counted else None, f.counted.start if f.counted else None,
                 f.counted.end if f.counted else None, f.period.text if f.period else None,
                 stmt_ids[sst] if sst is not None and 0 <= sst < len(stmt_ids) else None,
                 ent(src.entity) if src else None),
            )
            fid = cur.lastrowid
            c.executemany("INSERT OR IGNORE INTO figure_about (figure_id, entity_id) VALUES (?, ?)",
                          [(fid, ent(x)) for x in f.about if x])
        self._tick()
        return True

    def add_failure(self, f: Failure) -> None:
        self._begin()
        self.conn.execute("INSERT OR IGNORE INTO failures (source, document_id, reason, time) VALUES (?, ?, ?, ?)",
                          (f.source, f.id, f.reason, _now()))
        self._tick()

    # -- reading -------------------------------------------------------------------------------
    def _rows(self, sql: str, args: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(args))]

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def entity_ids(self, entity_or_name: str) -> list[str]:
        """Entities by id, else by name (case-insensitive, exact; then as a substring)."""
        q = entity_or_name.strip()
        if not q:
            return []
        rows = self.conn.execute("SELECT id FROM entities WHERE id = ?", (q,)).fetchall()
        if not rows:
            rows = self.conn.execute("SELECT id FROM entities WHERE lower(name) = lower(?)", (q,)).fetchall()
        if not rows:
            rows = self.conn.execute("SELECT id FROM entities WHERE instr(lower(name), lower(?)) > 0",
                                     (q,)).fetchall()
        return [r[0] for r in rows]

    _STATEMENT_COLS = (
        "s.id AS statement_id, d.date, d.title, d.url, s.document_id, s.speaker_text AS speaker,"
        " s.speaker_entity_id, e.name AS speaker_name, s.kind, s.cue_text AS cue, s.content,"
        " s.start, s.end, s.confidence"
    )

    def who(self, entity_or_name: str) -> list[dict[str, Any]]:
        """Statements by an entity (or a speaker so named), newest document first."""
        ids = self.entity_ids(entity_or_name)
        marks = ",".join("?" * len(ids)) or "NULL"
        return self._rows(
            f"SELECT {self._STATEMENT_COLS} FROM statements s JOIN documents d ON d.id = s.document_id"
            f" LEFT JOIN entities e ON e.id = s.speaker_entity_id"
            f" WHERE s.speaker_entity_id IN ({marks})"
            f" OR (s.speaker_entity_id IS NULL AND lower(s.speaker_text) = lower(?))"
            f" ORDER BY d.date IS NULL, d.date DESC, d.analysed_at DESC, s.document_id, s.position",
            [*ids, entity_or_name.strip()],
        )

    def about(self, entity_or_name: str) -> dict[str, list[dict[str, Any]]]:
        """Statements whose content mentions an entity, and figures about it."""
        ids = self.entity_ids(entity_or_name)
        marks = ",".join("?" * len(ids)) or "NULL"
        statements = self._rows(
            f"SELECT DISTINCT {self._STATEMENT_COLS} FROM statements s JOIN documents d ON d.id = s.document_id"
            f" LEFT JOIN entities e ON e.id = s.speaker_entity_id"
            f" JOIN mentions m ON m.document_id = s.document_id AND m.start >= s.start AND m.end <= s.end"
            f" WHERE m.entity_id IN ({marks})"
            f" ORDER BY d.date IS NULL, d.date DESC, d.analysed_at DESC, s.document_id, s.position",
            ids,
        )
        return {"statements": statements, "figures": self.figures(about=entity_or_name)}

    def figures(self, about: str | None = None, unit: str | None = None,
                source: str | None = None) -> list[dict[str, Any]]:
        where, args = [], []
        if about:
            ids = self.entity_ids(about)
            marks = ",".join("?" * len(ids)) or "NULL"
            where.append(f"f.id IN (SELECT figure_id FROM figure_about WHERE entity_id IN ({marks}))")
            args += ids
        if unit:
            where.append("lower(f.unit) = lower(?)")
            args.append(unit)
        if source:
            ids = self.entity_ids(source)
            marks = ",".join("?" * len(ids)) or "NULL"
            where.append(f"(f.source_entity_id IN ({marks}) OR s.speaker_entity_id IN ({marks}))")
            args += ids + ids
        sql = ("SELECT f.id AS figure_id, d.date, f.document_id, f.text, f.value, f.bound, f.low, f.high, f.unit,"
               " f.counted, f.period, coalesce(se.name, s.speaker_text) AS source, f.source_statement_id,"
               " f.start, f.end FROM figures f JOIN documents d ON d.id = f.document_id"
               " LEFT JOIN statements s ON s.id = f.source_statement_id"
               " LEFT JOIN entities se ON se.id = coalesce(f.source_entity_id, s.speaker_entity_id)")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.date IS NULL, d.date DESC, f.document_id, f.start"
        return self._rows(sql, args)

    def sources(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Entities quoted most, with counts per kind of statement."""
        from ..model import KINDS

        per_kind = ", ".join(f"sum(s.kind = '{k}') AS {k}" for k in KINDS)
        sql = (f"SELECT e.id, e.name, e.type, count(*) AS statements, {per_kind},"
               f" count(DISTINCT s.document_id) AS documents"
               f" FROM statements s JOIN entities e ON e.id = s.speaker_entity_id"
               f" GROUP BY e.id ORDER BY statements DESC, e.name")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._rows(sql)

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over statements and documents; FTS syntax errors fall back to a phrase."""
        rows = self._search(query, limit)
        if rows is None:
            phrase = '"' + query.replace('"', '""') + '"'
            rows = self._search(phrase, limit) or []
        return rows

    def _search(self, q: str, limit: int) -> list[dict[str, Any]] | None:
        if not q.strip():
            return []
        try:
            st = self._rows(
                "SELECT 'statement' AS hit, s.document_id, d.title, d.date, s.speaker_text AS speaker,"
                " snippet(statements_fts, 0, '[', ']', '…', 12) AS snippet, s.id AS statement_id"
                " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
                " JOIN documents d ON d.id = s.document_id WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?",
                (q, limit))
            docs = self._rows(
                "SELECT 'document' AS hit, d.id AS document_id, d.title, d.date, NULL AS speaker,"
                " snippet(documents_fts, 0, '[', ']', '…', 12) AS snippet, NULL AS statement_id"
                " FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid"
                " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                (q, limit))
        except sqlite3.OperationalError:
            return None
        return st + docs

    def export(self, table: str, fmt: str = "jsonl", out: io.TextIOBase | None = None) -> str | None:
        """Write a table as JSON lines or CSV to ``out``, or return it as a string."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
        if fmt not in ("jsonl", "csv"):
            raise ValueError(f"unknown format {fmt!r}; jsonl or csv")
        buf = out if out is not None else io.StringIO()
        cur = self.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        cols = [d[0] for d in cur.description]
        if fmt == "csv":
            w = csv.writer(buf)
            w.writerow(cols)
            for r in cur:
                w.writerow(list(r))
        else:
            for r in cur:
                buf.write(json.dumps(dict(zip(cols, r)), ensure_ascii=False) + "\n")
        return buf.getvalue() if out is None else None  # type: ignore[union-attr]

    def export_parquet(self, table: str, path: str, batch_rows: int = 10_000) -> int:
        """Write a table to a Parquet file at ``path``; returns the number of rows.

        Streams ``batch_rows`` rows per row group, so memory does not grow with the table.
        Column types follow the declared SQLite types (INTEGER -> int64, REAL -> float64,
        TEXT -> string); the columns and their order are those of the JSONL/CSV export.
        Written to a temporary file beside ``path`` and renamed, so a failed export leaves
        no half-written file. Needs pyarrow (``pip install 'sayso[parquet]'``).
        """
        import pyarrow as pa
        import pyarrow.parquet as pq

        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
        declared = {r["name"]: (r["type"] or "").upper() for r in self.conn.execute(f"PRAGMA table_info({table})")}
        cur = self.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        cols = [d[0] for d in cur.description]
        schema = pa.schema([pa.field(c, _arrow_type(pa, declared.get(c, ""))) for c in cols])
        tmp = f"{path}.part"
        n = 0

        def flush(writer: Any, rows: list[Any]) -> None:
            arrays = [pa.array(col, type=f.type) for col, f in zip(zip(*rows), schema)]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))

        try:
            with pq.ParquetWriter(tmp, schema) as writer:
                rows: list[Any] = []
                size = 0
                for row in cur:
                    rows.append(row)
                    size += sum(len(v) for v in row if isinstance(v, str | bytes))
                    # a batch is bounded in bytes as well as rows: documents rows carry whole texts
                    if len(rows) >= batch_rows or size >= BATCH_BYTES:
                        flush(writer, rows)
                        n += len(rows)
                        rows, size = [], 0
                if rows:
                    flush(writer, rows)
                    n += len(rows)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        return n

    def iter_rows(self, table: str) -> Iterator[dict[str, Any]]:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        for r in self.conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            yield dict(r)


__all__ = ["MIGRATIONS", "TABLES", "Store", "migrate"]
