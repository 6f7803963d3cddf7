"""Shared fixtures: where ../shared is, and the dev sets analysed once per session.

Tests that need ../shared (the gold corpora and scorers beside the checkout) take the
``shared`` fixture and are marked ``shared``; without it they skip with the reason. Point
SAYSO_SHARED at another copy to use that instead.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = {
    "de": "data/wikinews-de-quotes/dev.jsonl",
    "en": "data/polnear-en/dev.jsonl",
}


def find_shared() -> Path:
    env = os.environ.get("SAYSO_SHARED")
    return Path(env).resolve() if env else Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    path = find_shared()
    if not (path / "data").is_dir() or not (path / "eval").is_dir():
        pytest.skip(
            f"needs the shared gold data and scorers at {path} (beside the checkout, or SAYSO_SHARED); "
            "a user clone has none"
        )
    return path


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def dev_results(shared):
    """``dev_results(lang)`` -> (gold rows, results in order): each dev set analysed once per session."""
    import sayso

    cache: dict[str, tuple[list[dict], list]] = {}

    def get(lang: str):
        if lang not in cache:
            path = shared / DEV_SETS[lang]
            if not path.is_file():
                pytest.skip(f"dev set {path} is missing")
            rows = load_jsonl(path)
            n_process = 2 if (os.cpu_count() or 1) >= 2 else 1
            results = list(sayso.analyze_many(rows, n_process=n_process))
            cache[lang] = (rows, results)
        return cache[lang]

    return get
