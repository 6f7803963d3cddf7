"""Linking: mentions grouped into entities; speakers and figures tied to whom they come from.

* every speaker span points to the entity it names: the person it contains if any ("Nordkoreas
  Führer Kim Jong Un" -> Kim Jong Un), else its longest mention ("Ein Sprecher des State
  Department" -> the State Department, with the role kept: spokesperson);
* a pronoun speaker ("er", "she") takes the entity of the nearest person speaker before it;
* a figure inside a statement's content takes that statement (and so its speaker's entity) as
  its source; a figure the article asserts itself keeps ``source`` null.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

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


def link(doc: Doc, lang) -> None:
    from .entities import group_entities

    hits = doc._.sayso_mentions or []
    entities = group_entities(doc.text, hits) if hits else []
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
            if entity is None and sp.text.lower() in PERSON_PRONOUNS and last_person is not None:
                entity, etype = last_person, "person"
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
        doc._.sayso_figures = [_with_about(_with_source(f, linked, spans), mentions, starts) for f in figures]


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
