"""Whom a figure is about: the entities in what it counts, else the clear subject of its clause.

Each row is (language, sentence, figure text, expected ``about``); an empty tuple is a
negative: two candidate subjects, only prepositional mentions, or the speaker.
"""

from __future__ import annotations

import pytest

import sayso
from sayso.components.linking import ARTICLES, PREPOSITIONS


def about(code: str, text: str, figure: str) -> tuple[str, ...]:
    a = sayso.analyze(text, lang=code)
    found = [f for f in a.figures if f.text == figure]
    assert found, (figure, [f.text for f in a.figures])
    return found[0].about


@pytest.mark.parametrize("code,text,figure,expected", [
    # the counted thing names the entity: that wins
    ("de", "Die Ukraine meldet über 62.000 tote russische Soldaten.", "über 62.000", ("russia",)),
    ("en", "Ukraine reported more than 62,000 dead Russian soldiers.", "more than 62,000", ("russia",)),
    # the clause's subject
    ("de", "Nordkorea hat 11.000 Soldaten geschickt.", "11.000", ("north-korea",)),
    ("de", "Russland verlor 600 Panzer.", "600", ("russia",)),
    ("de", "Im Oktober hat Nordkorea 11.000 Soldaten geschickt.", "11.000", ("north-korea",)),
    ("de", "Die Bundeswehr bestellt 50 neue Hubschrauber.", "50", ("armed-forces-germany",)),
    ("de", "Der Kreml hat 300 Diplomaten ausgewiesen.", "300", ("government-russia",)),
    ("de", "Kiew sagt, Russland habe 600 Panzer verloren.", "600", ("russia",)),
    ("de", "Laut Reuters hat Nordkorea 11.000 Soldaten geschickt.", "11.000", ("north-korea",)),
    ("de", "Die Regierung Russlands hat 300 Diplomaten ausgewiesen.", "300", ("government-russia",)),
    ("en", "North Korea has sent 11,000 troops.", "11,000", ("north-korea",)),
    ("en", "Russia lost 600 tanks.", "600", ("russia",)),
    ("en", "Last year, Germany spent 90 billion euros on defence.", "90 billion euros", ("germany",)),
    ("en", "Ukraine said Russia lost 600 tanks.", "600", ("russia",)),
    ("en", "The Pentagon ordered 200 new missiles.", "200", ("defence-ministry-united-states",)),
    # negatives: two subjects, only prepositional phrases, a speaker, nothing before the figure
    ("de", "Russland und die Ukraine verloren 600 Panzer.", "600", ()),
    ("de", "In Russland wurden 600 Panzer gebaut.", "600", ()),
    ("de", "Laut Reuters verlor die Armee 600 Panzer.", "600", ()),
    ("de", "Gegen die Ukraine wurden 600 Raketen abgefeuert.", "600", ()),
    ("de", "Die Ukraine hat Russland 600 Panzer abgenommen.", "600", ()),
    ("de", "Es wurden 600 Panzer zerstört, sagte Selenskyj.", "600", ()),
    ("de", "Selenskyj sagte, 600 Panzer seien zerstört worden.", "600", ()),
    ("en", "Russia and Ukraine lost 600 tanks.", "600", ()),
    ("en", "In Russia, 600 tanks were built.", "600", ()),
    ("en", "According to Kyiv, 600 tanks were destroyed.", "600", ()),
    ("en", "More than 600 tanks were destroyed near Kharkiv.", "More than 600", ()),
    ("en", "Sanctions against Russia cost 20 billion dollars.", "20 billion dollars", ()),
])
def test_figure_about(code, text, figure, expected):
    assert about(code, text, figure) == expected


@pytest.mark.shared
def test_acceptance_figures_are_about_what_the_gold_says(shared):
    import json

    acc = shared / "acceptance"
    a = sayso.analyze((acc / "de-kursk-dprk.txt").read_text(encoding="utf-8"), lang="de")
    gold = json.loads((acc / "de-kursk-dprk.gold.json").read_text(encoding="utf-8"))
    names = {e.id: e.name for e in a.entities}
    for g in gold["figures"]:
        found = [f for f in a.figures if f.start < g["span"][1] and g["span"][0] < f.end]
        assert found, g["text"]
        got = [names.get(x) for x in found[0].about]
        assert got == ([g["about_entity"]] if g.get("about_entity") else []), (g["text"], got)


def test_word_tables_at_parity():
    assert set(PREPOSITIONS) == set(ARTICLES) == {"de", "en"}
    for table in (PREPOSITIONS, ARTICLES):
        assert all(len(v) >= 3 for v in table.values())
