"""Typed exceptions. The library raises these; the CLI turns each into one line and an exit code."""

from __future__ import annotations


class SaysoError(Exception):
    """Base class: every error sayso raises on purpose is one of these."""

    exit_code = 1


class UnsupportedLanguage(SaysoError):
    exit_code = 2

    def __init__(self, lang: str, supported: tuple[str, ...]):
        self.lang = lang
        self.supported = supported
        super().__init__(f"language {lang!r} is not supported (supported: {', '.join(supported)})")


class EmptyDocument(SaysoError):
    exit_code = 2

    def __init__(self, what: str = "document"):
        super().__init__(f"{what} is empty: nothing to analyse")


class InputError(SaysoError):
    """Input that cannot be read: a missing or unreadable file, bad JSON, a wrong field type."""

    exit_code = 2
