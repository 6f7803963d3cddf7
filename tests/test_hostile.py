"""Hostile input: analysis time must grow linearly with the input.

Each case analyses an input and one 4x larger (best of several runs, each in a fresh
process so that one case cannot slow the next) and fails when the larger takes more than
8x as long: loose enough not to flake on a busy machine, tight enough to catch quadratic
behaviour (which gives ~16x). A run that exceeds its time budget is killed and fails the
same way, so a quadratic regression cannot hang the suite. Every span must still hold.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

GROWTH = 4
MAX_RATIO = 8.0
NOISE_FLOOR = 0.25  # seconds: below this the larger run is fast enough whatever the ratio
SMALL_TIMEOUT = 60.0  # seconds for the smaller input's runs: inputs are at most 0.5 MB
BIG_TIMEOUT = 180.0  # cap for the larger input's runs (its budget is 8x the smaller's)

DE_SENTENCES = (
    "Laut Angaben des Generalstabs der ukrainischen Streitkräfte wurden über 62.000 russische Soldaten getötet, "
    "sagte ein Sprecher am Montag in Kiew. „Wir bleiben hier, solange es nötig ist“, so Bürgermeister Müller, "
    "der betonte, dass die Lage ernst sei. Es handle sich um mehr als 20 Milliarden Dollar, heißt es in dem Bericht. "
    "Nach Schätzungen von Experten des ISW kamen in den letzten 20 Monaten mehrere Millionen Artilleriegeschosse "
    "aus Nordkorea; die Regierung in Pjöngjang bestätigte die Beteiligung ihrer Truppen. "
)
EN_SENTENCES = (
    "According to the General Staff, more than 1,200 soldiers were killed, a spokesperson said on Monday. "
    "“We are not going anywhere,” Mayor John Miller told reporters, adding that the situation was serious. "
    "The plan, valued at $5.5 billion, was condemned by the union, which said it would cost up to 18,000 jobs. "
)

# name -> (lang, unit repeated n times, n for the smaller input)
CASES = {
    "de-unclosed-low-quote": ("de", "„", 10_000),
    "de-unclosed-quote-in-sentences": ("de", "Er sagte: „Wir kommen morgen. ", 10_000),
    "de-mixed-unbalanced-marks": ("de", "„a “b ‚c »d «e \"f 'g ", 10_000),
    "en-unclosed-quote-in-sentences": ("en", "He said: “We will come tomorrow. ", 10_000),
    "en-newswire-marks-unclosed": ("en", "''We will come,'' he said. ''And then ", 10_000),
    # every paragraph opens a quotation and none closes it: one chain of 5,000 parts
    "de-quote-over-paragraphs": ("de", "„Wir kommen morgen.\n\n", 5_000),
    "de-figures-1.000.": ("de", "1.000.", 10_000),
    "de-paragraph-0.5MB-vs-2MB": ("de", DE_SENTENCES, 500_000 // len(DE_SENTENCES)),
    "en-paragraph-0.25MB-vs-1MB": ("en", EN_SENTENCES, 250_000 // len(EN_SENTENCES)),
}

CHILD = textwrap.dedent(
    """
    import sys, time
    import sayso
    lang, unit, n, reps = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    text = unit * n
    sayso.analyze("Er sagte: „Wir kommen.“ Laut Polizei über 1.000 Menschen.", lang=lang)  # warm up
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        a = sayso.analyze(text, lang=lang)
        best = min(best, time.perf_counter() - t0)
    bad = a.check_offsets()
    if bad:
        print("bad spans:", bad[:5], file=sys.stderr)
        sys.exit(3)
    print(best)
    """
)


def best_time(lang: str, unit: str, n: int, reps: int, timeout: float) -> float | None:
    """Best of ``reps`` analyses of ``unit * n`` in a fresh process; None when over ``timeout``."""
    try:
        p = subprocess.run(
            [sys.executable, "-c", CHILD, lang, unit, str(n), str(reps)],
            check=False, capture_output=True, text=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    assert p.returncode == 0, f"analysis failed (exit {p.returncode}): {p.stderr[-2000:]}"
    return float(p.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", list(CASES))
def test_linear_time(name):
    lang, unit, n = CASES[name]
    small = best_time(lang, unit, n, reps=3, timeout=SMALL_TIMEOUT)
    assert small is not None, f"{name}: {len(unit) * n:,} characters: 3 runs took more than {SMALL_TIMEOUT:.0f}s"
    budget = max(MAX_RATIO * small, NOISE_FLOOR)
    # the time allowed to the whole child: its two runs, plus start-up (spaCy import, warm-up)
    timeout = min(2 * budget + 30, BIG_TIMEOUT)
    big = best_time(lang, unit, n * GROWTH, reps=2, timeout=timeout)
    assert big is not None, (
        f"{name}: {len(unit) * n * GROWTH:,} characters ran past {timeout:.0f}s; "
        f"{len(unit) * n:,} took {small:.3f}s (more than {MAX_RATIO:.0f}x for {GROWTH}x the input)"
    )
    ratio = big / max(small, 1e-9)
    assert big <= NOISE_FLOOR or ratio <= MAX_RATIO, (
        f"{name}: {GROWTH}x the input took {ratio:.1f}x the time ({small:.3f}s -> {big:.3f}s): not linear"
    )


def test_extra_spaces_do_not_hide_a_comma_from_the_rules():
    import sayso

    one = sayso.analyze("Der Minister sagte, die Lage sei ernst.", lang="de")
    two = sayso.analyze("Der Minister sagte,  die Lage sei  ernst.", lang="de")
    assert [s.content[0].text for s in one.statements] == ["die Lage sei ernst"]
    assert [s.content[0].text for s in two.statements] == ["die Lage sei  ernst"]
    assert two.check_offsets() == []
