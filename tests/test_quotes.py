"""Quotation marks: pairing, and quotations running over several paragraphs."""

from __future__ import annotations

import pytest

import sayso
from sayso.components.quotes import find_quotes

# text, the quotations found (their text), which of them continue the one before
TABLE = [
    ("Er sagte: „Wir kommen.“", ["„Wir kommen.“"], [None]),
    # printers' convention: each paragraph opens, only the last closes
    ("„Wir senken die Steuern.\n\n„Und die Renten steigen.“", ["„Wir senken die Steuern.", "„Und die Renten steigen.“"],
     [None, 0]),
    ("“We cut taxes.\n“We raise pensions.\n\n“No doubt.”", ["“We cut taxes.", "“We raise pensions.", "“No doubt.”"],
     [None, 0, 1]),
    ("»Erstens.\n\n»Zweitens.«", ["»Erstens.", "»Zweitens.«"], [None, 0]),
    # negatives: the next paragraph opens otherwise, or with another mark: the open part is lost
    ("Er sagte: „Wir kommen.\n\nDann kam nichts.", [], []),
    ("„Wir kommen.\n\n»Ein Titel«", ["»Ein Titel«"], [None]),
    # a closed quotation followed by a paragraph opening with a mark is no chain
    ("„Eins.“\n\n„Zwei.“", ["„Eins.“", "„Zwei.“"], [None, None]),
    # web text mixes straight and typographic marks
    ('"Oz has a huge bully pulpit,” said Gorski.', ['"Oz has a huge bully pulpit,”'], [None]),
    ('“We won," he said.', ['“We won,"'], [None]),
    # a nested quotation in the continued part
    ("„Er nannte es ‚Unsinn‘.\n\n„Wirklich.“", ["„Er nannte es ‚Unsinn‘.", "‚Unsinn‘", "„Wirklich.“"],
     [None, None, 0]),
]


@pytest.mark.parametrize("text,texts,continues", TABLE, ids=[t[0][:30] for t in TABLE])
def test_find_quotes(text, texts, continues):
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == texts
    assert [q.continues for q in quotes] == continues
    for q in quotes:
        assert q.closed == (text[q.end - 1] in "“”\"«»‘’'")


@pytest.mark.parametrize("lang,text,parts", [
    ("de", "Der Minister sagte: „Wir werden die Steuern senken.\n\n„Wir werden die Renten erhöhen.“\n\n"
           "Die Opposition widersprach.", 2),
    ("en", "The minister said: “We will cut taxes.\n\n“We will also raise pensions.\n\n“There is no doubt.”\n\n"
           "Critics disagreed.", 3),
])
def test_quotation_over_paragraphs_is_one_statement(lang, text, parts):
    a = sayso.analyze(text, lang=lang)
    direct = [s for s in a.statements if s.kind == "direct"]
    assert len(direct) == 1, [s.to_dict() for s in a.statements]
    st = direct[0]
    assert len(st.content) == parts
    assert st.speaker is not None and "minister" in st.speaker.text.lower()
    assert a.check_offsets() == []


def test_a_closing_mark_before_a_hyphen_is_a_token_of_its_own():
    from sayso.pipeline import get_nlp

    words = [t.text for t in get_nlp("de").make_doc("Die „Bild“-Zeitung und die „Eins zu Eins“-Begegnung.")]
    assert words[:5] == ["Die", "„", "Bild", "“", "-Zeitung"]
    assert "“" in words[7:] and "-Begegnung" in words
