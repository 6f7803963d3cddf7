"""German closed-class words and verb forms the rules need (no tagger is available offline)."""

MONTHS = frozenset(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)

DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen "
    "sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren dessen deren "
    "dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden "
    "mehrere einige viele alle beide beiden zwei drei vier fünf zahlreiche andere weitere unser unsere".split()
)

# Articles of the genitive, dative and accusative: a phrase opening with one is no subject
# ("Des Weiteren verwies Steinbrück darauf", "Dem Minister zufolge").
# The possessives in -en, -em and -es are never nominative either ("Ihren Widersacher Jeremy Corbyn
# forderte May auf", "Seinem Nachfolger riet er").
OBLIQUE_ARTICLES = frozenset("des dem den eines einem einen seinen seinem seines ihren ihrem ihres "
                             "unseren unserem unseres".split())

# Words after which a noun phrase continues as a genitive or attribute ("Sprecher des ...").
NP_LINKS = frozenset("der des eines einer von vom seines seiner ihres ihrer aller".split())

# Sentence openers that are not the subject: when a sentence starts with one of these, the
# subject follows the finite verb ("Am Montag sagte der Minister ...").
NON_SUBJECT_OPENERS = frozenset(
    "am im in an auf aus bei mit nach seit vor während wegen zu zum zur über unter gegen für durch "
    "auch zudem außerdem dabei damit dazu daher deshalb dennoch doch jedoch trotzdem allerdings "
    "heute gestern morgen bereits schon nun jetzt dann danach später zuvor zunächst zuletzt "
    "dies das dem darüber hier dort so weiter inzwischen unterdessen gleichzeitig zugleich "
    "ebenfalls ferner vielmehr stattdessen schließlich letztlich immerhin weiterhin sinngemäß ebenso "
    "anschließend abschließend zusätzlich gleichfalls wörtlich offenbar offensichtlich erst kürzlich "
    "vorher nachher seither bislang bisher gestern vorgestern gegenüber aufgrund angesichts trotz infolge "
    "neben hinter ohne um bis ab außer statt zwischen innerhalb außerhalb entgegen bezüglich hinsichtlich "
    "dank laut zufolge als hierzu hierbei dazu darauf daraufhin demgegenüber dagegen jedenfalls "
    "tatsächlich dennoch inzwischen ende anfang mitte".split()
)

# Subordinating conjunctions and relative/interrogative words that open a clause.
# Prepositions that open a sentence with a phrase before the finite verb ("Im Oktober 2005 will
# die Agentur ..."): the subject then follows the verb.
PREPOSITIONS = frozenset(
    "am im in an auf aus bei beim mit nach seit vor vom von während wegen zu zum zur über unter gegen für "
    "durch ohne um bis ab außer statt zwischen innerhalb außerhalb trotz angesichts aufgrund infolge "
    "neben hinter gegenüber dank laut zufolge gemäß".split()
)

SUBORDINATORS = frozenset(
    "dass daß ob weil da wenn als obwohl nachdem bevor während damit sodass wie wo warum weshalb "
    "welche welcher welches was wer wobei wodurch womit".split()
)

COORDINATORS = frozenset("und oder aber sondern denn doch".split())

# Konjunktiv I (and the Konjunktiv II forms that stand in for it): the mood of reported speech.
# The common verbs are listed; ``is_subjunctive`` adds the regular -e forms of other verbs.
SUBJUNCTIVE_FORMS = frozenset(
    "sei seien seiest habe werde könne müsse wolle solle dürfe möge wisse gebe gehe stehe bestehe "
    "handle handele bleibe liege trage komme gelte sehe halte lasse diene führe zeige erwarte arbeite "
    "biete brauche fehle plane nehme betrage erhalte finde folge gehöre laufe lebe leide liefere "
    "hätte hätten wäre wären würde würden käme kämen gäbe gäben stünde stünden befände befänden "
    "müssten könnten dürften sollten wollten".split()
)
SUBJUNCTIVE_II_ONLY = frozenset(
    "hätte hätten wäre wären würde würden käme kämen gäbe gäben müssten könnten dürften sollten wollten".split()
)

# Modal claims ("soll ... worden sein"): the article reports someone's claim without naming
# the frame in this sentence.
CLAIM_MODALS = frozenset({"soll", "sollen"})

# Finite forms of the auxiliary and modal verbs: a speaker's noun phrase never holds one ("Das
# musste Bundesfinanzminister Peer Steinbrück", "Ein Sprecher der US-Armee wollte").
FINITE_AUXILIARIES = frozenset(
    "bin bist ist sind seid war warst waren wart habe hast hat haben habt hatte hattest hatten hattet "
    "werde wirst wird werden werdet wurde wurdest wurden kann kannst können könnt konnte konnten "
    "muss musst müssen müsst musste mussten soll sollst sollen sollt sollte sollten will willst wollen "
    "wollt wollte wollten darf darfst dürfen dürft durfte durften mag mögen mochte mochten".split()
)

# Words that open a content clause after a cue ("betonte, dass ...").
CONTENT_OPENERS = frozenset({"dass", "daß", "ob"})


def _load_function_words() -> frozenset[str]:
    from importlib.resources import files

    text = files(__package__).joinpath("function_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


# Words German writes lower-case (so: not nouns, not names); generated from GermEval 2014 by
# scripts/build_function_words.py. A sentence that opens with one ("Tatsächlich spricht ...")
# does not open with its subject.
FUNCTION_WORDS = _load_function_words()

# Endings of nouns for people and their roles ("Sprecher", "Ministerpräsidentin", "Vorsitzende",
# "Investor", "Polizeichef"): a name in apposition after such a phrase names its head, not an
# event or a statement ("der Rücktritt des Vorsitzenden, Wendelin Wiedeking").
PERSON_NOUN_ENDINGS: tuple[str, ...] = (
    "er", "in", "ent", "or", "ist", "eur", "ant", "chef", "e", "en", "at", "oge", "am", "ar", "arzt", "är",
)

