"""Integrity of the shipped knowledge base: ids, types, Wikidata ids, coverage, load time."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources

import pytest

from sayso.kb import KINDS, LANGS, TYPES, KnowledgeBase, KnowledgeBaseError, load_kb

G20 = ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US"]
CONFLICT_PARTIES = ["UA", "KP", "IL", "IR", "BY", "SY", "SD", "PS", "YE", "CD", "RW", "MM", "AM", "AZ", "TW"]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _data(name):
    return json.loads(resources.files("sayso.kb").joinpath("data", name).read_text(encoding="utf-8"))


def test_records_are_well_formed(kb):
    assert len(kb) > 500
    for r in kb.records.values():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.id), r.id
        assert r.type in TYPES, r
        assert r.name.strip() == r.name and r.name, r
        if r.wikidata is not None:
            assert re.fullmatch(r"Q[1-9][0-9]*", r.wikidata), r
        assert set(r.aliases) <= set(LANGS), r.id
        for rel in r.related:
            assert rel in kb, (r.id, rel)


def test_wikidata_ids_are_unique(kb):
    seen = {}
    for r in kb.records.values():
        if r.wikidata:
            assert r.wikidata not in seen, (r.id, seen.get(r.wikidata))
            seen[r.wikidata] = r.id


def test_data_files_have_unique_ids():
    for name in ("organizations.json", "people.json", "institutions.json"):
        ids = [e["id"] for e in _data(name)["entities"]]
        assert len(ids) == len(set(ids)), name


def test_every_cldr_country_is_in_the_kb(kb):
    names = _data("countries_cldr.json")["names"]
    assert len(names) > 240
    for iso in names:
        assert iso in kb.by_iso, iso
    assert kb[kb.by_iso["DE"]].name == "Germany"
    de = kb.surface_forms("de")
    assert ("germany", "name") in de["Deutschland"]
    assert ("france", "name") in de["Frankreich"]


def test_curated_countries_exist_in_cldr():
    names = _data("countries_cldr.json")["names"]
    for c in _data("countries.json")["countries"]:
        assert c["iso"] in names, c["iso"]


@pytest.mark.parametrize("iso", G20 + CONFLICT_PARTIES)
def test_g20_and_conflict_parties_have_institutions(kb, iso):
    cid = kb.by_iso[iso]
    r = kb[cid]
    if iso != "CD":  # "kongolesisch" is shared with the Republic of the Congo: ambiguous, not an adjective
        assert r.adjectives.get("de") and r.adjectives.get("en"), iso
    kinds = {x.id.split("-" + cid)[0] for x in kb.records.values() if x.country == iso and x.type == "organization"}
    for k in ("government", "foreign-ministry", "defence-ministry", "armed-forces"):
        assert k in kinds, (iso, k)


@pytest.mark.parametrize("iso", G20 + ["UA", "KP", "IL", "IR", "BY"])
def test_g20_heads_are_known(kb, iso):
    holders = [r for r in kb.records.values() if r.type == "person" and any(o.country == iso for o in r.offices)]
    assert holders, iso


def test_people_file_says_as_of_when(kb):
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", kb.as_of)


def test_issue_coverage(kb):
    """The organisations the issue names explicitly."""
    for rid in ("united-nations", "un-security-council", "nato", "european-union", "european-commission",
                "european-parliament", "reuters", "associated-press", "afp", "dpa", "tass", "ria-novosti", "interfax",
                "ukrinform", "kcna", "yonhap", "xinhua", "isw", "kida", "rusi", "iiss", "sipri", "csis",
                "open-source-centre", "general-staff-ukraine", "foreign-ministry-united-states", "government-russia"):
        assert rid in kb, rid


@pytest.mark.parametrize("lang,form,rid,kind", [
    ("de", "Kreml", "government-russia", "metonym"),
    ("de", "Kremls", "government-russia", "metonym"),
    ("de", "Moskaus", "russia", "capital"),
    ("de", "Pjöngjangs", "north-korea", "capital"),
    ("de", "Weißen Hauses", "government-united-states", "metonym"),
    ("de", "Downing Street", "government-united-kingdom", "metonym"),
    ("de", "Élysée", "government-france", "metonym"),
    ("de", "Kyjiw", "ukraine", "capital"),
    ("de", "Kiew", "ukraine", "capital"),
    ("en", "Kremlin", "government-russia", "metonym"),
    ("en", "White House", "government-united-states", "metonym"),
    ("en", "Pentagon", "defence-ministry-united-states", "metonym"),
    ("de", "nordkoreanischer", "north-korea", "adjective"),
    ("de", "Nordkoreanische", "north-korea", "adjective"),
    ("de", "russischem", "russia", "adjective"),
    ("de", "Russlands", "russia", "name"),
    ("de", "Vereinigten Staaten", "united-states", "name"),
    ("de", "Vereinigten Königreichs", "united-kingdom", "name"),
    ("de", "russischen Regierung", "government-russia", "name"),
    ("de", "Regierung der Ukraine", "government-ukraine", "name"),
    ("de", "der russische Führer", "vladimir-putin", "role"),
    ("de", "des russischen Präsidenten", "vladimir-putin", "role"),
    ("de", "US-Präsident", "donald-trump", "role"),
    ("en", "the Russian president", "vladimir-putin", "role"),
    ("en", "North Koreans", "north-korea", "adjective"),
])
def test_surface_forms(kb, lang, form, rid, kind):
    assert (rid, kind) in kb.surface_forms(lang)[form]


@pytest.mark.parametrize("lang,form", [("de", "russisch"), ("de", "Russisch"), ("de", "deutsch"), ("en", "russian")])
def test_bare_adjective_stems_are_not_aliases(kb, lang, form):
    assert form not in kb.surface_forms(lang)


def test_kinds_are_declared(kb):
    for lang in LANGS:
        for vals in kb.surface_forms(lang).values():
            for _, kind in vals:
                assert kind in KINDS or kind in ("ambiguous", "")


def test_kb_loads_fast():
    code = ("import time; t=time.perf_counter(); from sayso.kb import load_kb; kb=load_kb(); "
            "kb.automaton('de'); kb.automaton('en'); print(time.perf_counter()-t)")
    best = min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
               for _ in range(2))
    assert best < 1.0, best


def test_default_kb_is_cached():
    assert load_kb() is load_kb()


def test_extra_records_add_and_override(tmp_path):
    f = tmp_path / "mine.json"
    f.write_text(json.dumps({"entities": [
        {"id": "christoph-biallas", "name": "Christoph Biallas", "type": "person",
         "aliases": {"de": ["Christoph Biallas", "Biallas"], "en": ["Christoph Biallas"]}},
        {"id": "reuters", "name": "Reuters News", "type": "organization", "aliases": {"de": ["Reuters"], "en": ["Reuters"]}},
    ]}), encoding="utf-8")
    kb = load_kb([f])
    assert kb is not load_kb()
    assert kb["reuters"].name == "Reuters News"
    assert ("christoph-biallas", "name") in kb.surface_forms("de")["Biallas"]
    assert load_kb()["reuters"].name == "Reuters"
    kb2 = load_kb([{"id": "acme", "name": "ACME", "type": "organization", "aliases": ["ACME Corp"]}])
    assert ("acme", "name") in kb2.surface_forms("en")["ACME Corp"]


def test_bad_extra_records_raise_typed_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_kb([bad])
    with pytest.raises(KnowledgeBaseError):
        load_kb([{"id": "x", "name": "X", "type": "planet"}])
    with pytest.raises(KnowledgeBaseError):
        load_kb([tmp_path / "missing.json"])


def test_cldr_names_match_babel():
    """countries_cldr.json is what scripts/build_kb.py makes from babel (when babel is installed)."""
    babel = pytest.importorskip("babel")
    names = _data("countries_cldr.json")["names"]
    de, en = babel.Locale("de").territories, babel.Locale("en").territories
    for iso in ("DE", "RU", "KP", "US", "CI", "TR"):
        assert names[iso] == {"de": de[iso], "en": en[iso]}


def test_institution_file_is_generated_from_countries():
    recs = {e["id"]: e for e in _data("institutions.json")["entities"]}
    assert recs["general-staff-ukraine"]["name"] == "General Staff of the Armed Forces of Ukraine"
    assert recs["foreign-ministry-united-states"]["name"] == "United States Department of State"
    assert "Kreml" in recs["government-russia"]["metonyms"]["de"]


def test_set_default_kb_and_env(tmp_path, monkeypatch):
    from sayso import kb as kbmod

    f = tmp_path / "mine.json"
    f.write_text(json.dumps([{"id": "acme-corp", "name": "ACME", "type": "organization",
                              "aliases": {"de": ["ACME-Konzern"], "en": ["ACME Corp"]}}]), encoding="utf-8")
    try:
        kb = kbmod.set_default_kb([f])
        assert load_kb() is kb and "acme-corp" in kb
        from sayso.components.entities import find_mentions

        assert [h.entity for h in find_mentions("Der ACME-Konzern klagt.", "de")] == ["acme-corp"]
    finally:
        kbmod.set_default_kb()
    assert "acme-corp" not in load_kb()
    code = "from sayso.kb import load_kb; print('acme-corp' in load_kb())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "SAYSO_KB": str(f)}).stdout.strip()
    assert out == "True"


def test_overriding_a_person_replaces_generated_roles():
    kb = load_kb([{"id": "vladimir-putin", "name": "Vladimir Putin", "type": "person",
                   "aliases": {"de": ["Putin"], "en": ["Putin"]}}])
    assert "der russische Präsident" not in kb.surface_forms("de") or \
        ("vladimir-putin", "role") not in kb.surface_forms("de")["der russische Präsident"]


# German-only sources: their English name is the German one, and English text rarely names them.
GERMAN_ONLY = {"epd", "kna"}


@pytest.mark.parametrize("fname", ["organizations.json", "people.json", "institutions.json"])
def test_language_parity(fname):
    """Every hand-written or generated record is findable in German and in English text."""
    for e in _data(fname)["entities"]:
        if e["id"] in GERMAN_ONLY:
            continue
        for lang in LANGS:
            assert e.get("aliases", {}).get(lang) or e.get("metonyms", {}).get(lang) \
                or e.get("ambiguous", {}).get(lang), (fname, e["id"], lang)


def test_country_table_parity():
    for c in _data("countries.json")["countries"]:
        for a, b in (("adj_de", "adj_en"), ("cap_de", "cap_en")):
            assert bool(c.get(a)) == bool(c.get(b)) or c["iso"] in ("NZ",), (c["iso"], a, b)


def _wd_item(qid, labels, classes, aliases=None):
    """One entity in the real dump format (labels/aliases per language, P31 as statements)."""
    return {
        "type": "item", "id": qid,
        "labels": {lang: {"language": lang, "value": v} for lang, v in labels.items()},
        "descriptions": {},
        "aliases": {lang: [{"language": lang, "value": v} for v in vs] for lang, vs in (aliases or {}).items()},
        "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31",
                                          "datavalue": {"value": {"entity-type": "item", "numeric-id": int(c[1:]), "id": c},
                                                        "type": "wikibase-entityid"},
                                          "datatype": "wikibase-item"},
                             "type": "statement", "id": f"{qid}$x", "rank": "normal"} for c in classes]},
        "sitelinks": {}, "lastrevid": 1,
    }


def _write_dump(path, items, opener=open):
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.write("[\n")
        fh.write(",\n".join(json.dumps(i, ensure_ascii=False) for i in items))
        fh.write("\n]\n")


WD_ITEMS = [
    _wd_item("Q42", {"en": "Douglas Adams", "de": "Douglas Adams", "fr": "Douglas Adams"}, ["Q5"],
             {"en": ["Douglas Noel Adams"]}),
    _wd_item("Q7747", {"en": "Vladimir Putin", "de": "Wladimir Putin"}, ["Q5"], {"de": ["Wladimir Wladimirowitsch Putin"]}),
    _wd_item("Q64", {"en": "Berlin", "de": "Berlin"}, ["Q515", "Q1549591"]),
    _wd_item("Q1", {"en": "universe"}, ["Q36906466"]),
    _wd_item("Q9999999", {"fr": "Seulement français"}, ["Q5"]),
    {"type": "property", "id": "P31", "labels": {"en": {"language": "en", "value": "instance of"}}},
]


@pytest.mark.parametrize("suffix,opener", [("json", open), ("json.gz", __import__("gzip").open),
                                           ("json.bz2", __import__("bz2").open)])
def test_wikidata_import(tmp_path, suffix, opener):
    from sayso.kb.wikidata import import_dump

    src = tmp_path / f"dump.{suffix}"
    _write_dump(src, WD_ITEMS, opener)
    dest = tmp_path / "user-kb.json"
    assert import_dump(src, dest) == 3
    recs = {r["wikidata"]: r for r in json.loads(dest.read_text(encoding="utf-8"))["entities"]}
    assert set(recs) == {"Q42", "Q7747", "Q64"}
    assert recs["Q42"] == {"id": "douglas-adams", "name": "Douglas Adams", "type": "person", "wikidata": "Q42",
                           "aliases": {"en": ["Douglas Adams", "Douglas Noel Adams"], "de": ["Douglas Adams"]}}
    assert recs["Q7747"]["id"] == "vladimir-putin"  # the shipped record's id: extends it, no duplicate
    assert recs["Q64"]["type"] == "place"
    kb = load_kb([dest])
    from sayso.components.entities import find_mentions

    assert [h.entity for h in find_mentions("Douglas Adams schrieb Bücher.", "de", kb=kb)] == ["douglas-adams"]


def test_wikidata_import_filters_types_and_languages(tmp_path):
    from sayso.kb.wikidata import import_dump

    src = tmp_path / "dump.json"
    _write_dump(src, WD_ITEMS)
    dest = tmp_path / "places.json"
    assert import_dump(src, dest, types=["place"], langs=["de"]) == 1
    (rec,) = json.loads(dest.read_text(encoding="utf-8"))["entities"]
    assert rec["wikidata"] == "Q64" and list(rec["aliases"]) == ["de"]
    with pytest.raises(KnowledgeBaseError):
        import_dump(src, dest, types=["planet"])


def test_wikidata_import_streams(tmp_path):
    """Items come one at a time from the file: a broken line late in the dump is reported
    only when reached, after the earlier items were yielded."""
    from sayso.kb.wikidata import iter_items

    src = tmp_path / "dump.json"
    src.write_text("[\n" + json.dumps(WD_ITEMS[0]) + ",\n{broken\n]\n", encoding="utf-8")
    it = iter_items(src)
    assert next(it)["id"] == "Q42"
    with pytest.raises(KnowledgeBaseError, match="line 3"):
        next(it)
