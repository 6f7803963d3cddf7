"""Speaker choice by a small learned model, over the candidates the rules leave open.

The rules find a speaker where the sentence shows one (the subject of "sagte", the noun
phrase after "laut"); for free indirect speech, quotations without a frame and odd sentence
orders they often pick the wrong noun phrase. This stage collects the plausible speakers
around each statement — the rule's choice, the speakers of the statements before it, the
entity mentions and pronouns in its sentence and the two before — and lets a linear model
trained on the annotated training articles (``make train``; ``scripts/train_speakers.py``)
choose among them, or choose no speaker.

The model is a plain table of feature weights (JSON, a few kB) read without any machine
learning library, so inference adds no dependency.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from spacy.tokens import Doc

from .. import lang as langdata
from ..model import Speaker, Statement
from .doctext import bin_label, doc_text

MODEL_FILE = "speakers-{lang}.json"
PRONOUNS = frozenset({"er", "sie", "ich", "wir", "he", "she", "i", "we", "they"})
ROLE_WORDS = ("sprecher", "sprecherin", "spokes", "minister", "präsident", "chef", "leiter", "experte")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    feats: set[str] = field(default_factory=set)
    none: bool = False


ENABLED = True  # the training script turns the model off to see the rules' own choices


@cache
def load_model(lang: str) -> dict[str, float] | None:
    """The weights for ``lang``, or None when no model was trained for it."""
    path = files("sayso").joinpath("models", MODEL_FILE.format(lang=lang))
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}


# far beyond any real sentence's reach (news sentences run a few hundred characters)
WINDOW_CHARS = 3000


def candidates(doc: Doc, text: str, statements: list[Statement], i: int, sent_starts: list[int],
               sent_spans: list[tuple[int, int]], hits: list, hit_starts: list[int],
               cue_sents: set[int] | None = None,
               subjects: dict[int, tuple[int, int] | None] | None = None,
               earlier: set[str] | None = None,
               contents: tuple[list[int], list[tuple[int, int]]] | None = None,
               counts: dict[str, int] | None = None) -> list[Candidate]:
    """The plausible speakers of statement i (statements before i already chosen), each with its
    features; the last candidate stands for "no speaker". ``earlier`` holds the head words of
    the speakers before i; a caller going through a document keeps it, else it is rebuilt."""
    st = statements[i]
    u = max(0, bisect.bisect_right(sent_starts, st.start) - 1)
    # the three sentences up to the statement's, but no further than WINDOW_CHARS either side of its
    # start: one endless "sentence" (hostile input) would make each statement scan all of it
    lo = max(sent_spans[max(0, u - 2)][0], st.start - WINDOW_CHARS)
    hi = min(sent_spans[u][1], st.start + WINDOW_CHARS)
    cands: dict[tuple[int, int], Candidate] = {}

    def inside_content(s: int, e: int) -> bool:
        return any(c.start <= s and e <= c.end for c in st.content)

    def add(s: int, e: int, src: str) -> None:
        if s >= e:
            return
        c = cands.get((s, e))
        if c is None:
            c = cands[(s, e)] = Candidate(s, e, text[s:e])
        c.feats.add("src=" + src)

    if st.speaker is not None:
        add(st.speaker.start, st.speaker.end, "rule")
    for j in (1, 2, 3):
        if i - j >= 0 and statements[i - j].speaker is not None:
            sp = statements[i - j].speaker
            add(sp.start, sp.end, f"prev{j}")
    k = bisect.bisect_left(hit_starts, lo)
    while k < len(hits) and hits[k].start < hi:
        h = hits[k]
        if not inside_content(h.start, h.end):
            add(h.start, h.end, "mention")
            c = cands[(h.start, h.end)]
            c.feats.add("etype=" + (h.type or "none"))
            if h.entity and str(h.entity).startswith("local:"):
                c.feats.add("local")
        k += 1
    span = doc.char_span(lo, hi, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.lower_ in PRONOUNS and not inside_content(tok.idx, tok.idx + len(tok)):
            add(tok.idx, tok.idx + len(tok), "pronoun")
    if doc.lang_ == "de" and span is not None:
        lang_ = langdata.get(doc.lang_)
        for tok in span:
            # "verwies Steinbrück darauf", "bestätigte die Organisation in Bonn": a subject after
            # its verb, which no sentence-opening rule sees
            if tok.lower_ in lang_.CUE_VERBS and tok.is_lower:
                np = _np_after(doc, tok.i + 1, span.end, lang_)
                if np is not None and not inside_content(*np):
                    add(np[0], np[1], "after_verb")
    for k in range(max(0, u - 2), u + 1):
        # each sentence's opening noun phrase serves up to three statements' windows: find it once
        if subjects is None or k not in subjects:
            subject = sentence_subject(doc, sent_spans[k])
            if subjects is not None:
                subjects[k] = subject
        else:
            subject = subjects[k]
        if subject is not None and not inside_content(*subject):
            add(subject[0], subject[1], "subject")
    ev = st.evidence.split(":", 1)[-1]
    freq = head_counts(text) if counts is None else counts
    mood = _mood(langdata.get(doc.lang_), text, st)
    out = []
    first_content = min(c.start for c in st.content)
    lang = langdata.get(doc.lang_)
    if contents is None:
        contents = content_index(statements)
    if earlier is None:
        earlier = set()
        for j in range(i):
            earlier |= head_word(statements[j])
    for c in cands.values():
        words = c.text.split()
        first = words[0].lower() if words else ""
        if len(words) == 1 and (first in lang.NON_SUBJECT_OPENERS or first in lang.PREPOSITIONS) \
                and first not in lang.DETERMINERS:
            continue  # "Zunächst", "Inzwischen", "Im": never who speaks (lower-case adjectives are:
            # "russische" stands for "die russische Regierung" and is linked to Russia)
        if ev == "calling-quote" and st.cue is not None and st.speaker is not None \
                and st.speaker.end <= st.cue.start and st.cue.end <= c.start and c.end <= first_content:
            continue  # "Die Partei bezeichnete den Rücktritt ..., Wendelin Wiedeking, als „überstürzt“":
            # what is called so stands between the verb and "als"; the one calling it before the verb
        cu = max(0, bisect.bisect_right(sent_starts, c.start) - 1)
        dist = first_content - c.end if c.end <= first_content else c.start - st.end
        pos = "before" if c.end <= first_content else ("inside" if c.start < st.end else "after")
        f = c.feats
        f.add(f"units={min(3, u - cu) if cu <= u else 'later'}")
        f.add("pos=" + pos)
        f.add("dist=" + bin_label(max(0, dist), (5, 20, 60, 150, 400)))
        n_words = len(c.text.split())
        f.add("len=" + bin_label(n_words, (2, 4, 7)))
        low = c.text.lower()
        if low in PRONOUNS:
            f.add("pronoun")
        if len(words) == 1 and low in lang.FUNCTION_WORDS:
            f.add("word=" + low)  # "es", "dieser", "demnach": a closed word, judged by itself
        if any(r in low for r in ROLE_WORDS):
            f.add("role")
        if c.start == sent_spans[cu][0]:
            f.add("sentence_start")
        if cue_sents is not None and cu in cue_sents:
            f.add("sentence_has_cue")
        if c.end <= len(text) and text[c.end:c.end + 1] == ":":
            f.add("before_colon")
        if first in lang.DETERMINERS:
            f.add("first=det")
        elif first in lang.NON_SUBJECT_OPENERS:
            f.add("first=opener")
        elif c.text[:1].islower():
            f.add("first=lower")
        if _inside_other(contents, c.start, c.end, st):
            f.add("in_other_content")  # what another statement reports, not who speaks here
        if words and words[-1].lower() in earlier:
            f.add("spoke_before")  # its head word named an earlier statement's speaker
        if words and words[-1][:1].isupper():
            f.add("freq=" + bin_label(freq.get(words[-1], 0), (2, 4)))  # how much the article is about it
        after = text[c.end:c.end + 40].split()
        if after and after[0].strip(",.:").lower() in lang.CUE_VERBS:
            f.add("cue_follows")
        before = text[max(0, c.start - 30):c.start].split()
        if before and before[-1].strip(",.:").lower() in lang.CUE_VERBS:
            f.add("cue_precedes")
        f.add("prevw=" + _word_class(before[-1] if before else "", c.start == sent_spans[cu][0]))
        nxt = after[0] if after else ""
        f.add("nextw=" + _word_class(nxt, False))
        if st.cue is not None and st.cue.end <= c.start and c.end <= first_content:
            # "heißt es, dass Wladimir Putin ...": between the cue and the content
            f.add(f"after_cue&ev={ev}")
        srcs = sorted(x for x in f if x.startswith("src="))
        for s in srcs:
            f.add(f"{s}&ev={ev}")
            f.add(f"{s}&mood={mood}")  # a sentence in the subjunctive continues someone's report
            f.add(f"{s}&kind={st.kind}")
            f.add(f"{s}&{'pos=' + pos}")
        f.add("n_src=" + str(min(3, len(srcs))))
        if "src=rule" in f and st.cue is not None:
            f.add("rule_with_cue")  # the rule found the speaker beside a cue: whatever the evidence
        out.append(c)
    none = Candidate(-1, -1, "", {"none", f"none&ev={ev}", f"none&kind={st.kind}",
                                  "none&rule_has" if st.speaker is not None else "none&rule_empty"}, True)
    out.append(none)
    return out


ADVERBS_IN_EN = frozenset("eben oben unten zusammen morgen wegen zufolge".split())
SUBJECT_DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen the a an".split()
)


_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\w-]+")


def head_counts(text: str) -> dict[str, int]:
    """How often each capitalised word occurs in the text: how much the article is about it."""
    counts: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    return counts


def _mood(lang, text: str, st: Statement) -> str:
    """How the statement's first content span is put: in the subjunctive ("sei"), as a claim
    ("soll"), or plainly."""
    c = st.content[0]
    words = text[c.start:min(c.end, c.start + 400)].lower().split()
    if any(w in lang.SUBJUNCTIVE_FORMS for w in words):
        return "konj"
    if any(w in lang.CLAIM_MODALS for w in words):
        return "claim"
    return "plain"


def _word_class(word: str, sentence_start: bool) -> str:
    """The word beside a candidate as a feature: lower-case words themselves ("laut", "mit",
    "sagte", "sieht"), which tell a speaker from a prepositional object; others by shape."""
    if sentence_start:
        return "<s>"
    w = word.strip("\"'“”„«»")
    if not w:
        return "<none>"
    if w[-1] in ",.:;!?" and len(w) > 1:
        return w[-1] if w[:-1].islower() is False else w[:-1].lower() + w[-1]
    if w in {",", ".", ":", ";", "(", ")", "–", "-"}:
        return w
    if w.islower():
        return w.lower()
    return "<Cap>" if w[:1].isupper() else "<other>"


def sentence_subject(doc: Doc, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with, by case and articles alone ("Die Richter des
    Gerichts", "Das Robert-Koch-Institut"): a likely speaker for the sentences that follow.
    German puts the subject after the finite verb when an adverbial opens the sentence
    ("Zudem regte ein Sprecher ... an", "Im Oktober will die Agentur ..."): that one then."""
    span = doc.char_span(sent[0], sent[1], alignment_mode="expand")
    if span is None:
        return None
    toks = list(span[:24])
    lang = langdata.get(doc.lang_)
    if doc.lang_ == "de" and toks:
        first = toks[0].lower_
        if first in lang.SUBORDINATORS and first not in lang.DETERMINERS:
            return None  # "Da die Tatwaffe ... wurde, geht ...": a clause before the main one
        adverb = first in lang.FUNCTION_WORDS and len(toks) > 1 and toks[1].is_lower \
            and toks[1].lower_ not in lang.DETERMINERS  # "Insbesondere sieht er ..."
        if first in lang.NON_SUBJECT_OPENERS or adverb or first in lang.PREPOSITIONS \
                or first in lang.OBLIQUE_ARTICLES or _oblique_feminine(toks):
            # ("Von den Parlamentariern wird ...", "Den Währungsfonds forderte er auf", "Der
            # englischsprachigen Zeitung sagte Karma": a phrase that is no subject opens the
            # sentence, the subject follows the verb; "der" with an adjective in -en is no subject's)
            return _subject_after_verb(toks, lang)
        if first in lang.FUNCTION_WORDS and first not in lang.DETERMINERS and first not in lang.PRONOUNS \
                and len(toks) > 1 and toks[1].lower_ in lang.DETERMINERS:
            return _opening_np(toks[1:])  # "Weder die G8 noch ...": a conjunction before the subject
    elif toks and toks[0].lower_ in lang.NON_SUBJECT_OPENERS:
        return None  # "On Monday, ...": an adverbial, and English nouns can't be told by case
    return _opening_np(toks)


def _oblique_feminine(toks: list) -> bool:
    """Whether the tokens open with "der" or "das" and an adjective in -en before a noun ("Der
    englischsprachigen Zeitung"): a dative or genitive; a subject has "der englische"."""
    return len(toks) > 2 and toks[0].lower_ in {"der", "das"} and toks[1].is_lower and len(toks[1]) > 4 \
        and toks[1].lower_.endswith("en") and toks[1].lower_ not in ADVERBS_IN_EN and toks[2].text[:1].isupper()


def _subject_after_verb(toks: list, lang) -> tuple[int, int] | None:
    first = toks[0].lower_
    k = 1
    if first in lang.PREPOSITIONS or first in lang.OBLIQUE_ARTICLES or _oblique_feminine(toks):
        # past the prepositional phrase: articles, adjectives, names and numbers
        # (an adjective stands before the noun: after it, "sagte" in "Der ...-en Zeitung sagte
        # Filep Karma" is the verb)
        while k < len(toks) and (toks[k].lower_ in SUBJECT_DETERMINERS or not toks[k].is_lower
                                 or toks[k].lower_.endswith(("e", "en", "er", "es", "em"))
                                 and k + 1 < len(toks) and not toks[k + 1].is_lower
                                 and (k == 1 or toks[k - 1].is_lower)):
            if toks[k].is_punct:
                return None  # "Im Oktober, als ...": a clause, not a phrase
            k += 1
    elif k < len(toks) and not toks[k].is_lower:
        return _opening_np(toks[1:])  # "Auch der frühere Präsident ... unterstützt": a focus word
    if k >= len(toks) - 1 or not toks[k].is_lower or toks[k].lower_ in lang.SUBORDINATORS:
        return None  # no finite verb where one should be
    k += 1
    if toks[k].lower_ == "sich" and k + 1 < len(toks):
        k += 1  # "Dabei sprachen sich 75 Prozent ... aus"
    after = toks[k]
    if after.lower_ in {"er", "sie", "es", "man", "wir", "ich"}:
        return None if after.lower_ in {"es", "man"} else (after.idx, after.idx + len(after))
    if after.lower_ in lang.PREPOSITIONS:
        return None  # "sollen neben der Schule ...": the subject is further on
    if after.like_num and k + 1 < len(toks) and not toks[k + 1].is_lower:
        return after.idx, toks[k + 1].idx + len(toks[k + 1])  # "75 Prozent"
    return _opening_np(toks[k:])


SKIP_AFTER_VERB = frozenset("sich auch nun jedoch aber dazu bereits heute gestern zudem außerdem ebenfalls "
                            "erneut nochmals daher deshalb allerdings inzwischen mittlerweile zunächst".split())


def _np_after(doc: Doc, k: int, end: int, lang) -> tuple[int, int] | None:
    """The noun phrase starting at token k, past a reflexive and a few adverbs ("sprach sich
    auch der Minister"), or None."""
    for _ in range(3):
        if k < end and doc[k].lower_ in SKIP_AFTER_VERB and doc[k].is_lower:
            k += 1
    if k >= end:
        return None
    return _opening_np(list(doc[k:min(end, k + 12)]))


def _opening_np(toks: list) -> tuple[int, int] | None:
    if not toks:
        return None
    start = toks[0].idx
    end = None
    seen_noun = False
    for n, tok in enumerate(toks):
        if n >= 12:
            break
        low = tok.lower_
        if low in SUBJECT_DETERMINERS and (not seen_noun or low in {"des", "der", "of"}):
            continue
        if tok.text[:1].isupper() and tok.is_alpha or tok.text[:1].isupper() and "-" in tok.text:
            seen_noun = True
            end = tok.idx + len(tok.text)
            continue
        if not seen_noun and tok.is_lower and low.endswith(("e", "en", "er", "es", "em")):
            continue
        break
    if not seen_noun or end is None:
        return None
    return start, end


def sentences_with_cues(doc: Doc, sent_starts: list[int]) -> set[int]:
    """Indices of the sentences that hold a cue verb (their subjects are likely speakers)."""
    cues = langdata.get(doc.lang_).CUE_VERBS
    out: set[int] = set()
    # words of the text by a regex: the same as the tokens for plain verbs, without building a
    # Python object per token
    for m in _WORD.finditer(doc_text(doc)):
        if m.group().lower() in cues:
            out.add(max(0, bisect.bisect_right(sent_starts, m.start()) - 1))
    return out


_WORD = re.compile(r"\w+")


def content_index(statements: list[Statement]) -> tuple[list[int], list[tuple[int, int]]]:
    """All statements' content spans sorted by start, with their starts for bisection."""
    spans = sorted((c.start, c.end) for st in statements for c in st.content)
    return [a for a, _ in spans], spans


def _inside_other(contents: tuple[list[int], list[tuple[int, int]]], s: int, e: int, st: Statement) -> bool:
    starts, spans = contents
    k = bisect.bisect_right(starts, s) - 1
    # content spans rarely nest, so the nearest few starting at or before s settle it
    for j in range(k, max(-1, k - 3), -1):
        a, b = spans[j]
        if a <= s and e <= b and not any(c.start == a and c.end == b for c in st.content):
            return True
    return False


def head_word(st: Statement) -> set[str]:
    """The last word of a statement's speaker ("Putin" of "Wladimir Putin"), as a set."""
    words = st.speaker.text.split() if st.speaker is not None else []
    return {words[-1].lower()} if words else set()


def _parent(statements: list[Statement], i: int) -> int | None:
    """For a quotation nested in an earlier statement's content (evidence "nested-quote"), the
    index of that statement: the quoted words are its speaker's, whoever the model would pick."""
    st = statements[i]
    if not st.evidence.endswith(":nested-quote"):
        return None
    for j in range(i - 1, max(-1, i - 8), -1):
        if any(c.start <= st.start and st.end <= c.end for c in statements[j].content):
            return j
    return None


def score(c: Candidate, weights: dict[str, float]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in c.feats)


class DocContext(NamedTuple):
    """What candidates() reads of a whole document, built once per document (at run time and by
    the scripts that train or inspect the speaker model, so that both see the same)."""
    sent_spans: list[tuple[int, int]]
    sent_starts: list[int]
    hits: list
    hit_starts: list[int]
    cue_sents: set[int]
    counts: dict[str, int]


def doc_context(doc: Doc, text: str) -> DocContext:
    sent_spans = [(s.start_char, s.end_char) for s in doc.sents]
    sent_starts = [a for a, _ in sent_spans]
    hits = sorted(doc._.sayso_mentions or [], key=lambda h: h.start)
    return DocContext(sent_spans, sent_starts, hits, [h.start for h in hits], sentences_with_cues(doc, sent_starts),
                      head_counts(text))


def choose_speakers(doc: Doc, statements: list[Statement], lang_code: str) -> list[Statement]:
    """Statements with each speaker chosen by the model (unchanged where no model exists)."""
    weights = load_model(lang_code) if ENABLED else None
    if weights is None or not statements:
        return statements
    text = doc_text(doc)
    sent_spans, sent_starts, hits, hit_starts, cue_sents, counts = doc_context(doc, text)
    chosen = list(statements)
    subjects: dict[int, tuple[int, int] | None] = {}
    earlier: set[str] = set()
    contents = content_index(statements)
    for i, st in enumerate(statements):
        parent = _parent(chosen, i)
        if parent is not None:
            if chosen[parent].speaker != st.speaker:
                chosen[i] = replace(st, speaker=chosen[parent].speaker)
            continue
        cands = candidates(doc, text, chosen, i, sent_starts, sent_spans, hits, hit_starts, cue_sents, subjects,
                           earlier, contents, counts)
        best = max(cands, key=lambda c: score(c, weights))
        if best.none:
            sp = None
        elif st.speaker is not None and (best.start, best.end) == (st.speaker.start, st.speaker.end):
            sp = st.speaker
        else:
            sp = Speaker(best.start, best.end, best.text)
        if sp is not st.speaker:
            chosen[i] = replace(st, speaker=sp)
        earlier |= head_word(chosen[i])
    if doc.lang_ == "de":
        places = place_index(doc)
        chosen = [st if st.speaker is None else replace(st, speaker=expand_speaker(doc, text, st, places))
                  for st in chosen]
    # a sentence the reported-sentence model found, with no one the model can name as its source,
    # reads as the writer's own narration: not a statement on anyone's say-so (dev: quote F1
    # 0.697 -> 0.701, attribution 0.589 -> 0.592)
    return [st for st in chosen if st.speaker is not None or not st.evidence.endswith((":reported-model", ":subjunctive-unattributed"))]


LEAD_NOT_SPEAKER = frozenset({"von", "einzig", "lediglich", "sogar"})
PLACE_PREPOSITIONS = frozenset({"in", "im", "aus"})
PLACE_TYPES = frozenset({"place", "country", "city", "location"})
OPENING_MARKS = frozenset("„»\"“‚")
CLOSING_MARKS = frozenset("“”«\"‘")
TRAIL_NOT_SPEAKER = frozenset("wörtlich zufolge nach auch jedoch aber dazu bereits hingegen dagegen wiederum selbst indes "
                               "indessen allerdings nun nicht".split())
APPOSITION_WORDS = frozenset("von vom der des dem den am im beim bei in für zur zum aus und".split())


def place_index(doc: Doc) -> list[tuple[int, int]]:
    """The document's place mentions as sorted (start, end) pairs, built once per document."""
    return sorted((h.start, h.end) for h in (doc._.sayso_mentions or ()) if h.type in PLACE_TYPES)


def _is_place(places: list[tuple[int, int]], idx: int) -> bool:
    k = bisect.bisect_right(places, (idx, float("inf"))) - 1
    return k >= 0 and places[k][0] <= idx < places[k][1]


def expand_speaker(doc: Doc, text: str, st: Statement, places: list[tuple[int, int]] | None = None) -> Speaker:
    """The whole noun phrase a chosen German speaker stands in, as annotators mark it: titles
    and articles before a name ("Hisbollah-Chef Hassan Nasrallah", "Der deutsche Vizekanzler und
    Arbeitsminister Franz Müntefering"), a party in brackets, a quoted name, a genitive
    ("Angaben des Magazins „Der Spiegel“") and a role in apposition ("die Geschäftsführerin der
    Organisation, Manuela Roßbach"). Never into the statement's content or cue."""
    sp = st.speaker
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None:
        return sp
    lang = langdata.get(doc.lang_)
    blocked = [(c.start, c.end) for c in st.content] + ([(st.cue.start, st.cue.end)] if st.cue else [])

    def free(tok) -> bool:
        return not any(a <= tok.idx < b for a, b in blocked)

    sent = span.sent
    i, j = span.start, _before_relative_clause(doc, span.start, span.end, lang)
    # a description ("die Regierung", "ein Sprecher des LBM"), not a person's name: only it is placed
    described = doc[i].lower_ in lang.DETERMINERS and doc[j - 1].text[:1].isupper()
    # right: "(SPD)", „Der Spiegel“, "des Vatikan-Sprechers Federico Lombardi", ", ein Klimaexperte vom WWF,"
    for _ in range(3):
        if j >= sent.end or not free(doc[j]):
            break
        t = doc[j]
        if t.is_lower and t.lower_ in NAME_PARTICLES and t.lower_ not in {"von", "der", "den", "zu"} \
                and doc[j - 1].text[:1].isupper() and j + 1 < sent.end and doc[j + 1].text[:1].isupper() \
                and free(doc[j + 1]):
            j += 2  # "Heike van Laak", "Mohammed el-Baradei": the rest of the name
            continue
        name_end = _person_end(doc, t.idx) if doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha \
            and doc[j - 1].lower_.endswith(lang.PERSON_NOUN_ENDINGS) else None
        if name_end is not None:
            k = j
            while k < sent.end and doc[k].idx < name_end and free(doc[k]):
                k += 1
            if k > j and doc[k - 1].idx + len(doc[k - 1].text) == name_end:
                j = k  # "Bundeskanzlerin" + "Angela Merkel": a role and the name after it
                continue
        if t.text == "(":
            k = next((k for k in range(j + 1, min(sent.end, j + 6)) if doc[k].text == ")"), None)
            if k is None or any(not free(doc[x]) for x in range(j, k + 1)):
                break
            j = k + 1
        elif t.text in "„»\"“":
            k = next((k for k in range(j + 1, min(sent.end, j + 8)) if doc[k].text in "“”«\""), None)
            if k is None or any(not free(doc[x]) for x in range(j, k + 1)):
                break
            j = k + 1
        elif t.lower_ in {"und", "sowie"} and j + 1 < sent.end and doc[j - 1].text[:1].isupper():
            # "NPR und PBS bestehen darauf", "Die syrische Regierung und die Rebellen einigten sich":
            # a subject of two, before its verb
            k = j + 1
            if doc[k].lower_ in lang.DETERMINERS:
                k += 1
            while k < sent.end and doc[k].is_lower and doc[k].lower_.endswith(("e", "en", "er", "es", "em")) \
                    and doc[k].lower_ not in lang.FUNCTION_WORDS | lang.SUBJUNCTIVE_FORMS | lang.CUE_VERBS:
                k += 1
            n = k
            while n < sent.end and n < k + 4 and free(doc[n]) and doc[n].text[:1].isupper() and not doc[n].is_punct:
                n += 1
            if n == k or n >= sent.end or not (doc[n].is_lower and doc[n].lower_ not in lang.DETERMINERS
                                               and doc[n].lower_ not in lang.PREPOSITIONS) \
                    or any(not free(doc[x]) for x in range(j, n)):
                break
            j = n
        elif t.lower_ in PLACE_PREPOSITIONS and t.is_lower and described and j + 1 < sent.end:
            # "ein Sprecher des LBM in Koblenz", "Die US-Botschaft im Irak": where an institution sits
            k = j + 1
            if doc[k].lower_ in {"der", "dem", "den"}:
                k += 1
            n = k
            while n < sent.end and n < k + 3 and free(doc[n]) and doc[n].text[:1].isupper() and doc[n].is_alpha \
                    or n < sent.end and "-" in doc[n].text and doc[n].text[:1].isupper() and free(doc[n]):
                n += 1
            if n == k or n < sent.end and (doc[n].text[:1].isupper() or doc[n].like_num) \
                    or not _is_place(places if places is not None else place_index(doc), doc[k].idx):
                break
            j = n
        elif (t.lower_ in {"von", "vom"} or t.lower_ == "aus" and doc[j - 1].lower_ in lang.SOURCE_NOUNS
              or t.lower_ == "für" and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha) \
                and t.is_lower and j + 1 < sent.end and (
                doc[j + 1].lower_ in {"der", "dem", "den"} or doc[j + 1].text[:1].isupper()):
            # "Sascha Kempf vom Max-Planck-Institut für Kernphysik", "Bernard Aubin von der CFTC",
            # "der Chef der Bundesagentur für Arbeit"
            k = j + 1
            while k < sent.end and free(doc[k]) and (doc[k].text[:1].isupper() or doc[k].lower_ in {"der", "dem", "den", "für"}
                                                      or doc[k].is_lower and doc[k].lower_.endswith(("e", "en", "er", "es", "em"))
                                                      and doc[k].lower_ not in lang.SUBJUNCTIVE_FORMS
                                                      and doc[k].lower_ not in lang.CUE_VERBS):
                k += 1
            while k > j + 1 and not doc[k - 1].text[:1].isupper():
                k -= 1
            if k == j + 1:
                break
            j = k
        elif t.text[:1].isupper() and t.is_alpha and j - i == 1 and _genitive_name(doc[i], lang):
            # "Kenias Regierung", "Demjanjuks Sohn": a name in the genitive before its noun
            k = j
            while k < sent.end and k < j + 4 and free(doc[k]) and doc[k].text[:1].isupper() \
                    and (doc[k].is_alpha or "-" in doc[k].text):
                k += 1
            j = k
        elif t.lower_ in GENITIVE_LINKS and t.is_lower:
            k = j + 1
            while k < sent.end and free(doc[k]) and (doc[k].is_title or doc[k].text[:1].isupper()
                                                      or doc[k].lower_.endswith(("e", "en", "er", "es", "em"))
                                                      and doc[k].is_lower and doc[k].lower_ not in lang.SUBJUNCTIVE_FORMS):
                k += 1
            if k == j + 1 or not doc[k - 1].text[:1].isupper():
                break
            j = k
        else:
            break
    if i - 2 >= sent.start and doc[i - 1].lower_ in {"von", "vom"} and doc[i - 1].is_lower and free(doc[i - 1]) \
            and free(doc[i - 2]) and doc[i - 2].text[:1].isupper() and doc[i - 2].lower_.endswith(lang.SOURCE_NOUNS):
        i -= 2  # "Einer Meldung von Xinhua", "Meinung von Mike Brown": the report the source speaks in
    # left: titles, adjectives and the article before the name
    while i > sent.start and free(doc[i - 1]):
        t = doc[i - 1]
        low = t.lower_
        article = low in lang.DETERMINERS and doc[i].text[:1].isupper() and i == span.start  # "Das Gericht"
        if article and low in lang.NON_SUBJECT_OPENERS:
            i -= 1
            break  # the article opens the phrase
        if low in lang.NON_SUBJECT_OPENERS and not (
                t.text[:1].isupper() and low not in lang.PREPOSITIONS and i - 1 > sent.start):
            break
        if t.text[:1].isupper() and t.is_alpha or "-" in t.text and t.text[:1].isupper() or t.text in TITLE_ABBREVIATIONS:
            i -= 1
        elif t.is_lower and (low in lang.DETERMINERS or low == "und"
                             or low.endswith(("e", "en", "er", "es", "em")) and low not in lang.SUBJUNCTIVE_FORMS
                             and low not in lang.CUE_VERBS and low not in lang.FUNCTION_WORDS
                             # (not a verb before its subject's article: "fassten die Hamburger Grünen")
                             and not (doc[i].lower_ in lang.DETERMINERS or doc[i].like_num
                                      and (i < 2 or doc[i - 2].lower_ not in lang.DETERMINERS))):
            i -= 1
        else:
            break
    k = i
    while k > sent.start and free(doc[k - 1]) and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and doc[k - 1].lower_.endswith(ADJ_ENDINGS) and doc[k - 1].lower_ not in lang.DETERMINERS \
            and doc[k - 1].lower_ not in lang.SUBJUNCTIVE_FORMS and doc[k - 1].lower_ not in lang.CUE_VERBS:
        k -= 1
    if k < i and k > sent.start and free(doc[k - 1]) and doc[k - 1].lower_ in lang.DETERMINERS \
            and doc[i].text[:1].isupper():
        i = k - 1  # "Der österreichische Bundeskanzler Wolfgang Schüssel": adjectives after their article
    while i < span.start and (doc[i].lower_ == "und" or doc[i].is_lower and doc[i].lower_ not in lang.DETERMINERS
                              and not doc[i].lower_.endswith(("e", "en", "er", "es", "em"))):
        i += 1  # a phrase does not open with "und"
    first = doc[span.start]
    if first.text[:1].isupper() and first.lower_ not in lang.DETERMINERS:
        # a name with its role in apposition, before or after: "die Geschäftsführerin der
        # Organisation, Manuela Roßbach", "Stephen Singer, ein Klimaexperte vom WWF,"
        if i == span.start and i - 2 > sent.start and doc[i - 1].text == ",":
            k = _np_segment_start(doc, i - 1, sent.start, lang, free)
            if k is not None:
                i = k
        if j + 1 < sent.end and doc[j].text == "," and free(doc[j]):
            k = _np_segment_end(doc, j + 1, sent.end, lang, free, st.cue.start if st.cue is not None else -1)
            if k is not None:
                j = k
    elif j + 1 < sent.end and doc[j].text == "," and free(doc[j]):
        # a description with the name in apposition after it: "der Direktor der IAEO, Mohammed
        # el-Baradei, erklärte", "die Sprecherin der Stiftung, Heike van Laak:"
        k = _name_end(doc, j + 1, sent.end, lang, free)
        if k is not None:
            j = k
    if i == span.start and i - 2 >= sent.start and doc[i - 1].text == "," and free(doc[i - 1]) \
            and _role_opens(doc, i, j, lang):
        # a name before its role in apposition: "René Préval, der Präsident des Staates",
        # "Theo Zwanziger, Präsident des DFB"
        k = _name_start(doc, i - 1, sent.start, lang, free)
        if k is not None:
            i = k
    # "Wie der Spiegel", "von dem die Polizei": a clause's opening word is not the speaker's;
    # "Suttner wörtlich": nor an adverb after it
    while j - i > 1 and (doc[i].lower_ in lang.SUBORDINATORS or doc[i].lower_ in LEAD_NOT_SPEAKER
                         and not (doc[i].text[:1].isupper() and _name_at(doc, doc[i].idx))
                         or doc[i].lower_ in lang.CLAUSE_CONNECTIVES):
        i += 1
    while j - i > 1 and doc[j - 1].is_lower and doc[j - 1].is_alpha and doc[j - 1].lower_ in TRAIL_NOT_SPEAKER:
        j -= 1
    if i > sent.start and doc[i - 1].text in OPENING_MARKS and free(doc[i - 1]) \
            and any(doc[k].text in CLOSING_MARKS for k in range(i, j)):
        i -= 1  # „Die Zeit“: the name's opening mark with its closing one
    i, j = _without_verbs(doc, i, j, sent.start, lang)
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    if (start, end) == (sp.start, sp.end):
        return sp
    return replace(sp, start=start, end=end, text=text[start:end])


def _finite_verb(tok, sent_start: int, lang) -> bool:
    """Whether a token is a finite verb, which no speaker's noun phrase holds: an auxiliary, a
    modal, a verb of saying or a subjunctive in lower case ("musste", "wollte", "räumte"), or a
    sentence's first word that German writes in lower case and no adjective's ending marks
    ("Verläuft der Test erfolgreich", "Kämen sie dem nicht nach", "Hatte sie")."""
    low = tok.lower_
    verb = low in lang.FINITE_AUXILIARIES or low in lang.CUE_AUXILIARIES or low in lang.CUE_VERBS \
        or low in lang.SUBJUNCTIVE_FORMS or low in lang.PARTICLE_CUES
    if tok.is_lower:
        return verb
    # (capitalised, "Angaben" and "Folge" are nouns: only the auxiliaries stay verbs)
    return tok.i == sent_start and tok.is_alpha and low not in lang.DETERMINERS and low not in lang.PRONOUNS \
        and low not in lang.PREPOSITIONS and (
            low in lang.FINITE_AUXILIARIES or low in lang.CUE_AUXILIARIES or low in lang.SUBJUNCTIVE_II_ONLY
            or low in lang.FUNCTION_WORDS and not low.endswith(ADJ_ENDINGS) and low not in lang.CUE_VERBS)


def _without_verbs(doc: Doc, i: int, j: int, sent_start: int, lang) -> tuple[int, int]:
    """The tokens i to j of a speaker without a finite verb: a rule or the expansion that ran
    over one took a clause, and the speaker is the noun phrase on one side of it: the side
    with a noun or pronoun first, unless it opens with a preposition ("Ein Sprecher der BA wollte
    gegenüber der WAZ auf Anfrage", "er wolle noch am Freitag ... bekannt")."""
    cuts = [k for k in range(i, j) if _finite_verb(doc[k], sent_start, lang)]
    if not cuts or j - i < 2:
        return i, j
    bounds = [i - 1] + cuts + [j]
    segments = [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]

    def nominal(a: int, b: int) -> bool:
        if doc[a].lower_ in lang.PREPOSITIONS and doc[a].is_lower:
            return False
        return any(t.text[:1].isupper() and t.is_alpha and t.lower_ not in lang.DETERMINERS
                   or t.lower_ in lang.PRONOUNS or t.lower_ in PRONOUNS for t in doc[a:b])

    return next((seg for seg in segments if nominal(*seg)), (i, j))


RELATIVE_PRONOUNS = frozenset("der die das dem den deren dessen denen welche welcher welches welchem welchen".split())
ADJ_ENDINGS = ("e", "en", "er", "es", "em")


TITLE_ABBREVIATIONS = frozenset({"Dr.", "Prof.", "Dres.", "St."})


def _person_starts(doc: Doc) -> dict[int, tuple[int, bool, bool]]:
    """The document's person mentions by start: (end, a role, more than one word), built once per
    document."""
    table = doc.user_data.get("sayso_person_starts")
    if table is None:
        table = {h.start: (h.end, h.kind == "role", " " in h.text)
                 for h in doc._.sayso_mentions or () if h.type == "person"}
        doc.user_data["sayso_person_starts"] = table
    return table


def _person_end(doc: Doc, idx: int) -> int | None:
    """Where the name of a person that starts at character idx ends, if one does."""
    h = _person_starts(doc).get(idx)
    return h[0] if h is not None and not h[1] else None


TIME_WORDS = frozenset("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wochenende Vortag Abend "
                       "Morgen Mittag Nachmittag Vormittag Montagabend Dienstagabend Mittwochabend Donnerstagabend "
                       "Freitagabend Samstagabend Sonntagabend".split())


def _time_phrase(doc: Doc, k: int, ceil: int, lang) -> bool:
    """Whether a phrase of time starts at token k ("am Montag", "im März", "heute")."""
    t = doc[k]
    if t.lower_ in {"heute", "gestern", "vorgestern", "morgen"} and t.is_lower:
        return True
    return t.lower_ in {"am", "im", "vom", "seit"} and k + 1 < ceil and (
        doc[k + 1].text in TIME_WORDS or doc[k + 1].text in lang.MONTHS or doc[k + 1].like_num)


def _name_at(doc: Doc, idx: int) -> bool:
    """Whether a person's name of more than one word starts at character idx ("Von der Leyen")."""
    h = _person_starts(doc).get(idx)
    return h is not None and h[2]


def _before_relative_clause(doc: Doc, i: int, j: int, lang) -> int:
    """The end of a speaker span from i to j without a relative clause on its noun: annotators
    leave the clause out ("Der NDR, der in der ARD für den Vertrag verantwortlich [ist]", "Deiss,
    der sich ... entschlossen [hatte]") but keep an apposition ("Günther Platter, der
    Verteidigungsminister Österreichs", "der ehemalige ..."), told apart by the word after the
    pronoun: a noun or an adjective opens an apposition, anything else a clause."""
    for k in range(i + 1, j - 2):
        if doc[k].text != "," or doc[k + 1].lower_ not in RELATIVE_PRONOUNS:
            continue
        nxt = doc[k + 2]
        low = nxt.lower_
        apposition = nxt.text[:1].isupper() or nxt.is_lower and low.endswith(ADJ_ENDINGS) \
            and low not in lang.DETERMINERS and low not in lang.PREPOSITIONS and low not in lang.PRONOUNS \
            and low not in lang.SUBORDINATORS
        if not apposition:
            return k
    return j


def _np_ish(tok, lang) -> bool:
    low = tok.lower_
    return (tok.text[:1].isupper() or low in lang.DETERMINERS or low in APPOSITION_WORDS
            or tok.is_lower and low.endswith(("e", "en", "er", "es", "em")) and low not in lang.SUBJUNCTIVE_FORMS
            and low not in lang.CUE_VERBS or tok.text in {"(", ")", "-"} or tok.like_num
            # "Der Geschäftsführer von „Ener1“", "Der Doktorvater zu Guttenbergs"
            or tok.text in OPENING_MARKS | CLOSING_MARKS
            or "-" in tok.text and any(ch.isupper() for ch in tok.text)  # "des ödp-Kreisverbandes"
            or low in NAME_PARTICLES and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper())


NAME_PARTICLES = frozenset("von van der den de da di del la le zu bin ibn al el".split())


GENITIVE_LINKS = frozenset("des der eines einer seines seiner ihres ihrer".split())


def _genitive_name(tok, lang) -> bool:
    """A capitalised word in the genitive "s" that stands before its noun ("Kenias", "Schäubles")."""
    low = tok.lower_
    return tok.text[:1].isupper() and tok.is_alpha and len(low) > 3 and low.endswith("s") \
        and not low.endswith(("ss", "us", "is", "os", "as")) and low not in lang.FUNCTION_WORDS \
        and low not in lang.DETERMINERS


def _role_opens(doc: Doc, i: int, j: int, lang) -> bool:
    """Whether the phrase from i to j is a role: an article and a noun for a person ("der
    Präsident des Staates", "der ehemalige Trainer Ghanas"), or such a noun with its genitive or
    "von" ("Präsident des DFB"; not a name like "Wendelin Wiedeking")."""
    article = doc[i].lower_ in lang.DETERMINERS and doc[i].lower_ not in lang.OBLIQUE_ARTICLES
    k = i + 1 if article else i
    while article and k < j and doc[k].is_lower and doc[k].lower_.endswith(ADJ_ENDINGS):
        k += 1  # "der ehemalige"
    return k < j - 1 and doc[k].text[:1].isupper() and doc[k].lower_.endswith(lang.PERSON_NOUN_ENDINGS) \
        and (article or doc[k + 1].lower_ in lang.NP_LINKS)


def _name_start(doc: Doc, comma: int, floor: int, lang, free) -> int | None:
    """Start of a name of at most four capitalised words ending at the comma before a role, where
    the sentence, a clause or a verb puts it ("René Préval, der Präsident ...", "sagte Theo
    Zwanziger, Präsident ..."); None after an article, a preposition or "und" (a list, an object)."""
    k = comma
    while k > floor and k > comma - 4 and free(doc[k - 1]) and doc[k - 1].text[:1].isupper() \
            and (doc[k - 1].is_alpha or "-" in doc[k - 1].text or doc[k - 1].text.endswith(".")) \
            and doc[k - 1].lower_ not in lang.DETERMINERS:
        k -= 1
    if k == comma:
        return None
    if k > floor:
        p = doc[k - 1]
        low = p.lower_
        if not (p.text in {":", "–", "(", "„"} or p.is_lower and p.is_alpha and low not in lang.DETERMINERS
                and low not in lang.PREPOSITIONS and low not in lang.COORDINATORS and low not in {"sowie", "wie"}):
            return None
    elif doc[k].lower_ in lang.NON_SUBJECT_OPENERS:
        return None
    return k


def _name_end(doc: Doc, k0: int, ceil: int, lang, free) -> int | None:
    """End of a name of at most five tokens starting at k0 ("Mohammed el-Baradei", "Larry A.
    Silverstein"), when a comma, colon, bracket, the sentence's end or a cue verb closes it."""
    k = k0
    while k < ceil and k < k0 + 5 and free(doc[k]) and (
            doc[k].text[:1].isupper() and doc[k].text.lower() not in lang.DETERMINERS
            or doc[k].lower_ in NAME_PARTICLES and k > k0):
        k += 1
    if k == k0 or not doc[k - 1].text[:1].isupper():
        return None
    if k < ceil and not (doc[k].text in {",", ".", ":", ")", "(", ";"} or doc[k].lower_ in lang.CUE_VERBS):
        return None
    return k


def _np_segment_start(doc: Doc, comma: int, floor: int, lang, free) -> int | None:
    """Start of a role phrase of at most fourteen tokens ending at the comma before a name,
    opening with an article where a clause or the verb's phrases begin ("beurteilte der
    parlamentarische Geschäftsführer der Fraktion, Volker Beck", "Auch der Sprecher, ...")."""
    k = comma
    best = None
    while k > floor and k > comma - 15 and doc[k - 1].text not in {",", ":", ";", "–", "„", "“"}:
        k -= 1
        if not free(doc[k]) or not _np_ish(doc[k], lang):
            break
        if doc[k].lower_ in lang.DETERMINERS and doc[k].lower_ not in lang.OBLIQUE_ARTICLES \
                and _phrase_may_open(doc, k, floor, lang):
            best = k
    if best is None:
        return None
    head = next((t for t in doc[best + 1:comma] if t.text[:1].isupper()), None)
    if head is None or not head.lower_.endswith(lang.PERSON_NOUN_ENDINGS):
        return None
    return best


def _phrase_may_open(doc: Doc, k: int, floor: int, lang) -> bool:
    if k == floor:
        return True
    p = doc[k - 1]
    low = p.lower_
    if p.text in {",", ":", "–"}:
        return True
    if p.text[:1].isupper():
        return low in lang.NON_SUBJECT_OPENERS and low not in lang.PREPOSITIONS  # "Auch der ..."
    return p.is_alpha and low not in lang.PREPOSITIONS and low not in lang.DETERMINERS \
        and low not in APPOSITION_WORDS and low not in lang.COORDINATORS  # a verb: "beurteilte der ..."


def _np_segment_end(doc: Doc, k0: int, ceil: int, lang, free, cue_start: int = -1) -> int | None:
    """End of a role phrase of at most ten tokens after the comma that follows a name, closed by
    a comma, the sentence's end or the cue ("Stephen Singer, ein Klimaexperte vom WWF, sagte", "wie
    Alan Stern, Direktor des Missionsrats der NASA betont"). An accusative never stands in
    apposition to who speaks: "prognostizierte ..., Phillip Urban, einen Anstieg ..." is the object."""
    k = k0
    timed = False
    while k < ceil and k < k0 + 16 and doc[k].text not in {",", ".", ":", ";", "–"} and doc[k].idx != cue_start:
        if k > k0 + 1 and _time_phrase(doc, k, ceil, lang):
            timed = True  # "Charles Bouchard, kanadischer General und Kommandeur des Einsatzes am Montag."
            break
        if not free(doc[k]) or not _np_ish(doc[k], lang):
            return None
        k += 1
    if k == k0 or k >= ceil or doc[k].text not in {",", ".", ":"} and doc[k].idx != cue_start and not timed \
            or doc[k0].lower_ == "einen" \
            or not (doc[k0].lower_ in lang.DETERMINERS or doc[k0].text[:1].isupper()
                    or doc[k0].is_lower and doc[k0].lower_.endswith(("er", "en", "es", "em"))
                    and not doc[k0].lower_.endswith(("te", "ten")) and k0 + 1 < k
                    and doc[k0 + 1].text[:1].isupper()):  # "Charles Bouchard, kanadischer General und ..."
        return None
    return k
