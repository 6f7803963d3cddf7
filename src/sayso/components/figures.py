"""Figures (to be replaced by the full figures component)."""

from __future__ import annotations


def find_figures(doc, lang) -> list:
    return []
