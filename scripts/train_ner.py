#!/usr/bin/env python3
"""Train sayso's small German NER model on GermEval 2014 (CC BY 4.0).

    .venv/bin/python scripts/train_ner.py [--data ../shared/data/germeval2014-ner] [--epochs 16]

Only the dev and test files of GermEval 2014 are available here, so both are pooled and
split by a hash of each sentence's source line ("#\thttp://...\t[date]"): sentences from one
source document stay on one side, and ~20% of the sources are held back. The model (a
spaCy ``tagger`` of B-/I-/O tags over its own small hash-embedding CNN, outer labels PER,
ORG, LOC) is trained on the rest, plus windows of two words around each name (sayso shows it
such windows), scored on the held-back part, and written with its scores to
src/sayso/models/ner-de/, together with ``common_words.txt``: the capitalised words the
training part shows outside names (German nouns), which sayso uses to decide which words
are worth the model's time. One thread, CPU only, about two minutes; the same data and seed
give the same model.

``--arch parser`` trains spaCy's transition-based ``ner`` instead (a little more accurate,
several times slower to run); sayso runs either.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import hashlib
import json
import random
import shutil
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "sayso" / "models" / "ner-de"
LABELS = ("PER", "ORG", "LOC")
HELD_OUT_PERCENT = 20

MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 96,
        "depth": 4,
        "embed_size": 2500,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}


def read_germeval(path: Path):
    """Yield (source line, [(token, outer tag)]) per sentence."""
    source, toks = None, []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            source = line
            continue
        if not line.strip():
            if toks:
                yield source, toks
            toks = []
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            toks.append((cols[1], cols[2]))
    if toks:
        yield source, toks


def held_out(source: str) -> bool:
    return int(hashlib.sha1((source or "").encode("utf-8")).hexdigest(), 16) % 100 < HELD_OUT_PERCENT


_NO_SPACE_BEFORE = set(".,;:!?)]}%\"'“”")


def to_doc(vocab, toks) -> Doc:
    words = [t for t, _ in toks]
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE and words[i] not in "([{„" for i in range(len(words))]
    doc = Doc(vocab, words=words, spaces=spaces)
    ents, start, label = [], None, None
    for i, (_, tag) in enumerate(list(toks) + [("", "O")]):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if kind not in LABELS:
            kind = None
        if start is not None and (tag.startswith("B-") or kind != label):
            ents.append(Span(doc, start, i, label=label))
            start, label = None, None
        if kind and start is None:
            start, label = i, kind
    doc.ents = ents
    return doc


def window_examples(gold: Doc, reach: int) -> list[Example]:
    """Pieces of a sentence around each name, ``reach`` tokens either side: the model then
    also learns to read the short windows sayso gives it at run time."""
    out = []
    for ent in gold.ents:
        a, b = max(0, ent.start - reach), min(len(gold), ent.end + reach)
        if (a, b) == (0, len(gold)):
            continue
        piece = gold[a:b].as_doc()
        pred = Doc(gold.vocab, words=[t.text for t in piece], spaces=[bool(t.whitespace_) for t in piece])
        out.append(Example(pred, piece))
    return out


def write_common_words(sentences, OUT: Path = DEFAULT_OUT) -> None:
    """``common_words.txt``: capitalised words that the training sentences show after their
    first word, at most one time in ten inside a name ("Frau", "Regierung", "Millionen").
    German capitalises every noun; sayso does not show the model runs of such words alone."""
    outside: dict[str, int] = {}
    inside: dict[str, int] = {}
    for toks in sentences:
        for i, (word, tag) in enumerate(toks):
            if not word[:1].isupper() or not word.replace("-", "").isalpha():
                continue
            if tag[2:] in ("PER", "ORG", "LOC", "OTH"):
                inside[word] = inside.get(word, 0) + 1
            elif i > 0:
                outside[word] = outside.get(word, 0) + 1
    words = sorted(w for w, n in outside.items() if inside.get(w, 0) * 10 <= n + inside.get(w, 0))
    (OUT / "common_words.txt").write_text(
        "# Capitalised words outside names in the training part of GermEval 2014 (CC BY 4.0),\n"
        "# written by scripts/train_ner.py; one word a line.\n" + "\n".join(words) + "\n", encoding="utf-8")


def write_notes(report: dict, OUT: Path = DEFAULT_OUT) -> None:
    """README and LICENSE beside the model: where it comes from and what it may be used for."""
    (OUT / "LICENSE").write_text(
        "This model was trained by sayso's scripts/train_ner.py on the GermEval 2014 NER data\n"
        "(Benikova, Biemann, Reznicek: NoSta-D Named Entity Annotation for German: Guidelines and\n"
        "Dataset, LREC 2014), licensed under Creative Commons Attribution 4.0 International\n"
        "(CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). The model weights are a\n"
        "derivative of that data and are distributed under CC BY 4.0 with this attribution;\n"
        "the code that uses them is under sayso's Apache-2.0 licence.\n", encoding="utf-8")
    per_type = "\n".join(f"| {k} | {v['p']:.3f} | {v['r']:.3f} | {v['f']:.3f} |" for k, v in sorted(report["per_type"].items()))
    arch = ("A spaCy `tagger` of B-/I-/O tags" if report.get("arch") == "tagger"
            else "A spaCy transition-based `ner`")
    (OUT / "README.md").write_text(f"""# ner-de: sayso's small German NER model

{arch} (own hash-embedding CNN tok2vec, no vectors) that finds person (PER), organisation (ORG)
and location (LOC) names. sayso uses it only for names that are not in its knowledge base
(`sayso.components.entities`), and shows it only a few words around runs of capitalised words
that may be such names; set `SAYSO_NER=0` to switch it off. sayso runs the tagger's forward
pass itself in numpy (`_FastTagger`), a batch of articles at a time.

- Data: GermEval 2014 NER, dev + test pooled (the official train file is not available
  here), outer labels only, `deriv`/`part` labels and OTH dropped. CC BY 4.0, see LICENSE.
- Split: {report['split']}: {report['train_sentences']} training sentences
  (plus {report.get('train_windows', 0)} windows of two words around their names), {report['held_out_sentences']} held back
  (whole source documents on one side).
- Model: tok2vec width {report['tok2vec']['width']}, depth {report['tok2vec']['depth']}, {report['tok2vec']['embed_size']} hash rows per feature; dropout {report['dropout']}.
- `common_words.txt`: capitalised words the training part shows outside names (German
  nouns): a run of such words alone is not shown to the model.
- Training: `make train` / `.venv/bin/python scripts/train_ner.py` (CPU, one thread, about two
  minutes; the same data and seed give the same model); the epoch with the best held-out F1
  is kept.
- spaCy {report['spacy']}.

Held-back scores of the model on whole sentences (exact span and label):

| label | precision | recall | F1 |
| --- | --- | --- | --- |
{per_type}
| all | {report['ents_p']:.3f} | {report['ents_r']:.3f} | {report['ents_f']:.3f} |

Note the held-back part was also used to pick the epoch, so the F1 is slightly optimistic.
""", encoding="utf-8")


def bio_spans(tags) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from B-/I-/O tags, read as sayso reads them: an I- tag
    right after a span continues it (its first label counts), any other I- tag opens one."""
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag == "O":
            continue
        if spans and spans[-1][1] == i and tag.startswith("I-"):
            spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
        else:
            spans.append((i, i + 1, tag[2:]))
    return spans


def predict_docs(nlp, docs) -> list[Doc]:
    """Docs with ``ents`` set by the pipeline's ner component or decoded from its tagger's tags."""
    if "ner" in nlp.pipe_names:
        return list(nlp.get_pipe("ner").pipe(docs))
    tagger = nlp.get_pipe("tagger")
    out = []
    for doc in tagger.pipe(docs):
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in bio_spans([t.tag_ for t in doc])]
        out.append(doc)
    return out


def evaluate(nlp, examples) -> dict:
    """Exact-span entity scores over PER, ORG and LOC only (OTH, when learnt, is not scored)."""
    from spacy.scorer import Scorer

    docs = predict_docs(nlp, [Doc(nlp.vocab, words=[t.text for t in ex.reference],
                                  spaces=[bool(t.whitespace_) for t in ex.reference]) for ex in examples])
    examples = [Example(d, ex.reference) for d, ex in zip(docs, examples)]

    def getter(doc, attr):
        return [e for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")]

    s = Scorer.score_spans(examples, "ents", getter=getter, has_annotation=lambda doc: True)
    return {k: (v if v is not None else 0.0) for k, v in s.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "germeval2014-ner")
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--width", type=int, default=48, help="tok2vec width")
    ap.add_argument("--depth", type=int, default=2, help="tok2vec CNN depth")
    ap.add_argument("--embed", type=int, default=4000, help="hash-embedding rows per feature")
    ap.add_argument("--hidden", type=int, default=64, help="hidden width of the transition model")
    ap.add_argument("--no-upper", dest="upper", action="store_false",
                    help="score actions straight from the state features (no upper layer): faster parsing")
    ap.add_argument("--arch", choices=("parser", "tagger"), default="tagger",
                    help="transition-based ner, or a tagger of B-/I-/O tags (no parsing loop: faster)")
    ap.add_argument("--windows", type=int, default=2,
                    help="also train on this many tokens either side of each name (sayso shows the model such windows)")
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--oth", action="store_true",
                    help="also learn GermEval's OTH (other names) label; sayso ignores it, scores exclude it")
    args = ap.parse_args()

    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    nlp = spacy.blank("de")
    MODEL["tok2vec"].update(width=args.width, depth=args.depth, embed_size=args.embed)
    MODEL["hidden_width"] = args.hidden
    MODEL["use_upper"] = args.upper
    global LABELS
    if args.oth:
        LABELS = LABELS + ("OTH",)
    if args.arch == "tagger":
        pipe = nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "nO": None,
                                                        "normalize": False, "tok2vec": MODEL["tok2vec"]}})
        for tag in ("O", *(f"{p}-{label}" for label in LABELS for p in "BI")):
            pipe.add_label(tag)
    else:
        pipe = nlp.add_pipe("ner", config={"model": MODEL})
        for label in LABELS:
            pipe.add_label(label)

    train, test, windows, train_toks = [], [], [], []
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for source, toks in read_germeval(args.data / name):
            if not held_out(source):
                train_toks.append(toks)
            gold = to_doc(nlp.vocab, toks)
            if args.arch == "tagger":
                tags = ["O"] * len(gold)
                for ent in gold.ents:
                    for i in range(ent.start, ent.end):
                        tags[i] = ("B-" if i == ent.start else "I-") + ent.label_
                for t, tag in zip(gold, tags):
                    t.tag_ = tag
            pred = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
            (test if held_out(source) else train).append(Example(pred, gold))
            if args.windows and not held_out(source):
                pieces = window_examples(gold, args.windows)
                train.extend(pieces)
                windows.extend(pieces)
    train_sentences = len(train) - len(windows)
    print(f"{train_sentences} training sentences (+{len(windows)} windows), {len(test)} held back")

    optimizer = nlp.initialize(lambda: train)
    best, best_f = None, -1.0
    t0 = time.time()
    for epoch in range(args.epochs):
        random.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=32):
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = evaluate(nlp, test)
        f = scores["ents_f"]
        print(f"epoch {epoch + 1:2d}  loss {sum(losses.values()):8.1f}  held-out F1 {f:.3f}  ({time.time() - t0:.0f}s)", flush=True)
        if f > best_f:
            best_f = f
            with nlp.use_params(optimizer.averages):
                best = nlp.to_bytes()
                best_scores = scores
    nlp.from_bytes(best)

    OUT = args.out
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(OUT)
    report = {
        "data": "GermEval 2014 NER (Benikova et al., LREC 2014), dev+test pooled, CC BY 4.0",
        "split": f"sha1(source line) % 100 < {HELD_OUT_PERCENT} held back",
        "train_sentences": train_sentences,
        "train_windows": len(windows),
        "held_out_sentences": len(test),
        "labels": list(LABELS),
        "epochs": args.epochs,
        "arch": args.arch,
        "tok2vec": {"width": args.width, "depth": args.depth, "embed_size": args.embed},
        "hidden_width": args.hidden,
        "use_upper": args.upper,
        "dropout": args.dropout,
        "ents_p": round(best_scores["ents_p"], 4),
        "ents_r": round(best_scores["ents_r"], 4),
        "ents_f": round(best_scores["ents_f"], 4),
        "per_type": {k: {m: round(v, 4) for m, v in d.items()} for k, d in best_scores["ents_per_type"].items()},
        "spacy": spacy.__version__,
    }
    (OUT / "scores.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    write_common_words(train_toks, OUT)
    write_notes(report, OUT)
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(json.dumps(report, indent=1))
    print(f"model written to {OUT} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
