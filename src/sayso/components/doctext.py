"""Small helpers the components share: the text of a Doc without rebuilding it, and the
binning of numbers into feature names for the learned models.

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


def bin_label(x: float, edges: tuple[float, ...]) -> str:
    """The feature name of x's bin among ascending ``edges``: "<20", ">=400"."""
    for e in edges:
        if x < e:
            return f"<{e}"
    return f">={edges[-1]}"
