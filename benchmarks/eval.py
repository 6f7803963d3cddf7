#!/usr/bin/env python3
"""`make eval`: score sayso on the dev sets and the acceptance article in ../shared.

Runs the real command line (`python -m sayso analyze ... --format jsonl`) over
../shared/data/wikinews-de-quotes/dev.jsonl and ../shared/data/polnear-en/dev.jsonl into
out/, scores each with ../shared/eval/score_attribution.py, runs the acceptance article
through `sayso analyze --format json` and ../shared/eval/score_acceptance.py, prints a short
summary and writes it to out/eval.json.

    python benchmarks/eval.py [--workers N] [--out DIR]

../shared is found beside the checkout, or wherever SAYSO_SHARED points.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DEV_SETS = {
    "de": "data/wikinews-de-quotes/dev.jsonl",
    "en": "data/polnear-en/dev.jsonl",
}
ACCEPTANCE = "acceptance/de-kursk-dprk.txt"
ACCEPTANCE_GOLD = "acceptance/de-kursk-dprk.gold.json"
# The "done when" figures of issue 3 (who-said-what at the level of the best published
# systems), shown beside the measurements; not enforced here: tests/test_eval_gate.py enforces
# the floors in tests/eval_floors.json, which only move up.
TARGETS = {
    "de": {"quote_f1": 0.80, "attribution_f1": 0.75, "chars_speaker_f1": 0.75, "chars_cue_f1": 0.80},
    "en": {"attribution_f1": 0.65},
}


def find_shared() -> Path:
    env = os.environ.get("SAYSO_SHARED")
    return Path(env).resolve() if env else ROOT.parent / "shared"


def sayso(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "sayso", *args]
    return subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=ROOT)


def run_dev(lang: str, gold: Path, scorer: Path, out: Path, workers: int) -> dict:
    pred = out / f"{lang}-dev.jsonl"
    t0 = time.perf_counter()
    p = sayso("analyze", str(gold), "--format", "jsonl", "--output", str(pred),
              "--workers", str(workers), "--no-progress")
    seconds = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"eval: sayso analyze {gold} failed (exit {p.returncode}):\n{p.stderr}")
    failed = sum(1 for line in pred.open(encoding="utf-8") if '"status": "failed"' in line)
    s = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                       check=False, capture_output=True, text=True)
    if s.returncode != 0:
        raise SystemExit(f"eval: {scorer.name} failed (exit {s.returncode}):\n{s.stderr}")
    scores = json.loads(s.stdout)
    scores["seconds"] = round(seconds, 2)
    scores["failed_documents"] = failed
    scores["gold"] = str(gold)
    scores["predictions"] = str(pred.relative_to(ROOT))
    return scores


def run_acceptance(shared: Path, out: Path) -> dict:
    text, gold = shared / ACCEPTANCE, shared / ACCEPTANCE_GOLD
    pred = out / "acceptance.json"
    p = sayso("analyze", str(text), "--format", "json", "--output", str(pred))
    if p.returncode != 0:
        raise SystemExit(f"eval: sayso analyze {text} failed (exit {p.returncode}):\n{p.stderr}")
    s = subprocess.run([sys.executable, str(shared / "eval" / "score_acceptance.py"), str(gold), str(pred)],
                       check=False, capture_output=True, text=True)
    lines = s.stdout.splitlines()
    m = re.search(r"(\d+) passed, (\d+) failed", lines[-1] if lines else "")
    if not m:
        raise SystemExit(f"eval: score_acceptance.py gave no summary (exit {s.returncode}):\n{s.stdout}{s.stderr}")
    return {
        "passed": int(m.group(1)),
        "failed": int(m.group(2)),
        "failures": [line[8:] for line in lines if line.startswith("FAILED")],
        "predictions": str(pred.relative_to(ROOT)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=1, help="worker processes for sayso analyze")
    ap.add_argument("--out", type=Path, default=ROOT / "out", help="where predictions and eval.json go")
    args = ap.parse_args(argv)

    shared = find_shared()
    if not (shared / "eval" / "score_attribution.py").is_file():
        print(f"eval: the shared data and scorers are missing: no {shared / 'eval' / 'score_attribution.py'}.\n"
              f"      `make eval` needs ../shared beside the checkout (or SAYSO_SHARED=/path/to/shared).",
              file=sys.stderr)
        return 2
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    scorer = shared / "eval" / "score_attribution.py"

    summary: dict = {"shared": str(shared), "dev": {}, "targets": TARGETS}
    for lang, rel in DEV_SETS.items():
        gold = shared / rel
        if not gold.is_file():
            print(f"eval: {gold} is missing; skipping {lang}", file=sys.stderr)
            continue
        summary["dev"][lang] = run_dev(lang, gold, scorer, out, args.workers)
    summary["acceptance"] = run_acceptance(shared, out)

    print("sayso eval (dev sets, shared scorer)")
    for lang, r in summary["dev"].items():
        q, a, ch = r["quote"], r["attribution"], r["chars"]
        name = Path(r["gold"]).parent.name
        print(f"  {lang} {name}: {r['documents']} docs, {r['quote']['gold']} gold quotes, "
              f"{q['pred']} predicted, {r['failed_documents']} failed, {r['seconds']:.1f}s")
        for key, m in (("quote", q), ("attribution", a)):
            target = TARGETS.get(lang, {}).get(f"{key}_f1")
            t = f"   (target {target:.2f})" if target else ""
            print(f"    {key:12s} P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}{t}")
        targets = TARGETS.get(lang, {})
        print("    chars F1     " + "  ".join(
            f"{role} {m['f1']:.3f}" + (f" (target {targets[f'chars_{role}_f1']:.2f})"
                                      if f"chars_{role}_f1" in targets else "")
            for role, m in ch.items()))
        print("    recall/type  " + ", ".join(f"{t} {v:.2f}" for t, v in r["recall_by_type"].items()))
    acc = summary["acceptance"]
    print(f"  acceptance {Path(ACCEPTANCE).name}: {acc['passed']} passed, {acc['failed']} failed")
    for line in acc["failures"]:
        print(f"    FAILED {line}")
    (out / "eval.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"  written: {out / 'eval.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
