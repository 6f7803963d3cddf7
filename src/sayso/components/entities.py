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
- Role descriptions link to the office holder as of the knowledge base's ``as_of`` date;
  speaker resolution may override them for older articles.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ..kb import BLOCKER, KnowledgeBase, load_kb, slug
from ..model import Entity, Mention

__all__ = ["Hit", "find_mentions", "group_entities", "local_id"]

# Same-length character normalisation, so offsets into the normalised text are offsets into
# the original: typographic apostrophes, non-breaking spaces and hyphens.
_NORM = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
                       "\u2009": " ", "\u2010": "-", "\u2011": "-"})
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


def find_mentions(doc, lang, kb: KnowledgeBase | None = None) -> list[Hit]:
    """Every mention in ``doc`` (a spaCy Doc or a plain string), sorted by position."""
    kb = kb or load_kb()
    code = _lang_code(lang)
    text = doc if isinstance(doc, str) else doc.text
    norm = text.translate(_NORM)
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
        if len(ids) == 1 and kind != "ambiguous":
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
    hits.extend(_unknown_names(doc, text, norm, code, hits))
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

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
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


def _sentences(doc, text: str, code: str):
    """Token lists per sentence: the Doc's own sentences, or the pipeline's tokenizer and
    sentence rules for a plain string."""
    if isinstance(doc, str):
        from .. import lang as langdata
        from ..pipeline import get_nlp
        from .sentences import set_sentence_starts

        doc = get_nlp(code).make_doc(text)
        set_sentence_starts(doc, langdata.get(code))
    try:
        return [list(s) for s in doc.sents]
    except ValueError:  # no sentence boundaries set
        return [list(doc)]


def _name_triggers(sent, taken: bytearray, given: frozenset[str]) -> list[int]:
    """Positions in a sentence where a name the knowledge base and heuristic miss may stand:
    a capitalised word outside every known mention that is an acronym (SPD), a given name, or
    stands next to another capitalised word ("Northrop Grumman", "Kanzlerin Merkel"). German
    capitalises every noun, so this gate is what keeps the model off most of the text."""

    def cap(t) -> bool:
        return t.text[:1].isupper() and t.is_alpha and not taken[t.idx] and t.text not in _STOP

    out = []
    for i, t in enumerate(sent):
        if not cap(t):
            continue
        acronym_or_given = (t.is_upper and len(t) >= 3) or t.text in given
        next_to_capital = (0 < i < len(sent) - 1 and cap(sent[i + 1]) and not sent[i + 1].is_upper
                           and t.text not in _COUNT_NOUNS and sent[i + 1].text not in _COUNT_NOUNS)
        if acronym_or_given or next_to_capital:
            out.append(i)
    return out


# The model sees a window of tokens around each trigger, not the whole sentence: names are
# local, and the window halves the model's work.
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 8


def _model_windows(sents, taken: bytearray, given: frozenset[str]) -> list[list]:
    windows = []
    for sent in sents:
        last_end = -1
        for i in _name_triggers(sent, taken, given):
            a, b = max(0, i - _WINDOW_BEFORE), min(len(sent), i + _WINDOW_AFTER)
            if windows and a <= last_end and windows[-1][0] is sent:
                windows[-1][2] = max(windows[-1][2], b)
            else:
                windows.append([sent, a, b])
            last_end = windows[-1][2]
    return [sent[a:b] for sent, a, b in windows]


# Capitalised German nouns that pair up in figures ("Millionen Euro"), never in names.
_COUNT_NOUNS = _words(
    """Million Millionen Milliarde Milliarden Billion Billionen Tausend Tausende Hunderte Dutzend Dutzende Prozent
    Euro Dollar Franken Pfund Rubel Yen Menschen Personen Soldaten Jahre Jahren Jahr Monate Monaten Tage Tagen
    Stunden Minuten Kilometer Meter Tonnen""")


def _model_names(doc, text: str, code: str, taken: bytearray) -> list[Hit]:
    nlp = ner_model(code)
    if nlp is None:
        return []
    from spacy.tokens import Doc

    given = _given_names()
    sents = _model_windows([s for s in _sentences(doc, text, code) if s], taken, given)
    # The sentences' own tokens go to the model as they are: no second tokenisation.
    docs = (Doc(nlp.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent]) for sent in sents)
    out = []
    for sent, sdoc in zip(sents, nlp.get_pipe("ner").pipe(docs, batch_size=64)):
        for ent in sdoc.ents:
            typ = _NER_TYPES.get(ent.label_)
            if typ is None:
                continue
            toks = [sent[i] for i in range(ent.start, ent.end) if not sent[i].is_punct]
            while toks and toks[0].text in _STOP:
                toks = toks[1:]
            if not toks:
                continue
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if text[e - 2:e] in ("'s", "\u2019s"):
                e -= 2
            if e <= s or any(taken[s:e]) or not text[s:s + 1].isupper():
                continue
            name = text[s:e]
            out.append(Hit(s, e, name, local_id(name), typ, name, "unknown"))
            taken[s:e] = b"\x01" * (e - s)
    return out


def _unknown_names(doc, text: str, norm: str, code: str, hits: list[Hit]) -> list[Hit]:
    """Names not in the knowledge base: the language's NER model where one ships (German),
    then the capitalised-name heuristic (a known given name followed by capitalised words is
    a person; in English, a run of capitalised words containing an organisation word is an
    organisation). The surname of each person found is then linked wherever it recurs."""
    taken = bytearray(len(text))
    for h in hits:
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    given = _given_names()
    toks = []
    for m in _TOKEN.finditer(norm):
        # English possessive: "Clarke's" is a mention of Clarke
        w = m.group(0).removesuffix("'s").rstrip(".'-")
        if w:
            toks.append((m.start(), m.start() + len(w), w))
    out: list[Hit] = _model_names(doc, text, code, taken)
    i = 0
    n = len(toks)
    while i < n:
        s, e, w = toks[i]
        if any(taken[s:e]) or not _is_cap(w):
            i += 1
            continue
        j = i + 1
        while j < n and (_is_cap(toks[j][2]) or _is_initial(norm, toks[j])) and not any(taken[toks[j][0]:toks[j][1]]) \
                and (norm[toks[j - 1][1]:toks[j][0]] == " "
                     or (norm[toks[j - 1][1]:toks[j][0]] == ". " and _is_initial(norm, toks[j - 1]))) and j - i < 5:
            j += 1
        run = toks[i:j]
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
    if surnames:
        for s, e, w in toks:
            base = w[:-1] if w.endswith("s") and w[:-1] in surnames else w
            h = surnames.get(base)
            if h is None or any(taken[s:e]):
                continue
            out.append(Hit(s, e, text[s:e], h.entity, h.type, h.name, "unknown"))
            taken[s:e] = b"\x01" * (e - s)
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
