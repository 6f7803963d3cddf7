"""`sayso analyze --kb FILE` and `sayso kb import-wikidata`: user knowledge from the command line."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from sayso.kb import set_default_kb

runner = CliRunner()


@pytest.fixture(autouse=True)
def _restore_default_kb(monkeypatch):
    monkeypatch.delenv("SAYSO_KB", raising=False)
    yield
    set_default_kb()


def test_analyze_with_user_kb_links_the_new_entity(tmp_path):
    kb = tmp_path / "mine.json"
    kb.write_text(json.dumps({"entities": [
        {"id": "christoph-biallas", "name": "Christoph Biallas", "type": "person",
         "aliases": {"de": ["Christoph Biallas", "Biallas"]}},
    ]}), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("„Das ist ein Problem“, sagte Biallas am Montag in Göttingen.", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(article), "--kb", str(kb), "--format", "json", "--lang", "de"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert any(e["id"] == "christoph-biallas" and e["name"] == "Christoph Biallas" for e in out["entities"])
    assert out["statements"][0]["speaker"]["entity"] == "christoph-biallas"


@pytest.mark.parametrize("content,message", [
    ("{not json", "bad.json"),
    (json.dumps({"entities": [{"id": "x", "name": "X", "type": "planet"}]}), "planet"),
])
def test_bad_user_kb_is_one_line_and_exit_2(tmp_path, content, message):
    kb = tmp_path / "bad.json"
    kb.write_text(content, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Laut Polizei wurden 20 Menschen festgenommen.", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(article), "--kb", str(kb)])
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    assert message in r.output


def test_missing_user_kb_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Laut Polizei wurden 20 Menschen festgenommen.", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(article), "--kb", str(tmp_path / "none.json")])
    assert r.exit_code == 2
    assert "none.json" in r.output


def test_import_wikidata_then_analyze(tmp_path):
    dump = tmp_path / "dump.json"
    item = {"type": "item", "id": "Q42", "labels": {"en": {"language": "en", "value": "Douglas Adams"},
                                                    "de": {"language": "de", "value": "Douglas Adams"}},
            "aliases": {}, "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31",
                                                            "datavalue": {"value": {"id": "Q5"}}}}]}}
    dump.write_text("[\n" + json.dumps(item) + "\n]\n", encoding="utf-8")
    out = tmp_path / "people.json"
    r = runner.invoke(app, ["kb", "import-wikidata", str(dump), "--out", str(out), "--types", "person"])
    assert r.exit_code == 0, r.output
    records = json.loads(out.read_text(encoding="utf-8"))["entities"]
    assert [x["wikidata"] for x in records] == ["Q42"]
    article = tmp_path / "a.txt"
    article.write_text("Douglas Adams schrieb Bücher, sagte der Verlag.", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(article), "--kb", str(out), "--format", "json", "--lang", "de"])
    assert r.exit_code == 0, r.output
    assert any(e["wikidata"] == "Q42" for e in json.loads(r.stdout)["entities"])


def test_import_wikidata_unknown_type(tmp_path):
    dump = tmp_path / "dump.json"
    dump.write_text("[\n]\n", encoding="utf-8")
    r = runner.invoke(app, ["kb", "import-wikidata", str(dump), "--out", str(tmp_path / "o.json"), "--types", "planet"])
    assert r.exit_code == 2
    assert "planet" in r.output and "Traceback" not in r.output


def test_user_kb_in_yaml(tmp_path):
    kb = tmp_path / "mine.yaml"
    kb.write_text(
        "entities:\n"
        "  - id: christoph-biallas\n"
        "    name: Christoph Biallas\n"
        "    type: person\n"
        "    aliases:\n"
        "      de: [Christoph Biallas, Biallas]\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("„Das ist ein Problem“, sagte Biallas.", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(article), "--kb", str(kb), "--format", "json", "--lang", "de"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["statements"][0]["speaker"]["entity"] == "christoph-biallas"


def test_config_file_names_the_kb_and_the_language(tmp_path, monkeypatch):
    kb = tmp_path / "people.json"
    kb.write_text(json.dumps({"entities": [
        {"id": "christoph-biallas", "name": "Christoph Biallas", "type": "person", "aliases": {"de": ["Biallas"]}},
    ]}), encoding="utf-8")
    cfg = tmp_path / "sayso.toml"
    cfg.write_text('kb = ["people.json"]\nlang = "de"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("„Das ist ein Problem“, sagte Biallas.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # ./sayso.toml is found without --config
    r = runner.invoke(app, ["analyze", str(article), "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["lang"] == "de"
    assert out["statements"][0]["speaker"]["entity"] == "christoph-biallas"


@pytest.mark.parametrize("content,message", [
    ("kb = [", "not a readable TOML"),
    ('colour = "red"\n', "unknown setting"),
    ('kb = "people.json"\n', "'kb' must be a list"),
])
def test_bad_config_is_one_line_and_exit_2(tmp_path, content, message):
    cfg = tmp_path / "bad.toml"
    cfg.write_text(content, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Laut Polizei wurden 20 Menschen festgenommen.", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(article), "--config", str(cfg)])
    assert r.exit_code == 2
    assert message in r.output and "Traceback" not in r.output
