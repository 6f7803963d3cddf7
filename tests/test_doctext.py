"""The tokenizer keeps the input text for the components, and it spells the tokens exactly."""

from __future__ import annotations

import pytest

from sayso.components.doctext import doc_text
from sayso.pipeline import get_nlp


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Minister sagte: „Wir kommen.“\n\nDas ist alles."),
    ("en", "“We will win,” said Senator Warren.  Two  spaces\tand a tab.\n"),
    ("de", "x" * 5000 + " „a“ " + "1.000." * 3000),  # runs the tokenizer cuts into pieces
    ("en", ""),
    ("de", "   \n\n  "),
])
def test_kept_text_is_the_docs_text(lang, text):
    doc = get_nlp(lang).make_doc(text)
    assert doc.user_data["sayso_text"] == text == doc.text
    assert doc_text(doc) is doc.user_data["sayso_text"]


def test_doc_text_falls_back_for_docs_made_elsewhere():
    from spacy.tokens import Doc

    doc = Doc(get_nlp("de").vocab, words=["Hallo", "Welt"], spaces=[True, False])
    assert "sayso_text" not in doc.user_data
    assert doc_text(doc) == "Hallo Welt" == doc.user_data["sayso_text"]
