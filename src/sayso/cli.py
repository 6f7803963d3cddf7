"""The ``sayso`` command line: a thin layer over ``sayso.analyze_many`` and ``sayso.ingest``.

Errors never surface as tracebacks: the library's typed exceptions (``SaysoError``) and
``OSError`` become one line on stderr, ``sayso: <what went wrong>``, and an exit code
(2 for bad input or an unsupported language). In a batch, a document that fails is recorded
in the output (``"status": "failed"``) and counted in a summary line; the batch goes on.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .api import Failure, analyze_many
from .errors import InputError, SaysoError
from .model import Analysis

app = typer.Typer(
    name="sayso",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

CONTENT_WIDTH = 280  # characters of a statement's content shown in a table cell


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sayso {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """sayso: on whose say-so? Who says what, with which figures, in German and English news.

    \b
    Examples:
      sayso analyze examples/de-kursk-dprk.txt
      sayso analyze articles.jsonl --format jsonl --output out.jsonl
      sayso analyze --help
    """


def fail_line(message: str) -> None:
    """Print ``sayso: message`` as one line on stderr."""
    sys.stderr.write(f"sayso: {' '.join(str(message).split())}\n")
    sys.stderr.flush()


def describe(f: Failure) -> str:
    """A failure as one line, with where it came from unless the reason already says so."""
    where = f.source or f.id
    if where and where not in f.reason:
        return f"{where}: {f.reason}"
    return f.reason


def failure_row(f: Failure) -> dict[str, Any]:
    return {**f.to_dict(), "status": "failed"}


# --------------------------------------------------------------------------- writers


class Writer:
    """Writes results as they arrive; ``single`` says whether the run has exactly one document."""

    def __init__(self, out: IO[str], single: bool):
        self.out = out
        self.single = single

    def write(self, result: Analysis | Failure) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class JsonlWriter(Writer):
    def write(self, result: Analysis | Failure) -> None:
        row = result.to_dict() if isinstance(result, Analysis) else failure_row(result)
        self.out.write(json.dumps(row, ensure_ascii=False) + "\n")


class JsonWriter(Writer):
    """One document: its ``to_dict()``; several: a JSON list (streamed, one element at a time)."""

    def __init__(self, out: IO[str], single: bool):
        super().__init__(out, single)
        self.n = 0

    def write(self, result: Analysis | Failure) -> None:
        if self.single:
            if isinstance(result, Analysis):
                json.dump(result.to_dict(), self.out, ensure_ascii=False, indent=2)
                self.out.write("\n")
            return
        row = result.to_dict() if isinstance(result, Analysis) else failure_row(result)
        self.out.write(("[\n" if self.n == 0 else ",\n") + json.dumps(row, ensure_ascii=False, indent=2))
        self.n += 1

    def close(self) -> None:
        if not self.single:
            self.out.write("[]\n" if self.n == 0 else "\n]\n")
        super().close()


def _clip(text: str, width: int = CONTENT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


class TableWriter(Writer):
    """Readable tables per document: statements (speaker → cue → content), figures, entities."""

    def __init__(self, out: IO[str], single: bool):
        super().__init__(out, single)
        is_tty = out.isatty() if hasattr(out, "isatty") else False
        width = None if is_tty or os.environ.get("COLUMNS") else 120
        self.console = Console(file=out, width=width, highlight=False, soft_wrap=False)

    def write(self, result: Analysis | Failure) -> None:
        c = self.console
        if isinstance(result, Failure):
            if not self.single:
                c.print(f"[bold red]failed[/] {escape(describe(result))}")
                c.print()
            return
        a = result
        names = {e.id: e.name for e in a.entities}
        head = a.title or a.id
        meta = " · ".join(x for x in (a.lang, a.id if a.title else None, a.date, a.url) if x)
        c.rule(f"[bold]{escape(head)}[/] [dim]{escape(meta)}[/]")

        st = Table(title=f"Statements ({len(a.statements)})", title_justify="left", show_lines=True, expand=True)
        st.add_column("#", justify="right", style="dim", no_wrap=True)
        st.add_column("speaker", style="bold cyan", ratio=3, min_width=14, overflow="fold")
        st.add_column("cue", style="magenta", ratio=1, min_width=12, overflow="fold")
        st.add_column("content", ratio=7)
        st.add_column("kind", no_wrap=True)
        st.add_column("conf.", justify="right", no_wrap=True)
        for i, s in enumerate(a.statements):
            if s.speaker:
                speaker = escape(s.speaker.text)
                name = names.get(s.speaker.entity, s.speaker.entity) if s.speaker.entity else None
                if name and name != s.speaker.text:
                    speaker += f" [dim]→ {escape(name)}[/]"
                if s.speaker.role:
                    speaker += f" [dim]({escape(s.speaker.role)})[/]"
            else:
                speaker = "[dim]–[/]"
            cue = escape(s.cue_text) if s.cue else "[dim]–[/]"
            content = escape(_clip(" … ".join(span.text for span in s.content)))
            st.add_row(str(i), speaker, cue, content, s.kind, f"{s.confidence:.2f}")
        if a.statements:
            c.print(st)
        else:
            c.print("[dim]no statements found[/]")

        ft = Table(title=f"Figures ({len(a.figures)})", title_justify="left", expand=True)
        ft.add_column("figure", style="bold", ratio=2)
        ft.add_column("value", justify="right", no_wrap=True)
        ft.add_column("bound", no_wrap=True)
        ft.add_column("unit / counted", ratio=2)
        ft.add_column("source", ratio=3)
        for f in a.figures:
            value = _num(f.value)
            if f.bound == "range" and (f.low is not None or f.high is not None):
                value = f"{_num(f.low)}–{_num(f.high)}"
            unit = " ".join(x for x in (f.unit, f.counted.text if f.counted else None) if x)
            source = ""
            if f.source:
                parts = []
                if f.source.entity:
                    parts.append(names.get(f.source.entity, f.source.entity))
                if f.source.statement is not None:
                    parts.append(f"#{f.source.statement}")
                source = ", ".join(parts)
            ft.add_row(escape(f.text), value, f.bound, escape(unit), escape(source))
        if a.figures:
            c.print(ft)
        else:
            c.print("[dim]no figures found[/]")

        et = Table(title=f"Entities ({len(a.entities)})", title_justify="left", expand=True)
        et.add_column("name", style="bold", ratio=2)
        et.add_column("type", no_wrap=True)
        et.add_column("mentions", ratio=5)
        for e in a.entities:
            texts = list(dict.fromkeys(m.text for m in e.mentions))
            et.add_row(escape(e.name), e.type, f"{len(e.mentions)}: " + escape(", ".join(texts)))
        if a.entities:
            c.print(et)
        else:
            c.print("[dim]no entities found[/]")
        c.print()


WRITERS: dict[Format, type[Writer]] = {Format.table: TableWriter, Format.json: JsonWriter, Format.jsonl: JsonlWriter}


# --------------------------------------------------------------------------- the command


class _Stdout:
    """Whatever ``sys.stdout`` is at the moment of writing: while the progress bar runs on a
    terminal, rich swaps in a proxy that prints above the bar."""

    def write(self, s: str) -> int:
        return sys.stdout.write(s)

    def flush(self) -> None:
        sys.stdout.flush()

    def isatty(self) -> bool:
        return sys.stdout.isatty()

    def fileno(self) -> int:
        return sys.stdout.fileno()


def _progress_results(
    results: Iterator[Analysis | Failure], total: int | None, force: bool = False, to_stdout: bool = False
) -> Iterator[Analysis | Failure]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [SpinnerColumn(), TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    if total:
        columns.append(TimeRemainingColumn())
    console = Console(stderr=True, force_terminal=True if force else None)
    # Output written to a terminal's stdout goes above the bar; to a pipe or file, untouched.
    with Progress(
        *columns, console=console, transient=True, redirect_stdout=to_stdout, redirect_stderr=False
    ) as progress:
        task = progress.add_task("analysing", total=total)
        for r in results:
            yield r
            progress.advance(task)


def _normalise_lang(lang: str | None) -> str | None:
    if not lang:
        return None
    from . import lang as langdata

    code = lang.strip().lower().replace("_", "-").split("-")[0]
    langdata.get(code)  # UnsupportedLanguage: one clear line, exit 2
    return code


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH", help="Files (.txt, .html/.htm, .jsonl, .warc/.warc.gz), folders of them, or - for stdin.",
            show_default=False,
        ),
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", "-l", metavar="de|en",
            help="Language of every document (overrides JSONL 'lang'); detected offline when omitted.",
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes for batches.")] = 1,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the output to FILE instead of stdout.", dir_okay=False
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr for batches (default: when stderr is a terminal).",
            show_default=False,
        ),
    ] = None,
    kb: Annotated[
        list[Path] | None,
        typer.Option(
            "--kb", metavar="FILE",
            help="A knowledge-base file (YAML or JSON) that adds or overrides entities; repeatable. "
                 "Also read from the SAYSO_KB environment variable and the config file.",
            dir_okay=False,
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", metavar="FILE",
            help="A TOML config file (default: $SAYSO_CONFIG, ./sayso.toml, ~/.config/sayso/config.toml).",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Analyse articles: who says what (statements), figures and entities.

    Reads plain text (.txt; any other suffix given by name is read as text), HTML
    (.html, .htm: the main text, title, URL and date via trafilatura, offline), JSON
    Lines (.jsonl: one article per line with "id", "text" and optional "lang",
    "title", "url", "date"; the id is kept), WARC files (.warc, .warc.gz: each HTML
    response, with its URL and date; other records are skipped), folders of these
    (recursive, sorted), and - for stdin (JSONL if it starts with "{", HTML if with "<",
    else text).

    A document that cannot be read or analysed is recorded in the output ("status":
    "failed", "error": reason) and the batch goes on; a summary goes to stderr. A single
    document that fails prints one line and exits with status 2.

    \b
    Examples:
      sayso analyze examples/de-kursk-dprk.txt
      sayso analyze examples/en-port-strike.txt --format json
      sayso analyze articles.jsonl --format jsonl --workers 2 -o out.jsonl
      sayso analyze news/ --lang de --format jsonl > out.jsonl
      curl -s https://example.org/story | sayso analyze - --format json
      echo '„Wir bleiben“, sagte Müller.' | sayso analyze - --lang de
      sayso analyze article.txt --kb my-entities.yaml
    """
    try:
        settings = load_config(config)
    except SaysoError as exc:
        fail_line(str(exc))
        raise typer.Exit(exc.exit_code) from None
    kb_files = [*settings.get("kb", []), *(str(p) for p in kb or ())]
    if kb_files:
        code = use_kb(kb_files)
        if code:
            raise typer.Exit(code)
    lang = lang or settings.get("lang")
    code = run(paths, lang=lang, fmt=fmt, workers=workers, output=output, progress=progress)
    if code:
        raise typer.Exit(code)


def run(
    paths: list[str],
    lang: str | None = None,
    fmt: Format = Format.table,
    workers: int = 1,
    output: Path | None = None,
    progress: bool | None = None,
) -> int:
    """The body of ``sayso analyze``; returns the exit status (errors are reported, not raised)."""
    from . import ingest

    try:
        code = _normalise_lang(lang)
        ingest.check_paths(paths)
        items = ingest.read(paths, lang=code)
        head = list(itertools.islice(items, 2))  # is this one document or a batch?
        single = len(head) < 2
        stream: Iterator[Any] = itertools.chain(head, items)

        results: Iterator[Analysis | Failure] = analyze_many(stream, n_process=workers if not single else 1)
        show = progress if progress is not None else sys.stderr.isatty()
        if show and not single:
            to_tty = output is None and sys.stdout.isatty()
            results = _progress_results(results, ingest.count(paths), force=bool(progress), to_stdout=to_tty)

        first: Failure | None = None  # for the messages; the output records every failure
        n = n_failed = 0
        internal = False
        with ExitStack() as stack:
            out: IO[str] = (
                stack.enter_context(open(output, "w", encoding="utf-8")) if output else _Stdout()  # type: ignore[assignment]
            )
            writer = WRITERS[Format(fmt)](out, single)
            for r in results:
                n += 1
                if isinstance(r, Failure):
                    n_failed += 1
                    first = first or r
                    internal = internal or r.reason.startswith("internal error")
                writer.write(r)
            writer.close()
    except SaysoError as exc:
        fail_line(str(exc))
        return exc.exit_code
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        fail_line(f"{where}{exc.strerror or exc}")
        return 2
    except KeyboardInterrupt:
        fail_line("interrupted")
        return 130

    if n == 0:
        fail_line("no documents found in " + ", ".join(paths))
        return 2
    failed_code = 1 if internal else 2  # 1: a bug in sayso; 2: the input
    if single:
        if first:
            fail_line(first.reason)
            return failed_code
        return 0
    if first:
        fail_line(
            f"analysed {n - n_failed} of {n} documents; {n_failed} failed "
            f"(recorded in the output; first: {describe(first)})"
        )
        if n_failed == n:
            return failed_code
    else:
        fail_line(f"analysed {n} documents")
    return 0


CONFIG_KEYS = {"kb": list, "lang": str}


def load_config(path: Path | None = None) -> dict[str, Any]:
    """Settings from a TOML file: ``--config``, else $SAYSO_CONFIG, ./sayso.toml or
    ~/.config/sayso/config.toml, the first that exists. Keys: ``kb`` (a list of knowledge-base
    files, relative to the config file) and ``lang``. An explicitly named file must exist."""
    import tomllib

    explicit = path or (Path(os.environ["SAYSO_CONFIG"]) if os.environ.get("SAYSO_CONFIG") else None)
    candidates = [explicit] if explicit else [Path("sayso.toml"), Path.home() / ".config" / "sayso" / "config.toml"]
    for cand in candidates:
        if not cand.is_file():
            if explicit:
                raise InputError(f"{cand}: no such config file")
            continue
        try:
            data = tomllib.loads(cand.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{cand}: not a readable TOML config file ({exc})") from None
        unknown = sorted(set(data) - set(CONFIG_KEYS))
        if unknown:
            raise InputError(f"{cand}: unknown setting(s) {', '.join(unknown)} (known: {', '.join(CONFIG_KEYS)})")
        for key, kind in CONFIG_KEYS.items():
            if key in data and not isinstance(data[key], kind):
                raise InputError(f"{cand}: '{key}' must be a {kind.__name__}")
        if "kb" in data:
            data["kb"] = [str((cand.parent / f).resolve()) for f in data["kb"]]
        return data
    return {}


def use_kb(files: list[str]) -> int:
    """Load user knowledge-base files for this process and, through SAYSO_KB, its workers."""
    from .kb import set_default_kb

    try:
        for f in files:
            if not os.path.isfile(f):
                fail_line(f"{f}: no such knowledge-base file")
                return 2
        set_default_kb(files)
    except SaysoError as exc:
        fail_line(str(exc))
        return exc.exit_code
    except OSError as exc:
        fail_line(f"{exc.filename or files[0]}: {exc.strerror or exc}")
        return 2
    os.environ["SAYSO_KB"] = os.pathsep.join([*filter(None, os.environ.get("SAYSO_KB", "").split(os.pathsep)), *files])
    return 0


kb_app = typer.Typer(help="The knowledge base: import entities for sayso to link.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("import-wikidata")
def kb_import_wikidata(
    dump: Annotated[Path, typer.Argument(metavar="DUMP", help="A Wikidata JSON dump: .json, .json.gz or .json.bz2.",
                                         dir_okay=False)],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE", help="The knowledge-base file to write.",
                                      dir_okay=False)],
    types: Annotated[
        str, typer.Option("--types", metavar="T,T", help="Entity types to keep: person, organization, country, "
                                                         "place, group (comma-separated).")
    ] = "person,organization,country,place,group",
    langs: Annotated[str, typer.Option("--langs", metavar="de,en", help="Languages of the names to keep.")] = "de,en",
) -> None:
    """Stream a Wikidata JSON dump into a user knowledge base, in constant memory.

    Keeps the items whose "instance of" maps to one of --types, with their names and
    aliases in --langs; items the shipped knowledge base knows keep its ids, so the file
    extends and overrides it. Use the result with sayso analyze --kb FILE.

    \b
    Examples:
      sayso kb import-wikidata latest-all.json.bz2 --types person,organization -o people.json
      sayso analyze article.txt --kb people.json
    """
    from .kb.wikidata import import_dump

    try:
        n = import_dump(dump, out, types=[t.strip() for t in types.split(",") if t.strip()],
                        langs=[x.strip() for x in langs.split(",") if x.strip()])
    except SaysoError as exc:
        fail_line(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        fail_line(f"{exc.filename or dump}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        fail_line("interrupted")
        raise typer.Exit(130) from None
    print(f"wrote {n} entities to {out}", file=sys.stderr)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


from .store import commands as _store_commands  # noqa: E402,F401  (ingest, who, about, figures, ...)


def main() -> None:
    """Entry point of the ``sayso`` script."""
    # Output is UTF-8 whatever the locale says (a C/latin-1 locale must not crash on „…“).
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        app()
    except SaysoError as exc:  # the command catches these; this is the last line of defence
        fail_line(str(exc))
        sys.exit(exc.exit_code)
    except OSError as exc:
        fail_line(str(exc))
        sys.exit(2)


if __name__ == "__main__":
    main()
