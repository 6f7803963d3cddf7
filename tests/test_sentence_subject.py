"""The subject a sentence offers as a speaker candidate: the opening noun phrase, or in German
the noun phrase after the finite verb when an adverbial opens the sentence."""

from __future__ import annotations

import pytest

from sayso.components.speakers import sentence_subject
from sayso.pipeline import get_nlp

# (lang, sentence, subject or None)
ROWS = [
    ("de", "Die Polizei geht von Suizid aus.", "Die Polizei"),
    ("de", "Im Oktober 2005 will die indische Raumfahrtagentur ISRO Tests durchführen.",
     "die indische Raumfahrtagentur ISRO Tests"),
    ("de", "Zudem regte ein Sprecher der Afrikanischen Union eine Konferenz an.", "ein Sprecher der Afrikanischen Union"),
    ("de", "Insbesondere sieht er darin eine Behinderung.", "er"),
    ("de", "Gegenwärtig wirft Bundesfinanzminister Wolfgang Schäuble dem Minister Einmischung vor.",
     "Bundesfinanzminister Wolfgang Schäuble"),
    ("de", "Dabei sprachen sich 75 Prozent für eine Offenlegung aus.", "75 Prozent"),
    # negatives: a clause opens the sentence, the verb is followed by an expletive or a phrase
    ("de", "Da die Tatwaffe im Haus sichergestellt wurde, geht die Polizei von Mord aus.", None),
    ("de", "Nach dem Entwurf sollen neben der Schule auch die Eltern zahlen.", None),
    ("de", "Am Montag gab es keine neuen Fälle.", None),
    ("en", "Reuters reported that the talks had failed.", "Reuters"),
    ("en", "The European Commission said the talks had failed.", "The European Commission"),
    ("en", "On Monday the ministry said the talks had failed.", None),
]


@pytest.mark.parametrize("lang,text,subject", ROWS, ids=[r[1][:40] for r in ROWS])
def test_sentence_subject(lang, text, subject):
    doc = get_nlp(lang)(text)
    span = sentence_subject(doc, (0, len(text)))
    assert (text[span[0]:span[1]] if span else None) == subject
