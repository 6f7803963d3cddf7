"""The cue span holds the words of the reporting verb that stand beside it, per language."""

from __future__ import annotations

import pytest

import sayso

# (lang, text, cue text expected)
ROWS = [
    ("de", "Die Polizei teilte mit, dass drei Menschen verletzt wurden.", "teilte mit"),
    ("de", "Die Firma hat angekündigt, die Preise zu erhöhen.", "hat angekündigt"),
    ("de", "Wie der Konzern bekannt gab, wird das Werk geschlossen.", "bekannt gab"),
    ("de", "Der Minister äußerte sich besorgt, die Lage sei ernst.", "äußerte sich"),
    # negatives: nothing beside the verb belongs to it
    ("de", "Die Polizei teilte am Montag mit, dass drei Menschen verletzt wurden.", "teilte"),
    ("de", "Der Minister sagte, die Lage sei ernst.", "sagte"),
    ("en", "The governor has said the plan would fail.", "has said"),
    ("en", "The governor said the plan would fail.", "said"),
]


@pytest.mark.parametrize("lang,text,cue", ROWS, ids=[r[1][:40] for r in ROWS])
def test_cue_span(lang, text, cue):
    a = sayso.analyze(text, lang=lang)
    assert a.statements, text
    assert a.statements[0].cue is not None and a.statements[0].cue.text == cue, a.statements[0].to_dict()
    assert a.check_offsets() == []
