"""English reporting cues: verbs of saying, source frames and the nouns that mark a source."""

_SAY_VERBS: tuple[tuple[str, str], ...] = (
    ("say", "say says said saying"),
    ("tell", "tell tells told telling"),
    ("add", "add adds added adding"),
    ("note", "note notes noted noting"),
    ("argue", "argue argues argued arguing"),
    ("claim", "claim claims claimed claiming"),
    ("state", "stated stating"),
    ("report", "report reports reported reporting"),
    ("write", "write writes wrote writing written"),
    ("announce", "announce announces announced announcing"),
    ("warn", "warn warns warned warning"),
    ("insist", "insist insists insisted insisting"),
    ("acknowledge", "acknowledge acknowledges acknowledged acknowledging"),
    ("explain", "explain explains explained explaining"),
    ("suggest", "suggest suggests suggested suggesting"),
    ("believe", "believe believes believed believing"),
    ("estimate", "estimate estimates estimated estimating"),
    ("admit", "admit admits admitted admitting"),
    ("deny", "deny denies denied denying"),
    ("confirm", "confirm confirms confirmed confirming"),
    ("contend", "contend contends contended contending"),
    ("maintain", "maintains maintained"),
    ("emphasize", "emphasize emphasizes emphasized emphasizing emphasised emphasising"),
    ("stress", "stresses stressed stressing"),
    ("declare", "declare declares declared declaring"),
    ("allege", "allege alleges alleged alleging"),
    ("assert", "assert asserts asserted asserting"),
    ("tweet", "tweeted tweets tweeting"),
    ("reply", "replied replies replying"),
    ("respond", "responded responds responding"),
    ("recall", "recalled recalls recalling"),
    ("continue", "continued"),
    ("predict", "predict predicts predicted predicting"),
    ("cite", "cited cites citing"),
    ("call", "call called calls calling"),
    ("describe", "described describes describing"),
    ("accuse", "accused accuses accusing"),
    ("criticize", "criticized criticizes criticised criticising"),
    ("condemn", "condemned condemns condemning"),
    ("urge", "urged urges urging"),
    ("reveal", "revealed reveals revealing"),
    ("indicate", "indicated indicates indicating"),
    ("mention", "mentioned mentions mentioning"),
    ("pledge", "pledged pledges pledging"),
    ("promise", "promised promises promising"),
    ("agree", "agreed agrees"),
    ("concede", "conceded concedes conceding"),
    ("observe", "observed observes"),
    ("complain", "complained complains complaining"),
    ("boast", "boasted boasts boasting"),
    ("vow", "vowed vows vowing"),
    ("threaten", "threatened threatens threatening"),
    ("demand", "demanded demands demanding"),
    ("remark", "remarked remarks"),
    ("testify", "testified testifies"),
    ("point", "pointed"),  # "points" is far more often the noun ("5 percentage points"): see PARTICLE_CUES
    ("blast", "blasted blasts blasting"),
    ("attack", "attacked attacking"),
    # further verbs of the standard reporting-verb lists (saying, judging, proposing)
    ("caution", "caution cautions cautioned cautioning"),
    ("conclude", "concluded concludes concluding"),
    ("ask", "asked asks"),
    ("question", "questioned questions questioning"),
    ("wonder", "wondered wonders"),
    ("propose", "proposed proposes proposing"),
    ("recommend", "recommended recommends recommending"),
    ("praise", "praised praises praising"),
    ("dismiss", "dismissed dismisses dismissing"),
    ("reject", "rejected rejects rejecting"),
    ("defend", "defended defends defending"),
    ("reiterate", "reiterated reiterates reiterating"),
    ("assure", "assured assures"),
    ("counter", "countered counters"),
    ("speculate", "speculated speculates speculating"),
    ("lament", "lamented laments lamenting"),
    ("charge", "charged charges"),
    ("signal", "signaled signalled signals"),
    ("express", "expressed expresses expressing"),
    # belief and knowledge: PolNeAR attributes what a source knows or expects ("think" stays out:
    # 'Burton thinks that cats are "cuties".' is the design's own negative)
    ("know", "know knows knew"),
    ("feel", "feel feels felt"),
    ("hope", "hope hopes hoped hoping"),
    ("fear", "fear fears feared fearing"),
    ("expect", "expect expects expected expecting"),
    ("realize", "realize realizes realized realise realised"),
    ("suspect", "suspect suspects suspected"),
    # stance and intention: PolNeAR attributes what a source wants, plans, backs or opposes
    ("want", "want wants wanted wanting"),
    ("plan", "plans planned planning"),
    ("intend", "intend intends intended"),
    ("seek", "seeks sought seeking"),
    ("refuse", "refused refuses refusing"),
    ("decline", "declined declines declining"),
    ("support", "supports supported supporting"),
    ("back", "backed backs backing"),
    ("endorse", "endorsed endorses endorsing"),
    ("oppose", "opposed opposes opposing"),
    ("echo", "echoed echoes echoing"),
    ("tout", "touted touts touting"),
    ("advocate", "advocated advocates advocating"),
    ("encourage", "encouraged encourages encouraging"),
    ("unveil", "unveiled unveils unveiling"),
    ("label", "labeled labelled labels labeling labelling"),
    ("characterize", "characterized characterizes characterised characterizing"),
    ("brand", "branded brands branding"),
    ("dub", "dubbed dubs"),
    ("liken", "likened likens likening"),
    ("denounce", "denounced denounces denouncing"),
    ("mock", "mocked mocks mocking"),
    ("dispute", "disputed disputes disputing"),
    ("discuss", "discussed discusses discussing"),
    ("offer", "offered offers offering"),
    # praise, blame and reference: what a source hails, blames or refers to is its stance
    ("blame", "blamed blames blaming"),
    ("hail", "hailed hails hailing"),
    ("laud", "lauded lauds lauding"),
    ("applaud", "applauded applauds applauding"),
    ("welcome", "welcomed welcomes welcoming"),
    ("chastise", "chastised chastises chastising"),
    ("deride", "derided derides deriding"),
    ("decry", "decried decries decrying"),
    ("downplay", "downplayed downplays downplaying"),
    ("lambaste", "lambasted lambastes lambasting"),
    ("slam", "slammed slams slamming"),
    ("exhort", "exhorted exhorts exhorting"),
    ("implore", "implored implores imploring"),
    ("highlight", "highlighted highlights highlighting"),
    ("admire", "admired admires admiring"),
    ("promote", "promoted promotes promoting"),
    ("reference", "referenced references referencing"),
    # pressing and persuading someone, documenting something: what the source urges or records
    ("press", "pressed presses pressing"),
    ("persuade", "persuaded persuades persuading"),
    ("document", "documented documents documenting"),
    # findings: "the poll shows that ...", "the study found that ..."
    ("show", "show shows showed"),
    ("find", "found finds"),
)

# Base forms of verbs that are seldom nouns: "China and Russia support the government", "would
# urge", "did not condemn" (the rest of the base forms are nouns as often: "call", "attack", "plan").
BASE_FORMS: frozenset[str] = frozenset(
    "urge criticize condemn oppose endorse reject dismiss propose recommend reiterate encourage unveil denounce "
    "discuss concede vow threaten testify speculate characterize liken seek defend reveal indicate agree observe "
    "complain respond intend conclude assure tout describe".split()
)

CUE_VERBS: frozenset[str] = frozenset(f for _, forms in _SAY_VERBS for f in forms.split()) | BASE_FORMS

# Cues that report only with a "that" clause: "the poll shows that ..." but "the map shows the
# route", "police found the body".
THAT_ONLY_CUES: frozenset[str] = frozenset("show shows showed found finds".split())
# ... unless their subject is itself evidence: "one study found Trump would raise taxes", "video
# of the incident shows him with his hands in the air".
EVIDENCE_NOUNS: frozenset[str] = frozenset(
    "study studies poll polls survey surveys research analysis analyses report reports data video footage documents "
    "records average averages estimates numbers figures results review audit investigation".split()
)

# Phrasal cues: the verb counts only with its particle ("pointed out", "called for").
PARTICLE_CUES: dict[str, frozenset[str]] = {
    "pointed": frozenset({"out", "to"}),
    "points": frozenset({"out", "to"}),
    # what someone spoke about is reported: "spoke about the deal", "commented on the ruling"
    "spoke": frozenset({"about", "of", "on", "out"}),
    "speaks": frozenset({"about", "of", "on", "out"}),
    "speaking": frozenset({"about", "of", "on", "out"}),
    "talked": frozenset({"about"}),
    "complained": frozenset({"about", "of"}),
    "commented": frozenset({"on"}),
    # what someone called for is what they demand: "called for an inquiry", "is calling on X to ..."
    "called": frozenset({"for", "on"}),
    "calls": frozenset({"for", "on"}),
    "calling": frozenset({"for", "on"}),
    "call": frozenset({"for", "on"}),
    # what a source believes in is its stance: "I believe in the good sense of the American people"
    "believe": frozenset({"in"}),
    "believes": frozenset({"in"}),
    "believed": frozenset({"in"}),
    # whom a source agrees with is its stance: "Anderson largely agreed with McLenny"
    "agreed": frozenset({"with"}),
    "agrees": frozenset({"with"}),
    "agree": frozenset({"with"}),
    # what a source laid out or railed against is its plan or its attack: "laid out her proposals"
    "laid": frozenset({"out"}),
    "lays": frozenset({"out"}),
    "railed": frozenset({"against"}),
    "rails": frozenset({"against"}),
}

# Verbs whose object is what was said ("condemned the attack", "called for a ceasefire", "wants to
# junk the exemptions"), in all their forms.
_REPORTED_LEMMAS: frozenset[str] = frozenset(
    "confirm call condemn criticize urge demand deny warn announce describe accuse blast attack pledge promise "
    "praise dismiss reject defend question express signal recommend propose cite mention "
    "want plan intend seek refuse decline support back endorse oppose echo tout advocate encourage unveil label "
    "denounce mock dispute discuss offer characterize brand dub liken blame hail laud applaud welcome chastise deride "
    "decry downplay lambaste slam exhort implore highlight admire promote reference press persuade document agree".split()
)
REPORTED_CUES: frozenset[str] = frozenset(
    [f for lemma, forms in _SAY_VERBS if lemma in _REPORTED_LEMMAS for f in forms.split()]
    + "spoke speaks speaking talked commented".split()
    + [lemma for lemma in BASE_FORMS if lemma in _REPORTED_LEMMAS]
)

# "according to X", "per X": frames before a noun phrase.
FRAME_PREPOSITIONS: frozenset[str] = frozenset({"per"})
FRAME_MULTI: tuple[tuple[str, ...], ...] = (("according", "to"),)
FRAME_POSTPOSITIONS: frozenset[str] = frozenset()
FRAME_ADVERBS: frozenset[str] = frozenset()
BECOME_KNOWN: frozenset[str] = frozenset()
# (English cue nouns are found by _en_noun_use and the possessive rule: "Trump's claim that ...")
STANCE_NOUNS: frozenset[str] = frozenset()  # German "wurde bekannt, dass": English reports it with a verb
FRAME_RELATIVES: frozenset[str] = frozenset()
SOURCE_NOUNS: tuple[str, ...] = (
    "estimates", "estimate", "figures", "data", "reports", "report", "accounts", "sources", "polls", "poll",
    "survey", "analysis", "study", "statement",
)
IMPERSONAL_CUES: frozenset[str] = frozenset()

PRONOUNS: frozenset[str] = frozenset({"he", "she", "i", "we", "they", "it", "you"})

# English annotation (PolNeAR) keeps a quotation inside a report as part of that one
# attribution.
NESTED_QUOTE_STATEMENTS: bool = False

# A quotation that follows its speaker's quoted sentence ("“…,” he said. “…”") continues that
# statement: one statement with a content span per quotation, as the issue of multi-sentence
# quotations asks and as English annotation (PolNeAR) counts it.
JOIN_QUOTE_SEQUENCES: bool = True

# A report is direct speech, with just its quotations as content, only when they are nearly all of it:
# PolNeAR keeps the whole clause around a quoted phrase ('condemned the test as "provocative"').
DIRECT_QUOTE_SHARE: float = 0.9

# The parts of a cue that the clause splits from the reporting verb. English keeps its
# auxiliary next to the verb ("has said", handled where the cue is found) and has no
# separable particles at the clause end, so these stay empty (German: "hat ... gesagt",
# "teilte ... mit"); the tables exist so that both languages run the same code.
CUE_AUXILIARIES: frozenset[str] = frozenset()
PRONOMINAL_ADVERBS: frozenset[str] = frozenset()
CORRELATIVE_ADVERBS: frozenset[str] = frozenset()
LIGHT_VERBS: frozenset[str] = frozenset()
OPINION_NOUNS: frozenset[str] = frozenset()
NOT_FINITE_BESIDE: frozenset[str] = frozenset()
SEPARABLE_PARTICLES: frozenset[str] = frozenset()
PREDICATIVE_REFLEXIVES: frozenset[str] = frozenset()
REFLEXIVE_CUES: frozenset[str] = frozenset()
NAMING_PREPOSITIONS: frozenset[str] = frozenset()
CUE_TAILS: tuple[tuple[str, ...], ...] = ()
FRAME_CLAUSE_OPENERS: frozenset[str] = frozenset()
CLAUSE_CONNECTIVES: frozenset[str] = frozenset()
CUE_NEGATIONS: frozenset[str] = frozenset()
NEGATABLE_CUES: frozenset[str] = frozenset()
OTHER_VERB_PARTICLES: dict[str, frozenset[str]] = {}
EVENT_OBJECT_CUES: frozenset[str] = frozenset()
EVENT_NOUN_ENDINGS: tuple[str, ...] = ()
DEMAND_CUES: frozenset[str] = frozenset()
CASUALTY_NOUNS: frozenset[str] = frozenset()
OTHER_SENSE_PREPOSITIONS: dict[str, frozenset[str]] = {}
SOURCE_PREPOSITION: dict[str, str] = {}
CUE_PREPOSITIONS: dict[str, frozenset[str]] = {}

# (German only: "hält es für möglich, dass ..."; English "considers it likely that" is rare in the news)
JUDGING_VERBS: frozenset[str] = frozenset()
# (German only: "ist zuversichtlich, dass ..."; English "is confident that" is read by its verb rules)
STANCE_ADJECTIVES: frozenset[str] = frozenset()
