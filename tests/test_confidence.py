"""Confidence that means something: the calibration table, how a score is read from it, and
the calibration on dev (statements at 0.9 are right at least nine times in ten)."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from sayso.components import confidence
from sayso.evaluation import match, speaker_right, wilson_upper


def test_model_file_has_a_monotone_calibration_table():
    data = json.loads(files("sayso").joinpath("models", "confidence-de.json").read_text(encoding="utf-8"))
    assert "CC BY-NC-SA" in data["licence"]
    table = data["isotonic"]
    assert len(table["z"]) == len(table["p"]) >= 2
    assert table["z"] == sorted(table["z"])
    assert table["p"] == sorted(table["p"]), "the share right must not fall as the score rises"
    assert all(0.0 <= p <= 1.0 for p in table["p"])


TABLE_MODEL = {"correct": {"strong": 3.0, "weak": -3.0, "half": 1.0},
               "isotonic": {"z": [-1.0, 1.0, 2.0], "p": [0.3, 0.7, 0.9]}}


@pytest.mark.parametrize("feats,expected", [
    (set(), 0.5),          # z = 0: halfway between the breakpoints at -1 and 1
    ({"half"}, 0.7),       # z = 1: on a breakpoint
    ({"strong"}, 0.9),     # z = 3: past the last breakpoint, its value
    ({"weak"}, 0.3),       # z = -3: before the first, its value
])
def test_score_reads_the_table_by_interpolation(feats, expected):
    assert confidence.score(TABLE_MODEL, feats) == pytest.approx(expected)


def test_without_a_table_the_platt_scale_is_used():
    model = {"correct": {"bias": 0.0}, "scale": {"a": 1.0, "b": 0.0}}
    assert confidence.score(model, set()) == pytest.approx(0.5)


@pytest.mark.shared
def test_confidence_is_calibrated_on_dev(dev_results):
    rows, results = dev_results("de")
    bins: dict[str, list[int]] = {"high": [], "upper": []}
    for row, res in zip(rows, results):
        matched = match(row["quotes"], res.statements)
        for i, st in enumerate(res.statements):
            right = i in matched and speaker_right(row["quotes"][matched[i]], st.speaker)
            if st.confidence >= 0.9:
                bins["high"].append(int(right))
            if st.confidence >= 0.8:
                bins["upper"].append(int(right))
    high, upper = bins["high"], bins["upper"]
    # few statements reach 0.9 on dev (seven when this was written, six right): the share must
    # be consistent with nine in ten, i.e. 0.9 lies below the upper one-sided 95% Wilson bound
    assert not high or wilson_upper(sum(high), len(high)) >= 0.9, f"{sum(high)}/{len(high)} statements at >= 0.9 right"
    # floor: the dev measurement rounded down (0.88 of 97 once; 28 of 33 since the speaker
    # model of the de-speakers2 round moved the isotonic fit's top block: how many reach 0.8
    # depends on where its breakpoints fall, the share right must not)
    # (0.848 now): what ">= 0.8" promises, at least eight in ten right
    assert len(upper) >= 25 and sum(upper) / len(upper) >= 0.8, f"{sum(upper)}/{len(upper)} at >= 0.8 right"


@pytest.mark.parametrize("k,n,consistent", [(6, 7, True), (9, 10, True), (3, 7, False), (80, 100, False)])
def test_wilson_bound_used_by_the_calibration_check(k, n, consistent):
    assert (wilson_upper(k, n) >= 0.9) == consistent
