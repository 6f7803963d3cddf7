"""The cue holds the words of the reporting verb: those beside it in ``cue``, and the parts
its clause splits from it (German auxiliaries, particles, "Wie") in ``cue_extra``, per language."""

from __future__ import annotations

import json

import pytest

import sayso
from sayso.model import Analysis, Statement

# (lang, text, cue text expected, the cue's parts as the JSON output lists them)
ROWS = [
    ("de", "Die Polizei teilte mit, dass drei Menschen verletzt wurden.", "teilte mit", ["teilte mit"]),
    ("de", "Die Firma hat angekündigt, die Preise zu erhöhen.", "hat angekündigt", ["hat angekündigt"]),
    ("de", "Wie der Konzern bekannt gab, wird das Werk geschlossen.", "bekannt gab", ["Wie", "bekannt gab"]),
    ("de", "Der Minister äußerte sich besorgt, die Lage sei ernst.", "äußerte sich", ["äußerte sich"]),
    # parts the clause puts apart from the verb
    ("de", "Die Polizei teilte am Montag mit, dass drei Menschen verletzt wurden.", "teilte", ["teilte", "mit"]),
    ("de", "Glos hatte in einem Interview gesagt, die Lage sei ernst.", "gesagt", ["hatte", "gesagt"]),
    ("de", "Wie die Polizei am Montag mitteilte, wurden drei Menschen verletzt.", "mitteilte", ["Wie", "mitteilte"]),
    ("de", "Elshorst wies darauf hin, dass die Lage ernst sei.", "wies darauf hin", ["wies darauf hin"]),
    ("de", "Der Soldat ging davon aus, dass er sterben werde.", "ging davon aus", ["ging davon aus"]),
    ("de", "Wie er angegeben hat, sei er unschuldig.", "angegeben hat", ["Wie", "angegeben hat"]),
    ("de", "Das Beben war stark, teilte der USGS mit.", "teilte", ["teilte", "mit"]),
    ("de", "Der Verband bezeichnete die Pläne als „völlig verfehlt“.", "bezeichnete", ["bezeichnete", "als"]),
    # a pronominal adverb that points at the content clause
    ("de", "Des Weiteren verwies Steinbrück darauf, dass der Haushalt verfassungskonform sei.", "verwies",
     ["verwies", "darauf"]),
    ("de", "Die Soldaten waren bisher davon ausgegangen, die Personen seien bewaffnet.", "davon ausgegangen",
     ["waren", "davon ausgegangen"]),
    ("de", "Er begründete die Forderung damit, dass die Lage ernst sei.", "begründete", ["begründete", "damit"]),
    # the finite auxiliary of a passive ("worden" is none) or of "bekannt geworden"
    ("de", "Im Bericht war gleichzeitig festgestellt worden, dass keines der Stadien ausreichte.",
     "festgestellt worden", ["war", "festgestellt worden"]),
    ("de", "Zuvor war schon bekannt geworden, dass in der Türkei Fälle aufgetreten waren.", "bekannt geworden",
     ["war", "bekannt geworden"]),
    # the commas around a speaker's apposition do not end the clause; "und" after the verb does
    ("de", "Wie der Sprecher der Kommission, Gerald Braun, in Luxemburg mitteilte, sei die Lage ernst.",
     "mitteilte", ["Wie", "mitteilte"]),
    # a name in quotation marks does not end the clause either
    ("de", "Der Dekan hatte in der vergangenen Woche gegenüber der Tageszeitung „Die Welt“ mitgeteilt, dass die "
           "Hochschule den Titel aberkennen werde.", "mitgeteilt", ["hatte", "mitgeteilt"]),
    ("de", "Das Beben war stark, teilte der Direktor der Behörde, Bagus Puruhito, mit.", "teilte", ["teilte", "mit"]),
    ("de", "„Die Arbeit ist fehlerhaft“, hatte Koch-Mehrin damals gesagt und auf ein Gutachten verwiesen.",
     "gesagt", ["hatte", "gesagt"]),
    # the impersonal subject of a passive report
    ("de", "Es wird vermutet, dass die Explosion ferngezündet war.", "Es wird vermutet", ["Es wird vermutet"]),
    ("de", "Es wurde von seinem Sohn die Mutmaßung geäußert, Deutschland brauche ein Opfer.", "geäußert",
     ["Es wurde", "geäußert"]),
    # a noun of saying or stance with the verb that makes it a report
    ("de", "Günter Metzges ist der Meinung, dass die Klage scheitern werde.", "ist der Meinung",
     ["ist der Meinung"]),
    ("de", "Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe.", "kamen zu dem Ergebnis",
     ["kamen zu dem Ergebnis"]),
    ("de", "Hugo Chávez vertritt wie Fidel Castro die Ansicht, dass die Lage ernst sei.", "die Ansicht",
     ["vertritt", "die Ansicht"]),
    # a quotation the rules found no cue verb for has the finite verb beside its speaker
    ("de", "Der Sturm zieht ab. Meteorologen rechnen jedoch mit „sehr ergiebigen Niederschlägen“.", "rechnen",
     ["rechnen", "mit"]),
    ("de", "Die Lage ist ernst. In der ARD zeigt sich der Bundestrainer zufrieden: „Wir haben eine deutliche "
           "Leistungssteigerung gezeigt.“", "zeigt sich", ["zeigt sich", "zufrieden"]),
    ("de", "Ein Sprecher des Weißen Hauses schränkte die Bereitschaft der USA jedoch dahingehend ein, dass nicht "
           "an eine Begegnung gedacht sei.", "schränkte", ["schränkte", "ein"]),
    # "als" right before the content
    ("de", "Der Sturm zieht ab. Der Geschäftsführer wies alle Vorwürfe als „haltlos“ zurück.", "wies",
     ["wies", "als"]),
    ("de", "Der Innenminister zeigte sich besorgt, dass die Fehden nun auch ins Ausland getragen würden: „Das hat "
           "es noch nie gegeben.“", "zeigte sich besorgt", ["zeigte sich besorgt"]),
    # the "sich" of a reflexive verb of saying
    ("de", "Die Oppositionsparteien haben sich zuversichtlich geäußert, dass keine Neuwahl nötig sei.", "geäußert",
     ["haben sich", "geäußert"]),
    ("de", "Gegenüber NDR Info äußerte er sich mit den Worten: „Das ist hoffentlich der Anfang vom Ende.“",
     "äußerte", ["äußerte", "sich mit den Worten"]),
    # of two coordinated verbs, the one nearer the content reports it
    ("de", "Julia Gillard bezeichnete das Unglück als „große Tragödie“ und erklärte, ihr Land unterstütze die "
           "Suche.", "erklärte", ["erklärte"]),
    ("de", "Lawrow sprach sich gegen das Verbot aus und sagte, das Gesetz könne Absprachen verletzen.", "sagte",
     ["sagte"]),
    ("de", "Romney kam nach Arbutus. „Ich trete an als ein konservativer Republikaner“, strich Romney in Arbutus "
           "heraus.", "strich", ["strich", "heraus"]),
    ("de", "Die OPEC tagt in Wien. „Wird die OPEC noch wirksame Beschlüsse fassen können?“ fragen sich Experten.",
     "fragen sich", ["fragen sich"]),
    # a quotation after a colon has the verb of the clause before as its cue
    ("de", "Der Minister griff den Präsidenten direkt an: „Wer den Holocaust leugnet, kann keine Toleranz "
           "erwarten.“", "griff", ["griff", "an"]),
    ("de", "Fresenius plant eine Umwandlung. Dies geht aus einer Mitteilung des Konzerns hervor.", "geht",
     ["geht", "hervor"]),
    # negatives: nothing beside the verb belongs to it
    ("de", "Der Wetterdienst warnte am Montag vor Stürmen, die Lage sei ernst.", "warnte", ["warnte"]),
    ("de", "Der Minister sagte, die Lage sei ernst.", "sagte", ["sagte"]),
    ("de", "Der Minister, der lange geschwiegen hatte, sagte, die Lage sei ernst.", "sagte", ["sagte"]),
    ("de", "Der Minister sagte am Montag mit ernster Miene, die Lage sei ernst.", "sagte", ["sagte"]),
    ("de", "Laut Polizei wurden drei Menschen verletzt.", "Laut", ["Laut"]),
    # "es" of another clause
    ("de", "Dass es regnet, wird erwartet, sagte er.", "wird erwartet", ["wird erwartet"]),
    # "sein" with a noun that names no view, a noun in a phrase of manner: no verb joins the noun
    ("de", "Hintergrund ist der Beschluss der Kommission, die Steuern zu senken.", "der Beschluss",
     ["der Beschluss"]),
    ("de", "In der letzten Woche war ein Besuch mit dem Hinweis abgelehnt worden, man sei zu sehr beschäftigt.",
     "dem Hinweis", ["dem Hinweis"]),
    ("de", "Die Morde seien dafür ein eindeutiger Hinweis, dass die Lage ernst sei.", "Hinweis", ["Hinweis"]),
    # "zeigte sich" takes no adjective that is not the clause's last word
    ("de", "Der Sturm zieht ab. Der Bundestrainer zeigte sich in Berlin: „Wir haben eine deutliche "
           "Leistungssteigerung gezeigt.“", "zeigte sich", ["zeigte sich"]),
    # a verb in the past tense takes no auxiliary of another clause
    ("de", "Dies war nicht der erste Streit und die Anwohner befürchteten, dass es weitergehe.", "befürchteten",
     ["befürchteten"]),
    # "sich" of a verb that is no verb of saying
    ("de", "Die Firma hat sich vergrößert und angekündigt, die Preise zu erhöhen.", "angekündigt",
     ["hat", "angekündigt"]),
    # a verb after "und" that reports nothing
    ("de", "Der Minister sagte und lachte, die Lage sei ernst.", "sagte", ["sagte"]),
    # "als" apart from the content
    ("de", "Der Minister sagte als Gast der Konferenz, die Lage sei ernst.", "sagte", ["sagte"]),
    # a comma before a speaker that opens its own clause ends the clause
    ("de", "Er wurde festgenommen, andere Quellen berichten, dass er geflohen sei.", "berichten", ["berichten"]),
    # "dazu" and "dagegen" say "about it", "on the other hand", and point at no content
    ("de", "Der Verband erklärte dazu, dass die Lage ernst sei.", "erklärte", ["erklärte"]),
    ("de", "Die Veranstalter erklärten dagegen, die Lage sei ernst.", "erklärten", ["erklärten"]),
    ("en", "The governor has said the plan would fail.", "has said", ["has said"]),
    ("en", "The governor said the plan would fail.", "said", ["said"]),
]


# no finite verb of a report beside the speaker: an adverb, the copula, a passive auxiliary
NO_CUE_ROWS = [
    "Für viele Wirtschaftsbosse war er oftmals „der Buhmann der Nation“.",
    "Er wurde wegen „groben Unfugs und Körperverletzung“ angezeigt.",
]


# a speaker carried over from the sentence before: the verb beside it is that sentence's
NO_CUE_CONTINUATION = "Der Minister sprach in Berlin. Er sagte, die Lage sei ernst. Man habe keine andere Wahl."


def test_a_continuation_takes_no_verb_from_the_sentence_before():
    a = sayso.analyze(NO_CUE_CONTINUATION, lang="de")
    last = a.statements[-1]
    assert last.content[0].text == "Man habe keine andere Wahl." and last.speaker is not None, last.to_dict()
    assert last.cue is None, last.to_dict()


@pytest.mark.parametrize("text", NO_CUE_ROWS)
def test_no_verb_beside_the_speaker(text):
    a = sayso.analyze(text, lang="de")
    assert a.statements and a.statements[0].speaker is not None, [s.to_dict() for s in a.statements]
    assert a.statements[0].cue is None, a.statements[0].to_dict()


@pytest.mark.parametrize("lang,text,cue,parts", ROWS, ids=[r[1][:40] for r in ROWS])
def test_cue_span(lang, text, cue, parts):
    a = sayso.analyze(text, lang=lang)
    assert a.statements, text
    st = a.statements[0]
    assert st.cue is not None and st.cue.text == cue, st.to_dict()
    assert [c["text"] for c in st.to_dict()["cue"]] == parts, st.to_dict()
    assert st.cue_text == " … ".join(parts)
    assert a.check_offsets() == []


def test_cue_parts_survive_a_json_round_trip():
    text = "Die Polizei teilte am Montag mit, dass drei Menschen verletzt wurden."
    a = sayso.analyze(text, lang="de")
    d = json.loads(json.dumps(a.to_dict()))
    b = Analysis.from_dict(d, text=text)
    assert b.to_dict() == a.to_dict()
    assert b.statements[0].cue.text == "teilte" and [c.text for c in b.statements[0].cue_extra] == ["mit"]
    assert b.check_offsets() == []


def test_a_single_span_cue_of_the_earlier_contract_is_read():
    d = {"speaker": None, "cue": {"start": 0, "end": 5, "text": "sagte"},
         "content": [{"start": 6, "end": 9, "text": "ja."}], "kind": "direct", "confidence": 0.5, "evidence": "x"}
    st = Statement.from_dict(d)
    assert st.cue.text == "sagte" and st.cue_extra == ()


@pytest.mark.parametrize("text,content", [
    ("Der Minister kündigte eine Lösung des Problems an.", "Der Minister kündigte eine Lösung des Problems an"),
    ("Die Grünen forderten am Montag einen sofortigen Ausstieg aus der Kohle.",
     "Die Grünen forderten am Montag einen sofortigen Ausstieg aus der Kohle"),
])
def test_reported_speech_has_its_verb_in_the_content_not_as_a_cue(text, content):
    """The annotation marks reported speech as the whole sentence, its verb inside, not as a cue apart."""
    a = sayso.analyze(text, lang="de")
    reported = [s for s in a.statements if s.kind == "reported"]
    assert reported and reported[0].cue is None and reported[0].content[0].text == content, \
        [s.to_dict() for s in a.statements]


def test_a_quotation_continuing_a_speaker_has_that_speakers_cue():
    text = "„Der Bär ist zu einem Problembären geworden“, so Schnappauf. „Der Bär ist außer Rand und Band.“"
    a = sayso.analyze(text, lang="de")
    assert [(s.speaker.text, s.cue_text) for s in a.statements] == [("Schnappauf", "so")] * 2, \
        [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,cue", [
    ("Nach der Ankündigung der Ministerin soll die Ausgleichsphase verlängert werden.", "Nach"),
    ("Etwa 800 Soldaten sollen sich nach dem Wunsch der UN daran beteiligen.", "nach"),
    # "nach" of a time: no genitive after its noun
    ("Die Männer sollen nach der Tat in Nebenstraßen verschwunden sein.", None),
])
def test_a_reported_sentence_takes_nach_with_a_genitive_as_its_cue(text, cue):
    """A sentence the reported-speech model found without a cue: "nach" before a noun with its
    genitive names whose account it is."""
    from sayso.components.cue_parts import extend_cues
    from sayso.lang import get
    from sayso.model import Span
    from sayso.pipeline import get_nlp

    doc = get_nlp("de")(text)
    st = Statement(None, None, (Span.of(text, 0, len(text) - 1),), "reported", 0.5, "de:reported-model")
    (out,) = extend_cues(doc, [st], get("de"))
    assert (out.cue.text if out.cue else None) == cue, out.to_dict()
