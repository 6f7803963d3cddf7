"""German reporting cues: verbs of saying, source frames and the nouns that mark a source.

Forms are listed as they appear in text (finite forms, participles), lower-cased, so that
lookup is a set membership test per token. Mined from the verbs that the annotated
Wikinews training articles use as cues, plus their common synonyms.
"""

# Verbs that introduce speech or a claim: (infinitive, finite and participle forms).
_SAY_VERBS: tuple[tuple[str, str], ...] = (
    ("sagen", "sagt sagen sagte sagten sagst gesagt"),
    ("erklären", "erklärt erklären erklärte erklärten erklärt"),
    ("betonen", "betont betonen betonte betonten"),
    ("berichten", "berichtet berichten berichtete berichteten"),
    ("bestätigen", "bestätigt bestätigen bestätigte bestätigten"),
    ("behaupten", "behauptet behaupten behauptete behaupteten"),
    ("meinen", "meint meinen meinte meinten gemeint"),
    ("melden", "meldet melden meldete meldeten gemeldet"),
    ("schreiben", "schreibt schreiben schrieb schrieben geschrieben"),
    ("sprechen", "spricht sprechen sprach sprachen"),
    ("warnen", "warnt warnen warnte warnten gewarnt"),
    ("fordern", "fordert fordern forderte forderten gefordert"),
    ("kritisieren", "kritisiert kritisieren kritisierte kritisierten"),
    ("verurteilen", "verurteilt verurteilen verurteilte verurteilten"),
    ("begründen", "begründet begründen begründete begründeten"),
    ("versichern", "versichert versichern versicherte versicherten"),
    ("entgegnen", "entgegnet entgegnen entgegnete entgegneten"),
    ("antworten", "antwortet antworten antwortete antworteten geantwortet"),
    ("erwidern", "erwidert erwidern erwiderte erwiderten"),
    ("unterstreichen", "unterstreicht unterstreichen unterstrich unterstrichen"),
    ("verkünden", "verkündet verkünden verkündete verkündeten"),
    ("mahnen", "mahnt mahnen mahnte mahnten gemahnt"),
    ("glauben", "glaubt glauben glaubte glaubten geglaubt"),
    ("vermuten", "vermutet vermuten vermutete vermuteten"),
    ("befürchten", "befürchtet befürchten befürchtete befürchteten"),
    ("fürchten", "fürchtet fürchten fürchtete fürchteten gefürchtet"),
    ("hoffen", "hofft hoffen hoffte hofften gehofft"),
    ("schätzen", "schätzt schätzen schätzte schätzten geschätzt"),
    ("argumentieren", "argumentiert argumentieren argumentierte argumentierten"),
    ("beklagen", "beklagt beklagen beklagte beklagten"),
    ("bekräftigen", "bekräftigt bekräftigen bekräftigte bekräftigten"),
    ("dementieren", "dementiert dementieren dementierte dementierten"),
    ("bestreiten", "bestreitet bestreiten bestritt bestritten"),
    ("zitieren", "zitiert zitieren zitierte zitierten"),
    ("verlauten", "verlautet verlauten verlautete verlauteten"),
    ("mitteilen", "mitgeteilt"),
    ("ankündigen", "angekündigt"),
    ("bekanntgeben", "bekanntgegeben"),
    ("hinzufügen", "hinzugefügt"),
    ("hinweisen", "hingewiesen"),
    ("ausführen", "ausgeführt"),
    ("feststellen", "festgestellt"),
    ("klarstellen", "klargestellt"),
    ("einräumen", "eingeräumt"),
    ("vorwerfen", "vorgeworfen"),
    ("angeben", "angegeben"),
    ("kommentieren", "kommentiert kommentieren kommentierte kommentierten"),
    ("ergänzen", "ergänzt ergänzen ergänzte ergänzten"),
    ("drohen", "droht drohen drohte drohten gedroht"),
    ("erinnern", "erinnert erinnern erinnerte erinnerten"),
    ("beteuern", "beteuert beteuern beteuerte beteuerten"),
    ("bezeichnen", "bezeichnet bezeichnen bezeichnete bezeichneten"),
    ("nennen", "nennt nennen nannte nannten genannt"),
    ("rufen", "ruft rief riefen"),
    ("twittern", "twittert twitterte twitterten getwittert"),
    ("äußern", "äußert äußern äußerte äußerten geäußert"),
    ("vorschlagen", "vorgeschlagen"),
    ("zugeben", "zugegeben"),
    ("beschuldigen", "beschuldigt beschuldigen beschuldigte beschuldigten"),
    ("sehen", "sieht sah"),
    ("bilanzieren", "bilanziert bilanzierte"),
    ("empfehlen", "empfiehlt empfahl empfahlen empfohlen"),
    ("beschließen", "beschließt beschloss beschlossen"),
    ("entscheiden", "entscheidet entschied entschieden"),
    ("prognostizieren", "prognostiziert prognostizierte prognostizierten"),
    ("verweisen", "verweist verwies verwiesen"),
    ("verlangen", "verlangt verlangte verlangten verlangen"),
    ("appellieren", "appelliert appellierte appellierten"),
    ("bezweifeln", "bezweifelt bezweifelte bezweifelten bezweifeln"),
    ("konstatieren", "konstatiert konstatierte konstatierten"),
    ("erwarten", "erwartet erwartete erwarteten"),
    ("skandieren", "skandierte skandierten"),
    ("anprangern", "prangerte prangerten angeprangert"),
    ("aussagen", "ausgesagt"),
    ("zusichern", "zugesichert"),
    ("plädieren", "plädiert plädierte plädierten"),
    ("ergeben", "ergab ergaben"),
    ("vermelden", "vermeldet vermelden vermeldete vermeldeten"),
    ("raten", "rät riet rieten"),
    ("herausfinden", "herausgefunden"),
    ("ausgehen", "ausgegangen ausgeht"),  # "waren davon ausgegangen, dass ..."
    ("spekulieren", "spekuliert spekulierte spekulierten"),
    ("bemängeln", "bemängelt bemängelte bemängelten bemängeln"),
    ("beanstanden", "beanstandet beanstandete beanstandeten"),
    ("überlegen", "überlegt überlegte überlegten"),
    ("denken", "dachte dachten"),
    ("urteilen", "urteilt urteilte urteilten"),
    ("verdächtigen", "verdächtigt"),
    ("annehmen", "angenommen"),  # "Es wird angenommen, dass ..."
    ("(verb-final)", "vorwirft auffordert aufforderte aufforderten"),
    ("erzählen", "erzählt erzählte erzählten"),
    ("erläutern", "erläutert erläuterte erläuterten"),
    ("errechnen", "errechnet errechnete errechneten"),
    ("befürworten", "befürwortet befürwortete befürworteten"),
    ("abstreiten", "abgestritten"),
    ("drängen", "drängt drängte drängten gedrängt"),
    ("einigen", "einigten geeinigt einigte"),  # (not "einigen": "seit einigen Jahren")
    ("auffordern", "aufgefordert"),
    ("aussprechen", "ausgesprochen"),
    # verbs of asking, deciding and intending: what they take as a "zu" infinitive or "dass"
    # clause is reported ("hat den Papst gebeten, seine Ernennung zurückzunehmen")
    ("bitten", "bittet bitten bat baten gebeten"),
    ("planen", "plant planen plante planten"),  # not "geplant": "wie geplant", "die geplante ..."
    ("erwägen", "erwägt erwägen erwog erwogen"),
    ("versprechen", "verspricht versprechen versprach versprachen versprochen"),
    ("beabsichtigen", "beabsichtigt beabsichtigen beabsichtigte beabsichtigten"),
    ("beauftragen", "beauftragt beauftragen beauftragte beauftragten"),
    ("ersuchen", "ersucht ersuchen ersuchte ersuchten"),
    ("vereinbaren", "vereinbart vereinbaren vereinbarte vereinbarten"),
    ("anweisen", "angewiesen"),
    ("zusagen", "zugesagt"),
    ("anbieten", "angeboten"),
    # separable verbs written together in verb-final clauses: "wie die Polizei mitteilte"
    ("(verb-final)", "mitteilt mitteilte mitteilten bekanntgab bekanntgaben ankündigte ankündigten "
                     "hinzufügte hervorhob hinwies klarstellte feststellte einräumte einräumten ausführte "
                     "vorwarf vorwarfen vorschlug angab angaben zugab "
                     # (the present tense too: "Wie Norman Paech feststellt, ...", "Wie aus ... hervorgeht, ...")
                     "feststellt hervorhebt klarstellt einräumt ausführt angibt zugibt hinzufügt bekanntgibt "
                     "hervorgeht hervorging hervorgingen"),
)

# Separable verbs: the finite stem counts as a cue only when its particle closes the clause
# ("teilte ... mit", "hob hervor").
_PARTICLE_VERBS: tuple[tuple[str, str], ...] = (
    ("mit", "teilt teilen teilte teilten"),
    ("bekannt", "gibt geben gab gaben gegeben"),  # "gegeben" only after "bekannt": "bekannt gegeben"
    ("an", "kündigt kündigen kündigte kündigten gibt geben gab gaben"),
    ("hinzu", "fügt fügen fügte fügten"),
    ("hervor", "hebt heben hob hoben geht gehen ging gingen"),
    ("hin", "weist weisen wies wiesen"),
    ("klar", "stellt stellen stellte stellten"),
    ("fest", "stellt stellen stellte stellten"),
    ("ein", "räumt räumen räumte räumten"),
    ("aus", "führt führen führte führten geht gehen ging gingen"),
    ("vor", "wirft werfen warf warfen schlägt schlagen schlug schlugen"),
    ("zu", "gibt geben gab gaben sichert sichern sicherte sicherten"),  # "sicherte ... zu, dass ..."
    ("auf", "ruft rufen rief riefen fordert fordern forderte forderten"),
    ("nach", "denkt denken dachte dachten"),
    ("an", "bietet bieten bot boten"),
    ("an", "nimmt nehmen nahm nahmen"),  # "nehmen Beobachter an", "nimmt an, dass ..."
    ("fest", "legt legen legte legten"),
    ("heraus", "findet finden fand fanden"),
    ("aus", "schließt schließen schloss schlossen"),  # "schloss nicht aus, dass ..."
    ("ein", "gesteht gestehen gestand gestanden"),  # "gestand ein, dass ..." ("gestanden" alone: "stehen")
)

CUE_VERBS: frozenset[str] = frozenset(f for _, forms in _SAY_VERBS for f in forms.split())
# Verbs of saying proper: after "sagte X," any main clause is what was said, in the indicative
# too ("sagte Rice, die USA hielten sich an ..."); verbs of stance or intent ("hofft", "plant")
# take only a Konjunktiv or "zu" clause as content.
SAY_VERBS: frozenset[str] = frozenset(
    "sagt sagte sagten gesagt erklärt erklärte erklärten betont betonte betonten meint meinte meinten "
    "schreibt schrieb schrieben geschrieben ergänzt ergänzte ergänzten versichert versicherte versicherten "
    "entgegnet entgegnete entgegneten antwortet antwortete antworteten erwidert erwiderte erwiderten "
    "unterstrich unterstreicht behauptet behauptete behaupteten berichtet berichtete berichteten".split()
)
PARTICLE_CUES: dict[str, frozenset[str]] = {}
for _particle, _forms in _PARTICLE_VERBS:
    for _f in _forms.split():
        PARTICLE_CUES.setdefault(_f, frozenset())
        PARTICLE_CUES[_f] = PARTICLE_CUES[_f] | {_particle}

# Cue verbs that take a direct object naming what was said ("forderte Maßnahmen", "sprach von
# einem Erfolg"): a statement of kind "reported" when no clause follows. Not "bestritt jede
# Mitwisserschaft", "erwartet einen Anstieg": the training articles annotate 1 of 9 and 1 of 5
# of those as reported speech. Nor the verbs that deny, announce or lament a fact named by a noun
# ("dementierte die Festnahme", "meldete einen Rekord", "verkündete das Urteil", "beklagte den
# Tod"): none of 6 annotated.
# Cues that report only with a content clause (English needs them: "found the body"; the
# German rules already ask for a clause after every cue verb).
THAT_ONLY_CUES: frozenset[str] = frozenset()
EVIDENCE_NOUNS: frozenset[str] = frozenset()  # (German rules ask for a clause after every cue verb)

REPORTED_CUES: frozenset[str] = frozenset(
    "bestätigte bestätigten bestätigt forderte forderten fordert "
    "verurteilte verurteilten verurteilt warnte warnten warnt sprach sprachen spricht kündigte kündigten "
    "kündigt "
    "schätzt schätzen schätzte schätzten fordern forderten "
    "bezeichnet bezeichnete bezeichneten bezeichnen nannte nannten nennt empfahl empfahlen empfiehlt "
    "begrüßte begrüßten begrüßt lobte lobten lobt plädierte plädierten plädiert appellierte appellierten "
    "warnen berichtet berichtete berichteten berichten sprechen "
    # separable verbs whose particle closes the sentence: "kündigte ... an", "gab ... bekannt"
    "kündigte kündigten gab gaben teilte teilten wies wiesen aufgefordert ausgesprochen "
    "geht gehen ging gingen".split()
)

# Adjectives that report with a form of "werden": "Im Mai wurde bekannt, dass ...", "Wie gestern
# bekannt wurde, ...", "nachdem bekannt geworden war, dass ..." (no speaker: the news became known).
BECOME_KNOWN: frozenset[str] = frozenset({"bekannt", "publik"})

# Nouns of saying, demanding, deciding and believing whose content clause follows a comma ("vertritt
# die Ansicht, dass ...", "den Beschluss, ... zu führen", "Hinweise, dass ..."): what the clause says
# is reported. Left out, as mostly the writer's: Möglichkeit, Tatsache, Versuch, Ziel, Frage, Angst,
# Wunsch, Plan (counted on the training articles).
STANCE_NOUNS: frozenset[str] = frozenset(
    "ansicht auffassung meinung überzeugung standpunkt forderung forderungen vorschlag vorwurf vorwürfe "
    "hinweis hinweise befehl anweisung appell aufforderung aufruf warnung ankündigung beschluss ergebnis "
    "schluss schlussfolgerung vorgabe behauptung behauptungen vermutung vermutungen hoffnung erwartung "
    "eingeständnis bitte zusage versprechen theorie verdacht begründung aussage einschätzung bedingung "
    "empfehlung auftrag drohung beteuerung versicherung these hypothese".split()
)

# Words that open a source frame before a noun phrase: "laut X", "gemäß X".
FRAME_PREPOSITIONS: frozenset[str] = frozenset({"laut", "gemäß", "lt."})
# A postposition that closes a frame: "X zufolge".
FRAME_POSTPOSITIONS: frozenset[str] = frozenset({"zufolge"})
# "nach X" is a source frame only when X is headed by one of these nouns (or a compound
# ending in one): "nach Angaben der Polizei", "nach Polizeiangaben", "nach Schätzungen".
SOURCE_NOUNS: tuple[str, ...] = (
    "angaben", "angabe", "aussagen", "aussage", "berichten", "bericht", "berichts", "informationen",
    "erkenntnissen", "schätzungen", "schätzung", "einschätzung", "ansicht", "meinung", "auffassung",
    "darstellung", "worten", "analyse", "analysen", "studie", "umfrage", "untersuchung", "untersuchungen",
    "ermittlungen", "recherchen", "meldungen", "meldung", "medienberichten", "zählung", "zählungen",
    "stellungnahme", "mitteilung", "dokument", "vernehmen", "zeugenaussagen", "erklärung", "quellen",
    "daten", "zahlen", "prognose", "prognosen", "berechnungen", "hochrechnungen", "endergebnis",
    "ergebnis", "ergebnissen", "expertenmeinung", "einschätzungen", "vermutungen", "beobachtern",
    "artikel", "nachricht", "darstellungen", "hinweisen", "erfahrungen", "auskunft",
    "auskünften", "vorhersage", "vorhersagen", "medien", "bekunden", "kenntnisstand", "erkenntnisstand",
    "hochrechnung", "ermittlungsstand", "planungen", "hinweis",
    # a law or a draft says what holds: "Nach dem Grundgesetz ist ...", "Nach dem Gesetzesentwurf sollen ..."
    "gesetz", "gesetzentwurf", "gesetzesentwurf", "verfassung", "quellenlage",
)
# Frame words that close with "heißt es": "In einer Mitteilung ... heißt es, dass ...".
IMPERSONAL_CUES: frozenset[str] = frozenset({"heißt", "hieß"})

# Pronouns that can stand as a speaker.
# "man" and "es" are left out: an impersonal subject names no source.
PRONOUNS: frozenset[str] = frozenset({"er", "sie", "ich", "wir", "dieser", "diese", "jener"})

FRAME_MULTI: tuple[tuple[str, ...], ...] = ()
# Adverbs that are a frame of their own, pointing back at a source named before ("Demnach ...").
FRAME_ADVERBS: frozenset[str] = frozenset({"demnach"})
# Relative frames: "ein Bericht, wonach ..." (the source stands before the comma).
FRAME_RELATIVES: frozenset[str] = frozenset({"wonach", "demzufolge", "denen zufolge"})

# German news annotation (Wikinews quotes) counts a quotation inside a report as a
# direct statement of its own as well.
NESTED_QUOTE_STATEMENTS: bool = True

# German news annotation (Wikinews quotes) counts a quotation after "„…“, sagte X." as a
# statement of its own (11 such pairs in the training articles, 1 joined): kept apart.
JOIN_QUOTE_SEQUENCES: bool = False

# A report whose words are mostly (this share of characters) quotation is direct speech, and its
# content is just the quotations: the German annotation marks „…“ inside a short frame as Direct.
DIRECT_QUOTE_SHARE: float = 0.6

# The parts of a cue that the clause splits from the reporting verb (the annotation marks them
# as further cue spans: "hat ... gefordert", "teilte ... mit", "Wie ... erklärte").
# Finite auxiliaries of a participle that closes its clause ("Glos hatte in einem Interview
# gesagt"), or that follow it in a verb-final clause ("wie er angegeben hat").
CUE_AUXILIARIES: frozenset[str] = frozenset(
    "hat hatte haben hatten habe ist war sind waren sei seien wird wurde werden wurden worden".split()
)
# A pronominal adverb before the particle belongs to the verb ("geht davon aus", "wies darauf hin").
PRONOMINAL_ADVERBS: frozenset[str] = frozenset(
    "davon darauf dazu darüber daran damit dafür dagegen daraus darum".split()
)
# Verbs that make a noun of saying or stance a report ("ist der Meinung", "vertritt die Ansicht",
# "kamen zu dem Ergebnis", "fassten den Beschluss", "hegt den Verdacht"): part of the noun's cue.
LIGHT_VERBS: frozenset[str] = frozenset(
    "vertritt vertreten vertrat vertraten teilt teilen teilte teilten "
    "fasst fassen fasste fassten kommt kommen kam kamen gelangt gelangen gelangte gelangten "
    "äußert äußerte äußerten erteilt erteilte erteilten stellt stellte stellten erhebt erhob erhoben "
    "zieht zog zogen hegt hegte hegten machte machten herrschte herrscht erging ergeht".split()
)
# Nouns of opinion that "sein" makes a report: "ist der Meinung, dass ...", "sind der Auffassung, ...".
OPINION_NOUNS: frozenset[str] = frozenset({"meinung", "ansicht", "auffassung", "überzeugung"})
# Lower-case words that stand beside a speaker but are not the finite verb of a report: adverbs
# ("Er erklärte jedoch", "Romney selbst"), the copula and passive auxiliaries ("Er wurde wegen ...
# angezeigt", "Es ist nur ..."), modals of a claim or a possibility ("Nach Schäubles Idee soll ...",
# "Das Objekt könnte aber ..."), and "sowie" ("Er sowie Giesel befürchten ...").
NOT_FINITE_BESIDE: frozenset[str] = frozenset(
    "auch jedoch dazu nun bereits zudem ebenfalls außerdem daraufhin dagegen demnach allerdings gestern heute "
    "zuvor später weiter erneut noch schon zuletzt damals lediglich dabei einerseits andererseits oftmals "
    "selbst allein indessen zunächst nämlich ebenso offenbar wohl sogar immer bisher derzeit mittlerweile "
    "inzwischen dort hier daher deshalb also nicht nur sowie persönlich "
    "ist sind war waren sei seien wird wurde werden wurden soll sollen könnte könnten würde würden "
    "dürfte dürften".split()
)
# Pronominal adverbs that point at the content clause as the verb's object ("verwies darauf,
# dass ...", "davon ausgegangen, dass ..."): part of the cue.
CORRELATIVE_ADVERBS: frozenset[str] = frozenset("davon darauf damit dafür darüber daran darum".split())
# The particles of separable verbs, closing the clause of a verb the lists do not hold: "griff den
# Präsidenten an", "lehnt er jedoch ab", "schränkte die Bereitschaft ein".
SEPARABLE_PARTICLES: frozenset[str] = frozenset(
    "an ab auf aus bei ein entgegen fest fort heraus hervor hin hinzu los mit nach vor zu zurück zusammen".split()
)
# Reflexive verbs whose clause closes with what the speaker showed: "zeigte sich besorgt", "gab sich
# optimistisch".
PREDICATIVE_REFLEXIVES: frozenset[str] = frozenset("zeigt zeigte zeigten gibt gab gaben".split())
# Reflexive verbs of saying, whose "sich" belongs to the cue: "hat sich optimistisch geäußert", "sprach sich
# gegen das Verbot aus".
REFLEXIVE_CUES: frozenset[str] = frozenset("äußert äußern äußerte äußerten geäußert ausgesprochen sprach sprachen spricht".split())
# The word before a content that names what the verb calls it: "würdigte Ligeti als „großen Österreicher“".
NAMING_PREPOSITIONS: frozenset[str] = frozenset({"als"})
# Phrases after the verb that say how it was said ("meldete sich mit den Worten: ...").
CUE_TAILS: tuple[tuple[str, ...], ...] = (
    ("mit", "den", "worten"),
    ("mit", "der", "begründung"),
    ("mit", "dem", "hinweis"),
)
# The preposition a cue verb governs, part of the cue wherever the clause puts it
# ("bezeichnete den Plan als ...", "warnte vor ...", "sprach von ...", "begründete ... mit").
CUE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "als": frozenset("bezeichnet bezeichnete bezeichneten bezeichnen würdigte würdigten würdigt beschrieb "
                     "beschrieben beschreibt wertete werteten wertet".split()),
    "vor": frozenset("warnte warnten warnt warnen".split()),
    "von": frozenset("sprach sprachen spricht sprechen".split()),
    "mit": frozenset("begründete begründeten begründet".split()),
}
# Cue verbs whose source stands in a prepositional phrase: "Dies geht aus einer Mitteilung
# hervor", "Wie sich aus der Auswertung ergab" (the source is the noun phrase after it).
SOURCE_PREPOSITION: dict[str, str] = {form: "aus" for form in "geht gehen ging gingen ergab ergaben ergibt ergeben "
                                      "verlautete verlauteten verlautet verlautbarte".split()}
# Connectives that may stand before a clause's opening word ("Denn wie die Zeitung berichtete").
CLAUSE_CONNECTIVES: frozenset[str] = frozenset({"denn", "doch", "und", "aber", "jedoch", "zudem", "auch"})
# The word that opens a verb-final frame clause ("Wie die Polizei mitteilte, ...").
FRAME_CLAUSE_OPENERS: frozenset[str] = frozenset({"wie"})

# Verbs of holding something for true or likely: "hält es für möglich, dass ..." reports the
# clause (the statement rules ask for "es für" + adjective + ", dass").
JUDGING_VERBS: frozenset[str] = frozenset("hält halten hielt hielten halte".split())
# Adjectives of a person's certainty that report the clause after them with a copula: "ist
# zuversichtlich, ... zu können", "war sich sicher, dass ..." (not "klar", "unklar": mostly the writer's).
STANCE_ADJECTIVES: frozenset[str] = frozenset("zuversichtlich sicher bewusst überzeugt gewiss".split())
# A negation right before the verb of saying, or before the particle that closes it, says that
# nothing was said ("wollte nicht bestätigen, dass ...", "gab die Behörde nicht bekannt"): the
# training articles annotate 1 of 4 cues so negated. Not the verbs whose negation is the claim
# ("schloss nicht aus, dass ...", "bestritt nicht, dass ...").
CUE_NEGATIONS: frozenset[str] = frozenset({"nicht", "nie", "niemals"})
NEGATABLE_CUES: frozenset[str] = frozenset(
    "schließt schließen schloss schlossen bestreitet bestreiten bestritt bestritten "
    "bezweifelt bezweifelte bezweifelten bezweifeln".split()
)
# Particles that make a verb of saying another verb when they close its clause: "sah ... vor"
# (vorsehen: a plan or a law provides), "sah ... aus" (aussehen), "forderte ... an" (anfordern:
# sent for), "fordern ... ein" (einfordern: collect), "sagte ... ab" (absagen: cancel), "rief ... an"
# (anrufen: phone).
OTHER_VERB_PARTICLES: dict[str, frozenset[str]] = {
    "vor": frozenset("sieht sehen sah sahen".split()),
    "aus": frozenset("sieht sehen sah sahen".split()),
    "an": frozenset("fordert fordern forderte forderten ruft rufen rief riefen".split()),
    "ein": frozenset("fordert fordern forderte forderten".split()),
    "ab": frozenset("sagt sagen sagte sagten".split()),
}
# Verbs that report with a noun object only when the noun names an event, a verbal noun in -ung:
# "bestätigte die Beteiligung der Truppen an den Kämpfen", "hatte die Entsendung von Einheiten
# bestätigt" confirm what someone did, a claim; "bestätigte den Vorfall", "bestätigte die Angaben
# der Polizei", "bestätigte dieses" confirm a fact or a report already told (train: 0 of 7 such
# annotated, against the 1 "hat das Urteil bestätigt").
EVENT_OBJECT_CUES: frozenset[str] = frozenset("bestätigte bestätigten bestätigt".split())
EVENT_NOUN_ENDINGS: tuple[str, ...] = ("ung", "ungen")
# Objects that make a reported-object verb no report: "forderte 92 Menschenleben", "Acht Tote forderte
# der Anschlag" (casualties a disaster claimed, no demand), and "sprechen für" without "sich" ("Die
# Arithmetik spricht für Romney": a fact in someone's favour, no one speaking).
DEMAND_CUES: frozenset[str] = frozenset("fordert fordern forderte forderten".split())
CASUALTY_NOUNS: frozenset[str] = frozenset(
    "menschenleben leben tote toten todesopfer opfer verletzte verletzten schwerverletzte".split()
)
OTHER_SENSE_PREPOSITIONS: dict[str, frozenset[str]] = {"für": frozenset("spricht sprechen sprach sprachen".split())}
