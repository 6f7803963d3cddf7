"""Typed, frozen records of an analysis.

Every record that points into the text carries ``start``/``end`` as Python string
indices into the exact text analysed, and ``text == source[start:end]`` always holds
(``Analysis.check_offsets`` verifies it). No spaCy object leaks out of this module's
records, so analyses pickle cheaply and cross process boundaries (multiprocessing, Dask).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["direct", "indirect", "reported", "according_to", "free_indirect"]
Bound = Literal["exact", "more_than", "less_than", "about", "at_least", "at_most", "range", "vague"]
EntityType = Literal["person", "organization", "country", "place", "group", "other"]

KINDS: tuple[str, ...] = ("direct", "indirect", "reported", "according_to", "free_indirect")
BOUNDS: tuple[str, ...] = ("exact", "more_than", "less_than", "about", "at_least", "at_most", "range", "vague")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A stretch of text that names an entity."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """The speaker where the text names it, plus whom it refers to where known."""

    start: int
    end: int
    text: str
    entity: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "entity": self.entity, "role": self.role}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Speaker:
        return cls(int(d["start"]), int(d["end"]), d["text"], d.get("entity"), d.get("role"))


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    wikidata: str | None = None
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "wikidata": self.wikidata,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            d["id"], d["name"], d["type"], d.get("wikidata"),
            tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what. ``cue`` is the reporting word(s) as one stretch ("teilte", "hat angekündigt");
    a German cue is often split by the clause ("teilte ... mit", "hat ... gesagt", "Wie ...
    erklärte"), and ``cue_extra`` holds its parts that stand apart from ``cue``."""

    speaker: Speaker | None
    cue: Span | None
    content: tuple[Span, ...]
    kind: str
    confidence: float
    evidence: str
    cue_extra: tuple[Span, ...] = ()

    @property
    def start(self) -> int:
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        return max(s.end for s in self.content)

    @property
    def cue_spans(self) -> tuple[Span, ...]:
        """Every part of the cue in text order: ("teilte", "mit") for "teilte ... mit"."""
        if self.cue is None:
            return ()
        if not self.cue_extra:
            return (self.cue,)
        return tuple(sorted((self.cue, *self.cue_extra), key=lambda s: s.start))

    @property
    def cue_text(self) -> str | None:
        """The cue as one line, its parts joined by " … "; None without a cue."""
        return " … ".join(s.text for s in self.cue_spans) or None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": [c.to_dict() for c in self.cue_spans] if self.cue else None,
            "content": [c.to_dict() for c in self.content],
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        cue = d.get("cue")
        parts = [cue] if isinstance(cue, dict) else list(cue or ())  # one span object: what earlier versions wrote
        spans = [Span.from_dict(c) for c in parts]
        # the head is the cue word itself; the parts standing apart are auxiliaries and particles
        head = max(spans, key=lambda s: s.end - s.start) if spans else None
        return cls(
            Speaker.from_dict(d["speaker"]) if d.get("speaker") else None,
            head,
            tuple(Span.from_dict(c) for c in d["content"]),
            d["kind"], float(d["confidence"]), d["evidence"],
            tuple(s for s in spans if s is not head),
        )


@dataclass(frozen=True, slots=True)
class FigureSource:
    entity: str | None
    statement: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "statement": self.statement}


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    text: str
    value: float | int | None
    bound: str
    low: float | int | None = None
    high: float | int | None = None
    unit: str | None = None
    counted: Span | None = None
    about: tuple[str, ...] = ()
    period: Span | None = None
    source: FigureSource | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "bound": self.bound,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "counted": self.counted.to_dict() if self.counted else None,
            "about": list(self.about),
            "period": self.period.to_dict() if self.period else None,
            "source": self.source.to_dict() if self.source else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        src = d.get("source")
        return cls(
            int(d["start"]), int(d["end"]), d["text"], d.get("value"), d["bound"], d.get("low"), d.get("high"),
            d.get("unit"), Span.from_dict(d["counted"]) if d.get("counted") else None, tuple(d.get("about") or ()),
            Span.from_dict(d["period"]) if d.get("period") else None,
            FigureSource(src.get("entity"), src.get("statement")) if src else None,
        )


def normalise_text(text: str) -> str:
    """The form a document's id is computed from: NFC, unified newlines, trimmed."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def document_id(text: str, url: str | None = None) -> str:
    h = hashlib.sha256(normalise_text(text).encode("utf-8"))
    if url:
        h.update(b"\0" + url.encode("utf-8"))
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Analysis:
    id: str
    lang: str
    text: str = field(repr=False)
    title: str | None = None
    url: str | None = None
    date: str | None = None
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    figures: tuple[Figure, ...] = ()

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "url": self.url,
            "date": self.date,
            "entities": [e.to_dict() for e in self.entities],
            "statements": [s.to_dict() for s in self.statements],
            "figures": [f.to_dict() for f in self.figures],
        }
        if include_text:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], text: str | None = None) -> Analysis:
        return cls(
            d["id"], d["lang"], text if text is not None else d.get("text", ""), d.get("title"), d.get("url"),
            d.get("date"),
            tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            tuple(Statement.from_dict(s) for s in d.get("statements", ())),
            tuple(Figure.from_dict(f) for f in d.get("figures", ())),
        )

    def spans(self) -> list[Span | Speaker | Mention | Figure]:
        """Every record in this analysis that points into the text."""
        out: list[Any] = []
        for e in self.entities:
            out.extend(e.mentions)
        for s in self.statements:
            if s.speaker:
                out.append(s.speaker)
            out.extend(s.cue_spans)
            out.extend(s.content)
        for f in self.figures:
            out.append(f)
            if f.counted:
                out.append(f.counted)
            if f.period:
                out.append(f.period)
        return out

    def check_offsets(self) -> list[str]:
        """Every span whose text is not ``text[start:end]``, described; empty when all hold."""
        bad = []
        for s in self.spans():
            if not (0 <= s.start <= s.end <= len(self.text)) or self.text[s.start:s.end] != s.text:
                bad.append(f"{type(s).__name__} {s.start}:{s.end} {s.text!r}")
        return bad
