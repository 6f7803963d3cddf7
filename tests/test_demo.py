"""What `make demo` must show (issue 2, "done when"): the German example's statements name
Putin, the US State Department spokesperson, the Ukrainian General Staff ("Laut …"),
Reuters and the ISW experts as speakers; the English example has quotes with speakers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def analysis(name: str) -> dict:
    r = CliRunner().invoke(app, ["analyze", str(EXAMPLES / name), "--format", "json"])
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def german() -> dict:
    return analysis("de-kursk-dprk.txt")


@pytest.mark.parametrize("speaker,content", [
    ("Putin", "Beteiligung nordkoreanischer Streitkräfte"),
    ("russische Führer", "ihr Leben für Russland"),
    ("Sprecher des State Department", "warnendes Signal"),
    ("Generalstab der ukrainischen Streitkräfte", "über 62.000 russische Soldaten"),
    ("Reuters", "Artilleriegeschosse"),
    ("Institute for the Study of War", "Testgelände"),
])
def test_german_example_speakers(german, speaker, content):
    found = [
        s for s in german["statements"]
        if s["speaker"] and speaker in s["speaker"]["text"] and any(content in c["text"] for c in s["content"])
    ]
    assert found, f"no statement by {speaker!r} containing {content!r}"


def test_table_shows_the_speakers():
    r = CliRunner().invoke(app, ["analyze", str(EXAMPLES / "de-kursk-dprk.txt")], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    for text in ("Statements", "Figures", "Entities", "Reuters", "Generalstab", "Laut"):
        assert text in r.stdout


def test_english_example_quotes():
    a = analysis("en-port-strike.txt")
    direct = [s for s in a["statements"] if s["kind"] == "direct"]
    speakers = {s["speaker"]["text"] for s in direct if s["speaker"]}
    # a speaker keeps the apposition annotators mark with it: "Tom Reilly, a senior fellow at the institute"
    assert any(sp.startswith("Maria Delgado") for sp in speakers) and any(sp.startswith("Tom Reilly") for sp in speakers)
    assert any(s["kind"] == "according_to" for s in a["statements"])
