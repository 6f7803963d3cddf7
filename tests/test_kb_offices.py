"""Office holders by the article's date: "der US-Präsident" is Biden in 2023 and Trump in 2025.

Tables: the same sentence at different dates names different people; a date the knowledge
base knows no holder for, or a year that spans a change of office holder, leaves the role
unlinked; without a date the holder on the people file's ``as_of`` date is meant.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

import sayso
from sayso import lang as langdata
from sayso.components.entities import find_mentions
from sayso.kb import KnowledgeBaseError, date_range, load_kb, record_from_dict


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def linked(text: str, code: str, surface: str, date) -> str | None:
    hits = [h for h in find_mentions(text, langdata.get(code), date=date) if h.text == surface and not h.nested]
    assert hits, (text, surface, [h.text for h in find_mentions(text, langdata.get(code), date=date)])
    return hits[0].entity


@pytest.mark.parametrize("code,text,surface,date,person", [
    # the United States
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2019-06-01", "donald-trump"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2023-02-20", "joe-biden"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2025-03-01", "donald-trump"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2012-11-07", "barack-obama"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2025-01-20", "donald-trump"),  # first day in office
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2025-01-19", "joe-biden"),  # last full day
    ("en", "The US president travelled to Kyiv.", "US president", "2023-02-20", "joe-biden"),
    ("en", "The US president travelled to Kyiv.", "US president", "2025-03-01", "donald-trump"),
    ("en", "The American president spoke.", "The American president", "2022-05-01", "joe-biden"),
    # Germany
    ("de", "Bundeskanzler sprach im Bundestag.", "Bundeskanzler", "2023-06-01", "olaf-scholz"),
    ("de", "Bundeskanzler sprach im Bundestag.", "Bundeskanzler", "2025-06-01", "friedrich-merz"),
    ("de", "Die Bundeskanzlerin sprach im Bundestag.", "Bundeskanzlerin", "2015-09-05", "angela-merkel"),
    ("de", "Der deutsche Regierungschef reiste ab.", "Der deutsche Regierungschef", "2022-03-01", "olaf-scholz"),
    ("en", "The German chancellor spoke.", "German chancellor", "2024-01-10", "olaf-scholz"),
    # the United Kingdom
    ("de", "Der britische Premierminister widersprach.", "Der britische Premierminister", "2021-03-01", "boris-johnson"),
    ("de", "Der britische Premierminister widersprach.", "Der britische Premierminister", "2023-03-01", "rishi-sunak"),
    ("de", "Der britische Premierminister widersprach.", "Der britische Premierminister", "2024-08-01", "keir-starmer"),
    ("de", "Die britische Premierministerin widersprach.", "Die britische Premierministerin", "2022-10-01", "liz-truss"),
    ("en", "The British prime minister disagreed.", "The British prime minister", "2023-03-01", "rishi-sunak"),
    # Japan, Italy, France, Canada, South Korea, Brazil, Russia
    ("de", "Der japanische Regierungschef kam.", "Der japanische Regierungschef", "2022-01-01", "fumio-kishida"),
    ("de", "Der japanische Regierungschef kam.", "Der japanische Regierungschef", "2025-01-01", "shigeru-ishiba"),
    ("de", "Der italienische Regierungschef kam.", "Der italienische Regierungschef", "2021-06-01", "mario-draghi"),
    ("de", "Der französische Premierminister kam.", "Der französische Premierminister", "2024-10-01", "michel-barnier"),
    ("en", "Canada's prime minister spoke.", "Canada's prime minister", "2020-05-01", "justin-trudeau"),
    ("en", "Canada's prime minister spoke.", "Canada's prime minister", "2025-05-01", "mark-carney"),
    ("de", "Der südkoreanische Präsident kam.", "Der südkoreanische Präsident", "2023-01-01", "yoon-suk-yeol"),
    ("de", "Der brasilianische Präsident kam.", "Der brasilianische Präsident", "2020-01-01", "jair-bolsonaro"),
    ("de", "Der russische Präsident kam.", "Der russische Präsident", "2010-06-01", "dmitry-medvedev"),
    ("de", "Der russische Präsident kam.", "Der russische Präsident", "2022-02-24", "vladimir-putin"),
    ("de", "Der Nato-Generalsekretär warnte.", "Nato-Generalsekretär", "2020-01-01", "jens-stoltenberg"),
    ("de", "Der Nato-Generalsekretär warnte.", "Nato-Generalsekretär", "2025-01-01", "mark-rutte"),
    # a month or a year inside one term is enough; other date formats
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2023-02", "joe-biden"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2023", "joe-biden"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "20.2.2023", "joe-biden"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2023-02-20T10:15:00+01:00", "joe-biden"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "Mon, 20 Feb 2023 10:15:00 GMT", "joe-biden"),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", dt.date(2023, 2, 20), "joe-biden"),
    # without a date: the holder on the as_of date of people.json
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", None, "donald-trump"),
    ("de", "Bundeskanzler sprach im Bundestag.", "Bundeskanzler", None, "friedrich-merz"),
    ("de", "Der britische Premierminister widersprach.", "Der britische Premierminister", None, "keir-starmer"),
    ("de", "Der russische Präsident kam.", "Der russische Präsident", "kein Datum", "vladimir-putin"),
    # negatives: no holder known for the day, or the period spans a change
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "1995-05-01", None),
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2025", None),  # Biden, then Trump
    ("de", "Der US-Präsident reiste nach Kiew.", "US-Präsident", "2021-01", None),  # Trump, then Biden
    ("de", "Die Bundeskanzlerin sprach im Bundestag.", "Bundeskanzlerin", "2023-06-01", None),  # Scholz is no -in
    ("de", "Die Bundeskanzlerin sprach im Bundestag.", "Bundeskanzlerin", None, None),
    ("de", "Der britische Premierminister widersprach.", "Der britische Premierminister", "2019-01-01", None),  # May
    ("de", "Der britische Premierminister widersprach.", "Der britische Premierminister", "2022-10-01", None),  # Truss
    ("en", "The British prime minister disagreed.", "The British prime minister", "2022", None),
    ("de", "Der südkoreanische Präsident kam.", "Der südkoreanische Präsident", "2025-05-01", None),  # acting presidents
])
def test_role_names_the_holder_on_the_date(code, text, surface, date, person):
    assert linked(text, code, surface, date) == person


def test_unlinked_role_keeps_its_candidates():
    hits = find_mentions("Der US-Präsident reiste nach Kiew.", langdata.get("de"), date="2025")
    role = [h for h in hits if h.text == "US-Präsident"][0]
    assert role.entity is None and role.kind == "role"
    assert {"joe-biden", "donald-trump"} <= set(role.candidates)


def test_a_name_after_the_role_wins_over_the_date():
    text = "Bundeskanzler Olaf Scholz sprach im Bundestag."
    assert linked(text, "de", "Bundeskanzler", "2025-06-01") == "olaf-scholz"
    assert linked("US-Präsident George W. Bush kam.", "de", "US-Präsident", "2005-01-01") == "local:george-w-bush"


@pytest.mark.parametrize("date,span", [
    ("2024-11-05", ("2024-11-05", "2024-11-05")),
    ("2024-11-05T23:59:00Z", ("2024-11-05", "2024-11-05")),
    ("2024-11", ("2024-11-01", "2024-11-31")),
    ("2024", ("2024-01-01", "2024-12-31")),
    ("5.11.2024", ("2024-11-05", "2024-11-05")),
    ("Tue, 05 Nov 2024 10:00:00 GMT", ("2024-11-05", "2024-11-05")),
    (dt.datetime(2024, 11, 5, 8, 0), ("2024-11-05", "2024-11-05")),
    (None, None),
    ("", None),
    ("gestern", None),
    ("20241105", None),
])
def test_date_range(date, span):
    assert date_range(date) == span


def test_analyze_uses_the_document_date():
    text = "„Wir stehen an der Seite der Ukraine“, sagte der US-Präsident am Montag."
    speakers = {d: sayso.analyze(text, lang="de", date=d).statements[0].speaker.entity
                for d in ("2023-02-20", "2025-03-03", None)}
    assert speakers == {"2023-02-20": "joe-biden", "2025-03-03": "donald-trump", None: "donald-trump"}
    many = list(sayso.analyze_many([{"text": text, "lang": "de", "date": "2023-02-20"}]))
    assert many[0].statements[0].speaker.entity == "joe-biden"


def test_office_periods_in_the_data_are_consistent(kb):
    """Dates are ISO, a term ends after it starts, and no two people hold one office at once."""
    terms: dict[tuple, list[tuple[str, str | None, str | None]]] = {}
    for r in kb.records.values():
        for o in r.offices:
            if o.start and o.end:
                assert o.start < o.end, (r.id, o)
            terms.setdefault((o.role, o.country, o.org, r.female), []).append((r.id, o.start, o.end))
    for office, held in terms.items():
        dated = sorted((s or "", e or "9999", rid) for rid, s, e in held if s or e)
        for (_, e1, a), (s2, _, b) in zip(dated, dated[1:]):
            assert a == b or e1 <= s2, (office, a, b)


def test_people_file_covers_changes_of_g20_leaders_since_2020(kb):
    for rid in ("joe-biden", "olaf-scholz", "angela-merkel", "boris-johnson", "liz-truss", "rishi-sunak",
                "fumio-kishida", "yoshihide-suga", "mario-draghi", "justin-trudeau", "scott-morrison",
                "moon-jae-in", "jair-bolsonaro", "alberto-fernandez", "andres-manuel-lopez-obrador", "joko-widodo",
                "ram-nath-kovind", "li-keqiang", "elizabeth-ii"):
        assert any(o.start or o.end for o in kb[rid].offices), rid


def test_office_records_round_trip_and_are_checked():
    d = {"id": "x", "name": "X", "type": "person",
         "offices": [{"role": "head_of_state", "country": "US", "from": "2001-01-20", "to": "2009-01-20",
                      "titles": {"en": ["Commander in Chief"]}}]}
    r = record_from_dict(d)
    assert r.offices[0].start == "2001-01-20" and r.to_dict()["offices"] == d["offices"]
    for bad in ({"role": "head_of_state", "country": "US", "from": "20.1.2001"},
                {"role": "head_of_state", "country": "US", "from": "2009-01-20", "to": "2001-01-20"}):
        with pytest.raises(KnowledgeBaseError):
            record_from_dict({**d, "offices": [bad]})


def test_user_knowledge_base_adds_an_office_holder():
    extra = {"id": "gerhard-schroeder", "name": "Gerhard Schröder", "type": "person",
             "aliases": {"de": ["Gerhard Schröder"]},
             "offices": [{"role": "head_of_government", "country": "DE", "from": "1998-10-27", "to": "2005-11-22",
                          "titles": {"de": ["Bundeskanzler"]}}]}
    kb = load_kb([extra])
    assert kb.role_holder("de", "Bundeskanzler", "2003-03-20") == "gerhard-schroeder"
    assert kb.role_holder("de", "Bundeskanzler", "2023-03-20") == "olaf-scholz"


def test_people_file_says_which_offices_are_dated():
    data = json.loads(resources.files("sayso.kb").joinpath("data", "people.json").read_text(encoding="utf-8"))
    assert "from" in data["about"] and data["as_of"]
