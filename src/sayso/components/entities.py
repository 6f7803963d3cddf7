"""Entity mentions (to be replaced by the knowledge-base matcher)."""

from __future__ import annotations


def find_mentions(doc, lang) -> list:
    return []
