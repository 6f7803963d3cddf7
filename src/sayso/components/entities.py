"""Entity mentions: knowledge-base aliases, role descriptions and unknown names.

``find_mentions(doc, lang)`` returns every stretch of the text that names an actor, as
``Hit`` records: knowledge-base aliases in all their inflected forms (Aho-Corasick over
every surface form, longest match first, whole words only), role descriptions ("der
russische Führer" -> the current head of state, marked ``kind="role"``), and names that are
not in the knowledge base (``entity="local:christoph-biallas"``; a later "Biallas" gets the
same id). ``group_entities(text, hits)`` turns hits into ``sayso.model.Entity`` records.

Decisions worth knowing:

- Whole words only, and a hyphen is part of a word: "Türkei" in "die Türkei-Reise" and
  "Russland" in "Russland-Ukraine-Krieg" are not mentions (the compound names a trip or a
  war); compounds that do name an actor are aliases of their own ("US-Außenministerium",
  "US-Präsident", "EU-Kommission"), and in German compounds whose second half names a
  source or agent of the first ("nach UN-Angaben", "ein Nato-Sprecher", "aus Kreml-Kreisen",
  ``AGENT_COMPOUND_HEADS``) the first half is a mention.
- Capitals name their country (Moskau -> Russia, Washington -> United States, as in the
  acceptance gold); seats name the institution (Kreml -> Government of Russia, Pentagon ->
  United States Department of Defense, Downing Street, Élysée).
- A country mentioned inside a longer mention is reported too, as a nested hit
  (``nested=True``): "Regierung Russlands" is Government of Russia and contains a mention of
  Russia; "der russische Führer" is Putin and contains "russische". Consumers that want one
  hit per stretch of text skip nested hits.
- An alias shared by several entities ("Georgia", "Kongo") or marked ambiguous ("Jordan")
  is linked only when the rest of the text supports exactly one reading (another,
  unambiguous mention of that entity, of its capital or institutions, or of a related
  entity: "Tbilisi", "Atlanta"); otherwise the hit has ``entity=None`` and lists its
  ``candidates``. Nothing is guessed silently.
- Blockers ("russisch Roulette", "Washington Irving", "Deutsche Bank") suppress every alias
  inside them.
- Role descriptions ("der russische Präsident", "Bundeskanzler") link to whoever held the
  office on the article's date (``find_mentions(..., date=...)`` or ``set_date(doc, ...)``),
  else on the knowledge base's ``as_of`` date; when the knowledge base knows no holder for
  that day, or a month or year given as the date spans a change, the hit is left unlinked
  (``entity=None``, the holders it knows as ``candidates``).
- Names not in the knowledge base come from a heuristic (a known given name or a title
  before capitalised words; English organisation words) and, for German, a small tagger
  (``sayso/models/ner-de``). German capitalises every noun, so the model is shown only runs
  of capitalised words that hold an acronym or a word its training data does not show as a
  common noun, with two words either side (``_candidate_runs``, ``_window``): about an eighth
  of an article's words. ``find_mentions_many`` runs it once for a batch of documents (the
  pipeline's ``nlp.pipe`` does), in numpy (``_FastTagger``), and caches its answer per window.
  On the held-back part of GermEval 2014 the whole (knowledge base + heuristic + model on
  windows) finds names with F1 0.497 (exact span and type), against 0.494 for the earlier
  transition-based model on wider windows, at about a fifth of its cost.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ..kb import BLOCKER, KnowledgeBase, load_kb, slug
from ..model import Entity, Mention
from .doctext import doc_text

__all__ = ["Hit", "doc_text", "find_mentions", "find_mentions_many", "group_entities", "local_id", "set_date"]

# Same-length character normalisation, so offsets into the normalised text are offsets into
# the original: typographic apostrophes, non-breaking spaces and hyphens.
_NORM = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
                       "\u2009": " ", "\u2010": "-", "\u2011": "-"})
_NORM_CHARS = re.compile("[" + "".join(map(chr, _NORM)) + "]")
_COUNTRY_KINDS = frozenset({"name", "adjective", "demonym", "capital"})


@dataclass(frozen=True, slots=True)
class Hit:
    """One mention found in the text.

    ``entity`` is a knowledge-base id, a local id (``local:<slug>``) for a name not in the
    knowledge base, or None when the text is ambiguous between ``candidates``. ``kind`` says
    how the text names the entity: name, adjective, demonym, capital, metonym, role, or
    unknown (a name found by the name heuristic or model). ``nested`` marks a country
    mentioned inside a longer hit.
    """

    start: int
    end: int
    text: str
    entity: str | None
    type: str
    name: str
    kind: str = "name"
    nested: bool = False
    candidates: tuple[str, ...] = ()


def _words(text: str) -> frozenset[str]:
    """A word table written as one whitespace-separated string."""
    return frozenset(text.split())


@lru_cache(maxsize=65536)
def local_id(name: str) -> str:
    """The stable id of a name not in the knowledge base: 'Christoph Biallas' -> 'local:christoph-biallas'."""
    return "local:" + slug(name)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"


def _lang_code(lang: Any) -> str:
    if isinstance(lang, str):
        return lang
    return getattr(lang, "CODE", None) or lang.__name__.rsplit(".", 1)[-1]


# Second halves of German compounds in which the first half is the source or actor:
# "nach UN-Angaben", "ein Nato-Sprecher", "aus Kreml-Kreisen". In any other compound the
# first half is not a mention ("die Türkei-Reise", "der Russland-Ukraine-Krieg").
AGENT_COMPOUND_HEADS: dict[str, frozenset[str]] = {
    "de": _words("""Angaben Angabe Sprecher Sprecherin Sprechers Sprechern Chef Chefin Chefs Kreisen Kreise Bericht
        Berichten Berichts Schätzungen Schätzung Zahlen Experten Expertin Beamte Beamten Beamter Vertreter Vertreterin
        Vertretern Diplomaten Diplomat Diplomatin Kommandeur Kommandeure Militärs Behörden Behörde Gesandte Gesandter
        Beobachter Beobachtern Ermittler Analysten Generalsekretär Mitteilung Erklärung Statement Quellen
        Geheimdienst Geheimdienste Geheimdienstes Nachrichtendienst Medien Staatsmedien Staatsfernsehen
        Führung Spitze Delegation Gesandten Botschafter Botschafterin Truppen Soldaten Streitkräfte Armee"""),
    "en": frozenset(),
}


def _raw_matches(norm: str, kb: KnowledgeBase, code: str) -> list[tuple[int, int, str]]:
    out = []
    n = len(norm)
    heads = AGENT_COMPOUND_HEADS.get(code, frozenset())
    for end_idx, (length, form) in kb.automaton(code).iter(norm):
        start, end = end_idx - length + 1, end_idx + 1
        if start > 0 and _is_word_char(norm[start - 1]):
            continue
        if end < n and _is_word_char(norm[end]) \
                and not (heads and norm[end] == "-" and _compound_head(norm, end + 1) in heads):
            continue
        out.append((start, end, form))
    return out


def _compound_head(norm: str, i: int) -> str:
    j = i
    while j < len(norm) and norm[j].isalpha() and j - i < 40:
        j += 1
    return norm[i:j] if j == len(norm) or not _is_word_char(norm[j]) else ""


def _select(matches: list[tuple[int, int, str]], n: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Longest-first, non-overlapping selection; returns (selected, rejected)."""
    taken = bytearray(n)
    selected, rejected = [], []
    for m in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        s, e, _ = m
        if any(taken[s:e]):
            rejected.append(m)
            continue
        taken[s:e] = b"\x01" * (e - s)
        selected.append(m)
    selected.sort()
    return selected, rejected


_EN_FOLLOW_OK = _words(
    "The A An In On At Of And Or But For From To With By As Is Was Are Were Has Had Have Will Would Could Should "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December I")


def set_date(doc, date) -> None:
    """Give ``doc`` the date of its article (a string or date, see ``sayso.kb.date_range``):
    role descriptions ("der US-Präsident") then name whoever held the office that day."""
    from spacy.tokens import Doc

    if not Doc.has_extension("sayso_date"):
        Doc.set_extension("sayso_date", default=None)
    doc._.sayso_date = date


def find_mentions(doc, lang, kb: KnowledgeBase | None = None, date=None) -> list[Hit]:
    """Every mention in ``doc`` (a spaCy Doc or a plain string), sorted by position.

    ``date`` (else the Doc's, see ``set_date``) decides who a role description names; without
    one it is the office holder on the knowledge base's ``as_of`` date."""
    return find_mentions_many([doc], lang, kb, [date])[0]


def find_mentions_many(docs, lang, kb: KnowledgeBase | None = None, dates=None) -> list[list[Hit]]:
    """``find_mentions`` of each of ``docs``, with one run of the name model for all of them:
    the model's cost is mostly per call, and an article gives it only a few dozen words."""
    code = _lang_code(lang)
    runs = [_mentions(doc, code, kb or load_kb(), date) for doc, date in zip(docs, dates or [None] * len(docs))]
    out: list[list[Hit] | None] = [None] * len(runs)
    waiting = []
    for i, run in enumerate(runs):
        try:
            waiting.append((i, run, next(run)))
        except StopIteration as done:
            out[i] = done.value
    if waiting:
        # every document's windows at once; the documents then find them in the cache
        _run_model(ner_model(code), code, [w for _, _, windows in waiting for w in windows])
        for i, run, _ in waiting:
            try:
                run.send(None)
            except StopIteration as done:
                out[i] = done.value
            else:
                raise RuntimeError("the mentions of a document asked for the model twice")
    return out  # type: ignore[return-value]


def _mentions(doc, code: str, kb: KnowledgeBase, date):
    """``find_mentions`` as a generator that yields the windows it needs the name model for
    (if any) before it reads the model's results from the cache, and returns the hits."""
    if date is None and not isinstance(doc, str) and doc.has_extension("sayso_date"):
        date = doc._.sayso_date
    text = doc if isinstance(doc, str) else doc_text(doc)
    norm = text.translate(_NORM) if _NORM_CHARS.search(text) else text
    forms = kb.surface_forms(code)
    matches = _raw_matches(norm, kb, code)
    selected, rejected = _select(matches, len(norm))

    hits: list[Hit] = []
    pending_ambiguous: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
    outer_spans = []
    for s, e, form in selected:
        values = forms[form]
        if values[0][0] == BLOCKER:
            continue
        if code == "en" and " " not in form and _en_part_of_longer_name(norm, s, e, values, kb):
            continue
        ids = tuple(dict.fromkeys(v[0] for v in values))
        kind = values[0][1]
        if all(v[1] == "role" for v in values):
            holder = kb.role_holder(code, form, date)
            if holder is None:  # no one the knowledge base knows held the office that day
                hits.append(Hit(s, e, text[s:e], None, "person", text[s:e], "role", candidates=ids))
            else:
                r = kb[holder]
                hits.append(Hit(s, e, text[s:e], r.id, r.type, r.name, "role", candidates=ids if len(ids) > 1 else ()))
            outer_spans.append((s, e, "person"))
        elif len(ids) == 1 and kind != "ambiguous":
            r = kb[ids[0]]
            hits.append(Hit(s, e, text[s:e], r.id, r.type, r.name, kind))
            outer_spans.append((s, e, r.type))
        else:
            pending_ambiguous.append((s, e, values))
            outer_spans.append((s, e, None))

    # Countries mentioned inside longer hits ("Regierung Russlands", "der russische Führer").
    inner_candidates = [m for m in rejected if _is_country_form(forms[m[2]], kb)]
    if inner_candidates:
        # outer hits never overlap, so the one that could contain a span is the last starting at or before it
        outers = sorted((s, e) for s, e, t in outer_spans if t != "country")
        starts = [o[0] for o in outers]
        for s, e, form in _select(inner_candidates, len(norm))[0]:
            values = forms[form]
            r = kb[values[0][0]]
            k = bisect.bisect_right(starts, s) - 1
            if k >= 0 and e <= outers[k][1] and outers[k] != (s, e):
                hits.append(Hit(s, e, text[s:e], r.id, r.type, r.name, values[0][1], nested=True))

    hits.extend(_resolve_ambiguous(text, pending_ambiguous, hits, kb))
    hits.extend((yield from _unknown_names(text, norm, code, hits)))
    hits.sort(key=lambda h: (h.start, -h.end))
    _roles_before_names(text, hits)
    return hits


def _roles_before_names(text: str, hits: list[Hit]) -> None:
    """A role description right before a person's name describes that person, whoever holds
    the office today: "US-Präsident George W. Bush", "UN-Generalsekretär Kofi Annan"."""
    by_start = {h.start: h for h in hits if not h.nested and h.type == "person" and h.kind != "role"}
    for i, h in enumerate(hits):
        if h.kind != "role" or h.nested:
            continue
        j = h.end
        while j < len(text) and text[j] in " \u00a0" and j - h.end < 2:
            j += 1
        nxt = by_start.get(j) if j > h.end else None
        if nxt is not None and nxt.entity != h.entity:
            hits[i] = Hit(h.start, h.end, h.text, nxt.entity, nxt.type, nxt.name, "role")


def _is_country_form(values, kb: KnowledgeBase) -> bool:
    return len(values) == 1 and values[0][1] in _COUNTRY_KINDS and kb[values[0][0]].type == "country"


def _en_part_of_longer_name(norm: str, s: int, e: int, values, kb: KnowledgeBase) -> bool:
    """'Washington Irving', 'Jordan Peterson': a one-word place name followed by a capitalised
    word that the knowledge base does not know is part of a longer name (English only; German
    capitalises every noun)."""
    if not any(kb[v[0]].type in ("country", "place") and v[1] in ("name", "capital", "ambiguous") for v in values
               if v[0] in kb):
        return False
    if e + 1 >= len(norm) or norm[e] != " ":
        return False
    m = re.match(r"[A-Z][a-z]+", norm[e + 1:e + 40])
    if not m or m.group(0) in _EN_FOLLOW_OK:
        return False
    return m.group(0) not in kb.surface_forms("en")


def _resolve_ambiguous(text: str, pending, hits: list[Hit], kb: KnowledgeBase) -> list[Hit]:
    if not pending:
        return []
    confident = [h.entity for h in hits if h.entity and not h.nested]
    conf_set = set(confident)
    countries = {kb.country_of(x) for x in conf_set}
    related = set()
    for x in conf_set:
        related.update(kb[x].related)
    out = []
    for s, e, values in pending:
        cands = tuple(dict.fromkeys(v[0] for v in values))
        support = {}
        for c in cands:
            rel = set(kb[c].related)
            support[c] = (c in conf_set) + (c in countries) + (c in related) + len(rel & conf_set)
        best = max(support.values())
        winners = [c for c, v in support.items() if v == best]
        if best > 0 and len(winners) == 1:
            r = kb[winners[0]]
            out.append(Hit(s, e, text[s:e], r.id, r.type, r.name, "name", candidates=cands))
        else:
            types = {kb[c].type for c in cands}
            typ = types.pop() if len(types) == 1 else "place"
            out.append(Hit(s, e, text[s:e], None, typ, text[s:e], "ambiguous", candidates=cands))
    return out


# ---------------------------------------------------------------------------------------
# Names not in the knowledge base

# Capital letters of the Latin, Greek and Cyrillic scripts, as one character class: finding
# the capitalised words is then a single scan of the text.
_UPPER = re.escape("".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper()))
_CAP_WORD = rf"[{_UPPER}][\w'’.-]*"
# Two or more capitalised words with single spaces between them: the only places a name of
# more than one word can be. German capitalises every noun, so most capitalised words stand
# alone; finding the chains in one scan saves looking at each of them.
# (No look-behind for the start of a word: it would keep the regex engine from skipping
# ahead to capitals; the callers check the character before a match instead.)
_CAP_CHAIN = re.compile(rf"{_CAP_WORD}(?: {_CAP_WORD})+")
# A word of capitals (and digits) on its own: "SPD", "NATO's", "A380".
_CAPS_WORD = re.compile(rf"[{_UPPER}][{_UPPER}\d'’.-]{{2,}}(?:'s|’s)?(?![\w'’.-])")


_RAW_TOKEN = re.compile(r"[\w'’.-]*")


def _starts_word(norm: str, i: int) -> bool:
    return i == 0 or not (_is_word_char(norm[i - 1]) or norm[i - 1] in "'.")


def _word(raw: str) -> str:
    """A token without its English possessive and trailing marks: "Clarke's" -> "Clarke"."""
    return raw.removesuffix("'s").rstrip(".'-")


def _chains(norm: str) -> list[list[tuple[int, int, str]]]:
    """The chains of capitalised words, each word as (start, end, word)."""
    out = []
    for m in _CAP_CHAIN.finditer(norm):
        pos, raws = m.start(), m.group(0).split(" ")
        if not _starts_word(norm, pos):  # began inside a word ("iPhone Pro Max"): from the next word on
            pos += len(raws[0]) + 1
            raws = raws[1:]
            if len(raws) < 2:
                continue
        chain = []
        for raw in raws:
            w = _word(raw)
            if w:
                chain.append((pos, pos + len(w), w))
            pos += len(raw) + 1
        out.append(chain)
    return out


_STOP = _words(
    """The A An In On At Of For From To By With As And Or But This That These Those Der Die Das Den Dem Des Ein Eine
    Einer Einem Einen Im Am Vom Zum Zur Beim Und Oder Aber Laut Nach Mit Von Bei Auch""")
_ORG_WORDS = _words(
    """Institut Institute Instituts Agentur Agency Zentrum Centre Center Zentrums Stiftung Foundation Universität
    University Partei Party Bank Corporation Inc. Ltd. GmbH AG Group Gruppe Ministerium Ministry Kommission Commission
    Council Rat Bund Verband Verbands Association Organisation Organization Union Komitee Committee Service Dienst
    Office Amt Bureau Behörde Army Armee Forces Navy Front Movement Bewegung Brigade Bataillon Battalion Regiment
    Network Netzwerk Forum Akademie Academy Society Gesellschaft Museum Club Klub Konzern Holding Media Times Post
    News Press Presse Zeitung Journal Magazine Radio TV Tribune Herald Observer Guardian Authority Authorities
    Administration Department Board Commission Court Gericht Parliament Senate Congress Fund Fonds Trust Company
    Corp. Airlines Airways Police Polizei Hospital Klinikum Institution Initiative Alliance Allianz Coalition
    Federation Föderation Syndicate Gewerkschaft Verein Werke Industries Labs Laboratory Systems""")
# Titles before a name: "Governor Ellen Park", "Bürgermeisterin Anna Keller".
_TITLES = _words(
    """Governor Mayor Senator President Minister Secretary Chancellor General Colonel Admiral Judge Professor Dr
    Prof Rev Sheriff Commissioner Ambassador Prime Chief Representative Rep Sen Gov Lt Sgt Captain Cpt
    Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Minister Ministerin Präsident Präsidentin
    Kanzler Kanzlerin Senator Senatorin Gouverneur Gouverneurin Professor Professorin Richter Richterin Botschafter
    Botschafterin Abgeordnete Abgeordneter Landrat Landrätin Staatssekretär Staatssekretärin Generalleutnant
    Oberst Kommissar Kommissarin Pfarrer Pastor Bischof Direktor Direktorin Vorsitzende Vorsitzender""")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from importlib import resources

    try:
        text = resources.files("sayso.kb").joinpath("data", "given_names.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _is_initial(norm: str, tok: tuple[int, int, str]) -> bool:
    """A middle initial: "W." in "George W. Bush"."""
    _, e, w = tok
    return len(w) == 1 and w.isupper() and norm[e:e + 1] == "."


def _is_cap(word: str) -> bool:
    """Capitalised, not all capitals: 'Biallas', 'McCain', not 'NATO' or 'der'."""
    return word[:1].isupper() and not word.isupper()


_NER_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}


@cache
def ner_model(code: str):
    """The shipped NER model for ``code`` (``sayso/models/ner-<code>``), or None.

    German has one, trained by ``scripts/train_ner.py`` on GermEval 2014; English has none
    (no English NER training data is available offline here), so English relies on the
    capitalised-name heuristic. ``SAYSO_NER=0`` switches the model off.
    """
    import os
    from importlib import resources

    if os.environ.get("SAYSO_NER", "1") == "0":
        return None
    path = resources.files("sayso").joinpath("models", f"ner-{code}")
    if not path.joinpath("meta.json").is_file():
        return None
    import spacy

    return spacy.load(str(path))


@cache
def _common_words(code: str) -> frozenset[str]:
    """Capitalised words that the model's training data shows outside names, at most one time
    in ten inside one (``common_words.txt`` beside the model, written by ``scripts/train_ner.py``):
    in German these are the nouns, which are capitalised like names."""
    from importlib import resources

    path = resources.files("sayso").joinpath("models", f"ner-{code}", "common_words.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")) | _COUNT_NOUNS


_ROMAN = frozenset("IVXLCDM")
# Words of context the model sees on either side of a candidate run. Names are local: on the
# held-out GermEval sentences, one word loses 0.01 of the whole pipeline's F1 and three gain
# 0.003 over two, for a third more of the model's work.
_CONTEXT = 2


def _candidate_runs(norm: str, chains, taken: bytearray, code: str) -> list[tuple[int, int]]:
    """Character spans of the runs of capitalised words that may be names the knowledge base
    and the heuristic missed, and so are worth the model's time.

    German capitalises every noun, so a lone capitalised word is no evidence of a name; a run
    is a candidate when it holds an acronym ("SPD", not a Roman numeral), or has two or more
    words of which at least one is not a common word (``_common_words``) ("Deutschen Bank", "Hermann-Josef
    Lamberti", not "Millionen Euro"). Leading articles and function words ("Laut", "Nach")
    are not part of a run."""
    from .. import lang as langdata

    common = _common_words(code)
    function_words = getattr(langdata.get(code), "FUNCTION_WORDS", frozenset())
    runs: list[tuple[int, int]] = []

    def acronym(w: str) -> bool:
        return len(w) >= 3 and w.isupper() and not set(w) <= _ROMAN

    def flush(run) -> None:
        i = 0
        while i < len(run) and (run[i][2] in _STOP or run[i][2].lower() in function_words):
            i += 1
        words = [w for _, _, w in run[i:]]
        if words and (any(acronym(w) for w in words) or (len(words) >= 2 and any(w not in common for w in words))):
            runs.append((run[i][0], run[-1][1]))

    in_chains = []
    for chain in chains:
        in_chains.append((chain[0][0], chain[-1][1]))
        cur: list[tuple[int, int, str]] = []
        for tok in chain:
            free = taken.find(1, tok[0], tok[1]) < 0
            # a run goes on across a single space: not after "Clarke's" or a full stop
            if not free or (cur and norm[cur[-1][1]:tok[0]] != " "):
                if cur:
                    flush(cur)
                cur = []
            if free:
                cur.append(tok)
        if cur:
            flush(cur)
    # acronyms on their own
    for m in _CAPS_WORD.finditer(norm):
        if not _starts_word(norm, m.start()):
            continue
        k = bisect.bisect_right(in_chains, (m.start(), len(norm))) - 1
        if k >= 0 and m.start() < in_chains[k][1]:
            continue
        w = _word(m.group(0))
        s, e = m.start(), m.start() + len(w)
        if acronym(w) and taken.find(1, s, e) < 0:
            runs.append((s, e))
    runs.sort()
    return runs


# Model results per window of words, across documents: boilerplate recurs (bylines, agency
# credits), and the model's answer depends on the words alone.
_MODEL_CACHE: dict[tuple[str, tuple[str, ...]], tuple[tuple[int, int, str], ...]] = {}
_MODEL_CACHE_MAX = 20_000


def _run_model(nlp, code: str, windows: list[tuple[str, ...]]) -> list[tuple[tuple[int, int, str], ...]]:
    """Entities (start, end, label) per window of words; the windows not seen before go to
    the model in one batch per article."""
    todo = list(dict.fromkeys(w for w in windows if (code, w) not in _MODEL_CACHE))
    if todo:
        if len(_MODEL_CACHE) + len(todo) > _MODEL_CACHE_MAX:
            _MODEL_CACHE.clear()
        for w, found in zip(todo, _tag_windows(nlp, todo)):
            _MODEL_CACHE[(code, w)] = tuple(found)
    return [_MODEL_CACHE[(code, w)] for w in windows]


def _tag_windows(nlp, windows: list[tuple[str, ...]]) -> list[list[tuple[int, int, str]]]:
    """Entity token spans per window: from a transition-based ``ner`` pipe, or decoded from a
    tagger's B-/I-/O tags (the shipped model; see ``_FastTagger``)."""
    from spacy.tokens import Doc

    if "tagger" not in nlp.pipe_names:
        docs = nlp.get_pipe("ner").pipe([Doc(nlp.vocab, words=list(w)) for w in windows], batch_size=len(windows))
        return [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
    tagger = nlp.get_pipe("tagger")
    labels = tagger.labels
    outside = labels.index("O")
    fast = _FastTagger.of(nlp)
    if fast is not None:
        best = fast.scores(windows).argmax(axis=1)
    else:
        import numpy as np

        best = np.concatenate([s.argmax(axis=1) for s in
                               tagger.model.predict([Doc(nlp.vocab, words=list(w)) for w in windows])])
    starts = [0]
    for w in windows:
        starts.append(starts[-1] + len(w))
    out: list[list[tuple[int, int, str]]] = [[] for _ in windows]
    # only the tagged words are looked at: most are O
    named = (best != outside).nonzero()[0].tolist()
    for i, t in zip(named, best[named].tolist()):
        k = bisect.bisect_right(starts, i) - 1
        j, tag, spans = i - starts[k], labels[t], out[k]
        if spans and spans[-1][1] == j and tag[0] == "I":  # continues the span (its first label counts)
            spans[-1] = (spans[-1][0], j + 1, spans[-1][2])
        else:  # a B- tag, or an I- tag after an O, opens one
            spans.append((j, j + 1, tag[2:]))
    return out


class _FastTagger:
    """The shipped tagger's forward pass in plain numpy, on all of an article's windows at
    once: thinc's layer-by-layer calls cost more than the arithmetic for inputs this small.

    The network is spaCy's HashEmbedCNN + softmax: four hashed embeddings (NORM, PREFIX,
    SUFFIX, SHAPE) -> maxout -> layer norm, then residual blocks (one token each side ->
    maxout -> layer norm), then a linear layer whose argmax is the tag. Everything up to the
    first block's product with its weights depends on one word alone: it is computed once
    per word and kept, so that an article costs a few gathers and sums. The windows are laid
    out as thinc lays out a batch of Docs (``pad`` zero rows before, between and after them),
    so the scores equal ``tagger.model.predict`` on one Doc per window (tests/test_ner_fast.py
    checks them against the model itself)."""

    MAX_WORDS = 16_384  # words kept; a few KB each

    def __init__(self, nlp, tok2vec, softmax):
        import numpy as np
        import spacy.attrs
        from thinc.api import NumpyOps

        self.nlp = nlp
        self.ops = NumpyOps()  # its gemm is blis on one thread: numpy's BLAS may start threads
        nodes = list(tok2vec.walk(order="dfs_pre"))
        extract = next(n for n in nodes if n.name == "extract_features")
        self.columns = [getattr(spacy.attrs, c) if isinstance(c, str) else c for c in extract.attrs["columns"]]
        tables = [(int(h.attrs["column"]), int(h.attrs["seed"]), h.get_param("E")) for h in nodes if h.name == "hashembed"]
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        self.layers = [(self._maxout(m), (n.get_param("G"), n.get_param("b"))) for m, n in zip(maxouts, norms)]
        self.pad = int(tok2vec.layers[-1].attrs.get("pad", 0))
        self.W, self.b = softmax.get_param("W").T.copy(), softmax.get_param("b")
        self.width = self.W.shape[0]
        self.embed_keys = [(c, seed) for c, seed, _ in tables]
        self.embed_table = np.concatenate([E for _, _, E in tables])
        # per key column (four hashes per feature): the size of its table and where it starts
        self.embed_rows = np.repeat([len(E) for _, _, E in tables], 4).astype("uint32")
        self.embed_offsets = np.repeat(np.cumsum([0] + [len(E) for _, _, E in tables[:-1]]), 4).astype("uint32")
        # the first block's weights for the word before, the word itself and the word after
        W1 = self.layers[1][0][0]
        self.block1 = np.ascontiguousarray(np.concatenate([W1[k * self.width:(k + 1) * self.width] for k in range(3)], axis=1))
        self.P = W1.shape[1]
        self._reset()

    def _reset(self) -> None:
        import numpy as np

        # per word: its first layer (H0) and the first block's products for it as the word
        # before, itself and the word after; row 0 is the zero row of padding
        self.rows: dict[str, int] = {}
        self.h0 = np.zeros((1024, self.width), dtype="float32")
        self.before = np.zeros((1024, self.P), dtype="float32")
        self.itself = np.zeros((1024, self.P), dtype="float32")
        self.after = np.zeros((1024, self.P), dtype="float32")

    @staticmethod
    def _maxout(m):
        """Weights with the pieces of each output side by side, so the max is over slices."""
        W, b = m.get_param("W"), m.get_param("b")
        nO, nP, nI = W.shape
        return W.transpose(1, 0, 2).reshape(nP * nO, nI).T.copy(), b.T.reshape(nP * nO).copy(), nO, nP

    @classmethod
    def of(cls, nlp):
        fast = _FAST.get(id(nlp))
        if fast is None:
            fast = _FAST[id(nlp)] = cls._build(nlp) or False
        return fast or None

    @classmethod
    def _build(cls, nlp):
        """None unless the model has exactly the expected layers (then thinc runs it)."""
        try:
            from thinc.layers.residual import forward as residual

            model = nlp.get_pipe("tagger").model
            tok2vec, out = model.layers
            softmax = out.layers[0]
            names = [n.name for n in tok2vec.walk()]
            if softmax.name != "softmax" or names.count("maxout") != names.count("layernorm") \
                    or names.count("maxout") < 2 \
                    or sum(n._func is residual for n in tok2vec.walk()) != names.count("maxout") - 1 \
                    or any(n.attrs.get("window_size", 1) != 1 for n in tok2vec.walk() if n.name == "expand_window"):
                return None
            return cls(nlp, tok2vec, softmax)
        except (AttributeError, KeyError, ValueError, IndexError, StopIteration):
            return None

    def _maxout_norm(self, Y, layer):
        """Maxout then layer norm of the products ``Y`` (bias not yet added), in as few numpy
        calls as the arithmetic allows: for a few dozen rows the calls are what costs."""
        import numpy as np

        (_, b, nO, nP), (G, gb) = layer
        Y += b
        Z = np.maximum(Y[:, :nO], Y[:, nO:2 * nO]) if nP > 1 else Y[:, :nO]
        for p in range(2, nP):
            np.maximum(Z, Y[:, p * nO:(p + 1) * nO], out=Z)
        Z -= Z.mean(axis=1, keepdims=True)
        Z *= (np.square(Z).mean(axis=1, keepdims=True) + 1e-08) ** -0.5
        Z *= G
        Z += gb
        return Z

    def _features(self, words: list[str]):
        """The hashed lexical features of ``words``, one row per column, as ``Doc.to_array`` gives
        them, from the vocabulary's attribute functions: making a Lexeme for every new word (what
        a Doc does) costs four times as much."""
        import numpy as np
        from spacy.strings import get_string_id
        from spacy.tokens import Doc

        getters = self.nlp.vocab.lex_attr_getters
        if all(c in getters for c in self.columns):
            fs = [_fast_shape if getattr(getters[c], "__name__", "") == "word_shape" else getters[c] for c in self.columns]
            return np.array([[get_string_id(f(w)) for w in words] for f in fs], dtype="uint64")
        return np.ascontiguousarray(Doc(self.nlp.vocab, words=words).to_array(self.columns).T)

    def _rows(self, words: list[str]) -> list[int]:
        """The row of every word, computing the rows of words not seen before."""
        import numpy as np

        rows = self.rows
        new = [w for w in dict.fromkeys(words) if w not in rows]
        if new:
            if len(rows) + len(new) > self.MAX_WORDS:
                self._reset()
                rows = self.rows
                new = list(dict.fromkeys(words))
            feats = self._features(new)
            keys = np.concatenate([self.ops.hash(feats[c], seed) for c, seed in self.embed_keys], axis=1)
            keys %= self.embed_rows
            keys += self.embed_offsets
            # each feature's embedding is the sum of its four hashed rows; the four side by side
            X = self.embed_table[keys].reshape(len(new), len(self.embed_keys), 4, -1).sum(axis=2)
            h0 = self._maxout_norm(self.ops.gemm(X.reshape(len(new), -1), self.layers[0][0][0]), self.layers[0])
            products = self.ops.gemm(h0, self.block1)
            n, k = len(rows) + 1, len(new)
            if n + k > len(self.h0):
                size = 2 * (n + k)
                for name in ("h0", "before", "itself", "after"):
                    old = getattr(self, name)
                    grown = np.zeros((size, old.shape[1]), dtype="float32")
                    grown[:n] = old[:n]
                    setattr(self, name, grown)
            self.h0[n:n + k] = h0
            self.before[n:n + k] = products[:, :self.P]
            self.itself[n:n + k] = products[:, self.P:2 * self.P]
            self.after[n:n + k] = products[:, 2 * self.P:]
            rows.update(zip(new, range(n, n + k)))
        return [rows[w] for w in words]

    def scores(self, windows: list[tuple[str, ...]]):
        """The tag scores of every word of every window, one row per word, windows in order."""
        import numpy as np

        # the batch layout: pad zero rows before, between and after the windows, plus one
        # zero row at either end for the neighbours of the first and last row
        rows = self._rows([w for win in windows for w in win])
        at: list[int] = []
        ids = [0] * (1 + self.pad)
        for win in windows:
            at.extend(range(len(ids), len(ids) + len(win)))
            ids.extend(rows[len(at) - len(win):len(at)])
            ids.extend([0] * self.pad)
        ids.append(0)
        idx = np.array(ids)
        # the first block from the kept products; with one block only the words themselves
        # are needed, with more, the padding rows too
        mid = np.array(at) if len(self.layers) == 2 else np.arange(1, len(ids) - 1)
        Y = self.before[idx[mid - 1]] + self.itself[idx[mid]] + self.after[idx[mid + 1]]
        H = self.h0[idx[mid]] + self._maxout_norm(Y, self.layers[1])
        if len(self.layers) > 2:
            H = np.concatenate([np.zeros((1, self.width), dtype="float32"), H, np.zeros((1, self.width), dtype="float32")])
            for layer in self.layers[2:]:
                around = np.concatenate([H[:-2], H[1:-1], H[2:]], axis=1)
                H[1:-1] += self._maxout_norm(self.ops.gemm(around, layer[0][0]), layer)
            H = H[at]
        return self.ops.gemm(np.ascontiguousarray(H), self.W) + self.b


_FAST: dict[int, Any] = {}


class _ShapeChars(dict):
    """Code point -> its shape character, as spaCy's ``word_shape`` maps characters."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        shape = ("X" if ch.isupper() else "x") if ch.isalpha() else "d" if ch.isdigit() else ch
        self[code] = shape
        return shape


_SHAPE_CHARS = _ShapeChars()
_SHAPE_RUN = re.compile(r"(.)\1{4,}", re.DOTALL)


def _fast_shape(word: str) -> str:
    """spaCy's ``word_shape`` ("Xxxxx", "dd.dd"; runs cut at four; "LONG" from 100
    characters) with a translation table instead of a loop over the characters."""
    if len(word) >= 100:
        return "LONG"
    shape = word.translate(_SHAPE_CHARS)
    return _SHAPE_RUN.sub(r"\1\1\1\1", shape) if len(shape) > 4 else shape


# The model's words: word characters (with inner hyphens, apostrophes and periods: "Lobeda-West",
# "U.S") or a single mark, as GermEval 2014, its training data, splits text.
_MODEL_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_SENTENCE_END = frozenset(".!?")


def _window(text: str, s: int, e: int) -> tuple[int, int]:
    """The characters the model sees for a run at [s, e): the run plus ``_CONTEXT`` words either
    side, not across the end of a sentence or a line break. The few words around a run are
    tokenised here, which costs far less than going through the Doc's tokens."""
    ws, we = s, e
    before = list(_MODEL_TOKEN.finditer(text, max(0, s - 24 * _CONTEXT), s))
    for m in reversed(before[-_CONTEXT:]):
        if m.group() in _SENTENCE_END or "\n" in text[m.end():ws]:
            break
        ws = m.start()
    n = 0
    for m in _MODEL_TOKEN.finditer(text, e, min(len(text), e + 24 * _CONTEXT)):
        if n == _CONTEXT or "\n" in text[we:m.start()]:
            break
        we, n = m.end(), n + 1
        if m.group() in _SENTENCE_END:
            break
    return ws, we


def _model_names(text: str, norm: str, code: str, taken: bytearray, chains):
    """Names found by the language's NER model in small windows around candidate runs. A
    generator: it yields the windows' words before it runs the model on them, so that
    ``find_mentions_many`` can run the model on many documents' windows at once."""
    nlp = ner_model(code)
    if nlp is None:
        return []
    windows: list[list[int]] = []
    for rs, re_ in _candidate_runs(norm, chains, taken, code):
        ws, we = _window(text, rs, re_)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
        else:
            windows.append([ws, we])
    if not windows:
        return []
    tokens = [[(m.start(), m.end()) for m in _MODEL_TOKEN.finditer(text, ws, we)] for ws, we in windows]
    words = [tuple(text[s:e] for s, e in toks) for toks in tokens]
    yield words
    results = _run_model(nlp, code, words)
    common = _common_words(code)

    out = []
    for toks, ents in zip(tokens, results):
        for es, ee, label in ents:
            typ = _NER_TYPES.get(label)
            if typ is None:
                continue
            words = [(s, e) for s, e in toks[es:ee] if text[s].isalnum()]
            while words and text[words[0][0]:words[0][1]] in _STOP:
                words = words[1:]
            # names end in a capitalised word: "Patrick Kamanda", not "Patrick Kamanda von"
            while words and not text[words[-1][0]].isupper():
                words = words[:-1]
            if not words:
                continue
            s, e = words[0][0], words[-1][1]
            if text[e - 2:e] in ("'s", "\u2019s"):
                e -= 2
            if e <= s or taken.find(1, s, e) >= 0 or not text[s:s + 1].isupper():
                continue
            name = text[s:e]
            # a common noun on its own is not a name, whatever the model says ("Selbstmord")
            if len(words) == 1 and name in common:
                continue
            out.append(Hit(s, e, name, local_id(name), typ, name, "unknown"))
            taken[s:e] = b"\x01" * (e - s)
    return out


# Capitalised German nouns that pair up in figures ("Millionen Euro"), never in names.
_COUNT_NOUNS = _words(
    """Million Millionen Milliarde Milliarden Billion Billionen Tausend Tausende Hunderte Dutzend Dutzende Prozent
    Euro Dollar Franken Pfund Rubel Yen Menschen Personen Soldaten Jahre Jahren Jahr Monate Monaten Tage Tagen
    Stunden Minuten Kilometer Meter Tonnen""")


def _heuristic_names(text: str, norm: str, code: str, chains, taken: bytearray, given: frozenset[str]) -> list[Hit]:
    """A title or a known given name followed by capitalised words is a person; in English, a
    run of capitalised words containing an organisation word is an organisation."""
    out: list[Hit] = []
    for caps in chains:
        out.extend(_heuristic_chain(text, norm, code, caps, taken, given))
    return out


def _heuristic_chain(text: str, norm: str, code: str, caps, taken: bytearray, given: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    i = 0
    n = len(caps)
    while i < n:
        s, e, w = caps[i]
        if taken.find(1, s, e) >= 0 or not _is_cap(w):
            i += 1
            continue
        j = i + 1
        while j < n and (_is_cap(caps[j][2]) or _is_initial(norm, caps[j])) and taken.find(1, caps[j][0], caps[j][1]) < 0 \
                and (norm[caps[j - 1][1]:caps[j][0]] == " "
                     or (norm[caps[j - 1][1]:caps[j][0]] == ". " and _is_initial(norm, caps[j - 1]))) and j - i < 5:
            j += 1
        run = caps[i:j]
        found = None
        for k in range(len(run) - 2):
            if run[k][2] in _TITLES and run[k + 1][2] not in _ORG_WORDS and run[k + 1][2] not in _STOP \
                    and run[k + 2][2] not in _ORG_WORDS and run[k + 2][2] not in _STOP and run[k + 1][2] not in _TITLES:
                found = (run[k + 1:k + 3], "person")
                break
        for k in range(len(run) - 1) if found is None else ():
            if run[k][2] in given and run[k + 1][2] not in _ORG_WORDS and run[k + 1][2] not in _STOP:
                part = run[k:]
                for m_ in range(1, len(part)):
                    if part[m_][2] in _STOP or part[m_][2] in _ORG_WORDS:
                        part = part[:m_]
                        break
                if len(part) > 3:  # a Title Case headline, not a name: keep given name + surname
                    part = part[:2]
                found = (part, "person")
                break
        if found is None and code == "en":
            while run and run[0][2] in _STOP:
                run = run[1:]
            if len(run) >= 2 and any(t[2] in _ORG_WORDS for t in run[1:]):
                found = (run, "organization")
        if found:
            part, typ = found
            rs, re_ = part[0][0], part[-1][1]
            name = text[rs:re_]
            out.append(Hit(rs, re_, name, local_id(name), typ, name, "unknown"))
            taken[rs:re_] = b"\x01" * (re_ - rs)
        i = j if j > i else i + 1
    return out


def _unknown_names(text: str, norm: str, code: str, hits: list[Hit]):
    """Names not in the knowledge base: the capitalised-name heuristic, then the language's
    NER model where one ships (German) on what is left. The surname of each person found is
    then linked wherever it recurs. A generator, like ``_mentions``."""
    taken = bytearray(len(text))
    for h in hits:
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    given = _given_names()
    chains = _chains(norm)
    # The heuristic first: a known given name or a title before capitalised words is a
    # surer sign than the model's ("Willy Bogner", where the model finds "Bogner" alone).
    out = _heuristic_names(text, norm, code, chains, taken, given)
    out += yield from _model_names(text, norm, code, taken, chains)
    out.sort(key=lambda h: h.start)

    # Later (and earlier) surname-only mentions of people found above.
    surnames: dict[str, Hit | None] = {}
    for h in out:
        if h.type == "person":
            last = h.text.split()[-1]
            if len(last) >= 3:
                prev = surnames.get(last, h)
                # two people with one surname (Sarah Koch, Dennis Koch): "Koch" alone is ambiguous
                surnames[last] = h if prev is not None and prev.entity == h.entity else None
    # Single-word names found on their own join the full name ("Biallas" -> "Christoph
    # Biallas") or, as a German genitive, the bare name ("Strobls" -> "Strobl").
    singles = {h.text: h for h in out if " " not in h.text}
    for i, h in enumerate(out):
        if " " in h.text:
            continue
        w = h.text
        target = surnames.get(w) or (surnames.get(w[:-1]) if w.endswith("s") else None)
        if target is None and w.endswith("s") and w[:-1] in singles:
            target = singles[w[:-1]]
        if target is not None and target.entity != h.entity:
            out[i] = Hit(h.start, h.end, h.text, target.entity, target.type, target.name, "unknown")
    for last, h in surnames.items():
        if h is None:
            continue
        i = norm.find(last)
        while i >= 0:
            if _starts_word(norm, i):
                w = _word(_RAW_TOKEN.match(norm, i).group(0))
                s, e = i, i + len(w)
                if (w == last or w == last + "s") and taken.find(1, s, e) < 0:
                    out.append(Hit(s, e, text[s:e], h.entity, h.type, h.name, "unknown"))
                    taken[s:e] = b"\x01" * (e - s)
            i = norm.find(last, i + 1)
    return out


# ---------------------------------------------------------------------------------------
# Grouping

def group_entities(text: str, hits: list[Hit], kb: KnowledgeBase | None = None) -> list[Entity]:
    """One ``Entity`` per linked entity (knowledge-base or local id), mentions in text order.

    Ambiguous hits (``entity=None``) are grouped by their surface form under an
    ``ambiguous:<slug>`` id with no Wikidata id, so they stay visible without being linked.
    """
    kb = kb or load_kb()
    groups: dict[str, dict[str, Any]] = {}
    for h in sorted(hits, key=lambda h: (h.start, h.end)):
        eid = h.entity or "ambiguous:" + local_id(h.name)[len("local:"):]
        g = groups.get(eid)
        if g is None:
            r = kb.get(h.entity) if h.entity else None
            g = groups[eid] = {"name": r.name if r else h.name, "type": r.type if r else h.type,
                               "wikidata": r.wikidata if r else None, "mentions": {}}
        g["mentions"][(h.start, h.end)] = Mention(h.start, h.end, text[h.start:h.end])
    return [Entity(eid, g["name"], g["type"], g["wikidata"], tuple(g["mentions"].values()))
            for eid, g in groups.items()]
