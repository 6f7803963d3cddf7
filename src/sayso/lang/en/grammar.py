"""English closed-class words the rules need (no tagger is available offline)."""

MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec.".split()
)

DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some many several two three four "
    "five all both other another no every each one".split()
)

# English articles show no case: any of them may open a subject.
OBLIQUE_ARTICLES: frozenset[str] = frozenset()

NP_LINKS = frozenset("of for at from".split())

# Words that open a clause before its subject ("In a statement, ...", "But ...").
NON_SUBJECT_OPENERS = frozenset(
    "in on at after before during since while when as but and so yet also however meanwhile still "
    "then now today yesterday earlier later thus therefore instead moreover indeed".split()
)

# Prepositions that can open a sentence; English keeps its subject before the verb after them,
# so only the German rules look behind the verb (kept for parity).
PREPOSITIONS = frozenset(
    "in on at after before during since from to for with without by about against among under over "
    "despite according".split()
)

SUBORDINATORS = frozenset("that whether because if when while although though since as who which what".split())
COORDINATORS = frozenset("and or but".split())

# English marks reported speech by tense, not mood: no subjunctive table is needed, but the
# names exist for parity with German.
SUBJUNCTIVE_FORMS: frozenset[str] = frozenset()
# Finite auxiliary and modal verbs (no speaker's noun phrase holds one).
FINITE_AUXILIARIES: frozenset[str] = frozenset(
    "am is are was were has have had will would can could shall should may might must".split()
)
SUBJUNCTIVE_II_ONLY: frozenset[str] = frozenset()
CLAIM_MODALS: frozenset[str] = frozenset()

# Words that sit between a cue verb and its content clause ("said on Tuesday that").
CONTENT_OPENERS = frozenset({"that"})

# English subjects stand before the verb whatever the first word is, so the German table of
# lower-case words has no English counterpart; the name exists for parity.
FUNCTION_WORDS: frozenset[str] = frozenset()

# Endings of nouns for people and their roles ("spokesman", "director", "senator", "analyst").
PERSON_NOUN_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ent", "ian", "man", "woman", "ant", "eur", "ee")

