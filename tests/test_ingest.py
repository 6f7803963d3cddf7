"""Readers: streaming, failures with their source, folders, stdin sniffing."""

from __future__ import annotations

import io
import itertools
import json

import pytest

from sayso import Document, Failure
from sayso.errors import InputError
from sayso.ingest import count, expand, read, read_jsonl, read_stdin, read_text
from sayso.ingest.jsonl import read_jsonl_stream


def _endless_lines():
    for i in itertools.count():
        yield (json.dumps({"id": i, "text": f"Text {i}"}) + "\n").encode()


def test_jsonl_is_streamed():
    """Taking the first documents of an endless stream returns: nothing reads ahead."""
    docs = list(itertools.islice(read_jsonl_stream(_endless_lines(), "endless"), 3))
    assert [d.id for d in docs] == ["0", "1", "2"]
    assert [d.source for d in docs] == ["endless:1", "endless:2", "endless:3"]


def test_read_is_lazy(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": "x"}) + "\n" for i in range(1000)), encoding="utf-8")
    it = read([p])
    assert next(it).id == "0"  # a generator, not a list


def test_jsonl_fields_and_lang_override(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": 7, "text": "Hallo", "lang": "de", "title": "T", "url": "u", "date": "2024",
                             "quotes": []}) + "\n", encoding="utf-8")
    (doc,) = read_jsonl(p)
    assert doc == Document(text="Hallo", id="7", lang="de", title="T", url="u", date="2024", source=f"{p}:1")
    (doc,) = read_jsonl(p, lang="en")
    assert doc.lang == "en"


@pytest.mark.parametrize("line,reason", [
    (b"{bad", "invalid JSON"),
    (b"42", "JSON object"),
    (b'{"id": "x"}', "no 'text'"),
    (b'{"id": "x", "text": null}', "no 'text'"),
    (b'{"id": "x", "text": ["a"]}', "must be a string"),
    (b'{"id": "x", "text": "a", "lang": 5}', "'lang' must be a string"),
    (b'{"text": "\xff"}', "UTF-8"),
])
def test_jsonl_bad_line(line, reason):
    (f,) = read_jsonl_stream([line + b"\n"], "f.jsonl")
    assert isinstance(f, Failure)
    assert f.source == "f.jsonl:1" and reason in f.reason


def test_text_file_failures(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert "empty" in read_text(empty).reason
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"caf\xe9")
    f = read_text(bad)
    assert isinstance(f, Failure) and "not valid UTF-8" in f.reason and f.source == str(bad)
    assert "cannot read" in read_text(tmp_path / "missing.txt").reason


def test_text_keeps_exact_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffZeile 1\r\nZeile 2\n".encode())
    doc = read_text(p)
    assert doc.text == "Zeile 1\r\nZeile 2\n"  # BOM dropped, nothing else touched


def test_expand_folder_and_missing(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.jsonl", "c.HTML", "d.csv", ".x.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.rsplit("/", 1)[-1] for p in expand([tmp_path])] == ["a.jsonl", "z.txt", "c.HTML"]
    with pytest.raises(InputError):
        list(expand([tmp_path / "nope"]))
    assert count([tmp_path]) == 3


@pytest.mark.parametrize("data,kind", [
    (b'\n{"id": "s", "text": "Hallo Welt"}\n', "jsonl"),
    (b"  <html><body><article><p>" + b"Ein Satz. " * 30 + b"</p></article></body></html>", "html"),
    (b"Nur Text.\n", "text"),
])
def test_stdin_sniffing(data, kind):
    items = list(read_stdin(io.BytesIO(data)))
    assert len(items) == 1 and isinstance(items[0], Document), items
    doc = items[0]
    if kind == "jsonl":
        assert doc.id == "s" and doc.source == "<stdin>:2"
    elif kind == "html":
        assert doc.text.startswith("Ein Satz.")
    else:
        assert doc.text == "Nur Text.\n"
