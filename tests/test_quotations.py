"""The quotation model: its file, the features it sees, what it keeps and drops, and its
precision on dev."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

import sayso
from sayso.components import quotations
from sayso.evaluation import chars
from sayso.lang import get as get_lang


def test_model_file_is_complete():
    data = json.loads(files("sayso").joinpath("models", "quotes-de.json").read_text(encoding="utf-8"))
    assert 0.0 < data["threshold"] < 1.0
    assert "CC BY-NC-SA" in data["licence"]
    assert data["weights"], "no weights"
    assert quotations.load_model("de") is not None
    assert quotations.load_model("xx") is None


FEATURE_TABLE = [
    # text, role, the tokens before and after the quotation, features it must have and must not have
    ("Er nannte es „völlig unrealistisch und teuer“.", "inside", "es", ".",
     {"starts_lower", "words=<5", "role=inside", "prev=lower", "prev_w=es"}, {"all_cap", "ends_sentence"}),
    ("Das Restaurant „Da Bruno“ ist bekannt.", "free", "Restaurant", "ist",
     {"all_cap", "words=<3", "prev=cap", "role=free", "next_w=ist"}, {"starts_lower", "konj"}),
    ("Er sagte: „Wir kommen.“", "free", ":", "", {"ends_sentence", "pronoun", "prev=punct::", "next=none"},
     {"all_cap"}),
    ("Die „Eins zu Eins“-Begegnung fiel aus.", "free", "Die", "-Begegnung", {"next=hyphen", "prev=det"},
     {"ends_sentence"}),
]


@pytest.mark.parametrize("text,role,prev_word,next_word,present,absent", FEATURE_TABLE,
                         ids=[r[0][:30] for r in FEATURE_TABLE])
def test_quotation_features(text, role, prev_word, next_word, present, absent):
    a, b = text.index("„"), text.index("“") + 1
    f = quotations.features(text, a, b, (a + 1, b - 1), role, False, get_lang("de"), prev_word, next_word)
    assert present <= f, present - f
    assert not (absent & f), absent & f


# (text, quotation, whether a direct statement of just that quotation is expected)
DECISIONS = [
    # a phrase quoted inside a report is the speaker's own words
    ("Die Ministerin sagte, die Lage sei „sehr ernst und bedrohlich“.", "„sehr ernst und bedrohlich“", True),
    # a name in quotation marks is no statement
    ("Alle Opfer sollen in Verbindung mit dem Restaurant „Da Bruno“ gestanden haben.", "„Da Bruno“", False),
    ("Die Operation „Cast Lead“ begann am Samstag.", "„Cast Lead“", False),
    ("Er las das Buch „Der Prozess“ in einer Nacht.", "„Der Prozess“", False),
]


@pytest.mark.parametrize("text,quoted,expected", DECISIONS, ids=[r[1] for r in DECISIONS])
def test_quotation_decision(text, quoted, expected):
    a = sayso.analyze(text, lang="de")
    direct = [s for s in a.statements if s.kind == "direct" and [c.text for c in s.content] == [quoted]]
    assert bool(direct) == expected, [s.to_dict() for s in a.statements]
    assert a.check_offsets() == []


def test_disabled_model_changes_nothing_it_would_decide(monkeypatch):
    text = "Für den Minister ist die Situation in der Stadt „alarmierend und nicht mehr tragbar“."
    monkeypatch.setattr(quotations, "ENABLED", False)
    off = sayso.analyze(text, lang="de")
    assert all(s.evidence != "de:quote-model" for s in off.statements)


@pytest.mark.shared
def test_quotations_the_model_adds_on_dev_are_right_often_enough(dev_results):
    """Each quotation the model makes a statement must pay for itself: right (matching an
    annotated quotation) at least F1/2 of the time; the floor is the dev measurement rounded down."""
    rows, results = dev_results("de")
    made = right = 0
    for row, res in zip(rows, results):
        golds = [chars(q["quote"]) for q in row["quotes"]]
        for st in res.statements:
            if st.evidence != "de:quote-model":
                continue
            made += 1
            c = chars((x.start, x.end) for x in st.content)
            right += any(len(c & g) * 2 >= len(c) and len(c & g) * 2 >= len(g) for g in golds)
    assert made >= 5, f"only {made} quotations made statements on dev"
    assert right / made >= RIGHT_FLOOR, f"{right}/{made} quotations right"


# 4 of 9 on dev with the models retrained on this round's rules (4 of 8 before: the one more it adds,
# a quoted slogan in a sentence of the writer's, is wrong); still above F1/2, about 0.38
RIGHT_FLOOR = 0.44
