"""The corpus commands: ``sayso ingest`` into SQLite, and questions to the database
(``who``, ``about``, ``figures``, ``sources``, ``search``, ``export``).

Registered on the main ``app`` by ``sayso.cli``. Errors are one line on stderr and exit 2,
like ``sayso analyze``.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import sys
import time
from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..api import Document, Failure, analyze_many
from ..cli import _normalise_lang, _silence_stdout, app, describe, fail_line
from ..errors import SaysoError
from ..model import Analysis, document_id

DEFAULT_DB = "sayso.db"
CELL = 160  # characters of a text shown in a table cell


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def db_path(db: str | None) -> str:
    """``--db``, else ``$SAYSO_DB``, else ``./sayso.db``."""
    return db or os.environ.get("SAYSO_DB") or DEFAULT_DB


DbOption = Annotated[
    str | None,
    typer.Option("--db", metavar="FILE", help="The SQLite database (default: $SAYSO_DB, else ./sayso.db).",
                 show_default=False),
]
FormatOption = Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")]


# --------------------------------------------------------------------------- ingest


def _known(items: Iterator[Any], present: set[str], counter: dict[str, int], sources: dict[str, str | None],
           advance: Any) -> Iterator[Any]:
    """Documents not yet in the store, each with its id fixed; the others are counted and skipped.

    ``present`` is read before the run: with workers, this generator runs in the pool's feeder
    thread, which must not touch the writer's connection.
    """
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Document) and isinstance(item.text, str):
            doc_id = item.id or document_id(item.text, item.url)
            if doc_id in seen or doc_id in present:
                counter["present"] += 1
                advance()
                continue
            seen.add(doc_id)
            sources[doc_id] = item.source
            item = dataclasses.replace(item, id=doc_id)
        yield item


class _Rate:
    def __init__(self) -> None:
        from rich.progress import ProgressColumn
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text("" if speed is None else f"{speed:.1f} docs/s")

        self.column = Rate()


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH",
                                               help="Files (.txt, .html/.htm, .jsonl, .warc/.warc.gz), folders, or -.",
                                               show_default=False)],
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes for analysis.")] = 1,
    lang: Annotated[str | None, typer.Option("--lang", "-l", metavar="de|en",
                                             help="Language of every document; detected when omitted.")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress",
                                                  help="Progress bar on stderr (default: when stderr is a terminal).",
                                                  show_default=False)] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Documents per transaction.")] = 50,
) -> None:
    """Analyse articles and store them in a SQLite database (idempotent).

    A document already in the database (same id: the hash of its normalised text and URL,
    or its JSONL "id") is skipped before analysis, so running the same input again adds
    nothing, and an interrupted run resumes where it stopped. A document that cannot be
    read or analysed is recorded in the "failures" table and the batch goes on. The
    database opens in datasette as is: datasette sayso.db

    From a WARC file (.warc, .warc.gz, e.g. a news crawl) every HTML response is a
    document, with the record's URL and date; other records are skipped and counted, and a
    truncated record or a corrupt gzip member is a failure (source: FILE@OFFSET).

    \b
    Examples:
      sayso ingest articles.jsonl
      sayso ingest news/ --db corpus.db --workers 2
      sayso ingest CC-NEWS-20241105.warc.gz --db corpus.db
      SAYSO_DB=corpus.db sayso ingest more.jsonl
    """
    from .. import ingest as readers
    from . import Store

    path = db_path(db)
    counter = {"new": 0, "present": 0, "failed": 0, "skipped": 0, "statements": 0, "figures": 0}
    first: Failure | None = None
    t0 = time.monotonic()
    try:
        code = _normalise_lang(lang)
        readers.check_paths(paths)
        store = Store(path, batch_size=batch)
    except SaysoError as exc:
        fail_line(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except Exception as exc:  # sqlite3.Error, OSError: not a database, cannot write
        fail_line(f"{path}: {exc}")
        raise typer.Exit(2) from None
    show = progress if progress is not None else sys.stderr.isatty()
    prog = None
    try:
        task = None
        if show:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            prog = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                            _Rate().column, TimeElapsedColumn(),
                            console=Console(stderr=True, force_terminal=True if progress else None), transient=True)
            prog.start()
            task = prog.add_task("ingesting", total=readers.count(paths))

        def advance() -> None:
            if prog is not None and task is not None:
                prog.advance(task)

        def skipped(source: str, why: str) -> None:
            # called from the pool's feeder thread when there are workers: a counter and the
            # (thread-safe) progress bar only, never the store
            counter["skipped"] += 1
            advance()

        sources: dict[str, str | None] = {}
        items = _known(readers.read(paths, lang=code, on_skip=skipped), store.document_ids(), counter, sources,
                       advance)
        for r in analyze_many(items, n_process=workers):
            if isinstance(r, Failure):
                counter["failed"] += 1
                first = first or r
                store.add_failure(r)
            elif isinstance(r, Analysis):
                if store.add(r, source=sources.pop(r.id, None)):
                    counter["new"] += 1
                    counter["statements"] += len(r.statements)
                    counter["figures"] += len(r.figures)
                else:
                    counter["present"] += 1
            advance()
        store.commit()
    except SaysoError as exc:
        store.commit()
        fail_line(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        store.commit()
        fail_line(f"interrupted; {counter['new']} new documents stored in {path} (run again to resume)")
        raise typer.Exit(130) from None
    finally:
        if prog is not None:
            prog.stop()
        store.close()
    elapsed = time.monotonic() - t0
    total = counter["new"] + counter["present"] + counter["failed"]
    rate = counter["new"] / elapsed if elapsed > 0 else 0.0
    skipped = f", {counter['skipped']} skipped (WARC records that are not HTML pages)" if counter["skipped"] else ""
    msg = (f"{counter['new']} new, {counter['present']} already present, {counter['failed']} failed{skipped}; "
           f"{counter['statements']} statements, {counter['figures']} figures -> {path} "
           f"({elapsed:.1f} s, {rate:.1f} docs/s)")
    if first:
        msg += f"; failures in the 'failures' table (first: {describe(first)})"
    fail_line(msg)
    if total == 0:
        fail_line("no documents found in " + ", ".join(paths))
        raise typer.Exit(2)
    if counter["failed"] == total:
        raise typer.Exit(2)


# --------------------------------------------------------------------------- questions


def _open(db: str | None) -> Any:
    from . import Store

    path = db_path(db)
    if not os.path.exists(path):
        fail_line(f"no database at {path}; create it with: sayso ingest PATH --db {path}")
        raise typer.Exit(2)
    try:
        return Store(path)
    except Exception as exc:
        fail_line(f"{path}: {exc}")
        raise typer.Exit(2) from None


def _clip(value: Any, width: int = CELL) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = " ".join(str(value).split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _emit(rows: list[dict[str, Any]], fmt: QueryFormat, columns: list[str], title: str | None = None) -> None:
    try:
        if fmt == QueryFormat.json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        elif fmt == QueryFormat.csv:
            fields: list[str] = []
            for r in rows:
                fields += [k for k in r if k not in fields]
            w = csv.DictWriter(sys.stdout, fieldnames=fields or columns, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        else:
            # a terminal wraps the table to its width; a pipe or file gets it unwrapped up to 200 columns
            console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)
            if not rows:
                console.print(f"{title + ': ' if title else ''}nothing found", highlight=False)
                return
            table = Table(title=title, show_lines=False)
            for c in columns:
                numeric = all(isinstance(r.get(c), int | float) for r in rows if r.get(c) is not None)
                table.add_column(c, overflow="fold", justify="right" if numeric else "left", no_wrap=numeric)
            for r in rows:
                table.add_row(*(escape(_clip(r.get(c))) for c in columns))
            console.print(table)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(141) from None


STATEMENT_COLUMNS = ["date", "title", "speaker", "kind", "cue", "content"]
FIGURE_COLUMNS = ["date", "text", "value", "unit", "bound", "counted", "source"]


@app.command()
def who(name: Annotated[str, typer.Argument(help="An entity's name (case-insensitive) or id.")],
        db: DbOption = None, fmt: FormatOption = QueryFormat.table) -> None:
    """Everything an entity said, newest first, with its document and the quoted text.

    \b
    Examples:
      sayso who "Kremlin"
      sayso who "Angela Müller" --format json
      sayso who Q183 --db corpus.db --format csv > kremlin.csv
    """
    with _open(db) as store:
        _emit(store.who(name), fmt, STATEMENT_COLUMNS)


@app.command()
def about(name: Annotated[str, typer.Argument(help="An entity's name (case-insensitive) or id.")],
          db: DbOption = None, fmt: FormatOption = QueryFormat.table) -> None:
    """Statements and figures about an entity.

    \b
    Examples:
      sayso about "North Korea"
      sayso about "Siemens" --format json
    """
    with _open(db) as store:
        found = store.about(name)
    if fmt == QueryFormat.json:
        try:
            sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(141) from None
    elif fmt == QueryFormat.csv:
        rows = [{"record": "statement", **r} for r in found["statements"]]
        rows += [{"record": "figure", **r} for r in found["figures"]]
        _emit(rows, fmt, ["record"])
    else:
        _emit(found["statements"], fmt, STATEMENT_COLUMNS, title="statements")
        _emit(found["figures"], fmt, FIGURE_COLUMNS, title="figures")


@app.command()
def figures(
    about: Annotated[str | None, typer.Option("--about", metavar="NAME", help="Figures about this entity.")] = None,
    unit: Annotated[str | None, typer.Option("--unit", metavar="UNIT", help="Only this unit (e.g. USD, EUR).")] = None,
    source: Annotated[str | None, typer.Option("--source", metavar="NAME",
                                               help="Only figures attributed to this entity.")] = None,
    db: DbOption = None, fmt: FormatOption = QueryFormat.table,
) -> None:
    """Figures (numbers with units, bounds and sources), newest first.

    \b
    Examples:
      sayso figures --about "North Korea"
      sayso figures --unit USD --format csv
      sayso figures --source "Pentagon" --format json
    """
    with _open(db) as store:
        _emit(store.figures(about=about, unit=unit, source=source), fmt, FIGURE_COLUMNS)


@app.command()
def sources(
    db: DbOption = None, fmt: FormatOption = QueryFormat.table,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many entities.")] = None,
) -> None:
    """The entities quoted most, with counts per kind of statement.

    \b
    Examples:
      sayso sources
      sayso sources --limit 20 --format csv
    """
    from ..model import KINDS

    with _open(db) as store:
        _emit(store.sources(limit=limit), fmt, ["name", "type", "statements", *KINDS, "documents"])


@app.command()
def search(query: Annotated[str, typer.Argument(help="Words to find; FTS5 syntax allowed, never an error.")],
           db: DbOption = None, fmt: FormatOption = QueryFormat.table,
           limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many hits of each kind.")]
           = 50) -> None:
    """Full-text search over statements and documents (safe for any input).

    A query that is not valid FTS5 syntax is searched as a plain phrase instead.

    \b
    Examples:
      sayso search "Artilleriegeschosse"
      sayso search 'strike AND port' --format json
    """
    with _open(db) as store:
        _emit(store.search(query, limit=limit), fmt, ["hit", "date", "title", "speaker", "snippet"])


@app.command()
def export(
    table: Annotated[str, typer.Argument(help="documents, entities, mentions, statements, statement_spans, "
                                              "figures, figure_about or failures.")],
    db: DbOption = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="FILE",
                                               help="Write to FILE instead of stdout.")] = None,
) -> None:
    """Export a table as JSON Lines, CSV or Parquet.

    Parquet (needs pyarrow: pip install 'sayso[parquet]') is written to a file, -o FILE,
    with typed columns; the columns are those of the JSONL and CSV export.

    \b
    Examples:
      sayso export statements --format csv -o statements.csv
      sayso export statements --format parquet -o statements.parquet
      sayso export failures
    """
    from . import TABLES

    if table not in TABLES:
        fail_line(f"unknown table {table!r}; one of {', '.join(TABLES)}")
        raise typer.Exit(2)
    if fmt == ExportFormat.parquet:
        if not output or output == "-":
            fail_line("parquet export needs an output file: -o FILE.parquet")
            raise typer.Exit(2)
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            fail_line("parquet export needs pyarrow: pip install 'sayso[parquet]'")
            raise typer.Exit(2) from None
    with _open(db) as store:
        try:
            if fmt == ExportFormat.parquet and output:
                store.export_parquet(table, output)
            elif output:
                with open(output, "w", encoding="utf-8", newline="") as fh:
                    store.export(table, fmt.value, out=fh)
            else:
                store.export(table, fmt.value, out=sys.stdout)
                sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(141) from None
        except OSError as exc:
            fail_line(f"{output}: {exc.strerror or exc}")
            raise typer.Exit(2) from None
        except Exception as exc:  # pyarrow: a value that does not fit its column's type
            fail_line(f"{output}: cannot write {table} as {fmt.value} ({type(exc).__name__}: {exc})")
            raise typer.Exit(2) from None
