"""Linking: mentions grouped into entities; speakers and figures tied to whom they come from.

* every speaker span points to the entity it names: the person it contains if any ("Nordkoreas
  Führer Kim Jong Un" -> Kim Jong Un), else its longest mention ("Ein Sprecher des State
  Department" -> the State Department, with the role kept: spokesperson);
* a pronoun speaker ("er", "she") takes the entity of the nearest person speaker before it;
* a figure inside a statement's content takes that statement (and so its speaker's entity) as
  its source; a figure the article asserts itself keeps ``source`` null;
* a figure is ``about`` the entities named in what it counts ("russische Soldaten" -> Russia);
  when that names none, about the one entity its clause names before it as a clear subject
  ("Nordkorea hat 11.000 Soldaten geschickt"), and about nothing when the clause names two
  ("Russland und die Ukraine verloren 600 Panzer") or only after prepositions ("In Russland
  wurden ...") or as the speaker ("Laut Reuters ...").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from ..model import FigureSource, Speaker, Statement

ROLE_WORDS: dict[str, str] = {
    "sprecher": "spokesperson",
    "sprecherin": "spokesperson",
    "regierungssprecher": "spokesperson",
    "pressesprecher": "spokesperson",
    "pressesprecherin": "spokesperson",
    "polizeisprecher": "spokesperson",
    "spokesperson": "spokesperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "experten": "expert",
    "experte": "expert",
    "expertin": "expert",
    "experts": "expert",
    "expert": "expert",
    "analysts": "analyst",
    "analyst": "analyst",
}
PERSON_PRONOUNS = frozenset({"er", "sie", "he", "she", "ich", "i"})
# A relative pronoun as speaker (", who said ...") stands for the mention right before it.
RELATIVE_SPEAKERS = frozenset({"who"})
ANTECEDENT_REACH = 60  # characters: "McConnell, now the Senate majority leader, who"
PRONOUN_REACH = 400  # characters: about the sentence before a pronoun

# A mention right after one of these (an article between allowed) is not the subject:
# "in Russland", "gegen die Ukraine", "laut Reuters", "according to Kyiv".
PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset("""in im ins am an ans auf aufs aus bei beim mit nach von vom zu zum zur für gegen über unter vor
        hinter neben zwischen durch ohne um laut seit gegenüber trotz wegen während innerhalb außerhalb bis entlang
        samt per pro via dank infolge seitens angesichts nahe nördlich südlich östlich westlich als wie""".split()),
    "en": frozenset("""in on at to from with by for against of about into onto over under near after before since
        during across through between among according than as via toward towards without within including like
        upon behind beyond inside outside""".split()),
}
ARTICLES: dict[str, frozenset[str]] = {
    "de": frozenset("der die das den dem des ein eine einer eines einem einen".split()),
    "en": frozenset("the a an".split()),
}
# Where a clause begins: punctuation (a comma not inside a number such as "1,5") and dashes.
_CLAUSE_BREAK = re.compile(r"[;:()\[\]\u201e\u201c\u201d\u00ab\u00bb\"]|,(?!\d)|\s[\u2013\u2014-]\s")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def link(doc: Doc, lang) -> None:
    from .entities import doc_text, group_entities

    hits = doc._.sayso_mentions or []
    text = doc_text(doc)
    entities = group_entities(text, hits) if hits else []
    doc._.sayso_entities = entities
    mentions = sorted(
        ((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions),
        key=lambda x: (x[0], x[1]),
    )
    starts = [m[0] for m in mentions]
    statements: list[Statement] = list(doc._.sayso_statements or [])
    linked: list[Statement] = []
    last_person: str | None = None
    for st in statements:
        sp = st.speaker
        if sp is not None:
            entity, etype = _entity_in(sp, mentions, starts)
            if entity is None and sp.text.lower() in PERSON_PRONOUNS:
                # the nearest named speaker before; with none yet, the person last named
                # ("Putin traf am Montag ein. Er sagte, ...")
                entity = last_person or _person_before(sp.start, mentions, starts)
                etype = "person" if entity else None
            elif entity is None and sp.text.lower() in RELATIVE_SPEAKERS:
                entity, etype = _antecedent(sp, mentions, starts)
            role = _role(sp.text)
            sp = Speaker(sp.start, sp.end, sp.text, entity, role)
            if etype == "person":
                last_person = entity
            st = replace(st, speaker=sp)
        linked.append(st)
    doc._.sayso_statements = linked
    figures = doc._.sayso_figures or []
    if figures:
        spans = sorted((c.start, c.end, n) for n, st in enumerate(linked) for c in st.content)
        figures = [_with_about(_with_source(f, linked, spans), mentions, starts) for f in figures]
        if any(not f.about for f in figures):
            code = getattr(lang, "CODE", None) or getattr(lang, "__name__", "de").rsplit(".", 1)[-1]
            voices = sorted((x.start, x.end) for st in linked for x in (st.speaker, st.cue) if x is not None)
            arr = doc.to_array([IDX, SENT_START])
            sents = arr[arr[:, 1] == 1, 0].tolist() or [0]
            figures = [f if f.about else _with_subject(f, text, code, mentions, starts, sents, voices)
                       for f in figures]
        doc._.sayso_figures = figures


def _person_before(pos: int, mentions, starts) -> str | None:
    """The person mentioned last before character pos, within PRONOUN_REACH characters."""
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0 and pos - mentions[i][1] <= PRONOUN_REACH:
        if mentions[i][3] == "person" and mentions[i][1] <= pos and not mentions[i][2].startswith("ambiguous:"):
            return mentions[i][2]
        i -= 1
    return None


def _antecedent(sp: Speaker, mentions, starts) -> tuple[str | None, str | None]:
    """The entity a relative pronoun speaker stands for: the mention just before it ("Ted Cruz
    endorses Trump, who says ..."), at most an apposition's length away."""
    i = bisect.bisect_left(starts, sp.start) - 1
    nearest = None
    while i >= 0 and sp.start - mentions[i][1] <= ANTECEDENT_REACH:
        _, end, eid, etype = mentions[i]
        i -= 1
        if end > sp.start or eid.startswith("ambiguous:"):
            continue
        if etype == "person":  # "who" stands for a person: "Trump's adviser Miller, who"
            return eid, etype
        nearest = nearest or (eid, etype)
    return nearest or (None, None)


def _entity_in(sp: Speaker, mentions, starts) -> tuple[str | None, str | None]:
    """The entity a speaker span names: a person inside it first, else the longest mention."""
    i = bisect.bisect_left(starts, sp.start)
    best = None
    while i < len(mentions) and mentions[i][0] < sp.end:
        s, e, eid, etype = mentions[i]
        if e <= sp.end and not eid.startswith("ambiguous:"):
            key = (etype == "person", e - s)
            if best is None or key > best[0]:
                best = (key, eid, etype)
        i += 1
    if best is None:
        return None, None
    return best[1], best[2]


def _role(text: str) -> str | None:
    for word in text.lower().replace("-", " ").split():
        if word in ROLE_WORDS:
            return ROLE_WORDS[word]
    return None


def _with_about(fig, mentions, starts):
    """Entities named in the counted thing: "russische Soldaten" is about Russia."""
    if fig.counted is None or fig.about:
        return fig
    about: list[str] = []
    i = bisect.bisect_left(starts, fig.counted.start)
    while i < len(mentions) and mentions[i][0] < fig.counted.end:
        _, e, eid, _ = mentions[i]
        if e <= fig.counted.end and not eid.startswith("ambiguous:") and eid not in about:
            about.append(eid)
        i += 1
    return replace(fig, about=tuple(about)) if about else fig


def _in_voice(voices: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps a speaker or cue span (sorted by start). Speakers and cues are
    short and barely nest, so the few that start before e settle it: linear over a document."""
    k = bisect.bisect_left(voices, (e, -1))
    return any(a < e and s < b for a, b in voices[max(0, k - 4):k])


def _with_subject(fig, text: str, code: str, mentions, starts, sents: list[int], voices):
    """``about`` from the one entity the figure's clause names before it, outside
    prepositional phrases and speakers; unchanged when there is none or more than one."""
    k = bisect.bisect_right(sents, fig.start) - 1
    clause_start = sent_start = sents[k] if k >= 0 else 0
    for m in _CLAUSE_BREAK.finditer(text, sent_start, fig.start):
        clause_start = m.end()
    preps, articles = PREPOSITIONS.get(code, frozenset()), ARTICLES.get(code, frozenset())
    found: list[tuple[int, int, str]] = []
    i = bisect.bisect_left(starts, clause_start)
    while i < len(mentions) and mentions[i][0] < fig.start:
        s, e, eid, _ = mentions[i]
        i += 1
        if e > fig.start or eid.startswith("ambiguous:") or _in_voice(voices, s, e):
            continue
        if found and found[-1][0] <= s and e <= found[-1][1]:
            continue  # a country inside a longer mention: "Regierung Russlands"
        before = text[clause_start:s]
        m = _WORD_BEFORE.search(before)
        if m and m.group(1).lower() in articles:
            m = _WORD_BEFORE.search(before[:m.start()])
        if m and m.group(1).lower() in preps:
            continue
        found.append((s, e, eid))
    ids = {eid for _, _, eid in found}
    return replace(fig, about=(ids.pop(),)) if len(ids) == 1 else fig


def _with_source(fig, statements: list[Statement], spans: list[tuple[int, int, int]]):
    """The first statement (in order) whose content holds the figure; content spans do not
    nest far, so looking back from the figure over spans that start before it is short."""
    if not spans:
        return fig
    k = bisect.bisect_right(spans, (fig.start, float("inf"), 0))
    best = None
    for s, e, n in reversed(spans[max(0, k - 8):k]):
        if s <= fig.start and fig.end <= e and (best is None or n < best):
            best = n
    if best is None:
        return fig
    st = statements[best]
    return replace(fig, source=FigureSource(st.speaker.entity if st.speaker else None, best))
