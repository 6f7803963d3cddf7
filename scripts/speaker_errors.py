#!/usr/bin/env python3
"""Error analysis of the German speaker choice on the annotated articles.

For every statement that matches a gold quotation (as ../shared/eval/score_attribution.py
matches them) but has the wrong speaker, lists the gold speaker, ours, the rules' own choice
(the speaker model turned off), the cue, the statement's evidence and kind and a snippet, and
puts it in a category:

* ``we_none``    gold names a speaker, we name none
* ``gold_none``  we name a speaker, gold has none
* ``different``  both name one, and the spans share no character; subdivided by what the gold
  speaker is (a pronoun, in an earlier sentence, right beside ours: apposition or span) and
  whether it was among the model's candidates at all

Tags per error: ``rule_right``/``rule_wrong`` (the rules' own speaker, model off),
``gold_in_cands``/``gold_not_in_cands`` (whether a candidate of the speaker model overlaps the
gold speaker), ``gold_sent-N``/``gold_sent+`` (the gold speaker N sentences before the content or
after it), ``gold_pronoun``, ``our_pronoun``, ``gold_inside_content``, ``adjacent`` (the spans
touch: apposition or span boundary), ``near_same_sent``.

Printed: counts per category with their tags and evidence, right/matched per evidence, and on
request the errors of a category, tag or evidence (``--show``), the right speakers whose span
differs from gold's (``--spans``: ours too long, too short) and the model's wrong choices where a
right candidate was there, with the features that set them apart (``--choices``).

    python scripts/speaker_errors.py [--set train|dev] [--show CATEGORY|TAG|EVIDENCE|all] [--limit N]
                                     [--spans] [--choices]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sayso.components import speakers
from sayso.evaluation import chars, match, read_jsonl, speaker_right
from sayso.pipeline import get_nlp

PRONOUNS = {"er", "sie", "ich", "wir", "es", "man", "ihr", "du", "dieser", "diese", "der", "die"}


def gold_text(text, q):
    return " | ".join(text[a:b] for a, b in q.get("speaker") or []) or "-"


def snippet(text, a, b, width=60):
    s = text[max(0, a - width):min(len(text), b + width)].replace("\n", " ⏎ ")
    return s


def sent_index(starts, x):
    return max(0, bisect.bisect_right(starts, x) - 1)


def categorise(text, q, st, rule_st, cand_right, sent_starts):
    """(category, [tags])."""
    gs = chars(q.get("speaker") or [])
    tags = []
    if rule_st is not None:
        tags.append("rule_right" if speaker_right(q, rule_st.speaker) else "rule_wrong")
    if cand_right is not None:
        tags.append("gold_in_cands" if cand_right else "gold_not_in_cands")
    first_content = min(c.start for c in st.content)
    cs = sent_index(sent_starts, first_content)
    if gs:
        g0 = min(gs)
        g1 = max(gs) + 1
        gt = text[g0:g1].strip().lower()
        if gt in PRONOUNS:
            tags.append("gold_pronoun")
        gsent = sent_index(sent_starts, g0)
        if gsent < cs:
            tags.append(f"gold_sent-{min(3, cs - gsent)}")
        elif gsent > cs:
            tags.append("gold_sent+")
        if any(c.start <= g0 < c.end for c in st.content):
            tags.append("gold_inside_content")
    if st.speaker is None:
        return "we_none", tags
    if not gs:
        return "gold_none", tags
    p0, p1 = st.speaker.start, st.speaker.end
    if st.speaker.text.strip().lower() in PRONOUNS:
        tags.append("our_pronoun")
    gap = max(g0 - p1, p0 - g1)
    if gap <= 3:
        tags.append("adjacent")
    elif gap <= 40 and sent_index(sent_starts, g0) == sent_index(sent_starts, p0):
        tags.append("near_same_sent")
    if sent_index(sent_starts, p0) != sent_index(sent_starts, g0):
        tags.append("other_sent_than_gold")
    return "different", tags


CHOICES = []  # (doc id, chosen wrong candidate, best right candidate, score margin) on the rules' statements


def run(rows, nlp):
    out = []  # one dict per matched statement
    for row in rows:
        text = row["text"]
        speakers.ENABLED = False
        doc0 = nlp(text)
        rule_sts = list(doc0._.sayso_statements)
        # the model's candidates, as at training
        sent_spans, sent_starts, hits, hit_starts, cue_sents, counts = speakers.doc_context(doc0, text)
        rule_match = {gi: pi for pi, gi in match(row["quotes"], rule_sts).items()}
        cand_ok = {}
        for gi, pi in rule_match.items():
            q = row["quotes"][gi]
            cands = speakers.candidates(doc0, text, rule_sts, pi, sent_starts, sent_spans, hits, hit_starts,
                                        cue_sents, counts=counts)
            labels = [speaker_right(q, None) if c.none else
                      bool(q.get("speaker")) and speaker_right(q, speakers.Speaker(c.start, c.end, c.text))
                      for c in cands]
            cand_ok[gi] = any(labels)
            weights = speakers.load_model("de")
            if weights and any(labels):
                best = max(range(len(cands)), key=lambda k: speakers.score(cands[k], weights))
                if not labels[best]:
                    good = max((k for k in range(len(cands)) if labels[k]), key=lambda k: speakers.score(cands[k], weights))
                    CHOICES.append((row["id"], cands[best], cands[good], speakers.score(cands[best], weights)
                                    - speakers.score(cands[good], weights)))
        speakers.ENABLED = True
        doc = nlp(text)
        sts = list(doc._.sayso_statements)
        for pi, gi in match(row["quotes"], sts).items():
            st = sts[pi]
            q = row["quotes"][gi]
            rpi = rule_match.get(gi)
            rule_st = rule_sts[rpi] if rpi is not None else None
            ok = speaker_right(q, st.speaker)
            cat, tags = ("right", []) if ok else categorise(text, q, st, rule_st, cand_ok.get(gi), sent_starts)
            out.append({"id": row["id"], "text": text, "q": q, "st": st, "rule": rule_st, "ok": ok,
                        "cat": cat, "tags": tags, "sent_starts": sent_starts})
    return out


def show(e):
    text, q, st = e["text"], e["q"], e["st"]
    first = min(c.start for c in st.content)
    ours = st.speaker.text if st.speaker else "-"
    rule = e["rule"].speaker.text if e["rule"] is not None and e["rule"].speaker else "-"
    cue = st.cue.text if st.cue else "-"
    gs = q.get("speaker") or []
    lo = min([first] + [a for a, _ in gs] + ([st.speaker.start] if st.speaker else []))
    hi = max([first + 40] + [b for _, b in gs] + ([st.speaker.end] if st.speaker else []))
    lo = max(lo, first - 400)
    print(f"[{e['cat']}] {e['id']} {st.evidence} {st.kind} gold={q['type']} tags={','.join(e['tags'])}")
    print(f"   gold: {gold_text(text, q)!r}   ours: {ours!r}   rule: {rule!r}   cue: {cue!r}")
    print(f"   … {snippet(text, lo, min(hi, lo + 500), 40)} …")


def span_report(entries, limit):
    longer = collections.Counter()
    shorter = collections.Counter()
    examples = []
    for e in entries:
        if not e["ok"] or e["st"].speaker is None:
            continue
        gs = chars(e["q"].get("speaker") or [])
        ps = set(range(e["st"].speaker.start, e["st"].speaker.end))
        extra, miss = len(ps - gs), len(gs - ps)
        if extra or miss:
            examples.append((extra + miss, extra, miss, e))
            longer[e["st"].evidence.split(":", 1)[-1]] += extra
            shorter[e["st"].evidence.split(":", 1)[-1]] += miss
    examples.sort(key=lambda x: -x[0])
    print(f"\n== right speakers with another span: {len(examples)}; chars ours-only {sum(x[1] for x in examples)}, "
          f"gold-only {sum(x[2] for x in examples)}")
    for extra, k in (("too long (ours-only chars)", longer), ("too short (gold-only chars)", shorter)):
        print(f"   {extra} by evidence: " + ", ".join(f"{a} {b}" for a, b in k.most_common(8)))
    for _, extra, miss, e in examples[:limit]:
        text = e["text"]
        print(f"  +{extra} -{miss} {e['id']} {e['st'].evidence}: gold {gold_text(text, e['q'])!r} ours {e['st'].speaker.text!r}")


def _kind(c):
    if c.none:
        return "none"
    return "+".join(sorted(f[4:] for f in c.feats if f.startswith("src=") and "&" not in f))


def choice_report(limit):
    print(f"\n== model choices where a right candidate was there: {len(CHOICES)}")
    pairs = collections.Counter((_kind(b), _kind(g)) for _, b, g, _ in CHOICES)
    print("   (chosen, right) kinds: " + "; ".join(f"{a} over {b} {n}" for (a, b), n in pairs.most_common(20)))
    for doc_id, b, g, margin in CHOICES[:limit]:
        print(f"  {doc_id} chose {b.text!r} [{_kind(b)}] over {g.text!r} [{_kind(g)}] by {margin:.2f}")
        fb = sorted(f for f in b.feats - g.feats if "&" not in f)
        fg = sorted(f for f in g.feats - b.feats if "&" not in f)
        print(f"      chosen only: {' '.join(fb)}")
        print(f"      right only:  {' '.join(fg)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="train")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show", default="", help="category or tag to list ('all' for every error)")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--spans", action="store_true", help="list right speakers with a different span")
    ap.add_argument("--choices", action="store_true", help="the model's wrong choices among candidates")
    args = ap.parse_args()
    rows = read_jsonl(Path(args.shared) / "data" / "wikinews-de-quotes" / f"{args.set}.jsonl")
    entries = run(rows, get_nlp("de"))
    errors = [e for e in entries if not e["ok"]]
    print(f"{len(entries)} matched, {len(errors)} with the wrong speaker")
    cats = collections.Counter(e["cat"] for e in errors)
    for cat, n in cats.most_common():
        tags = collections.Counter(t for e in errors if e["cat"] == cat for t in e["tags"])
        ev = collections.Counter(e["st"].evidence.split(":", 1)[-1] for e in errors if e["cat"] == cat)
        print(f"  {cat}: {n}")
        print("     tags: " + ", ".join(f"{t} {k}" for t, k in tags.most_common()))
        print("     evidence: " + ", ".join(f"{t} {k}" for t, k in ev.most_common(10)))
    by_ev = collections.defaultdict(lambda: [0, 0])
    for e in entries:
        by_ev[e["st"].evidence.split(":", 1)[-1]][0] += e["ok"]
        by_ev[e["st"].evidence.split(":", 1)[-1]][1] += 1
    print("  right/matched by evidence: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in
                                                     sorted(by_ev.items(), key=lambda x: -x[1][1] + x[1][0])))
    combo = collections.Counter((e["cat"], next((t for t in e["tags"] if t.startswith("rule_")), "rule_?"),
                                 next((t for t in e["tags"] if t.startswith("gold_in") or t.startswith("gold_not")), "?"))
                                for e in errors)
    print("  by (category, rules, candidates): " + "; ".join(f"{'/'.join(k)} {n}" for k, n in combo.most_common()))
    if args.show:
        print()
        shown = [e for e in errors if args.show == "all" or e["cat"] == args.show or args.show in e["tags"]
                 or e["st"].evidence.endswith(args.show)]
        for e in shown[:args.limit]:
            show(e)
    if args.spans:
        span_report(entries, args.limit)
    if args.choices:
        choice_report(args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
