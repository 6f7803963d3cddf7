"""sayso: on whose say-so? Who says what, about whom, with which figures, in news articles.

    >>> import sayso
    >>> a = sayso.analyze("„Wir bleiben“, sagte Müller.")
    >>> a.statements[0].speaker.text
    'Müller'

The public API is ``analyze`` and ``analyze_many``; everything they return is a frozen,
typed record from ``sayso.model`` with character offsets into the analysed text.
"""

from __future__ import annotations

from .api import Document, Failure, analyze, analyze_many
from .errors import EmptyDocument, InputError, SaysoError, UnsupportedLanguage
from .model import Analysis, Entity, Figure, Mention, Span, Speaker, Statement

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Document",
    "EmptyDocument",
    "Entity",
    "Failure",
    "Figure",
    "InputError",
    "Mention",
    "SaysoError",
    "Span",
    "Speaker",
    "Statement",
    "UnsupportedLanguage",
    "analyze",
    "analyze_many",
]
