"""Figures: every number with its qualifier, scale, unit, counted thing and period.

``find_figures(doc, lang)`` reads ``doc.text`` and the sentence starts of ``doc`` and
returns ``Figure`` records sorted by start; ``figures_in_text(text, lang)`` does the same
from a plain string. The language module supplies every word list (``lang/<code>/numbers.py``,
names starting ``FIGURE_``); this module holds only the rules.

How it works, in one pass over the text (linear in its length):

1. The text is split into number, word and symbol tokens by one regex without nested
   quantifiers (``\\d+(?:[.,]\\d+)*`` cannot backtrack badly: every repetition starts with a
   separator).
2. Period phrases ("seit Februar 2022", "in den letzten 20 Monaten", "between August 2023
   and March 2025") are found first; numbers inside them are not figures.
3. At every token a quantity is tried: an optional currency before the number, the number
   (digits in the language's locale, number words, vague words such as "Hunderte" or
   "mehrere Millionen"), scale words, a unit after it. Qualifiers before it give the bound;
   "zwischen … und …", "20 bis 30", "between … and …" give ranges.
4. Numbers that are not amounts are dropped: years, dates, times, ordinals, list numbers,
   phone numbers, references ("§ 5", "Art. 3") and names with digits ("Boeing 747", "G8").
5. Without a unit, the counted noun phrase after the number is found (German: optional
   partitive and adjectives, then a capitalised noun; English: a short run of content words
   ending at a plural noun).
6. Each figure gets the nearest period phrase of its sentence; a duration right after an
   amount ("$374 billion over 10 years") becomes that amount's period.

Output conventions (the contract in DESIGN.md): ``value`` is the number after scale (int when
whole); ranges have ``value`` None and ``low``/``high``; vague amounts ("mehrere Millionen",
"dozens") have ``value`` None, ``bound`` "vague" and ``low`` the smallest plausible value;
"more_than"/"at_least" set ``low``, "less_than"/"at_most" set ``high``; fractions ("zwei
Drittel", "one in five") are values below 1 with no unit. Units are ISO 4217 codes for
currencies, "%" apart from "percentage points", symbols for physical units, and "year",
"month", … for durations. Durations that place an event in time ("vor drei Jahren", "two
years ago", "seit 20 Jahren") are not figures. ``about`` and ``source`` are left empty for
the linking stage.

Phrase tables are matched token by token through dicts keyed by the first token (never a
big alternation regex). Every loop looks at a bounded number of tokens around the current
one, so the whole pass is linear; ``tests/test_figures.py`` checks it on hostile input.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from types import ModuleType
from typing import Any

from ..model import Figure, Span
from .doctext import doc_text

TOKEN_RE = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009]\d+)*|[^\W\d_]+(?:[-'’.][^\W\d_]+)*|\S")
THIN_SPACES = "\u00a0\u202f\u2009"
MAX_DIGITS = 30
NUM, WORD, SYM = "N", "W", "P"


# --------------------------------------------------------------------------- tables


class Phrases:
    """A table of token phrases matched forward or backward from a token, in O(longest phrase)."""

    def __init__(self, table: dict[str, Any] | frozenset[str] | set[str], short_cased: bool = True):
        items = table.items() if isinstance(table, dict) else ((k, True) for k in table)
        self.fwd: dict[str, list[tuple[tuple[str, ...], bool, Any]]] = {}
        self.bwd: dict[str, list[tuple[tuple[str, ...], bool, Any]]] = {}
        for phrase, value in items:
            if value is None:
                continue
            toks = tuple(m.group() for m in TOKEN_RE.finditer(phrase))
            if not toks:
                continue
            cased = short_cased and len(phrase) <= 3
            key = toks if cased else tuple(t.lower() for t in toks)
            self.fwd.setdefault(key[0], []).append((key, cased, value))
            self.bwd.setdefault(key[-1], []).append((key, cased, value))
        for d in (self.fwd, self.bwd):
            for lst in d.values():
                lst.sort(key=lambda e: -len(e[0]))

    def match(self, toks: Toks, i: int, hi: int) -> tuple[Any, int] | None:
        """The longest phrase starting at token ``i`` (not past ``hi``): (value, end index)."""
        if i >= hi:
            return None
        best = None
        for first in (toks.text[i], toks.low[i]):
            for key, cased, value in self.fwd.get(first, ()):
                n = len(key)
                if i + n > hi or (best is not None and n <= best[1] - i):
                    continue
                src = toks.text if cased else toks.low
                if all(src[i + k] == key[k] for k in range(n)):
                    best = (value, i + n)
                    break
        return best

    def match_before(self, toks: Toks, j: int, lo: int) -> tuple[Any, int] | None:
        """The longest phrase ending just before token ``j`` (not before ``lo``): (value, start)."""
        if j - 1 < lo:
            return None
        best = None
        for last in (toks.text[j - 1], toks.low[j - 1]):
            for key, cased, value in self.bwd.get(last, ()):
                n = len(key)
                if j - n < lo or (best is not None and n <= j - best[1]):
                    continue
                src = toks.text if cased else toks.low
                if all(src[j - n + k] == key[k] for k in range(n)):
                    best = (value, j - n)
                    break
        return best


class Tables:
    def __init__(self, lang: ModuleType):
        def g(name: str, default: Any = None) -> Any:
            return getattr(lang, name, default)

        self.code = g("CODE", "")
        self.german = self.code == "de"
        self.dec = g("FIGURE_DECIMAL_SEP", ".")
        self.grp = g("FIGURE_GROUP_SEP", ",")
        self.scales = Phrases(g("FIGURE_SCALES", {}))
        self.suffix_scales = dict(g("FIGURE_SUFFIX_SCALES", {}))
        self.number_words = {k.lower(): v for k, v in g("FIGURE_NUMBER_WORDS", {}).items()}
        parts = g("FIGURE_NUMBER_PARTS", {})
        self.parts = sorted(parts.items(), key=lambda kv: -len(kv[0]))
        self.weak = frozenset(w.lower() for w in g("FIGURE_WEAK_NUMBER_WORDS", ()))
        self.vague_words = Phrases(g("FIGURE_VAGUE_WORDS", {}))
        self.vague_dets = Phrases(frozenset(g("FIGURE_VAGUE_DETERMINERS", ())), short_cased=False)
        self.qualifiers = Phrases(g("FIGURE_QUALIFIERS", {}), short_cased=False)
        self.range_openers = {k.lower(): v.lower() for k, v in g("FIGURE_RANGE_OPENERS", {}).items()}
        self.range_joiners = frozenset(g("FIGURE_RANGE_JOINERS", ()))
        self.units = Phrases(g("FIGURE_UNITS", {}))
        self.prefix_units = Phrases(g("FIGURE_PREFIX_UNITS", {}))
        self.time_units = frozenset(g("FIGURE_TIME_UNITS", ()))
        self.time_of_day = frozenset(g("FIGURE_TIME_OF_DAY", ()))
        months = frozenset(g("FIGURE_MONTHS", ()))
        self.months = months | frozenset(m.rstrip(".") for m in months if m.endswith(".") and len(m) > 3)
        self.references = frozenset(g("FIGURE_REFERENCE_WORDS", ()))
        self.ordinal_before = frozenset(g("FIGURE_ORDINAL_BEFORE", ()))
        self.year_before = frozenset(g("FIGURE_YEAR_BEFORE", ()))
        self.lead = frozenset(g("FIGURE_LEAD_WORDS", ()))
        self.partitives = frozenset(g("FIGURE_PARTITIVES", ()))
        self.time_after = frozenset(g("FIGURE_TIME_AFTER", ()))
        self.period_preps = frozenset(g("FIGURE_PERIOD_PREPOSITIONS", ()))
        self.period_since = Phrases(frozenset(g("FIGURE_PERIOD_SINCE", ())), short_cased=False)
        self.period_in = Phrases(frozenset(g("FIGURE_PERIOD_IN", ())), short_cased=False)
        self.period_between = {k.lower(): v.lower() for k, v in g("FIGURE_PERIOD_BETWEEN", {}).items()}
        self.period_units = Phrases(frozenset(g("FIGURE_PERIOD_UNITS", ())), short_cased=False)
        self.period_relative = Phrases(frozenset(g("FIGURE_PERIOD_RELATIVE", ())), short_cased=False)
        self.not_counted = frozenset(g("FIGURE_NOT_COUNTED", ()))
        self.not_counted_low = frozenset(w.lower() for w in self.not_counted)
        self.plurals = frozenset(g("FIGURE_PLURALS", ()))
        self.sentence_starters = frozenset(g("FIGURE_SENTENCE_STARTERS", ()))
        self.word_followers = frozenset(g("FIGURE_WORD_FOLLOWERS", ()))
        self.unit_sharers = frozenset(g("FIGURE_UNIT_SHARERS", ()))
        self.per = frozenset(g("FIGURE_PER", ()))
        self.address = frozenset(g("FIGURE_ADDRESS_WORDS", ()))
        self.period_over = frozenset(g("FIGURE_PERIOD_OVER", ()))
        self.amount_before = frozenset(g("FIGURE_AMOUNT_BEFORE", ()))
        self.year_after = frozenset(w.lower() for w in g("FIGURE_YEAR_AFTER", ()))
        self.preposition_qualifiers = frozenset(g("FIGURE_PREPOSITION_QUALIFIERS", ()))
        self.preposition_heads = frozenset(w.lower() for w in g("FIGURE_PREPOSITION_HEADS", ()))
        self.change_words = frozenset(g("FIGURE_CHANGE_WORDS", ()))
        self.one_in = Phrases(frozenset(g("FIGURE_ONE_IN", ())), short_cased=False)
        self.fractions = {k: Decimal(v) for k, v in g("FIGURE_FRACTIONS", {}).items()}
        self.fractions_low = {k.lower(): v for k, v in self.fractions.items()}
        # first tokens that can open a quantity or a period phrase (a fast pre-filter)
        starters: set[str] = set(self.number_words) | {"half", "hälfte", "minus"}
        for ph in (self.vague_words, self.vague_dets, self.prefix_units, self.one_in):
            starters.update(ph.fwd)
        self.starters = frozenset(starters)
        self.part_prefixes = frozenset(p[:3] for p, _ in self.parts if len(p) >= 3)
        firsts: set[str] = set(self.period_between)
        for ph in (self.period_relative, self.period_since, self.period_in):
            firsts.update(ph.fwd)
        self.period_firsts = frozenset(firsts)


@lru_cache(maxsize=8)
def _tables(lang: ModuleType) -> Tables:
    return Tables(lang)


# --------------------------------------------------------------------------- tokens


class Toks:
    """The text as parallel lists: start, end, text, lowercase text, kind, sentence index."""

    __slots__ = ("e", "kind", "line_start", "low", "n", "s", "sent", "src", "text", "url")

    def __init__(self, text: str, sent_starts: list[int] | None):
        self.src = text
        self.s: list[int] = []
        self.e: list[int] = []
        self.text: list[str] = []
        self.kind: list[str] = []
        for m in TOKEN_RE.finditer(text):
            t = m.group()
            self.s.append(m.start())
            self.e.append(m.end())
            self.text.append(t)
            c = t[0]
            self.kind.append(NUM if c.isdecimal() else WORD if c.isalpha() else SYM)
        self.low = [t.lower() for t in self.text]
        self.n = len(self.text)
        # tokens inside URLs, e-mail addresses and handles (a chunk of text without spaces)
        self.url: set[int] = set()
        i = 0
        while i < self.n:
            j = i
            while j + 1 < self.n and self.e[j] == self.s[j + 1]:
                j += 1
            if j > i:
                chunk = text[self.s[i] : self.e[j]]
                if "://" in chunk or "www." in chunk or "@" in chunk or ".htm" in chunk or ".php" in chunk:
                    self.url.update(range(i, j + 1))
            i = j + 1
        # sentence index per token: sentence starts, plus every line break
        self.sent = [0] * self.n
        self.line_start = [0] * self.n  # offset of the line each token is on
        line = 0
        starts = sorted(set(sent_starts or ()))
        k = 0
        sid = 0
        for i in range(self.n):
            while k < len(starts) and starts[k] <= self.s[i]:
                k += 1
                sid += 1
            if i and "\n" in text[self.e[i - 1] : self.s[i]]:
                sid += 1
                line = text.rfind("\n", self.e[i - 1], self.s[i]) + 1
            self.sent[i] = sid
            self.line_start[i] = line

    def in_url(self, i: int) -> bool:
        return i in self.url

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j (j = i + 1) touch with no space between."""
        return 0 <= i < self.n and 0 <= j < self.n and self.e[i] == self.s[j]

    def same(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.sent[i] == self.sent[j]

    def is_cap(self, i: int) -> bool:
        return self.kind[i] == WORD and self.text[i][0].isupper()

    def word_before(self, i: int) -> str:
        """The word before token i, with an abbreviation's period ("Art.", "Sept.")."""
        j = i - 1
        if j < 0 or j >= self.n:
            return ""
        if self.text[j] == "." and j >= 1 and self.kind[j - 1] == WORD and self.adjacent(j - 1, j):
            return self.text[j - 1] + "."
        return self.text[j]

    def sentence_initial(self, i: int) -> bool:
        j = i - 1
        while (
            j >= 0
            and self.sent[j] == self.sent[i]
            and self.kind[j] == SYM
            and self.text[j] in "„“\"«»‚‘'(–—-"
        ):
            j -= 1
        return j < 0 or self.sent[j] != self.sent[i]


# --------------------------------------------------------------------------- numbers


def parse_digits(t: str, dec: str, grp: str) -> Decimal | None:
    """The value of a digit token in the language's locale, or None if it is no amount."""
    if len(t) > 2 * MAX_DIGITS:
        return None
    if any(c in t for c in THIN_SPACES):
        # "62 000" with a (narrow) no-break space: groups of three digits only
        head, *rest = re.split("[" + THIN_SPACES + "]", t)
        if not (
            1 <= len(head) <= 3 and head.isdigit() and all(len(g) >= 3 and g[:3].isdigit() for g in rest)
        ):
            return None
        if any(c in g for g in rest[:-1] for c in ".,") or len(rest[-1]) > 3 and rest[-1][3] not in ".,":
            return None
        t = head + "".join(rest)
    n_dec = t.count(dec)
    n_grp = t.count(grp)
    if n_dec + n_grp == 0:
        return Decimal(t)
    if n_dec > 1 and n_grp == 0:
        # "1,000,000" in a German text (or "1.000.000" in English): the other locale's grouping
        dec, grp = grp, dec
        n_dec, n_grp = 0, n_dec
    if n_dec > 1:
        return None
    if n_dec == 1:
        intpart, frac = t.split(dec)
        if n_grp and grp in frac:
            return None
    else:
        intpart, frac = t, ""
    if n_grp:
        groups = intpart.split(grp)
        if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            intpart = "".join(groups)
        elif len(groups) == 2 and not frac:
            # "2.5" in a German text, "2,5" in an English one: a decimal in the other locale
            intpart, frac = groups
        else:
            return None
    try:
        return Decimal(intpart + ("." + frac if frac else ""))
    except InvalidOperation:
        return None


def number_word(word: str, tab: Tables) -> Decimal | None:
    w = word.lower()
    if w in tab.number_words:
        return Decimal(str(tab.number_words[w]))
    if len(w) < 4 or len(w) > 60:
        return None
    # compounds: "zweiundsechzigtausend", "dreihundertzwanzig", "twenty-five"
    total = 0
    current = 0
    pos = 0
    seen = False
    while pos < len(w):
        for part, val in tab.parts:
            if w.startswith(part, pos):
                pos += len(part)
                if val is None:
                    break
                seen = True
                if val == 100:
                    current = (current or 1) * 100
                elif val == 1000:
                    total += (current or 1) * 1000
                    current = 0
                else:
                    current += val
                break
        else:
            return None
    if not seen:
        return None
    return Decimal(total + current)


def _num(d: Decimal | None) -> int | float | None:
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


# --------------------------------------------------------------------------- quantities


class Q:
    """A parsed quantity: tokens [start, end), value or vague low, unit, how it was written."""

    __slots__ = (
        "core",
        "core_end",
        "end",
        "fraction",
        "kind",
        "low",
        "prefix",
        "scaled",
        "start",
        "unit",
        "value",
        "word",
    )

    def __init__(self, start: int):
        self.start = start
        self.end = start
        self.value: Decimal | None = None
        self.low: Decimal | None = None
        self.unit: str | None = None
        self.scaled = False
        self.kind = "digits"  # digits | word | vague
        self.core = start
        self.core_end = start
        self.word = False
        self.prefix = False
        self.fraction = False


def parse_quantity(toks: Toks, i: int, tab: Tables, allow_weak: bool = False) -> Q | None:
    n = toks.n
    q = Q(i)
    j = i
    hi = min(n, i + 8)
    # a sign: "-5 Grad", "minus 20 Grad", "−3,2 Prozent"
    negative = False
    if (
        j + 1 < n
        and toks.text[j] in ("-", "−", "–")
        and toks.kind[j + 1] == NUM
        and toks.adjacent(j, j + 1)
        and (j == 0 or not toks.adjacent(j - 1, j))
    ) or (
        j + 1 < n
        and toks.low[j] == "minus"
        and toks.kind[j + 1] in (NUM, WORD)
        and toks.same(j, j + 1)
        and not (j >= 1 and toks.low[j - 1] in ("or", "oder", "und", "and", "plus", "/"))  # "plus or minus 4"
    ):
        negative = True
        j += 1
        if toks.kind[j] != NUM and number_word(toks.low[j], tab) is None:
            return None
    # a currency before the number: "$5", "US$ 5", "€300"
    pre = tab.prefix_units.match(toks, j, hi)
    if pre is not None and pre[1] < n and toks.kind[pre[1]] == NUM and toks.same(i, pre[1]):
        q.unit = pre[0]
        q.prefix = True
        j = pre[1]
    k = toks.kind[j]
    oi = tab.one_in.match(toks, j, hi) if q.unit is None else None
    if oi is not None and oi[1] < n and toks.same(j, oi[1]):
        # "one in five voters", "1 in 4 children": a fraction
        k2 = oi[1]
        d = (
            parse_digits(toks.text[k2], tab.dec, tab.grp)
            if toks.kind[k2] == NUM
            else (number_word(toks.low[k2], tab) if toks.kind[k2] == WORD else None)
        )
        if d is not None and d > 1 and toks.low[k2] not in tab.weak:
            q.kind = "word"
            q.value = (Decimal(1) / d).quantize(Decimal("0.0001"))
            q.core = j
            q.fraction = True
            q.scaled = True
            q.end = q.core_end = k2 + 1
            return q
    if k == NUM:
        v = parse_digits(toks.text[j], tab.dec, tab.grp)
        if v is None:
            return None
        q.value = v
        q.core = j
        j += 1
        q.core_end = j
        # letters written onto the number: "5.5bn", "50k", "20km"; otherwise a name or ordinal
        if j < n and toks.kind[j] == WORD and toks.adjacent(j - 1, j):
            t = toks.text[j]
            if t in tab.suffix_scales and not (
                t in ("m", "M")
                and q.unit is None
                and tab.units.match(toks, j, j + 1)
                and not _plural_after(toks, j, tab)
            ):
                q.value *= tab.suffix_scales[t]
                q.scaled = True
                j += 1
            elif tab.scales.match(toks, j, min(n, j + 2)) is None:
                u = tab.units.match(toks, j, min(n, j + 3))
                if u is None:
                    return None
        # German prices: "100,- €", "5,– Euro"
        if (
            j + 1 < n
            and toks.text[j] == ","
            and toks.text[j + 1] in "-–"
            and toks.adjacent(j - 1, j)
            and toks.adjacent(j, j + 1)
        ):
            j += 2
    elif k == WORD:
        low = toks.low[j]
        vd = tab.vague_dets.match(toks, j, hi)
        vw = tab.vague_words.match(toks, j, hi)
        if vd is not None:
            sc = tab.scales.match(toks, vd[1], min(n, vd[1] + 3))
            if sc is None:
                return None
            q.kind = "vague"
            q.low = Decimal(2 * sc[0])
            q.core = j
            j = sc[1]
        elif vw is not None:
            q.kind = "vague"
            q.low = Decimal(vw[0])
            q.core = j
            j = vw[1]
        elif (low == "half" and j + 1 < n and toks.low[j + 1] == "of") or (
            low == "hälfte" and j >= 1 and toks.low[j - 1] in ("die", "der", "zur", "eine", "einer")
        ):
            # "more than half of the voters", "mehr als die Hälfte"
            q.kind = "word"
            q.value = Decimal("0.5")
            q.fraction = True
            q.scaled = True
            q.core = j
            j += 1
        else:
            if toks.text[j][0].isupper() and tab.german and not toks.sentence_initial(j):
                return None
            v = number_word(low, tab)
            if v is None and "-" in low:
                # "two-thirds"
                head, _, tail = low.rpartition("-")
                if tail in tab.fractions_low and "-" not in head:
                    hv = number_word(head, tab)
                    if hv is not None:
                        v = (hv / tab.fractions_low[tail]).quantize(Decimal("0.0001"))
                        q.fraction = True
                        q.scaled = True
            if v is None:
                return None
            q.kind = "word"
            q.word = low in tab.weak and not q.fraction
            q.value = v
            q.core = j
            j += 1
            if (
                low == "half"
                and j + 1 < n
                and toks.low[j] in ("a", "an")
                and tab.scales.match(toks, j + 1, j + 2)
            ):
                j += 1  # "half a million"
                q.word = False
        q.core_end = j
    else:
        return None
    # fractions: "zwei Drittel", "ein Viertel", "two thirds"
    if (
        q.kind != "vague"
        and not q.fraction
        and j < n
        and toks.same(i, j)
        and toks.text[j] in tab.fractions
        and q.value is not None
    ):
        q.value = (q.value / tab.fractions[toks.text[j]]).quantize(Decimal("0.0001"))
        q.scaled = True
        q.fraction = True
        j += 1
    # scale words: "20 Milliarden", "1,7 Mrd.", "two hundred thousand"
    while j < n:
        sc = tab.scales.match(toks, j, min(n, j + 3))
        if sc is None or not toks.same(i, j):
            break
        if q.kind == "vague":
            q.low *= sc[0]
        else:
            q.value *= sc[0]
        q.scaled = True
        j = sc[1]
    # "millions of dollars", "Hunderte von Euro"
    if (
        q.kind == "vague"
        and q.unit is None
        and j + 1 < n
        and toks.low[j] in ("of", "von")
        and toks.same(i, j + 1)
    ):
        u = tab.units.match(toks, j + 1, min(n, j + 4))
        if u is not None and not _unit_is_word_start(toks, j + 1, u[1]):
            q.unit = u[0]
            j = u[1]
    # unit after: "Dollar", "%", "Prozent", "km", "Jahre"
    if q.unit is None and j < n and toks.same(i, j):
        u = tab.units.match(toks, j, min(n, j + 4))
        if u is not None and not _unit_is_word_start(toks, j, u[1]):
            q.unit = u[0]
            j = u[1]
            j = _compound_unit(toks, j, q, tab)
    if q.word and not q.scaled and q.unit is None and not allow_weak:
        return None
    if negative and q.value is not None:
        q.value = -q.value
    q.end = j
    return q


SPEED = {("km", "hour"): "km/h", ("m", "second"): "m/s", ("mi", "hour"): "mph", ("m", "hour"): "m/h"}
LENGTHS = frozenset({"km", "m", "cm", "mm", "mi", "nmi", "ft"})
TIME_SYMBOLS = {"hour": "h", "second": "s", "minute": "min", "day": "d", "year": "a"}


def is_currency(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper() and unit.isalpha()


def _compound_unit(toks: Toks, j: int, q: Q, tab: Tables) -> int:
    """ "MW/km²", "µg/m³", "Kilometer pro Stunde": units per unit (currencies stay ISO codes)."""
    n = toks.n
    if j + 1 >= n or is_currency(q.unit) or q.unit in ("%", "‰", "percentage points"):
        return j
    slash = toks.text[j] == "/" and toks.adjacent(j - 1, j)
    if not slash and toks.low[j] not in tab.per:
        return j
    k = j + 1
    if not slash and toks.low[k] in ("der", "die", "das", "the", "a", "an"):
        k += 1
    u2 = tab.units.match(toks, k, min(n, k + 3))
    if u2 is None:
        return j
    if (q.unit, u2[0]) in SPEED:
        q.unit = SPEED[(q.unit, u2[0])]
    elif slash:
        q.unit = f"{q.unit}/{TIME_SYMBOLS.get(u2[0], u2[0])}"
    else:
        return j
    return u2[1]


def _plural_after(toks: Toks, j: int, tab: Tables) -> bool:
    """An English plural noun after token j ("3.5m people": million, not metres)."""
    k = j + 1
    if tab.german or k >= toks.n or toks.kind[k] != WORD or not toks.same(j, k):
        return False
    w = toks.low[k]
    return w in tab.plurals or (
        len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in tab.not_counted_low
    )


def _unit_is_word_start(toks: Toks, j: int, end: int) -> bool:
    """A short unit glued to the next word is not a unit ("5 m" yes, "5 mal" no)."""
    return end < toks.n and toks.adjacent(end - 1, end) and toks.kind[end] in (WORD, NUM)


# --------------------------------------------------------------------------- filters


def _is_year(v: Decimal, text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1000 <= v <= 2100


def not_an_amount(toks: Toks, q: Q, tab: Tables, qualified: bool) -> bool:
    """Years, dates, times, ordinals, list numbers, phone numbers, references, names."""
    n = toks.n
    c = q.core
    if q.kind == "vague":
        return False
    if q.kind == "word":
        # "Platz neun", "Artikel zwei"
        b = q.start - 1
        return (
            b >= 0
            and toks.same(b, c)
            and (toks.word_before(b + 1) in tab.references or toks.text[b] in tab.references)
        )
    t = toks.text[c]
    nxt = q.core_end
    prev = c - 1
    # a currency symbol before counts as the number's own; look before it for context
    before = q.start - 1
    bare = q.unit is None and not q.scaled
    # glued to letters or hyphenated words: "G8", "A380", "F-16", "COVID-19", "5-jährige"
    if prev >= 0 and toks.adjacent(prev, c):
        pt = toks.text[prev]
        if toks.kind[prev] in (WORD, NUM):
            return True
        if (
            pt in "-–/:+#№'’"
            and prev >= 1
            and toks.adjacent(prev - 1, prev)
            and toks.kind[prev - 1] in (WORD, NUM)
        ):
            if not (pt in "-–" and toks.kind[prev - 1] == NUM):
                return True  # "F-16", "COVID-19", "9/11", "3:1" (but "20-25" is a range)
        if pt in "#№_@" or (pt == "+" and q.unit is None):
            return True
        if pt == "." and prev >= 1 and toks.adjacent(prev - 1, prev) and toks.kind[prev - 1] == WORD:
            return True  # "SAT.1"
        if pt in "'’" and q.unit is None:
            return True  # '90s
    if (
        nxt + 1 < n
        and toks.text[nxt] in "'’"
        and toks.low[nxt + 1] == "s"
        and toks.adjacent(c, nxt)
        and toks.adjacent(nxt, nxt + 1)
    ):
        return True  # 80's
    if nxt < n and toks.adjacent(c, nxt) and q.end == nxt:
        nt = toks.text[nxt]
        if (
            nt in "-–/"
            and nxt + 1 < n
            and toks.adjacent(nxt, nxt + 1)
            and (toks.kind[nxt + 1] == WORD or nt == "/" and toks.kind[nxt + 1] == NUM)
            and not (q.prefix and nt in "-–")  # "$15-an-hour"
        ):
            return True  # "5-jährige", "9/11", "3-year-old"
        if (
            nt in "-–"
            and nxt + 2 < n
            and toks.kind[nxt + 1] == NUM
            and toks.text[nxt + 2] in "-–/"
            and toks.adjacent(nxt + 1, nxt + 2)
        ):
            return True  # "030-123-456"
        if nt in ":'’" and nxt + 1 < n and toks.adjacent(nxt, nxt + 1) and toks.kind[nxt + 1] == NUM:
            return True  # times and scores: "14:30", "3:1"; heights: 6'3"
        if nt in "-–" and (nxt + 1 >= n or not toks.adjacent(nxt, nxt + 1)) and q.unit is None:
            return True  # "27- beziehungsweise 30-jährigen"
    if toks.in_url(c):
        return True  # "bundesregierung.de/Gesetze-,4240/.htm", "@Fred_945"
    # identifiers: "783491630540001280"
    if bare and t.isdigit() and len(t) > 9:
        return True
    # the end of a date range: "from Sept. 19 to 22"
    if (
        bare
        and before >= 2
        and (toks.text[before] in tab.range_joiners or toks.low[before] in tab.range_joiners)
        and toks.kind[before - 1] == NUM
        and toks.same(before - 1, c)
    ):
        wb2 = toks.word_before(before - 1)
        if wb2 in tab.months or toks.text[before - 2] in tab.months:
            return True
    # leading zero: "030", "007"
    if len(t) > 1 and t[0] == "0" and t[1].isdigit():
        return True
    # time of day: "14 Uhr", "14.30 Uhr", "9 a.m."
    after = q.end
    if after < n and toks.same(c, after):
        at = toks.text[after]
        two = at + toks.text[after + 1] if after + 1 < n and toks.adjacent(after, after + 1) else at
        if (
            at in tab.time_of_day
            or two in tab.time_of_day
            or (toks.low[after] in tab.time_of_day and not tab.german)
        ):
            if q.unit is None or q.unit in tab.time_units:
                return True
    v = q.value
    # dates: "20. Juli", "7 October", "Sept. 11", "20.07."
    if bare and before >= 0 and toks.same(before, c):
        wb = toks.word_before(before + 1)
        if wb in tab.months or toks.text[before] in tab.months:
            return True  # "Sept. 11", "Juni 2004"
    if bare and v is not None and v == v.to_integral_value() and v <= 31:
        k = nxt
        if k < n and toks.text[k] == "." and toks.adjacent(c, k):
            k += 1
        if (
            k < n
            and toks.same(c, k)
            and (
                toks.text[k] in tab.months
                or toks.word_before(k + 2) in tab.months
                and k + 1 < n
                and toks.text[k + 1] == "."
            )
        ):
            return True
    if bare and tab.grp in t and tab.dec not in t:
        g = t.split(tab.grp)
        if (
            len(g) == 2
            and len(g[0]) <= 2
            and len(g[1]) == 2
            and nxt < n
            and toks.text[nxt] == "."
            and toks.adjacent(c, nxt)
        ):
            return True  # "20.07."
    # references: "§ 5", "Art. 3", "Nr. 12", "Artikel 5" (but "eine Anlage 500 Tonnen")
    if bare and before >= 0 and toks.same(before, c):
        wb = toks.word_before(before + 1)
        if wb in tab.references or toks.text[before] in tab.references:
            return True
    # list numbers: "1." or "1)" at the start of a line; "(1)"
    if bare and nxt < n and toks.text[nxt] in ").:" and toks.adjacent(c, nxt):
        if (
            q.start == 0
            or toks.line_start[q.start] == toks.s[q.start]
            or (q.start > 0 and toks.line_start[q.start - 1] != toks.line_start[q.start])
        ):
            return True
        if toks.text[nxt] == ")" and before >= 0 and toks.text[before] == "(" and toks.adjacent(before, c):
            return True
    # German ordinals: "am 20. Juli", "der 3. Platz", "zum 5. Mal"
    if tab.german and bare and not qualified and nxt < n and toks.text[nxt] == "." and toks.adjacent(c, nxt):
        k = nxt + 1
        if k >= n or "\n" in toks.src[toks.e[nxt] : toks.s[k]]:
            pass  # the number ends a paragraph
        elif toks.kind[k] == NUM or (toks.kind[k] == WORD and not toks.text[k][0].isupper()) or before >= 0 and toks.same(before, c) and toks.low[before] in tab.ordinal_before or toks.text[k] in "–-,;)/:":
            return True
        elif (
            toks.kind[k] == WORD
            and toks.low[k] not in tab.sentence_starters
            and tab.grp not in t
            and tab.dec not in t
            and not (before >= 0 and toks.same(before, c) and toks.low[before] in tab.amount_before)
            and not (v is not None and v >= 200)
        ):
            return (
                True  # "des 1. Bataillons", "beim 2. Deutschen Klimakongress" (but "stieg auf 230. Retter …")
            )
    # years compared: "32 percent below 2005 levels", "unter dem Niveau von 1990"
    if (
        bare
        and v is not None
        and _is_year(v, t)
        and 1900 <= v <= 2100
        and nxt < n
        and toks.low[nxt] in tab.year_after
    ):
        return True
    # qualified years: "around 2010", "um 2000" (but "über 2000 Menschen")
    if (
        bare
        and qualified
        and v is not None
        and _is_year(v, t)
        and 1900 <= v <= 2100
        and counted_phrase(toks, q.end, tab) is None
    ):
        return True
    # years: "2024", "im Jahr 1969"
    if bare and not qualified and v is not None and _is_year(v, t):
        if 1900 <= v <= 2100:
            cp = counted_phrase(toks, q.end, tab) if tab.german else None
            prev_ok = (
                before < 0
                or not toks.same(before, c)
                or (toks.low[before] not in tab.year_before and toks.text[before] not in tab.months)
            )
            if not (
                cp is not None
                and prev_ok
                and toks.low[cp[1] - 1].endswith(("en", "er", "e", "n"))
                and toks.is_cap(cp[1] - 1)
                and toks.low[cp[0]] not in tab.partitives
            ):
                return True  # "2024" (but "2000 Menschen demonstrierten")
        if before >= 0 and (toks.low[before] in tab.year_before or toks.text[before] in tab.months):
            return True
        cp = counted_phrase(toks, q.end, tab)
        if cp is None or (tab.german and not toks.low[cp[1] - 1].endswith(("e", "en", "n", "er", "s", "el"))):
            return True  # "1898 lag die Jahresproduktion …", "war 1516 König"
    # phone numbers and number lists: "+49 30 1234567", "030 / 123 456"
    if bare:
        for k in (before, nxt):
            if 0 <= k < n and toks.same(k, c) and toks.kind[k] == NUM:
                if k == before and _year_tok(toks, k) and counted_phrase(toks, q.end, tab) is not None:
                    continue  # "bis August 2007 30 Zwergwale"
                return True
        if (
            before >= 1
            and toks.text[before] in "/-"
            and toks.kind[before - 1] == NUM
            and toks.same(before - 1, c)
        ):
            return True
    # addresses: "131 West 23rd Street"
    if bare and tab.address:
        k = q.end
        while (
            k < n
            and k < q.end + 5
            and toks.same(c, k)
            and (
                toks.is_cap(k)
                or toks.kind[k] == NUM
                or toks.text[k] == "."
                or toks.low[k] in ("st", "nd", "rd", "th")
                and toks.adjacent(k - 1, k)
            )
        ):
            if toks.text[k] in tab.address or toks.word_before(k + 2) in tab.address:
                return True
            k += 1
    # ages in apposition: "Tom Young, 30, lay down", "Stefan Ziemendorff (32)"
    if (
        bare
        and not qualified
        and before >= 1
        and toks.text[before] in ",("
        and toks.is_cap(before - 1)
        and nxt < n
        and toks.text[nxt] in ",)"
        and v is not None
        and v == v.to_integral_value()
        and 1 <= v <= 120
        and toks.same(before - 1, nxt)
    ):
        return True
    # names with digits: "Boeing 747", "Shenzhou 6", "A 52", "Apollo 11"
    if bare and not qualified and before >= 0 and toks.same(before, c) and toks.is_cap(before):
        if ("." not in t and "," not in t) or (
            tab.grp in t
            and tab.dec not in t
            and parse_digits(t, tab.dec, tab.grp) != parse_digits(t.replace(tab.grp, ""), tab.dec, tab.grp)
        ):
            wl = toks.low[before]
            lead = wl in tab.lead or (toks.sentence_initial(before) and wl in tab.lead)
            nx = q.end
            compared = (
                nx + 1 < n
                and toks.low[nx] in tab.unit_sharers | {"von", "of", "zu"}
                and toks.kind[nx + 1] == NUM
            )
            cp = counted_phrase(toks, q.end, tab) if tab.german else None
            if cp is not None and toks.low[cp[0]] in tab.partitives:
                cp = None  # "Boeing 757 der Fluggesellschaft"
            pw = toks.text[before]
            if len(pw) <= 4 and pw.isupper():
                cp = None  # codes: "A 52", "S 73 KR", "ATR 72"
            if not lead and not compared and cp is None:
                return True
    return False


# --------------------------------------------------------------------------- counted thing


GERMAN_NOT_ADJ = frozenset(
    ["sind", "seien", "waren", "wären", "werden", "wurden", "würden", "haben", "hatten", "hätten", "seine", "ihre", "eine", "einer", "einen", "einem", "die", "das", "den", "dem", "des", "ein", "eines", "zwischen", "neben", "wegen", "binnen", "entgegen", "oben", "unten", "hinten", "vorne", "innen", "außen", "bereits", "insgesamt", "jeweils", "allein", "alleine", "ebenfalls", "daneben", "dagegen", "außerdem", "keine", "kein", "diese", "dieser", "jene", "sowie", "sowohl", "oder", "aber", "denn", "dann", "wenn", "weil", "dass", "bereits", "wieder", "etwa", "rund", "mehr", "weniger", "unter", "über", "nach", "vor", "gegen", "ohne", "durch", "bei", "mit", "seit", "vom", "zum", "zur", "von"]
)


def counted_phrase(toks: Toks, j: int, tab: Tables) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase counted by a number ending before token j."""
    n = toks.n
    if j >= n or j < 1 or not toks.same(j - 1, j):
        return None
    if tab.german:
        k = j
        if toks.low[k] == "von" and k + 1 < n and toks.same(j, k + 1):
            k += 1  # "Hunderte von Menschen"
        a = k
        if toks.low[k] in tab.partitives and k + 1 < n:
            k += 1
        m = 0
        while k < n and m < 3 and toks.same(j, k) and toks.kind[k] == WORD and toks.text[k][0].islower():
            w = toks.low[k]
            if len(w) < 3 or w in GERMAN_NOT_ADJ or not w.endswith(("e", "en", "er", "es", "em")):
                return None
            k += 1
            m += 1
        if k < n and toks.same(j, k) and toks.is_cap(k):
            w = toks.text[k]
            if w in tab.not_counted or w in tab.months or tab.units.match(toks, k, k + 1):
                return None
            if m == 0 and a == k and toks.sent[k] == toks.sent[j - 1] and w.lower() in tab.not_counted_low:
                return None
            if _suspended_hyphen(toks, k) and toks.is_cap(k + 3):
                return a, k + 4  # "500 Fach- und Führungskräfte"
            return a, k + 1
        return None
    # English
    k = j
    a = k
    if toks.low[k] == "of" and k + 1 < n:
        k += 1  # "thousands of people", "4,500 of its troops" (counted: "its troops")
        a = k
        if toks.low[k] in tab.partitives:
            k += 1
    first = k
    head = None
    m = 0
    while k < n and m < 4 and toks.same(j, k) and toks.kind[k] == WORD:
        w = toks.low[k]
        if w in tab.not_counted_low or w.endswith("ly") or toks.text[k] in tab.months:
            break
        if _suspended_hyphen(toks, k) and toks.kind[k + 3] == WORD:
            k += 3  # "8 million low- and middle-income Americans"
            m += 1
            continue
        if w in tab.plurals or (
            w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 2
        ):
            head = k
            break
        k += 1
        m += 1
    if head is None:
        if m >= 1 and not toks.low[first].endswith(("ed", "ing", "ly")):
            head = first
        else:
            return None
    b = head + 1
    # "containers of munitions", "members of Congress"
    if b + 1 < n and toks.low[b] == "of" and toks.same(j, b + 1) and toks.kind[b + 1] == WORD:
        k = b + 1
        if toks.low[k] in ("the", "its", "their"):
            k += 1
        steps = 0
        while (
            k < n
            and steps < 3
            and toks.kind[k] == WORD
            and toks.same(j, k)
            and toks.low[k] not in tab.not_counted_low
        ):
            w = toks.low[k]
            k += 1
            steps += 1
            if w.endswith("s") or toks.is_cap(k - 1) or w in tab.plurals:
                b = k
                break
    return a, b


def _suspended_hyphen(toks: Toks, k: int) -> bool:
    """Token k is followed by "- und" / "- and" ("Fach- und Führungskräfte")."""
    return (
        k + 3 < toks.n
        and toks.text[k + 1] in "-–"
        and toks.adjacent(k, k + 1)
        and not toks.adjacent(k + 1, k + 2)
        and toks.low[k + 2] in ("und", "oder", "and", "or", "bzw.")
        and toks.same(k, k + 3)
    )


# --------------------------------------------------------------------------- periods


def _year_tok(toks: Toks, k: int) -> bool:
    t = toks.text[k] if k < toks.n else ""
    return toks.kind[k] == NUM and len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100 if t else False


def _month_at(toks: Toks, k: int, tab: Tables) -> int:
    """Tokens taken by a month name at k ("Februar", "Sept."), 0 if none."""
    if k >= toks.n or toks.kind[k] != WORD:
        return 0
    if k + 1 < toks.n and toks.text[k + 1] == "." and toks.text[k] + "." in tab.months:
        return 2
    return 1 if toks.text[k] in tab.months else 0


def _date_at(toks: Toks, k: int, tab: Tables, need_year: bool) -> int:
    """End token of "[Month] Year" / "Month" starting at k, or k if none."""
    if k >= toks.n:
        return k
    m = _month_at(toks, k, tab)
    if m:
        e = k + m
        if e < toks.n and _year_tok(toks, e) and toks.same(k, e):
            return e + 1
        return k if need_year else e
    if _year_tok(toks, k):
        e = k + 1
        if e + 1 < toks.n and toks.text[e] == "/" and toks.kind[e + 1] == NUM and toks.adjacent(e, e + 1):
            e += 2  # "2023/24"
        return e
    return k


def find_periods(toks: Toks, tab: Tables) -> list[tuple[int, int]]:
    """Token ranges [a, b) of period phrases, left to right, not overlapping."""
    out: list[tuple[int, int]] = []
    n = toks.n
    i = 0
    while i < n:
        if toks.kind[i] == NUM:
            # "2005-2008", "2005 bis 2008", "2010 to 2015"
            if (
                _year_tok(toks, i)
                and i + 2 < n
                and (toks.text[i + 1] in "-–" or toks.low[i + 1] in ("bis", "to"))
                and _year_tok(toks, i + 2)
                and toks.same(i, i + 2)
                and toks.text[i] < toks.text[i + 2]
            ):
                out.append((i, i + 3))
                i += 3
                continue
        if toks.kind[i] != WORD or (
            toks.low[i] not in tab.period_firsts and toks.text[i] not in tab.period_firsts
        ):
            i += 1
            continue
        hi = min(n, i + 6)
        found = None
        low = toks.low[i]
        # "zwischen August 2023 und März 2025", "von 2005 bis 2008", "between 2010 and 2015"
        if low in tab.period_between:
            e1 = _date_at(toks, i + 1, tab, True)
            if e1 > i + 1 and e1 < n and toks.low[e1] == tab.period_between[low]:
                e2 = _date_at(toks, e1 + 1, tab, True)
                if e2 > e1 + 1 and toks.same(i, e2 - 1):
                    found = (i, e2)
        if found is None:
            rel = tab.period_relative.match(toks, i, hi)
            if rel is not None:
                k = rel[1]
                if k < n and toks.same(i, k):
                    kk = k
                    if toks.kind[kk] == NUM or (
                        toks.kind[kk] == WORD
                        and (number_word(toks.low[kk], tab) is not None or toks.low[kk] in ("eines", "einem"))
                    ):
                        kk += 1  # "in den letzten 20 Monaten", "binnen einer Woche", "within a year"
                    u = tab.units.match(toks, kk, min(n, kk + 2)) if kk < n else None
                    if u is None or u[0] not in tab.time_units:
                        u = tab.period_units.match(toks, kk, min(n, kk + 3)) if kk < n else None
                    if u is not None and toks.same(i, u[1] - 1) and (u[0] in tab.time_units or u[0] is True):
                        e = u[1]
                        # "im ersten Halbjahr 2017", "in the first quarter of 2016"
                        if e + 1 < n and toks.low[e] in ("of", "des") and _year_tok(toks, e + 1):
                            e += 2
                        elif e < n and _year_tok(toks, e) and toks.same(i, e):
                            e += 1
                        found = (i, e)
        if found is None:
            for table, need_year in ((tab.period_since, False), (tab.period_in, True)):
                m = table.match(toks, i, hi)
                if m is not None:
                    e = _date_at(toks, m[1], tab, need_year and _month_at(toks, m[1], tab) == 0)
                    if e > m[1] and toks.same(i, e - 1):
                        found = (i, e)
                        break
        if found is not None:
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out


# --------------------------------------------------------------------------- figures


def _bound_values(bound: str, value: Decimal | None) -> tuple[Any, Any]:
    v = _num(value)
    if bound in ("more_than", "at_least"):
        return v, None
    if bound in ("less_than", "at_most"):
        return None, v
    return None, None


def figures_in_text(text: str, lang: ModuleType, sent_starts: list[int] | None = None) -> list[Figure]:
    """Every figure in ``text`` (see the module docstring), sorted by start."""
    tab = _tables(lang)
    toks = Toks(text, sent_starts)
    n = toks.n
    periods = find_periods(toks, tab)
    in_period = [False] * n
    for a, b in periods:
        for k in range(a, b):
            in_period[k] = True
    out: list[Figure] = []
    i = 0
    prev_end = -1  # token index just after the last figure
    state: dict[str, int] = {"rejected_end": -2}
    while i < n:
        if in_period[i] or not _could_start(toks, i, tab):
            i += 1
            continue
        res = _figure_at(toks, i, tab, in_period, state)
        if res is None:
            i += 1
            continue
        fig_tokens, fig = res
        if (
            fig is not None
            and fig.unit in tab.time_units
            and out
            and prev_end >= 0
            and toks.s[prev_end] == fig.start
            and toks.low[prev_end] in tab.period_over
        ):
            # "$374 billion over 10 years": the duration is the figure's period, not a figure
            periods.append((prev_end, fig_tokens))
            fig = None
        i = max(i + 1, fig_tokens)
        if fig is not None:
            out.append(fig)
            prev_end = fig_tokens
    # attach periods: the nearest period phrase in the same sentence
    if periods and out:
        by_sent: dict[int, list[tuple[int, int]]] = {}
        for a, b in periods:
            by_sent.setdefault(toks.sent[a], []).append((a, b))
        tok_at = {s: k for k, s in enumerate(toks.s)}
        linked = []
        for f in out:
            k = tok_at.get(f.start)
            cands = by_sent.get(toks.sent[k], []) if k is not None else []
            if cands and len(cands) < 50:
                best = min(
                    cands,
                    key=lambda p: (
                        abs(toks.s[p[0]] - f.end) if p[0] >= k else abs(f.start - toks.e[p[1] - 1]) + 1
                    ),
                )
                f = _with_period(f, Span.of(text, toks.s[best[0]], toks.e[best[1] - 1]))
            linked.append(f)
        out = linked
    out.sort(key=lambda f: f.start)
    return out


def _could_start(toks: Toks, i: int, tab: Tables) -> bool:
    """A cheap test whether a quantity can start at token i (most words cannot)."""
    k = toks.kind[i]
    if k == NUM:
        return True
    if k == SYM:
        return toks.text[i] in "$€£¥₽₩-−–" or toks.text[i] in tab.starters
    low = toks.low[i]
    if low in tab.starters or toks.text[i] in tab.starters:
        return True
    if tab.german:
        return low[:3] in tab.part_prefixes
    return "-" in low and low.split("-", 1)[0] in tab.starters


def _with_period(f: Figure, p: Span) -> Figure:
    return Figure(
        f.start, f.end, f.text, f.value, f.bound, f.low, f.high, f.unit, f.counted, f.about, p, f.source
    )


LIST_JOINERS = frozenset(
    {",", "und", "and", "bzw.", "bzw", "beziehungsweise", "oder", "or", "bis", "to", "-", "–", "&", "sowie"}
)


def _figure_at(
    toks: Toks, i: int, tab: Tables, in_period: list[bool], state: dict[str, int] | None = None
) -> tuple[int, Figure | None] | None:
    q = parse_quantity(toks, i, tab)
    n = toks.n
    if (
        q is None
        and toks.low[i] in tab.weak
        and i + 2 < n
        and (toks.low[i + 1] in tab.range_joiners)
        and toks.kind[i + 2] in (NUM, WORD)
    ):
        q = parse_quantity(toks, i, tab, allow_weak=True)  # "ein bis sechs Jahren", "one to two years"
        if q is not None and q.end != i + 1:
            q = None
    if q is None:
        return None
    text = toks.src
    sent_lo = i
    while sent_lo > 0 and toks.sent[sent_lo - 1] == toks.sent[i] and i - sent_lo < 6:
        sent_lo -= 1
    qual = tab.qualifiers.match_before(toks, i, sent_lo)
    if (
        qual is not None
        and qual[1] == i - 1
        and toks.low[i - 1] in tab.preposition_qualifiers
        and qual[1] >= 1
        and toks.low[qual[1] - 1] in tab.preposition_heads
    ):
        qual = None  # "verfügt über 500 Betten", "his comment about 47 percent": a preposition
    if qual is None and q.fraction and i >= 1 and toks.low[i - 1] in ("die", "the"):
        qual = tab.qualifiers.match_before(toks, i - 1, sent_lo)  # "mehr als die Hälfte"
    if (
        state is not None
        and q.kind == "digits"
        and q.unit is None
        and not q.scaled
        and i >= 1
        and toks.low[i - 1] in LIST_JOINERS
        and state.get("rejected_end") == i - 1
        and counted_phrase(toks, q.end, tab) is None
    ):
        state["rejected_end"] = q.end
        return (
            q.end,
            None,
        )  # the rest of a list that is no amount: "Linien 5, 10, 18 und 52", "Klasse 1 bis 10"
    if not_an_amount(toks, q, tab, qual is not None):
        t = toks.text[q.core]
        if state is not None and q.kind == "digits" and len(t) <= 3 and t.isdigit():
            state["rejected_end"] = q.end  # a code or a list item: what follows it in a list is one too
        return q.end, None
    # range: "zwischen 20 und 30 Millionen", "20 bis 30", "between $1.7 billion and $5.5 billion"
    q2 = None
    opener = None
    if q.kind != "vague" and q.end < n and toks.same(i, q.end):
        before = i - 1
        jt = toks.low[q.end]
        if (
            before >= sent_lo
            and toks.low[before] in tab.range_openers
            and not (before >= 1 and toks.low[before - 1] in tab.change_words)
        ):
            partner = tab.range_openers[toks.low[before]]
            if jt == partner:
                opener = before
            elif q.unit is None:
                # "zwischen 20 Menschen und 40 Menschen"
                cp = counted_phrase(toks, q.end, tab)
                if cp is not None and cp[0] == q.end and cp[1] < n and toks.low[cp[1]] == partner:
                    nq = parse_quantity(toks, cp[1] + 1, tab)
                    if nq is not None and nq.kind != "vague" and nq.value is not None and q.value < nq.value:
                        cp2 = counted_phrase(toks, nq.end, tab)
                        counted = Span.of(text, toks.s[cp2[0]], toks.e[cp2[1] - 1]) if cp2 else None
                        s, e = toks.s[before], toks.e[nq.end - 1]
                        return nq.end, Figure(
                            s, e, text[s:e], None, "range", _num(q.value), _num(nq.value), nq.unit, counted
                        )
        if (
            opener is not None
            or (toks.text[q.end] in tab.range_joiners or jt in tab.range_joiners)
            and (q.unit is None or q.prefix)
        ):
            if q.end + 1 < n and not in_period[q.end + 1]:
                cand = parse_quantity(toks, q.end + 1, tab)
                if (
                    cand is not None
                    and cand.kind != "vague"
                    and toks.same(i, cand.start)
                    and (
                        opener is not None
                        or toks.text[q.end] in "-–—"
                        or not not_an_amount(toks, cand, tab, False)
                    )
                ):
                    if (
                        opener is not None
                        or q.unit is None
                        or (cand.prefix and cand.unit == q.unit)
                        or (q.prefix and cand.unit is None)  # "$10-20 million"
                    ):
                        q2 = cand
    if q2 is not None:
        lo, hi_v = q.value, q2.value
        if q2.scaled and not q.scaled and lo is not None and hi_v is not None:
            scale = _scale_of(toks, q2, tab)
            if scale and lo * scale <= hi_v:
                lo = lo * scale
        if lo is not None and hi_v is not None and lo < hi_v:
            unit = q.unit or q2.unit
            if not (q2.unit and q.unit and q.unit != q2.unit):
                start = opener if opener is not None else i
                counted = None
                if unit is None:
                    cp = counted_phrase(toks, q2.end, tab)
                    counted = Span.of(text, toks.s[cp[0]], toks.e[cp[1] - 1]) if cp else None
                if unit in tab.time_units and _time_reference(toks, start, q2.end, tab):
                    return q2.end, None
                if unit is None and counted is None and q.kind == "word":
                    return None
                s, e = toks.s[start], toks.e[q2.end - 1]
                return q2.end, Figure(s, e, text[s:e], None, "range", _num(lo), _num(hi_v), unit, counted)
        elif opener is None and q.unit is None and q2.unit is None and not q.scaled and not q2.scaled:
            return q2.end, None  # "3-2", "3 to 1": a score, a ratio or a code
    # qualifier before the number
    bound = "exact"
    start = i
    if qual is not None and q.kind != "vague":
        bound = qual[0]
        start = qual[1]
    counted = None
    unit = q.unit
    end = q.end
    if unit is None and not q.fraction:
        cp = counted_phrase(toks, q.end, tab)
        if cp is not None:
            counted = Span.of(text, toks.s[cp[0]], toks.e[cp[1] - 1])
    if (
        q.word
        and not q.scaled
        and not (is_currency(unit) or (unit is not None and bound not in ("exact", "vague")))
    ):
        return None  # "ein Jahr", "one day" (but "ein Pfund", "etwa ein Jahr")
    if unit is None and counted is None:
        # "94,5 und 85,5 Metern", "von 114 auf 99 Euro": the unit of the next number is shared
        k_end = end
        for _ in range(6):  # "im Alter von 62, 64 und 66 Jahren"
            sep = toks.low[k_end] if k_end < n else ""
            if not (
                k_end + 1 < n and (sep in tab.unit_sharers or sep == ",") and toks.same(k_end, k_end + 1)
            ):
                break
            k = k_end + 1
            qm = tab.qualifiers.match(toks, k, min(n, k + 4))
            if qm is not None and qm[1] < n and toks.kind[qm[1]] in (NUM, WORD):
                k = qm[1]  # "von über zwanzig auf etwa acht Stunden"
            nq = parse_quantity(toks, k, tab)
            if nq is None or "vague" in (nq.kind, q.kind) or nq.scaled or q.scaled:
                break
            if nq.unit is not None:
                if sep != ",":
                    unit = nq.unit
                break
            k_end = nq.end
    if q.kind == "word" and unit is None and counted is None and not q.fraction:
        follows = end < n and toks.same(start, end) and toks.low[end] in tab.word_followers
        of_them = (
            end + 1 < n
            and toks.low[end] in ("von", "of")
            and toks.low[end + 1] in ("ihnen", "denen", "them", "those", "these", "us")
        )
        if not (follows or of_them):
            return None  # a bare number word ("drei von ihnen" and "vier weitere" are figures)
    if unit in tab.time_units and _time_reference(toks, start, end, tab):
        return end, None
    if q.kind == "vague":
        bound = "vague"
        value = None
        low, high = _num(q.low), None
    else:
        value = q.value
        low, high = _bound_values(bound, value)
        value = _num(value)
    s, e = toks.s[start], toks.e[end - 1]
    return end, Figure(s, e, text[s:e], value, bound, low, high, unit, counted)


def _scale_of(toks: Toks, q: Q, tab: Tables) -> int | None:
    j = q.core_end
    if j < toks.n and toks.adjacent(j - 1, j) and toks.text[j] in tab.suffix_scales:
        return tab.suffix_scales[toks.text[j]]
    total = 1
    found = False
    while j < q.end:
        sc = tab.scales.match(toks, j, q.end)
        if sc is None:
            break
        total *= sc[0]
        found = True
        j = sc[1]
    return total if found else None


def _time_reference(toks: Toks, start: int, end: int, tab: Tables) -> bool:
    """A duration that places an event in time: "vor 20 Jahren", "zwei Jahre später", "20 years ago"."""
    b = start - 1
    if b >= 0 and toks.same(b, start) and toks.low[b] in tab.period_preps:
        return True
    if end < toks.n and toks.same(end - 1, end) and toks.low[end] in tab.time_after:
        return True
    return False


def find_figures(doc, lang: ModuleType) -> list[Figure]:
    """The figures of a spaCy ``Doc`` (sentence starts from the Doc), sorted by start."""
    starts: list[int] = []
    try:
        for sent in doc.sents:
            starts.append(sent.start_char)
    except ValueError:  # no sentence boundaries set
        starts = []
    return figures_in_text(doc_text(doc), lang, starts)
