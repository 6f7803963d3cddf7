"""Offline language detection (py3langid: its model ships inside the package, BSD licence)."""

from __future__ import annotations


def detect(text: str, sample: int = 4000) -> str:
    """ISO 639-1 code of the text's language, judged from its first ``sample`` characters."""
    import py3langid

    lang, _ = py3langid.classify(text[:sample])
    return str(lang)
