"""A speaker span stays as the text names it; its entity is who it refers to: pronouns take the
nearest person speaker before them, a relative pronoun ("…, who said") the mention it follows."""

from __future__ import annotations

import pytest

import sayso

# (lang, text, speaker text, entity or None)
ROWS = [
    ("en", "Donald Trump won the primary. Ted Cruz endorses Trump, who says he is honored.", "who", "donald-trump"),
    ("en", "He met Mitch McConnell, now the Senate majority leader, who in 2010 said the goal was to win.", "who",
     "local:mitch-mcconnell"),
    ("en", "Vladimir Putin spoke on Monday. He said the talks would continue.", "He", "vladimir-putin"),
    ("de", "Wladimir Putin sprach am Montag. Er sagte, die Gespräche würden fortgesetzt.", "Er", "vladimir-putin"),
    # negatives: no name before the relative pronoun, or too far away
    ("en", "The company, who said nothing about the plan, left the market.", "who", None),
    ("en", "Vladimir Putin arrived. The long and winding negotiations that followed over many weeks of talks, "
           "who said the talks would continue.", "who", None),
]


@pytest.mark.parametrize("lang,text,speaker,entity", ROWS, ids=[r[1][:40] for r in ROWS])
def test_speaker_entity(lang, text, speaker, entity):
    a = sayso.analyze(text, lang=lang)
    found = [s for s in a.statements if s.speaker is not None and s.speaker.text == speaker]
    assert found, [s.to_dict() for s in a.statements]
    assert found[0].speaker.entity == entity, found[0].to_dict()
