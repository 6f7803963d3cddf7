"""Quality gate: dev-set scores must not fall below the floors in eval_floors.json.

The dev sets are analysed in-process with ``analyze_many`` and scored with the shared
scorer (../shared/eval/score_attribution.py, imported from its file). Floors only move up:
raise them when a change improves a score. Skips without ../shared.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import sayso

pytestmark = pytest.mark.shared

FLOORS_PATH = Path(__file__).with_name("eval_floors.json")
METRICS = ("quote_f1", "attribution_f1", "quote_p", "quote_r", "attribution_p", "attribution_r",
           "chars_quote_f1", "chars_speaker_f1", "chars_cue_f1")


def load_floors() -> dict[str, dict[str, float]]:
    data = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def load_scorer(shared: Path):
    path = shared / "eval" / "score_attribution.py"
    spec = importlib.util.spec_from_file_location("sayso_shared_score_attribution", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(scores: dict) -> dict[str, float]:
    m = {}
    for key in ("quote", "attribution"):
        for part in ("p", "r", "f1"):
            m[f"{key}_{part}"] = scores[key][part]
    for role, s in scores["chars"].items():
        m[f"chars_{role}_f1"] = s["f1"]
    return m


def test_floors_file_is_well_formed():
    floors = load_floors()
    assert set(floors) <= {"de", "en"} and floors
    for lang, table in floors.items():
        for metric, value in table.items():
            assert metric in METRICS, f"{lang}: unknown metric {metric!r}"
            assert 0.0 <= value <= 1.0, f"{lang}.{metric} = {value}"


@pytest.mark.parametrize("lang", sorted(load_floors()))
def test_dev_scores_at_or_above_floors(lang, shared, dev_results):
    scorer = load_scorer(shared)
    rows, results = dev_results(lang)
    failures = [r for r in results if isinstance(r, sayso.Failure)]
    assert not failures, f"{len(failures)} dev documents failed, e.g. {failures[0]}"
    gold = {row["id"]: row for row in rows}
    pred = {r.id: r.to_dict() for r in results}
    assert set(pred) == set(gold), "the id of every dev document must be kept"
    measured = measure(scorer.score(gold, pred))
    floors = load_floors()[lang]
    below = {k: (measured[k], floor) for k, floor in floors.items() if measured[k] < floor}
    report = ", ".join(f"{k} {measured[k]:.4f} (floor {floors[k]:.4f})" for k in floors)
    print(f"\n{lang} dev: {report}")
    assert not below, f"{lang} dev scores fell below their floors: " + ", ".join(
        f"{k} {got:.4f} < {floor:.4f}" for k, (got, floor) in below.items()
    )
