"""Import entities from a Wikidata JSON dump into a user knowledge base, in constant memory.

The dump format (``latest-all.json[.gz|.bz2]``) is one JSON array with one entity per line:

    [
    {"type": "item", "id": "Q42", "labels": {...}, "aliases": {...}, "claims": {...}},
    ...
    ]

``import_dump(src, dest, types=..., langs=...)`` reads it line by line (gzip and bz2 are
decompressed as a stream), keeps the items whose "instance of" (P31) is one of the classes
that map to the wanted sayso types, and writes one record per kept item to ``dest`` as it
goes, in the knowledge-base file format that ``load_kb(extra=[dest])`` reads. Memory does not
grow with the dump; it grows only with the number of ids kept (to keep them unique).

An item whose Wikidata id the shipped knowledge base already has keeps the shipped id, so
importing extends or overrides the shipped record instead of duplicating it.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from . import LANGS, TYPES, KnowledgeBaseError, load_kb, slug

# "instance of" classes -> sayso type. Direct P31 only (no subclass reasoning: that would need
# the whole class hierarchy in memory); the common classes for news actors are listed.
CLASS_TYPES: dict[str, str] = {
    "Q5": "person",
    "Q6256": "country", "Q3624078": "country", "Q3024240": "country",  # country, sovereign state, historical country
    "Q515": "place", "Q1549591": "place", "Q486972": "place", "Q5119": "place", "Q10864048": "place",
    "Q82794": "place", "Q107390": "place", "Q35657": "place",  # region, federated state, US state
    "Q43229": "organization", "Q4830453": "organization", "Q783794": "organization", "Q484652": "organization",
    "Q163740": "organization", "Q192283": "organization", "Q1331793": "organization", "Q327333": "organization",
    "Q192350": "organization", "Q176799": "organization", "Q7278": "organization", "Q11032": "organization",
    "Q1002697": "organization", "Q2659904": "organization", "Q1153191": "organization", "Q31855": "organization",
    "Q17149090": "group", "Q2297927": "group", "Q1140229": "group", "Q15911314": "group",  # armed/militant/terrorist groups
}


def _open_text(path: str | os.PathLike[str]) -> TextIO:
    p = str(path)
    try:
        if p.endswith(".gz"):
            return io.TextIOWrapper(gzip.open(p, "rb"), encoding="utf-8")
        if p.endswith(".bz2"):
            return io.TextIOWrapper(bz2.open(p, "rb"), encoding="utf-8")
        return open(p, encoding="utf-8")
    except OSError as e:
        raise KnowledgeBaseError(f"cannot read Wikidata dump {p}: {e.strerror or e}") from None


def iter_items(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The entities of a dump, one at a time (the array brackets and trailing commas skipped)."""
    with _open_text(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line in ("[", "]", ""):
                continue
            line = line.removesuffix(",")
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise KnowledgeBaseError(f"{path}, line {n}: not a Wikidata entity ({e.msg})") from None


def _classes(item: dict[str, Any]) -> list[str]:
    out = []
    for claim in item.get("claims", {}).get("P31", ()):
        try:
            out.append(claim["mainsnak"]["datavalue"]["value"]["id"])
        except (KeyError, TypeError):
            continue
    return out


def to_record(item: dict[str, Any], types: Iterable[str] = TYPES, langs: Iterable[str] = LANGS) -> dict[str, Any] | None:
    """One sayso record for a Wikidata item, or None when it is not of a wanted type or has
    no label in the wanted languages."""
    if item.get("type") != "item":
        return None
    wanted = set(types)
    typ = next((CLASS_TYPES[c] for c in _classes(item) if CLASS_TYPES.get(c) in wanted), None)
    if typ is None:
        return None
    labels = item.get("labels", {})
    aliases = item.get("aliases", {})
    out_aliases: dict[str, list[str]] = {}
    for lang in langs:
        forms = []
        if lang in labels:
            forms.append(labels[lang]["value"])
        forms += [a["value"] for a in aliases.get(lang, ())]
        forms = list(dict.fromkeys(f.strip() for f in forms if f and f.strip() and len(f.strip()) >= 2))
        if forms:
            out_aliases[lang] = forms
    if not out_aliases:
        return None
    name = (labels.get("en") or next(iter(labels.values())))["value"] if labels else item["id"]
    return {"id": None, "name": name, "type": typ, "wikidata": item["id"], "aliases": out_aliases}


def import_dump(src: str | os.PathLike[str], dest: str | os.PathLike[str], types: Iterable[str] = TYPES,
                langs: Iterable[str] = LANGS) -> int:
    """Stream ``src`` (a Wikidata JSON dump, optionally .gz/.bz2) into the knowledge-base file
    ``dest``; returns the number of records written."""
    types = tuple(types)
    bad = [t for t in types if t not in TYPES]
    if bad:
        raise KnowledgeBaseError(f"unknown entity type(s) {', '.join(bad)} (one of {', '.join(TYPES)})")
    langs = tuple(langs)
    shipped = {r.wikidata: r.id for r in load_kb().records.values() if r.wikidata}
    used: set[str] = set()
    n = 0
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    with open(tmp, "w", encoding="utf-8") as out:
        out.write('{\n "about": "Imported from a Wikidata dump by sayso.kb.wikidata.import_dump",\n "entities": [\n')
        for item in iter_items(src):
            rec = to_record(item, types, langs)
            if rec is None:
                continue
            rid = shipped.get(rec["wikidata"]) or slug(rec["name"]) or rec["wikidata"].lower()
            if rid in used or (rid not in shipped.values() and rid in load_kb()):
                rid = f"{rid}-{rec['wikidata'].lower()}"
            used.add(rid)
            rec["id"] = rid
            out.write((",\n" if n else "") + "  " + json.dumps(rec, ensure_ascii=False))
            n += 1
        out.write("\n ]\n}\n")
    os.replace(tmp, dest)
    return n
