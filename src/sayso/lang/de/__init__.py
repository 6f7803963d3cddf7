"""German language data for sayso. Each table lives in its own plain module."""

from .cues import *  # noqa: F401,F403
from .grammar import *  # noqa: F401,F403
from .numbers import *  # noqa: F401,F403

CODE = "de"
