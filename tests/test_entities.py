"""Mentions and entities: tables of German and English sentences, with negatives.

Each row is (text, surface, expected):
  - an entity id: some hit whose text is ``surface`` links to that id;
  - None: ``surface`` is found but left unlinked (ambiguous, with candidates);
  - "-": nothing is found overlapping ``surface`` (a negative);
  - "!id": no hit overlapping ``surface`` links to ``id``.
The per-language tables live in tests/lang/de and tests/lang/en; this module holds the
shared checker and the cross-language tests.
"""

from __future__ import annotations

import json
import time

import pytest

from sayso import lang as langdata
from sayso.components.entities import Hit, find_mentions, group_entities, local_id
from sayso.model import Entity


def hits_for(text: str, code: str) -> list[Hit]:
    return find_mentions(text, langdata.get(code))


def check_row(code: str, text: str, surface: str, expected: str | None) -> None:
    hits = hits_for(text, code)
    assert surface in text, "bad table row"
    s = text.index(surface)
    e = s + len(surface)
    for h in hits:
        assert text[h.start:h.end] == h.text
    overlapping = [h for h in hits if h.start < e and s < h.end]
    found = [h for h in hits if h.text == surface and h.start == s] or [h for h in hits if h.text == surface]
    shown = [(h.text, h.entity, h.kind) for h in overlapping]
    if expected == "-":
        assert not overlapping, shown
    elif isinstance(expected, str) and expected.startswith("!"):
        assert all(h.entity != expected[1:] for h in overlapping), shown
    elif expected is None:
        assert found and all(h.entity is None for h in found), shown
        assert len(found[0].candidates) >= 1
    else:
        assert any(h.entity == expected for h in found), (shown, [(h.text, h.entity) for h in hits])


def test_hit_is_frozen():
    h = Hit(0, 5, "Putin", "vladimir-putin", "person", "Vladimir Putin")
    with pytest.raises(AttributeError):
        h.start = 3  # type: ignore[misc]


def test_find_mentions_accepts_docs_and_strings():
    from sayso.pipeline import get_nlp

    text = "Der Kreml und die Nato widersprechen sich."
    doc = get_nlp("de")(text)
    assert find_mentions(doc, langdata.get("de")) == find_mentions(text, langdata.get("de"))


def test_unknown_person_grouped_with_later_surname():
    text = ("Der Göttinger Hotelmarketing-Experte Christoph Biallas sagte, die Lage sei ernst. "
            "Biallas rechnet mit weniger Gästen. Nach Biallas' Angaben fehlen Buchungen.")
    hits = hits_for(text, "de")
    ents = group_entities(text, hits)
    bia = [e for e in ents if e.id == "local:christoph-biallas"]
    assert bia, [(e.id, e.name) for e in ents]
    texts = [m.text for m in bia[0].mentions]
    assert texts[0] == "Christoph Biallas" and texts.count("Biallas") == 2
    assert bia[0].type == "person" and bia[0].name == "Christoph Biallas" and bia[0].wikidata is None


def test_unknown_english_person_and_org():
    text = "Analyst Sarah Miller of the Baltic Defence Institute said Miller had doubts."
    ents = {e.id: e for e in group_entities(text, hits_for(text, "en"))}
    assert "local:sarah-miller" in ents and len(ents["local:sarah-miller"].mentions) == 2
    assert any(e.type == "organization" and "Institute" in e.name for e in ents.values())


def test_shared_surname_is_not_guessed():
    text = "Sarah Koch und Dennis Koch widersprachen. Koch sagte später etwas anderes."
    hits = hits_for(text, "de")
    later = [h for h in hits if h.text == "Koch" and h.start > 40]
    assert not later, later


def test_english_possessive_joins_the_person():
    text = "Tom Clarke spoke first. Clarke's office later confirmed it; Clarke’s aide agreed."
    ents = {e.id: e for e in group_entities(text, hits_for(text, "en"))}
    assert [m.text for m in ents["local:tom-clarke"].mentions] == ["Tom Clarke", "Clarke", "Clarke"]


def test_title_case_headline_is_not_one_long_name():
    text = "Elizabeth Warren Hammers Wells Fargo Chief"
    hits = hits_for(text, "en")
    assert all(len(h.text.split()) <= 3 for h in hits), hits


def test_german_ner_model_ships_and_finds_unknown_organisations():
    from sayso.components.entities import ner_model

    nlp = ner_model("de")
    if nlp is None:
        pytest.skip("no German NER model in the package (SAYSO_NER=0 or not trained)")
    labels = nlp.get_pipe("tagger").labels if "tagger" in nlp.pipe_names else nlp.get_pipe("ner").labels
    assert {x.removeprefix("B-").removeprefix("I-") for x in labels if x != "O"} == {"PER", "ORG", "LOC"}
    text = "Der Vorstandschef widersprach der SPD am Montag deutlich."
    hits = hits_for(text, "de")
    assert ("SPD", "local:spd", "organization") in [(h.text, h.entity, h.type) for h in hits]


def test_german_ner_model_is_small_and_documented():
    from importlib import resources

    root = resources.files("sayso").joinpath("models", "ner-de")
    if not root.joinpath("meta.json").is_file():
        pytest.skip("no German NER model in the package")
    scores = json.loads(root.joinpath("scores.json").read_text(encoding="utf-8"))
    assert scores["ents_f"] > 0.5 and scores["held_out_sentences"] > 1000
    assert "CC BY 4.0" in root.joinpath("LICENSE").read_text(encoding="utf-8")
    assert root.joinpath("README.md").is_file()
    from pathlib import Path

    size = sum(p.stat().st_size for p in Path(str(root)).rglob("*") if p.is_file())
    assert size < 8_000_000, size


def test_model_switch_off(monkeypatch):
    from sayso.components import entities

    entities.ner_model.cache_clear()
    monkeypatch.setenv("SAYSO_NER", "0")
    try:
        assert entities.ner_model("de") is None
    finally:
        entities.ner_model.cache_clear()


@pytest.mark.parametrize("code,text,name", [
    ("en", "Governor Ellen Park urged both sides to return.", "Ellen Park"),
    ("de", "Bürgermeisterin Anna Keller lehnte ab.", "Anna Keller"),
    ("en", "According to the Halvorsen Port Authority, ships wait.", "Halvorsen Port Authority"),
])
def test_unknown_names_after_titles_and_with_org_words(code, text, name):
    assert name in [h.text for h in hits_for(text, code) if h.entity == local_id(name)]


@pytest.mark.parametrize("code,text,role,person", [
    ("de", "Dazu äußerte sich US-Präsident George W. Bush am Montag.", "US-Präsident", "local:george-w-bush"),
    ("de", "Er wurde von UN-Generalsekretär Kofi Annan ernannt.", "UN-Generalsekretär", "local:kofi-annan"),
    ("de", "Der russische Präsident Wladimir Putin reiste ab.", "Der russische Präsident", "vladimir-putin"),
    ("de", "Der russische Präsident reiste ab.", "Der russische Präsident", "vladimir-putin"),
    ("en", "Former U.S. president George W. Bush spoke.", "George W. Bush", "local:george-w-bush"),
])
def test_role_before_a_name_describes_that_person(code, text, role, person):
    hits = hits_for(text, code)
    assert any(h.text == role and h.entity == person for h in hits), [(h.text, h.entity, h.kind) for h in hits]


def test_local_id_is_stable():
    assert local_id("Christoph Biallas") == "local:christoph-biallas"
    assert local_id("Jürgen Müller") == "local:jurgen-muller"


def test_group_entities_returns_model_entities_with_exact_offsets():
    text = "Putin sprach. Wladimir Putins Sprecher Peskow und der Kreml schwiegen; Moskau dementierte."
    hits = hits_for(text, "de")
    ents = group_entities(text, hits)
    assert all(isinstance(e, Entity) for e in ents)
    by = {e.id: e for e in ents}
    assert [m.text for m in by["vladimir-putin"].mentions] == ["Putin", "Wladimir Putins"]
    assert by["vladimir-putin"].wikidata == "Q7747"
    assert by["government-russia"].name == "Government of Russia"
    assert by["russia"].type == "country"
    for e in ents:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_ambiguous_hits_are_grouped_but_not_linked():
    text = "Im Kongo wird gekämpft. Der Kongo ist groß."
    ents = group_entities(text, hits_for(text, "de"))
    amb = [e for e in ents if e.id.startswith("ambiguous:")]
    assert amb and amb[0].wikidata is None and len(amb[0].mentions) == 2


def test_nested_country_inside_institution():
    text = "Laut Generalstab der ukrainischen Streitkräfte ist die Lage stabil."
    hits = hits_for(text, "de")
    outer = [h for h in hits if not h.nested]
    nested = [h for h in hits if h.nested]
    assert [(h.text, h.entity) for h in outer] == [("Generalstab der ukrainischen Streitkräfte", "general-staff-ukraine")]
    assert [(h.text, h.entity) for h in nested] == [("ukrainischen", "ukraine")]


def test_offsets_survive_typographic_characters():
    text = "Russia\u2019s foreign ministry and the Kremlin\u00a0spokesman disagreed."
    hits = hits_for(text, "en")
    assert ("Russia\u2019s foreign ministry", "foreign-ministry-russia") in [(h.text, h.entity) for h in hits]
    for h in hits:
        assert text[h.start:h.end] == h.text


def test_kb_matching_is_fast(monkeypatch):
    """Knowledge-base matching alone (the NER model is timed separately)."""
    from sayso.components import entities

    monkeypatch.setattr(entities, "ner_model", lambda code: None)
    from pathlib import Path

    text = Path(__file__).read_text(encoding="utf-8")[:4000] * 5
    hits_for(text, "de")
    t = time.perf_counter()
    for _ in range(20):
        hits_for(text, "de")
    assert (time.perf_counter() - t) / 20 < 0.02


@pytest.mark.shared
def test_acceptance_entities(shared):
    acc = shared / "acceptance"
    text = (acc / "de-kursk-dprk.txt").read_text(encoding="utf-8")
    gold = json.loads((acc / "de-kursk-dprk.gold.json").read_text(encoding="utf-8"))
    from sayso.pipeline import get_nlp

    doc = get_nlp("de")(text)
    ents = group_entities(text, find_mentions(doc, langdata.get("de")))
    by_name = {e.name: e for e in ents}
    for g in gold["entities"]:
        assert g["name"] in by_name, g["name"]
        e = by_name[g["name"]]
        assert e.type == g["type"], g["name"]
        texts = {m.text for m in e.mentions}
        assert not [m for m in g["mentions"] if m not in texts], g["name"]
