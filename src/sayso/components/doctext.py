"""The text of a Doc without rebuilding it.

spaCy joins ``doc.text`` from the tokens on every access, which made every component that
reads it once per statement or sentence quadratic and costs a full copy each time even when
read once. sayso's tokenizer keeps the input in ``doc.user_data["sayso_text"]``; this reads it.
"""

from __future__ import annotations


def doc_text(doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` (set by the tokenizer, else on first use)."""
    text = doc.user_data.get("sayso_text")
    if text is None:
        text = doc.user_data["sayso_text"] = doc.text
    return text
