"""Surface forms of knowledge-base aliases: German inflection, capitalisation, demonym plurals.

Data files list base forms; these functions expand them deterministically, so a reviewer
reads "russisch~ Regierung" and the matcher knows "russischen Regierung", "Russische
Regierung" and "russischer Regierung". Overgeneration is harmless (a form that German never
produces is simply never found); undergeneration loses mentions, so the rules lean generous
but never add the bare adjective stem ("russisch Roulette", "auf Russisch" are not Russia).
"""

from __future__ import annotations

import itertools
import re

ADJ_ENDINGS: tuple[str, ...] = ("e", "en", "er", "es", "em")
# A non-final word of a German multi-word name that is an inflected adjective:
# "Vereinigte Staaten", "Demokratische Republik", "Internationale Atomenergiebehörde".
_AUTO_ADJ = re.compile(r"^(\w{2,}(?:isch|igt|ig|lich|eint|al|ell|är))(?:e|en|er|es|em)$")
_NO_GENITIVE_END = set("sßxzSXZ")
MAX_FORMS = 64


def _word_forms(word: str, final: bool, auto: bool) -> list[str]:
    if word.endswith("~"):
        stem = word[:-1]
        return [stem + e for e in ADJ_ENDINGS]
    if auto and not final:
        m = _AUTO_ADJ.match(word)
        if m:
            return [m.group(1) + e for e in ADJ_ENDINGS]
    return [word]


def _genitive(word: str) -> list[str]:
    """The forms a final German noun takes: genitive -s, dative plural / weak -n."""
    if not word or not word[-1].isalpha() or word.isupper() or any(ch.isdigit() for ch in word):
        return [word]
    out = [word]
    if word[-1] not in _NO_GENITIVE_END:
        out.append(word + "s")
    if word.endswith("e"):
        out.append(word + "n")
    return out


def capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


def de_forms(alias: str, inflect_final: bool = True) -> list[str]:
    """All German surface forms of one alias (base form first)."""
    words = alias.split(" ")
    slots = []
    for i, w in enumerate(words):
        final = i == len(words) - 1
        forms = _word_forms(w, final, auto=True)
        if final and inflect_final and not w.endswith("~"):
            forms = [g for f in forms for g in _genitive(f)]
        slots.append(forms)
    out = []
    for combo in itertools.islice(itertools.product(*slots), MAX_FORMS):
        out.append(" ".join(combo))
    return _with_capitals(out)


def de_adjective_forms(stem: str) -> list[str]:
    return _with_capitals([stem + e for e in ADJ_ENDINGS])


def en_forms(alias: str) -> list[str]:
    return _with_capitals([alias])


def en_adjective_forms(adj: str) -> list[str]:
    out = [adj]
    if adj[-1:] in ("n", "i"):
        out.append(adj + "s")
    return out


def _with_capitals(forms: list[str]) -> list[str]:
    out = list(forms)
    for f in forms:
        c = capitalised(f)
        if c != f:
            out.append(c)
    return list(dict.fromkeys(out))
