"""Language data, one package per language (``lang/de``, ``lang/en``). A new language is a new folder."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import UnsupportedLanguage

SUPPORTED: tuple[str, ...] = ("de", "en")


def get(code: str) -> ModuleType:
    """The data package of a supported language; ``UnsupportedLanguage`` for any other code."""
    code = (code or "").lower()
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    return importlib.import_module(f"{__name__}.{code}")
