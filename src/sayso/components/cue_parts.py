"""The parts of a cue that its clause splits from the reporting verb.

German puts a participle's auxiliary in second place and a separable verb's particle at the
clause end, so one cue is several stretches of text: "Glos *hatte* in einem Interview *gesagt*",
"Die Polizei *teilte* am Montag *mit*", "*Wie* die Polizei *mitteilte*", "*wies* darauf
*hin*". The statement rules find the verb; this pass adds the parts around it, within the
verb's clause and never inside the content or speaker, as ``Statement.cue_extra`` (parts that
touch the verb are joined to ``Statement.cue``). The words come from the language's tables
(``CUE_AUXILIARIES``, ``PARTICLE_CUES``, ``PRONOMINAL_ADVERBS``, ``CUE_PREPOSITIONS``,
``CUE_TAILS``, ``FRAME_CLAUSE_OPENERS``); a language that leaves them empty is passed through unchanged.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Span, Statement
from .doctext import doc_text

REACH = 25  # tokens a part may stand from the verb: one clause, bounded so the pass stays linear
CLAUSE_JOINERS = frozenset({"und", "oder"})
LIGHT_PREPOSITIONS = frozenset({"zu", "zum", "zur"})  # "kamen zu dem Ergebnis", "machte zur Bedingung"
PASSIVE_AUX = frozenset({"wird", "wurde", "werden", "wurden"})
# statements that no cue rule made, which take the verb beside their speaker as their cue
VERB_BESIDE_EVIDENCE = frozenset({"quote-model", "colon-quote", "quote+last-speaker", "quote+unit-speaker",
                                  "nested-quote", "clause+subjunctive", "subjunctive-continuation"})
OPENING_MARKS = frozenset({"„", "»", "‚"})
CLOSING_MARKS = frozenset({"“", "«", "‘"})
GENITIVE_ARTICLES = frozenset({"der", "des"})
NONFINITE_AUX = frozenset({"worden", "geworden"})
STOPS = frozenset({",", ":", ";", "–", "—", "(", ")", ".", "!", "?", "„", "“", "”", "\"", "»", "«", "‚", "‘", "’"})


ENABLED = True  # the speaker model's training turns it off: it reads the statements as choose_speakers does


def extend_cues(doc: Doc, statements: list[Statement], lang) -> list[Statement]:
    if not ENABLED:
        return statements
    if not (lang.CUE_AUXILIARIES or lang.PARTICLE_CUES or lang.CUE_TAILS or lang.FRAME_CLAUSE_OPENERS):
        return statements
    beside = bool(lang.NOT_FINITE_BESIDE)  # (a verb-second language: the finite verb stands beside its subject)
    if not statements or not (beside or any(st.cue is not None for st in statements)):
        return statements
    text = doc_text(doc)
    tokens = _Tokens(doc)
    out = []
    for st in statements:
        if st.cue is None and st.speaker is not None and beside:
            st = _verb_beside(st, text, tokens, lang)
        if st.cue is None and beside and st.evidence.split(":", 1)[-1] == "reported-model":
            st = _source_frame(st, text, tokens, lang)
        if st.cue is not None:
            st = _extend(_coordinated_verb(st, text, tokens, lang), text, tokens, lang)
        out.append(st)
    return out


def _coordinated_verb(st: Statement, text: str, tk: _Tokens, lang) -> Statement:
    """The cue verb coordinated after the cue, nearer the content, is the one that reports it:
    "bezeichnete das Unglück als „große Tragödie“ und erklärte, ihr Land ...", "sprach sich gegen das
    Verbot aus und sagte, das Gesetz ...". The rules take the first verb of the clause."""
    if not st.content:
        return st
    h1 = bisect.bisect_left(tk.starts, st.cue.end)
    c0 = bisect.bisect_left(tk.starts, min(c.start for c in st.content))
    if not h1 < c0 <= h1 + REACH:
        return st
    later = None
    for k in range(h1, c0):
        if tk.sent_start[k] and k > h1:
            return st  # the content stands in a later sentence
        w = tk.lowers[k]
        if k > 0 and tk.lowers[k - 1] in CLAUSE_JOINERS and (w in lang.CUE_VERBS or w in lang.PARTICLE_CUES):
            later = k
    if later is None:
        return st
    return replace(st, cue=Span.of(text, tk.starts[later], tk.ends[later]))


class _Tokens:
    def __init__(self, doc: Doc) -> None:
        toks = [t for t in doc if not (t.is_space and "\n" not in t.text)]  # as the statement rules read them
        self.words = [t.text for t in toks]
        self.lowers = [w.lower() for w in self.words]
        self.starts = [t.idx for t in toks]
        self.ends = [t.idx + len(t.text) for t in toks]
        self.sent_start = [bool(t.is_sent_start) for t in toks]
        self.sent = list(itertools.accumulate(int(b) for b in self.sent_start))  # sentence number per token


def _source_frame(st: Statement, text: str, tk: _Tokens, lang) -> Statement:
    """A sentence the reported-speech model found, without a cue: a "nach" before a noun with its
    genitive names whose account it is ("Nach der Ankündigung der Ministerin soll ...", "Nach dem
    Gesetzesentwurf der Koalition sollen ...", "sollen sich nach dem Wunsch der UN ..."), not a time
    ("nach der Tat in ...")."""
    n = len(tk.words)
    for c in st.content:
        k = bisect.bisect_left(tk.starts, c.start)
        while k + 3 < n and tk.starts[k] < c.end:
            if tk.lowers[k] == "nach" and tk.lowers[k + 1] in lang.DETERMINERS and tk.words[k + 2][:1].isupper() \
                    and tk.lowers[k + 3] in GENITIVE_ARTICLES:
                return replace(st, cue=Span.of(text, tk.starts[k], tk.ends[k]))
            k += 1
    return st


def _verb_beside(st: Statement, text: str, tk: _Tokens, lang) -> Statement:
    """A statement the rules found without a cue verb, with the speaker its clause names: the
    finite verb beside the speaker is the cue, right before it when something else opens the clause
    ("Dabei griff sie ... an: „…“", "zeigte sich die Bundesregierung bestürzt") or right after it when
    the speaker does ("Staatsanwalt Alan Jackson hält Spector für „böse“", "Meteorologen rechnen mit
    „…“"). German puts the finite verb second, so a lower-case word there that is no article,
    preposition, conjunction, adverb, pronoun, copula or modal is that verb. Only for statements
    that no cue rule made (a quotation the model, a colon or the last speaker attributes, a clause
    in the Konjunktiv), and only when the verb stands in the sentence that holds the content."""
    if st.evidence.split(":", 1)[-1] not in VERB_BESIDE_EVIDENCE:
        return st
    speaker = st.speaker
    assert speaker is not None
    s0 = bisect.bisect_left(tk.starts, speaker.start)
    s1 = bisect.bisect_left(tk.starts, speaker.end)
    n = len(tk.words)
    taken = [(c.start, c.end) for c in st.content]

    def finite(k: int) -> bool:
        w = tk.lowers[k] if 0 <= k < n else ""
        return w.isalpha() and tk.words[k].islower() and not any(a <= tk.starts[k] < b for a, b in taken) \
            and w not in lang.DETERMINERS and w not in lang.PREPOSITIONS and w not in lang.COORDINATORS \
            and w not in lang.SUBORDINATORS and w not in lang.PRONOUNS and w not in lang.NOT_FINITE_BESIDE

    # the verb right after a quotation, before the subject it inverts: "„…“, strich Romney in Arbutus
    # heraus", "„…“ fragen sich Experten"
    q = bisect.bisect_left(tk.starts, max(c.end for c in st.content))
    q = q + 1 if q < n and tk.words[q] == "," else q
    after_quote = q if q + 1 < n and (tk.words[q + 1][:1].isupper() or tk.lowers[q + 1] == "sich") else -1
    for k in (after_quote, s0 - 1, s1):
        if not finite(k):
            continue
        k0 = k
        if tk.lowers[k] == "sich":  # "äußerte sich Schavan", not "wie sich Tauss ausdrückte"
            if k != s0 - 1 or not finite(k - 1):
                continue
            k0 = k - 1
        k1 = k + 1 if k + 1 < n and tk.lowers[k + 1] == "sich" else k
        # (the verb of the sentence that holds the content: a speaker carried over from the sentence
        # before has its verb, and its cue, there)
        c0 = bisect.bisect_left(tk.starts, min(c.start for c in st.content))
        c1 = bisect.bisect_left(tk.starts, max(c.end for c in st.content)) - 1
        before = k < c0 and tk.sent[k] == tk.sent[c0]
        after = k > c1 and tk.sent[k] == tk.sent[c1]
        if not (before or after):
            return st
        return replace(st, cue=Span.of(text, tk.starts[k0], tk.ends[k1]))
    return st


def _extend(st: Statement, text: str, tk: _Tokens, lang) -> Statement:
    cue = st.cue
    assert cue is not None
    h0 = bisect.bisect_left(tk.starts, cue.start)
    h1 = bisect.bisect_left(tk.starts, cue.end)
    n = len(tk.words)
    if h0 >= h1 or h1 > n:
        return st
    taken = [(c.start, c.end) for c in st.content]
    speaker = (st.speaker.start, st.speaker.end) if st.speaker is not None else None

    def inside(k: int, spans: list[tuple[int, int]]) -> bool:
        return any(a <= tk.starts[k] < b for a, b in spans)

    def stop(k: int) -> bool:
        # (marks and brackets inside the speaker's name do not end the clause: das „Institut“ (STSI))
        return (tk.words[k] in STOPS and not (speaker and inside(k, [speaker]))) or "\n" in tk.words[k] \
            or inside(k, taken)

    # the commas that set off the speaker, or a part of it, as an apposition do not end the clause:
    # "Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte", "Wie Steve
    # Marshall, Sprecher der UN-Büros, in Bangkok mitteilte" (not a comma before a speaker that opens
    # its own clause: "..., andere Quellen berichten, dass ...", "..., der angab, ...")
    s_first = bisect.bisect_left(tk.starts, speaker[0]) if speaker else -1
    s_last = bisect.bisect_left(tk.starts, speaker[1]) if speaker else -1  # token after the speaker
    enclosed = speaker is not None and 0 < s_first and s_last < n and tk.words[s_last] == "," and (
        tk.words[s_first - 1] == "," or "," in text[speaker[0]:speaker[1]])

    def apposition(k: int) -> bool:
        return enclosed and tk.words[k] == "," and (k == s_first - 1 or k == s_last)

    verbs = [w for w in tk.lowers[h0:h1] if w in lang.CUE_VERBS or w in lang.PARTICLE_CUES or w in lang.BECOME_KNOWN]
    beside = not verbs and st.evidence.split(":", 1)[-1] in VERB_BESIDE_EVIDENCE and tk.words[h0].islower()
    if not verbs and not beside:
        if tk.lowers[h1 - 1] in lang.STANCE_NOUNS:
            return _light_verb(st, text, tk, lang, h0, h1, stop)
        return st  # a frame word ("laut", "zufolge"): nothing of it stands apart
    verb = verbs[-1] if verbs else tk.lowers[h0]  # (a verb beside the speaker, outside the lists: "griff")
    # (a participle of "werden" is no finite auxiliary: "war ... festgestellt worden" still has its "war" apart)
    has_aux = any(tk.lowers[k] in lang.CUE_AUXILIARIES and tk.lowers[k] not in NONFINITE_AUX for k in range(h0, h1))
    parts: list[tuple[int, int]] = []  # token ranges [i, j)

    # to the right: auxiliaries of a verb-final clause, then the particle that closes it
    j = h1
    while j < n and j < h1 + 2 and tk.lowers[j] in lang.CUE_AUXILIARIES and not stop(j):
        has_aux = has_aux or tk.lowers[j] not in NONFINITE_AUX
        j += 1
    if j > h1:
        parts.append((h1, j))
    end = j
    while end < n and end < h1 + REACH and not (end > h1 and tk.sent_start[end]):
        if tk.words[end] == "(":  # a bracket inside the clause: "teilte das Institut (STSI) mit"
            close = next((m for m in range(end + 1, min(n, end + 8)) if tk.words[m] == ")"), -1)
            if close > 0 and not any(inside(m, taken) for m in range(end, close + 1)):
                end = close + 1
                continue
        if stop(end) and not apposition(end):  # "teilte der Direktor der Behörde, Bagus Puruhito, mit"
            break
        end += 1
    particles = lang.PARTICLE_CUES.get(verb, frozenset())
    if not particles and beside:
        particles = lang.SEPARABLE_PARTICLES
    held = {tk.lowers[k] for k in range(h0, h1)}
    # the adjective that closes the clause of "zeigte sich": "zeigte sich besorgt, dass ...", "zeigt sich der
    # Bundestrainer zufrieden: „…“", "zeigte sich besonders darüber besorgt, dass ..."
    k = end - 1
    if verb in lang.PREDICATIVE_REFLEXIVES and "sich" in held and k >= j and tk.words[k].isalpha() \
            and tk.words[k].islower() and tk.lowers[k] not in lang.DETERMINERS | lang.PREPOSITIONS \
            | lang.COORDINATORS | lang.PRONOUNS | lang.SUBORDINATORS and not (speaker and inside(k, [speaker])):
        k0 = k - 1 if k - 1 >= j and tk.lowers[k - 1] in lang.CORRELATIVE_ADVERBS else k
        parts.append((k0, k + 1))
    if particles and not (held & particles) and end > j and tk.lowers[end - 1] in particles \
            and not (speaker and inside(end - 1, [speaker])):
        p0 = end - 1
        if p0 - 1 >= j and tk.lowers[p0 - 1] in lang.PRONOMINAL_ADVERBS:
            p0 -= 1
        parts.append((p0, end))
    # (a governed preposition belongs to the cue only when what it governs is the content:
    # "warnte vor Stürmen, die Lage sei ernst" has its object apart from the report)
    # a pronominal adverb closing the clause points at the content clause after the comma as the
    # verb's object, and the annotation counts it to the cue: "verwies Steinbrück darauf, dass ...",
    # "sagte dazu, man wolle ...". Not one that points back ("sagte dazu: „…“") or one inside the
    # clause ("beschuldigt ... darüber hinaus"), nor "dazu" and "dagegen", more often "about it" and
    # "on the other hand" ("erklärt dazu, dass ...", "erklären dagegen, sie hätten ...").
    k = end - 1
    if j <= k and end < n and tk.words[end] == "," and tk.lowers[k] in lang.CORRELATIVE_ADVERBS \
            and not (speaker and inside(k, [speaker])) and not any(p0 <= k < p1 for p0, p1 in parts):
        parts.append((k, k + 1))
    governs_content = end < n and inside(end, taken)
    for prep, verbs_governing in lang.CUE_PREPOSITIONS.items():
        if governs_content and verb in verbs_governing:
            k = next((k for k in range(j, end) if tk.lowers[k] == prep), -1)
            if k >= 0 and not (speaker and inside(k, [speaker])):
                parts.append((k, k + 1))
    # the reflexive pronoun of a reflexive verb of saying: "hat sich optimistisch geäußert", "äußerte er
    # sich mit den Worten", "sprach sich gegen ... aus"
    if verb in lang.REFLEXIVE_CUES and "sich" not in held:
        k = next((k for k in range(j, end) if tk.lowers[k] == "sich"), -1)
        if k >= 0 and not (speaker and inside(k, [speaker])):
            parts.append((k, k + 1))
    # "als" right before the content names what the verb calls it: "würdigte Ligeti als „großen
    # Österreicher“", "feierte die Absage als „großen Erfolg“", "hält die Beschäftigung als „gelungenes
    # Beispiel“" (whatever the verb, and wherever the clause puts it)
    if st.content:
        c0 = bisect.bisect_left(tk.starts, min(c.start for c in st.content))
        k = c0 - 1
        if 0 <= k and tk.lowers[k] in lang.NAMING_PREPOSITIONS and not (speaker and inside(k, [speaker])) \
                and tk.sent[k] == tk.sent[h0]:
            parts.append((k, k + 1))
    for tail in lang.CUE_TAILS:
        for k in range(j, end - len(tail) + 1):
            if tuple(tk.lowers[k:k + len(tail)]) == tail:
                parts.append((k, k + len(tail)))
                break

    # to the left, up to the clause start: the finite auxiliary of a clause-final participle,
    # and the word that opens a verb-final frame clause
    # (a verb before "und" closes its clause too: "hatte Koch-Mehrin damals gesagt und ... verwiesen")
    clause_final = h1 >= n or stop(h1) or j > h1 or tk.lowers[h1] in CLAUSE_JOINERS
    first, aux_at = h0, -1
    k = h0 - 1
    while k >= 0 and k > h0 - REACH:
        if tk.words[k] in CLOSING_MARKS and not inside(k, taken):
            # a name in quotation marks inside the clause: "wird von der „Netzeitung“ mit den Worten zitiert"
            opening = next((m for m in range(k - 1, max(-1, k - 6), -1) if tk.words[m] in OPENING_MARKS), -1)
            if opening > 0 and not any(inside(m, taken) or tk.sent_start[m] for m in range(opening, k)):
                k = opening - 1
                continue
        if stop(k) and not apposition(k):
            break
        first = k
        if aux_at < 0 and tk.lowers[k] in lang.CUE_AUXILIARIES and not (speaker and inside(k, [speaker])):
            aux_at = k
        if tk.sent_start[k]:
            break
        k -= 1
    if clause_final and h0 - 1 >= first and tk.lowers[h0 - 1] in lang.CORRELATIVE_ADVERBS \
            and not (speaker and inside(h0 - 1, [speaker])):
        parts.append((h0 - 1, h0))  # the same before a clause-final verb: "darauf hingewiesen, dass ..."
    # (only a participle takes an auxiliary: a verb in the past tense, "befürchteten", "erklärte", has
    # none, whatever "war" stands before it; "angeboten", "gesagt" are participles)
    w = tk.lowers[h1 - 1]
    finite = w.endswith(("te", "ten")) and "ge" not in w
    if aux_at >= 0 and clause_final and not has_aux and not finite:
        parts.append((aux_at, aux_at + 1))
        if verb in lang.REFLEXIVE_CUES and aux_at + 1 < h0 and tk.lowers[aux_at + 1] == "sich":
            parts.append((aux_at + 1, aux_at + 2))  # "haben sich zuversichtlich geäußert"
    # the impersonal subject of a passive report: "Es wird vermutet, dass ...", "Es wurde von
    # seinem Sohn die Mutmaßung geäußert, ..." (not "es" as an object: "hält es für möglich")
    passive = aux_at if aux_at >= 0 and clause_final and not has_aux and not finite else h0
    if passive > 0 and tk.lowers[passive] in PASSIVE_AUX and tk.lowers[passive - 1] == "es" \
            and passive - 1 >= first:
        parts.append((passive - 1, passive))
    if first + 1 < h0 and tk.lowers[first] in lang.CLAUSE_CONNECTIVES and tk.lowers[first + 1] in lang.FRAME_CLAUSE_OPENERS:
        first += 1  # "Denn wie die Zeitung berichtete"
    if first < h0 and tk.lowers[first] in lang.FRAME_CLAUSE_OPENERS and not (speaker and inside(first, [speaker])):
        last = first + 1 if first + 1 < h0 and tk.lowers[first + 1] == "sich" else first
        parts.append((first, last + 1))
    if not parts:
        return st
    return _with_parts(st, text, tk, h0, h1, parts)


def _light_verb(st: Statement, text: str, tk: _Tokens, lang, h0: int, h1: int, stop) -> Statement:
    """A noun of saying or stance with the verb that makes it a report, which the annotation marks
    with it: "ist der Meinung, dass ...", "vertritt die Ansicht, ...", "kamen zu dem Ergebnis, dass
    ...", "fassten am Donnerstag den Beschluss, ...". The verb stands before the noun in its clause;
    only articles, adjectives and prepositions between them join the two into one stretch."""
    noun = tk.lowers[h1 - 1]
    if h0 > 0 and tk.lowers[h0 - 1] in lang.PREPOSITIONS and tk.lowers[h0 - 1] not in LIGHT_PREPOSITIONS:
        return st  # the noun of a phrase of manner: "mit dem Hinweis abgelehnt"
    k = h0 - 1
    while k >= 0 and k > h0 - REACH and not stop(k):
        w = tk.lowers[k]
        if w in lang.LIGHT_VERBS or (w in lang.CUE_AUXILIARIES and noun in lang.OPINION_NOUNS):
            # ("sein" only as "ist der Meinung": "Hintergrund ist der Beschluss, ..." names no view)
            between = range(k + 1, h0)
            if len(between) <= 3 and all(tk.lowers[m] in lang.DETERMINERS or tk.lowers[m] in LIGHT_PREPOSITIONS
                                         or (tk.words[m].islower() and tk.words[m].isalpha()) for m in between):
                return _with_parts(st, text, tk, h0, h1, [(k, h0)])
            return _with_parts(st, text, tk, h0, h1, [(k, k + 1)])
        if tk.sent_start[k]:
            break
        k -= 1
    return st


def _with_parts(st: Statement, text: str, tk: _Tokens, h0: int, h1: int, parts: list[tuple[int, int]]) -> Statement:
    """The cue's stretches, those touching the verb joined to it."""
    ranges = sorted({(h0, h1), *parts})
    merged: list[list[int]] = []
    for i, j in ranges:
        if merged and i <= merged[-1][1]:  # adjacent tokens: only spaces between them
            merged[-1][1] = max(merged[-1][1], j)
        else:
            merged.append([i, j])
    head = next(m for m in merged if m[0] <= h0 < m[1])
    spans = [Span.of(text, tk.starts[i], tk.ends[j - 1]) for i, j in merged]
    cue = spans[merged.index(head)]
    return replace(st, cue=cue, cue_extra=tuple(s for s in spans if s is not cue))
