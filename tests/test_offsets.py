"""``text[start:end] == span.text`` for every span in every output: the examples, the
acceptance article, and every document of the German and English dev sets."""

from __future__ import annotations

from pathlib import Path

import pytest

import sayso

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


def _bad(a: sayso.Analysis) -> list[str]:
    return [f"{a.id}: {b}" for b in a.check_offsets()]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_offsets(path):
    a = sayso.analyze(path.read_text(encoding="utf-8"))
    assert not _bad(a)
    d = a.to_dict()
    assert {"entities", "statements", "figures"} <= set(d)


def test_offsets_hold_for_crlf_and_combining_characters():
    text = "„Wir bleiben“,\r\nsagte Mu\u0308ller.\r\nLaut Angaben der Polizei wurden über 1.000 Menschen verletzt."
    a = sayso.analyze(text, lang="de")
    assert a.text == text
    assert not _bad(a)


@pytest.mark.shared
@pytest.mark.parametrize("lang", ["de", "en"])
def test_dev_set_offsets(lang, dev_results):
    rows, results = dev_results(lang)
    assert len(results) == len(rows)
    bad = []
    for row, r in zip(rows, results, strict=True):
        assert isinstance(r, sayso.Analysis), f"{row['id']}: {r}"
        assert r.id == row["id"]
        assert r.text == row["text"]
        bad.extend(_bad(r))
    assert not bad, f"{len(bad)} bad spans, e.g. {bad[:5]}"


@pytest.mark.shared
def test_acceptance_offsets(shared):
    text = (shared / "acceptance" / "de-kursk-dprk.txt").read_text(encoding="utf-8")
    assert not _bad(sayso.analyze(text))
