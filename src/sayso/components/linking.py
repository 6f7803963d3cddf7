"""Linking: mentions grouped into entities; speakers and figures tied to them."""

from __future__ import annotations


def link(doc, lang) -> None:
    doc._.sayso_entities = []
