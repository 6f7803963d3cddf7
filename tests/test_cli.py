"""``sayso analyze``: formats, inputs, failures and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso import __version__
from sayso.cli import app

ROOT = Path(__file__).resolve().parents[1]
DE = "„Wir bleiben hier“, sagte Bürgermeister Hans Müller am Montag in Berlin. Laut Polizei kamen über 1.000 Menschen."
EN = "“We will stay,” Mayor John Miller said on Monday. According to the police, more than 1,000 people came."
FR = ("Le gouvernement français a annoncé lundi une nouvelle réforme des retraites, qui sera présentée au "
      "Parlement la semaine prochaine. Selon le ministre, cette réforme est nécessaire pour l'avenir du pays.")
HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Mayor vows to stay | Example News</title>
<meta property="og:title" content="Mayor vows to stay">
<meta property="og:url" content="https://news.example.org/2024/05/mayor-vows-to-stay">
<link rel="canonical" href="https://news.example.org/2024/05/mayor-vows-to-stay">
<meta property="article:published_time" content="2024-05-06T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Mayor vows to stay</h1>
<p>“We will stay in this city, whatever happens,” Mayor John Miller said on Monday at a press conference in the town hall.</p>
<p>According to the police, more than 1,000 people attended the rally outside, where a spokesperson for the council read a statement.</p>
<p>Miller said that the budget of $5.5 billion would be presented to the council next week, and that he expected it to pass.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""


def invoke(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def jsonl_rows(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def de_txt(tmp_path):
    return write(tmp_path / "de.txt", DE)


def test_version():
    r = invoke("--version")
    assert r.exit_code == 0
    assert r.stdout.strip() == f"sayso {__version__}"


def test_help_has_examples():
    r = invoke("analyze", "--help")
    assert r.exit_code == 0
    assert "Examples:" in r.stdout and "sayso analyze" in r.stdout and "--format" in r.stdout


def test_table_default(de_txt):
    r = invoke("analyze", str(de_txt))
    assert r.exit_code == 0, r.stderr
    for heading in ("Statements", "Figures", "Entities"):
        assert heading in r.stdout or f"no {heading.lower()} found" in r.stdout
    assert r.stderr == ""  # one document: no progress bar, no summary


def test_json_single_document(de_txt):
    r = invoke("analyze", str(de_txt), "--format", "json")
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["lang"] == "de"
    assert {"id", "title", "url", "entities", "statements", "figures"} <= set(d)
    assert all(isinstance(d[k], list) for k in ("entities", "statements", "figures"))


def test_json_several_documents_is_a_list(tmp_path):
    write(tmp_path / "a.txt", DE)
    write(tmp_path / "b.txt", EN)
    r = invoke("analyze", str(tmp_path), "--format", "json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert [d["lang"] for d in data] == ["de", "en"]


def test_jsonl_keeps_ids_and_order(tmp_path):
    rows = [{"id": "b-2", "text": DE, "title": "T", "url": "https://x.example/1", "date": "2024-01-01"},
            {"id": 17, "text": EN, "lang": "en"}]
    src = write(tmp_path / "in.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows))
    r = invoke("analyze", str(src), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    out = jsonl_rows(r.stdout)
    assert [o["id"] for o in out] == ["b-2", "17"]
    assert out[0]["title"] == "T" and out[0]["url"] == "https://x.example/1" and out[0]["date"] == "2024-01-01"
    assert [o["lang"] for o in out] == ["de", "en"]


def test_output_file(de_txt, tmp_path):
    dest = tmp_path / "out.json"
    r = invoke("analyze", str(de_txt), "--format", "json", "--output", str(dest))
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert json.loads(dest.read_text(encoding="utf-8"))["lang"] == "de"


def test_unsupported_language_is_one_line_and_exit_2(tmp_path):
    fr = write(tmp_path / "fr.txt", FR)
    r = invoke("analyze", str(fr))
    assert r.exit_code == 2
    assert stderr_lines(r) == ["sayso: language 'fr' is not supported (supported: de, en)"]
    assert "Traceback" not in r.output


def test_unsupported_lang_option(de_txt):
    r = invoke("analyze", str(de_txt), "--lang", "fr")
    assert r.exit_code == 2
    assert stderr_lines(r) == ["sayso: language 'fr' is not supported (supported: de, en)"]


def test_lang_option_overrides_detection(tmp_path):
    src = write(tmp_path / "x.jsonl", json.dumps({"id": "1", "text": DE, "lang": "en"}) + "\n")
    r = invoke("analyze", str(src), "--format", "jsonl", "--lang", "DE")
    assert r.exit_code == 0, r.stderr
    assert jsonl_rows(r.stdout)[0]["lang"] == "de"


def test_missing_file(tmp_path):
    r = invoke("analyze", str(tmp_path / "nope.txt"))
    assert r.exit_code == 2
    lines = stderr_lines(r)
    assert len(lines) == 1 and lines[0].startswith("sayso: no such file or directory") and "nope.txt" in lines[0]


@pytest.mark.parametrize("name,content", [("empty.txt", ""), ("blank.txt", " \n\t\n"), ("empty.jsonl", ""),
                                          ("empty.html", "")])
def test_empty_file(tmp_path, name, content):
    r = invoke("analyze", str(write(tmp_path / name, content)))
    assert r.exit_code == 2
    lines = stderr_lines(r)
    assert len(lines) == 1 and lines[0].startswith("sayso: ") and "empty" in lines[0]
    assert "Traceback" not in r.output


def test_undecodable_file(tmp_path):
    r = invoke("analyze", str(write(tmp_path / "bad.txt", b"Er sagte \xff\xfe es.")))
    assert r.exit_code == 2
    lines = stderr_lines(r)
    assert len(lines) == 1 and "not valid UTF-8" in lines[0]


def test_empty_folder(tmp_path):
    (tmp_path / "nothing").mkdir()
    r = invoke("analyze", str(tmp_path / "nothing"))
    assert r.exit_code == 2
    assert len(stderr_lines(r)) == 1 and "no documents" in r.stderr


def test_stdin_text():
    r = invoke("analyze", "-", "--format", "json", input=DE)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["lang"] == "de"


def test_stdin_jsonl():
    data = "\n".join(json.dumps({"id": f"s{i}", "text": t}, ensure_ascii=False) for i, t in enumerate((DE, EN)))
    r = invoke("analyze", "-", "--format", "jsonl", input=data + "\n")
    assert r.exit_code == 0, r.stderr
    assert [o["id"] for o in jsonl_rows(r.stdout)] == ["s0", "s1"]


def test_folder_recursive_sorted(tmp_path):
    folder = tmp_path / "news"
    write(folder / "b.txt", EN)
    write(folder / "a" / "z.jsonl", json.dumps({"id": "j1", "text": DE}, ensure_ascii=False) + "\n"
          + json.dumps({"id": "j2", "text": EN}) + "\n")
    write(folder / "c.html", HTML)
    write(folder / "notes.csv", "a,b\n")
    write(folder / ".hidden" / "x.txt", DE)
    r = invoke("analyze", str(folder), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    out = jsonl_rows(r.stdout)
    assert len(out) == 4
    assert [o["id"] for o in out[:2]] == ["j1", "j2"]  # a/z.jsonl, then b.txt, then c.html
    assert [o["lang"] for o in out] == ["de", "en", "en", "en"]
    assert out[3]["title"] == "Mayor vows to stay"
    assert "analysed 4 documents" in r.stderr


def test_html_input(tmp_path):
    page = write(tmp_path / "story.html", HTML)
    r = invoke("analyze", str(page), "--format", "json")
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["lang"] == "en"
    assert d["title"] == "Mayor vows to stay"
    assert d["url"] == "https://news.example.org/2024/05/mayor-vows-to-stay"
    assert d["date"] == "2024-05-06"


def test_html_reader_takes_the_main_text(tmp_path):
    from sayso.ingest import read_html

    doc = read_html(write(tmp_path / "story.htm", HTML))
    assert isinstance(doc, __import__("sayso").Document)
    assert "Mayor John Miller said on Monday" in doc.text
    assert "more than 1,000 people" in doc.text
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text


BAD_JSONL = b"".join([
    (json.dumps({"id": "ok-1", "text": DE}, ensure_ascii=False) + "\n").encode(),
    b"{not json\n",
    b'{"id": "no-text", "title": "x"}\n',
    b'{"id": "num-text", "text": 42}\n',
    b"\n",
    b'{"id": "bytes", "text": "caf\xe9"}\n',
    b'["a", "list"]\n',
    b'{"id": "blank", "text": "   "}\n',
    b'{"id": "fr", "text": "' + FR.replace("'", "\u2019").encode() + b'"}\n',
    (json.dumps({"id": "ok-2", "text": EN}) + "\n").encode(),
])


def test_jsonl_bad_lines_are_recorded_and_the_batch_goes_on(tmp_path):
    src = write(tmp_path / "mixed.jsonl", BAD_JSONL)
    r = invoke("analyze", str(src), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    out = jsonl_rows(r.stdout)
    assert len(out) == 9
    ok = [o for o in out if o.get("status") != "failed"]
    failed = [o for o in out if o.get("status") == "failed"]
    assert [o["id"] for o in ok] == ["ok-1", "ok-2"]
    assert [f["source"] for f in failed] == [f"{src}:{n}" for n in (2, 3, 4, 6, 7, 8, 9)]
    assert [f["id"] for f in failed] == [None, "no-text", "num-text", None, None, "blank", "fr"]
    reasons = [f["error"] for f in failed]
    assert "invalid JSON" in reasons[0]
    assert "no 'text'" in reasons[1]
    assert "must be a string" in reasons[2]
    assert "UTF-8" in reasons[3]
    assert "JSON object" in reasons[4]
    assert "empty" in reasons[5]
    assert "not supported" in reasons[6]
    lines = stderr_lines(r)
    assert len(lines) == 1 and "7 failed" in lines[0] and "analysed 2 of 9" in lines[0]


def test_jsonl_bad_lines_in_table_and_json_formats(tmp_path):
    src = write(tmp_path / "mixed.jsonl", BAD_JSONL)
    r = invoke("analyze", str(src))
    assert r.exit_code == 0 and "failed" in r.stdout
    r = invoke("analyze", str(src), "--format", "json")
    assert r.exit_code == 0
    assert [d.get("status", "ok") for d in json.loads(r.stdout)].count("failed") == 7


def test_batch_where_everything_fails_exits_2(tmp_path):
    src = write(tmp_path / "bad.jsonl", b"{oops\n[1]\n")
    r = invoke("analyze", str(src), "--format", "jsonl")
    assert r.exit_code == 2
    assert [o["status"] for o in jsonl_rows(r.stdout)] == ["failed", "failed"]


def test_workers_give_the_same_output(tmp_path):
    rows = [{"id": f"d{i}", "text": t} for i, t in enumerate([DE, EN] * 3)]
    src = write(tmp_path / "in.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows))
    one = invoke("analyze", str(src), "--format", "jsonl", "--workers", "1")
    two = invoke("analyze", str(src), "--format", "jsonl", "--workers", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_progress_bar_for_batches_only(tmp_path, de_txt):
    write(tmp_path / "more" / "a.txt", DE)
    write(tmp_path / "more" / "b.txt", EN)
    batch = invoke("analyze", str(tmp_path / "more"), "--format", "jsonl", "--progress")
    assert batch.exit_code == 0
    assert "analysing" in batch.stderr
    single = invoke("analyze", str(de_txt), "--format", "jsonl", "--progress")
    assert single.exit_code == 0 and single.stderr == ""


def test_real_entry_point_no_traceback(tmp_path):
    """The installed command (``python -m sayso``): one line and exit 2, no traceback."""
    fr = write(tmp_path / "fr.txt", FR)
    p = subprocess.run([sys.executable, "-m", "sayso", "analyze", str(fr)], check=False, capture_output=True, text=True)
    assert p.returncode == 2
    assert p.stderr.splitlines() == ["sayso: language 'fr' is not supported (supported: de, en)"]
    p = subprocess.run([sys.executable, "-m", "sayso", "--version"], check=False, capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.strip() == f"sayso {__version__}"


def test_examples_analyse(tmp_path):
    r = invoke("analyze", str(ROOT / "examples"), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    assert sorted(o["lang"] for o in jsonl_rows(r.stdout)) == ["de", "en"]
