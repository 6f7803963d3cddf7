"""The article that anchors the product: every check of ../shared/eval/score_acceptance.py
(its 11 statements with the right speaker, its figures, its entities) passes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import sayso


@pytest.mark.shared
def test_acceptance_article_passes_every_check(shared, tmp_path):
    acc = shared / "acceptance"
    text = (acc / "de-kursk-dprk.txt").read_text(encoding="utf-8")
    out = tmp_path / "analysis.json"
    out.write_text(json.dumps(sayso.analyze(text, lang="de").to_dict(), ensure_ascii=False), encoding="utf-8")
    p = subprocess.run([sys.executable, str(shared / "eval" / "score_acceptance.py"),
                        str(acc / "de-kursk-dprk.gold.json"), str(out)], capture_output=True, text=True)
    failed = [line for line in p.stdout.splitlines() if line.startswith("FAILED")]
    assert not failed, "\n".join(failed)
    assert p.stdout.strip().splitlines()[-1].endswith(" 0 failed"), p.stdout[-500:] + p.stderr[-500:]
