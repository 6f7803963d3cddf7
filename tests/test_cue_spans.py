"""The cue holds the words of the reporting verb: those beside it in ``cue``, and the parts
its clause splits from it (German auxiliaries, particles, "Wie") in ``cue_extra``, per language."""

from __future__ import annotations

import json

import pytest

import sayso
from sayso.model import Analysis, Statement

# (lang, text, cue text expected, the cue's parts as the JSON output lists them)
ROWS = [
    ("de", "Die Polizei teilte mit, dass drei Menschen verletzt wurden.", "teilte mit", ["teilte mit"]),
    ("de", "Die Firma hat angekündigt, die Preise zu erhöhen.", "hat angekündigt", ["hat angekündigt"]),
    ("de", "Wie der Konzern bekannt gab, wird das Werk geschlossen.", "bekannt gab", ["Wie", "bekannt gab"]),
    ("de", "Der Minister äußerte sich besorgt, die Lage sei ernst.", "äußerte sich", ["äußerte sich"]),
    # parts the clause puts apart from the verb
    ("de", "Die Polizei teilte am Montag mit, dass drei Menschen verletzt wurden.", "teilte", ["teilte", "mit"]),
    ("de", "Glos hatte in einem Interview gesagt, die Lage sei ernst.", "gesagt", ["hatte", "gesagt"]),
    ("de", "Wie die Polizei am Montag mitteilte, wurden drei Menschen verletzt.", "mitteilte", ["Wie", "mitteilte"]),
    ("de", "Elshorst wies darauf hin, dass die Lage ernst sei.", "wies darauf hin", ["wies darauf hin"]),
    ("de", "Der Soldat ging davon aus, dass er sterben werde.", "ging davon aus", ["ging davon aus"]),
    ("de", "Wie er angegeben hat, sei er unschuldig.", "angegeben hat", ["Wie", "angegeben hat"]),
    ("de", "Das Beben war stark, teilte der USGS mit.", "teilte", ["teilte", "mit"]),
    ("de", "Der Verband bezeichnete die Pläne als „völlig verfehlt“.", "bezeichnete", ["bezeichnete", "als"]),
    # a quotation after a colon has the verb of the clause before as its cue
    ("de", "Der Minister griff den Präsidenten direkt an: „Wer den Holocaust leugnet, kann keine Toleranz "
           "erwarten.“", "griff", ["griff"]),
    ("de", "Fresenius plant eine Umwandlung. Dies geht aus einer Mitteilung des Konzerns hervor.", "geht",
     ["geht", "hervor"]),
    # negatives: nothing beside the verb belongs to it
    ("de", "Der Wetterdienst warnte am Montag vor Stürmen, die Lage sei ernst.", "warnte", ["warnte"]),
    ("de", "Der Minister sagte, die Lage sei ernst.", "sagte", ["sagte"]),
    ("de", "Der Minister, der lange geschwiegen hatte, sagte, die Lage sei ernst.", "sagte", ["sagte"]),
    ("de", "Der Minister sagte am Montag mit ernster Miene, die Lage sei ernst.", "sagte", ["sagte"]),
    ("de", "Laut Polizei wurden drei Menschen verletzt.", "Laut", ["Laut"]),
    ("en", "The governor has said the plan would fail.", "has said", ["has said"]),
    ("en", "The governor said the plan would fail.", "said", ["said"]),
]


@pytest.mark.parametrize("lang,text,cue,parts", ROWS, ids=[r[1][:40] for r in ROWS])
def test_cue_span(lang, text, cue, parts):
    a = sayso.analyze(text, lang=lang)
    assert a.statements, text
    st = a.statements[0]
    assert st.cue is not None and st.cue.text == cue, st.to_dict()
    assert [c["text"] for c in st.to_dict()["cue"]] == parts, st.to_dict()
    assert st.cue_text == " … ".join(parts)
    assert a.check_offsets() == []


def test_cue_parts_survive_a_json_round_trip():
    text = "Die Polizei teilte am Montag mit, dass drei Menschen verletzt wurden."
    a = sayso.analyze(text, lang="de")
    d = json.loads(json.dumps(a.to_dict()))
    b = Analysis.from_dict(d, text=text)
    assert b.to_dict() == a.to_dict()
    assert b.statements[0].cue.text == "teilte" and [c.text for c in b.statements[0].cue_extra] == ["mit"]
    assert b.check_offsets() == []


def test_a_single_span_cue_of_the_earlier_contract_is_read():
    d = {"speaker": None, "cue": {"start": 0, "end": 5, "text": "sagte"},
         "content": [{"start": 6, "end": 9, "text": "ja."}], "kind": "direct", "confidence": 0.5, "evidence": "x"}
    st = Statement.from_dict(d)
    assert st.cue.text == "sagte" and st.cue_extra == ()


@pytest.mark.parametrize("text,content", [
    ("Der Minister kündigte eine Lösung des Problems an.", "Der Minister kündigte eine Lösung des Problems an"),
    ("Die Grünen forderten am Montag einen sofortigen Ausstieg aus der Kohle.",
     "Die Grünen forderten am Montag einen sofortigen Ausstieg aus der Kohle"),
])
def test_reported_speech_has_its_verb_in_the_content_not_as_a_cue(text, content):
    """The annotation marks reported speech as the whole sentence, its verb inside, not as a cue apart."""
    a = sayso.analyze(text, lang="de")
    reported = [s for s in a.statements if s.kind == "reported"]
    assert reported and reported[0].cue is None and reported[0].content[0].text == content, \
        [s.to_dict() for s in a.statements]


def test_a_quotation_continuing_a_speaker_has_that_speakers_cue():
    text = "„Der Bär ist zu einem Problembären geworden“, so Schnappauf. „Der Bär ist außer Rand und Band.“"
    a = sayso.analyze(text, lang="de")
    assert [(s.speaker.text, s.cue_text) for s in a.statements] == [("Schnappauf", "so")] * 2, \
        [s.to_dict() for s in a.statements]
