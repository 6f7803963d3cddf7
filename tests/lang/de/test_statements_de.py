"""German who-said-what: a table of sentences, each with the statement sayso must find (speaker
and content it must contain, kind) or with none at all (negatives)."""

from __future__ import annotations

import pytest

import sayso

# (text, speaker contains, content contains, kind); speaker None = no speaker expected
POSITIVE = [
    # verb-final frames: a particle written apart, an apposition inside the "wie" clause
    ("Wie der Hersteller Adidas am Morgen bekannt gab, will das Unternehmen die Sparte verkaufen.", "Adidas",
     "die Sparte verkaufen", "according_to"),
    ("Wie ein Sprecher des Konzerns, Hans Meier, mitteilte, wurde das Werk verkauft.", "Sprecher des Konzerns",
     "das Werk verkauft", "according_to"),
    ("Nach Darstellungen der Opposition wurden die Wahlen gefälscht.", "Opposition", "die Wahlen gefälscht",
     "according_to"),
    # a verb in -en after the source is the clause's, not a genitive adjective
    ("Nach Angaben des Südwestrundfunks laufen Ermittlungen gegen den Mann.", "Südwestrundfunks",
     "laufen Ermittlungen", "according_to"),
    # zu-infinitives as content, also with a saying verb inside them or extraposed
    ("Die Führung der Armee hatte am Montag beschlossen, ihn aus der Provinz zurückzuholen.", "Führung der Armee",
     "aus der Provinz zurückzuholen", "indirect"),
    ("Der Sprecher erklärte, den Tod bislang nicht bestätigen zu können.", "Der Sprecher",
     "nicht bestätigen zu können", "indirect"),
    ("Merkel hat in Berlin angekündigt, kurzfristig zurückzutreten als Chefin der CDU.", "Merkel",
     "kurzfristig zurückzutreten", "indirect"),
    # asking, deciding, intending: the zu-infinitive is what was asked or decided
    ("Der Weihbischof hat den Papst gebeten, seine Ernennung zurückzunehmen.", "Der Weihbischof",
     "seine Ernennung zurückzunehmen", "indirect"),
    ("Die Vereinigten Staaten denken darüber nach, Eisbären auf die Liste bedrohter Arten zu setzen.",
     "Vereinigten Staaten", "Eisbären auf die Liste", "indirect"),
    ("Die Initiative hat in einer Stellungnahme bekannt gegeben, dass keine Gefahr besteht.", "Die Initiative",
     "keine Gefahr besteht", "indirect"),
    # a phrase in the genitive or dative opening the sentence is no subject: the one after the verb is
    ("Des Weiteren verwies Steinbrück darauf, dass der Haushalt ausgeglichen sei.", "Steinbrück",
     "der Haushalt ausgeglichen", "indirect"),
    ("Dem Ausschuss erklärte der Sprecher, dass der Haushalt ausgeglichen sei.", "der Sprecher",
     "der Haushalt ausgeglichen", "indirect"),
    # a separable verb's long clause before the infinitive; an infinitive in -eln; a verb-final cue
    ("Der Präsident der Region schlägt in einem Brief vom 17. Januar dem Minister für Verkehr Gilles de Robien "
     "vor, das Mautsystem auch auf der A 35 einzusetzen.", "Präsident der Region", "das Mautsystem", "indirect"),
    ("Deshalb forderte die Resolution, genaue Informationen zu sammeln, wobei die Kommission hilft.",
     "die Resolution", "genaue Informationen zu sammeln", "indirect"),
    ("Während Premierminister Juncker ankündigte, den Vorschlag prüfen zu lassen, stellt sich die Partei quer.",
     "Juncker", "den Vorschlag prüfen zu lassen", "indirect"),
    # a relative clause whose verb reports: the relative pronoun is the speaker where the text names it
    ("Grund war die Aussage eines Jungen, der angab, von dem Mann missbraucht worden zu sein.", "der",
     "von dem Mann missbraucht", "indirect"),
    # Konjunktiv I after a noun subject, framed by a cue
    ("BASF argumentiert, diese Sorte erspare den Einsatz von Pestiziden.", "BASF", "diese Sorte erspare", "indirect"),
    # the frame after its content
    ("Der Mafiaboss wurde verhaftet, wie die Nachrichtenagentur ANSA gestern berichtete.", "ANSA",
     "Der Mafiaboss wurde verhaftet", "according_to"),
    ("Seit dem 19. Juni ist die Hauptkamera ausgefallen, das teilte das Institut mit.", "das Institut",
     "die Hauptkamera ausgefallen", "indirect"),
    # a quoted word in what someone calls something is their word
    ("SPD-Innenexperte Wiefelspütz nannte den Bericht eine „Zeitungsente“.", "Wiefelspütz", "Zeitungsente", "direct"),
    ("Der Verband bezeichnete die Pläne als „völlig verfehlt“.", "Der Verband", "völlig verfehlt", "direct"),
    # direct quotations, cue after / before / "so"
    ("„Wir bleiben hier“, sagte Bürgermeister Müller.", "Müller", "Wir bleiben hier", "direct"),
    ("Der Minister sagte: „Die Lage ist ernst.“", "Der Minister", "Die Lage ist ernst", "direct"),
    ("„Das ist ein schwarzer Tag“, so die Vorsitzende der Partei.", "Vorsitzende", "schwarzer Tag", "direct"),
    # a law or a draft as the source of a "nach" frame
    ("Nach dem Grundgesetz ist der Bundeskanzler mit den umfangreichsten Vollmachten ausgestattet.", "Grundgesetz",
     "ist der Bundeskanzler", "according_to"),
    ("Nach dem Gesetzesentwurf der Koalition sollen auch die Jugendämter Zugriff auf die Datenbank erhalten.",
     "Gesetzesentwurf", "sollen auch die Jugendämter", "according_to"),
    # a "wie" frame in the present tense, its separable verb written together
    ("Wie Norman Paech feststellt, ist dies ungewöhnlich.", "Norman Paech", "ist dies ungewöhnlich", "according_to"),
    ("Wie aus einer Mitteilung der ISAF hervorgeht, wurden fünf Zivilisten getötet.", "ISAF",
     "wurden fünf Zivilisten getötet", "according_to"),
    # "Als" before a noun and a verb in second place opens a main clause
    ("Als Begründung gab die Firma an, die Kosten seien zu hoch.", "Firma", "die Kosten seien zu hoch", "indirect"),
    ("Als Beispiel nannte der Trainer das Spiel gegen Aue.", "Trainer", "das Spiel gegen Aue", "reported"),
    # verbs of telling, explaining, calculating, urging and denying with a clause
    ("Ein Augenzeuge erzählte der Nachrichtenagentur Reuters, Anhänger hätten Unterstützer mit Stöcken angegriffen.",
     "Augenzeuge", "Anhänger hätten Unterstützer", "indirect"),
    ("Die Wahlkampfhelfer errechneten, dass beide Kandidaten gleiche Stimmenanteile erreichten.", "Wahlkampfhelfer",
     "dass beide Kandidaten", "indirect"),
    ("Außerdem bemängeln die Kläger, dass die Regierung den Bundesrat ausgeschlossen hat.", "Kläger",
     "dass die Regierung den Bundesrat", "indirect"),
    ("Sie drängten den Premierminister auch, seine Bemühungen zu verstärken.", "Sie",
     "seine Bemühungen zu verstärken", "indirect"),
    ("Monatelang haben die Wiener Linien abgestritten, dass die Sicherheitseinrichtungen nicht sicher genug wären.",
     "Wiener Linien", "dass die Sicherheitseinrichtungen", "indirect"),
    # a subject's certainty or confidence with a copula
    ("Islands Regierung ist dennoch zuversichtlich, im Jahre 2012 Mitglied der EU werden zu können.", "Regierung",
     "Mitglied der EU werden zu können", "indirect"),
    ("Die Studios sind sich der Tatsache bewusst, dass die DVD nicht mehr so zugkräftig ist.", "Studios",
     "dass die DVD nicht mehr", "indirect"),
    # a thesis or hypothesis held is reported
    ("Gysi hatte am Donnerstag die These vertreten, dass die Partei stagniere.", "Gysi", "dass die Partei stagniere",
     "indirect"),
    ("Die Forscher formulierten die Hypothese, dass pflanzliche Nahrung eine größere Rolle spielte.", "Forscher",
     "dass pflanzliche Nahrung", "indirect"),
    # "geht von ... aus": what a source assumes is reported whole
    ("Die Behörden vor Ort gehen von einer Autobombe aus.", "Behörden", "gehen von einer Autobombe aus", "reported"),
    ("Andere Medien berichten von 13 Passagieren und zwei Besatzungsmitgliedern.", "Andere Medien",
     "berichten von 13 Passagieren", "reported"),
    # subject first, auxiliary and a closing participle: the report whole
    ("Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation aufgefordert.", "Union",
     "Die Europäische Union hat die Regierung", "reported"),
    # a "zu" infinitive closing the sentence with no comma before it
    ("Der Hersteller Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.", "Philips",
     "die Preise ab 1. Oktober zu erhöhen", "indirect"),
    ("Frau Hinz hat am 20. Juli angekündigt ihr Bundestagsmandat niederzulegen.", "Frau Hinz",
     "ihr Bundestagsmandat niederzulegen", "indirect"),
    ("Als „unerwartetes Geschenk“ bezeichnet die Archäologin Montserrat Sanz den Fund.", "Archäologin",
     "unerwartetes Geschenk", "direct"),
    ("Die Regierung und die Rebellen einigten sich darauf, dass die Bewohner die Städte verlassen können.",
     "Rebellen", "dass die Bewohner die Städte verlassen können", "indirect"),
    # holding something for likely: the "dass" clause is what is judged
    ("Manche Analysten halten es jedoch für möglich, dass der Kandidat noch antreten könnte.", "Analysten",
     "dass der Kandidat noch antreten könnte", "indirect"),
    ("Die WHO hält es für sehr unwahrscheinlich, dass man sich über das Essen ansteckt.", "WHO",
     "dass man sich über das Essen ansteckt", "indirect"),
    ("Tatsächlich, so betont auch die ermittelnde Polizei, ist dies keine zutreffende Darstellung.", "Polizei",
     "ist dies keine zutreffende Darstellung", "indirect"),
    ("Es wird eine klare Mehrheit gegen die Vorlage geben, nehmen Beobachter allgemein an.", "Beobachter",
     "eine klare Mehrheit gegen die Vorlage", "indirect"),
    # a "so" frame with an adverb or a place of saying after its source, or a relative clause on it
    ("Sein Rivale, so Obama weiter, würde Spenden erhalten.", "Obama", "würde Spenden erhalten", "indirect"),
    ("Doch sei es, so der Schriftsteller Musa Okwanga in einem Blogeintrag auf der Website der Zeitung "
     "„The Independent“, ein Haufen mächtiger Leute gewesen.", "Okwanga", "ein Haufen mächtiger Leute", "indirect"),
    ("Die meisten Heilmethoden sind unwirksam, so das Ergebnis einer gestern vorgestellten Studie der Stiftung "
     "Warentest, in der fast 50 Methoden untersucht wurden.", "Ergebnis", "Heilmethoden sind unwirksam", "indirect"),
    ("»Wir werden nicht nachgeben«, erklärte der Gewerkschaftschef.", "Gewerkschaftschef", "nachgeben", "direct"),
    ("Sie sagte: «Das Urteil ist ein Skandal.»", "Sie", "Urteil", "direct"),
    ("Der Sprecher erklärte dazu: „Wir prüfen den Fall sehr genau.“", "Der Sprecher", "prüfen den Fall", "direct"),
    # indirect speech: dass-clause and Konjunktiv I
    ("Die Polizei teilte mit, dass drei Menschen verletzt worden seien.", "Die Polizei", "dass drei Menschen", "indirect"),
    ("Der Minister betonte, die Regierung müsse schnell handeln.", "Der Minister", "die Regierung müsse", "indirect"),
    ("Ein Sprecher des Auswärtigen Amtes sagte, man prüfe die Berichte.", "Ein Sprecher", "man prüfe die Berichte", "indirect"),
    ("Am Montag erklärte die Staatsanwaltschaft, der Verdächtige habe gestanden.", "die Staatsanwaltschaft",
     "der Verdächtige habe gestanden", "indirect"),
    ("Die Lage sei unter Kontrolle, sagte ein Polizeisprecher.", "Polizeisprecher", "Die Lage sei unter Kontrolle", "indirect"),
    ("Tony Auden, ein Sprecher des Wetterdienstes, wies darauf hin, dass sich der Sturm abgeschwächt habe.",
     "Tony Auden", "dass sich der Sturm", "indirect"),
    ("Wie die Feuerwehr mitteilte, wurden zwei Leichen geborgen.", "die Feuerwehr", "wurden zwei Leichen geborgen",
     "according_to"),
    # indicative content before a cue and speaker that close the sentence
    ("Der Protoplanet ist ungefähr 14-mal so schwer wie Jupiter, erklärte die Astronomin Jane Greaves.",
     "Jane Greaves", "14-mal so schwer", "indirect"),
    # indicative content before a closing cue whose subject follows it
    ("Das Beben erreichte eine hohe Magnitude, teilte der USGS mit.", "USGS", "Das Beben erreichte", "indirect"),
    # a subjunctive clause after a main clause with its own subject, whatever the verb
    ("Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei dafür nicht zuständig.",
     "Die Wahlkommission", "das Gericht sei dafür nicht zuständig", "indirect"),
    # ... also when a "dass" or "ob" clause puts its subjunctive verb far back
    ("Die Gewerkschaft hat kein Verständnis dafür, dass die Firma trotz hoher Gewinne so viele Stellen "
     "streichen wolle.", "Die Gewerkschaft", "so viele Stellen streichen wolle", "indirect"),
    ("Die Vorsitzende des Ausschusses fragte, ob der Minister im Rechtsausschuss auf Fragen zu den Hintergründen "
     "der Entlassung gelogen habe.", "Die Vorsitzende des Ausschusses", "der Minister im Rechtsausschuss",
     "indirect"),
    # source frames
    ("Laut Polizei wurden 20 Menschen festgenommen.", "Polizei", "wurden 20 Menschen festgenommen", "according_to"),
    ("Nach Angaben der Vereinten Nationen sind mehr als 1.000 Menschen geflohen.", "Vereinten Nationen",
     "sind mehr als 1.000 Menschen geflohen", "according_to"),
    ("Dem Bericht zufolge stieg die Zahl der Opfer auf 40.", "Dem Bericht", "stieg die Zahl", "according_to"),
    ("Nach Schätzungen von Experten kostete der Krieg bereits 20 Milliarden Dollar.", "Experten",
     "kostete der Krieg", "according_to"),
    ("In einer Mitteilung des Ministeriums heißt es, die Gespräche seien gescheitert.", "Ministeriums",
     "die Gespräche seien gescheitert", "indirect"),
    ("Seiner Meinung nach hätte die Regierung früher handeln müssen.", "Seiner Meinung",
     "hätte die Regierung früher handeln müssen", "according_to"),
    # a quoted name as the source, after its article or in a compound
    ("Seit dem 19. Juni ist die Hauptkamera ausgefallen, das teilte das „Space Telescope Science Institute“ "
     "(STSI) mit.", "Space Telescope", "die Hauptkamera ausgefallen", "indirect"),
    ("Denn wie die „Bild“-Zeitung berichtete, leidet der Schauspieler an Alzheimer.", "„Bild“",
     "leidet der Schauspieler", "according_to"),
    # a source in a prepositional phrase: "aus X hervorgehen", "sich aus X ergeben"
    ("Fresenius plant eine Umwandlung in eine europäische Gesellschaft. Dies geht aus einer Pressemitteilung "
     "des Konzerns hervor.", "Pressemitteilung des Konzerns", "Fresenius plant eine Umwandlung", "indirect"),
    ("Wie sich aus der Auswertung des Bodenradars ergab, hatte der Kopilot versucht durchzustarten.",
     "Auswertung des Bodenradars", "hatte der Kopilot versucht", "according_to"),
    # reported speech: the verb's object
    ("Der russische Präsident bestätigte die Beteiligung ausländischer Truppen an den Kämpfen.", "Präsident",
     "Beteiligung ausländischer Truppen", "reported"),
    # a name after a dash signs the quotation
    ("„Wir schaffen das, und zwar gemeinsam.“ – Angela Merkel\n\nDer Rest des Artikels.", "Angela Merkel",
     "Wir schaffen das", "direct"),
    # a block quotation introduced by the paragraph before
    ("Die Kanzlerin erklärte am Montag:\n\n„Wir werden die Steuern senken, und zwar schnell.“", "Die Kanzlerin",
     "Steuern senken", "direct"),
    ("Dazu sagte der Minister:\n\n„Wir werden die Renten erhöhen, und zwar bald.“", "der Minister",
     "Renten erhöhen", "direct"),
    # free indirect speech continuing a report
    ("Der Minister sagte, die Lage sei ernst. Man habe alle Kräfte mobilisiert.", "Der Minister",
     "Man habe alle Kräfte mobilisiert", "free_indirect"),
]

# sentences without a statement
NEGATIVE = [
    "Der Zug kam um acht Uhr in Berlin an.",
    "Die Ausstellung „Kunst und Krieg“ ist bis Mai geöffnet.",  # a title in quotation marks
    "So konnte die Polizei die Täter schnell fassen.",  # "So" as an adverb, not a frame
    "Nach dem Spiel fuhren die Fans nach Hause.",  # "nach" without a source noun
    "Nordkorea hat 11.000 Soldaten nach Russland geschickt.",  # "Soldaten nach": a preposition
    "Die Zahl dieser Personen wird auf etwa 400.000 geschätzt, die meisten leben in Frankreich.",
    "Er las das Buch „Der Prozess“ in einer Nacht.",
    "Nach den Nachrichten fuhr er nach Hause.",  # "nach" in time, not a source
    "Nach der Ankündigung stieg der Kurs der Aktie.",
    "Er kaufte das Haus, das der Vater gebaut hatte.",
    "Er kaufte das Haus, wäre es billiger gewesen.",  # Konjunktiv II alone is no report
    "Die Brücke wurde wie geplant im Mai eröffnet.",
    "Er hat dem Verein das Geld gegeben.",
    # a source noun in the genitive of another head makes no "nach" frame
    "Nach der Ablehnung der EU-Verfassung ist nun auch der Versuch gescheitert.",
    "Nach Abschluss der Ermittlungen beantragte die Staatsanwaltschaft einen Prozess.",
    # the writer's own uncertainty, and certainty with no clause
    "Es ist unklar, ob noch Menschen in den Trümmern liegen.",
    "Die Mannschaft ist zuversichtlich.",
    # "nehmen ... an" accepting a thing or taking part
    "Der Verein nahm das Angebot der Stadt an.",
    # a court's sentence is no statement
    "Das Amtsgericht hat den Mann am Montag zu einer Geldstrafe verurteilt.",
    # "einigen" as a determiner is no cue
    "Seit einigen Jahren kommen weniger Touristen, die Hotels stehen leer.",
    # a threat of things, not of people
    "Der Frachter droht am Riff auseinanderzubrechen.",
    # the same verbs with no clause of what was said
    "Der Großvater erzählte den Kindern eine lange Geschichte.",
    "Die Menschen drängten in den Saal.",
    # holding something for likely, with no clause of what is judged
    "Die Firma hält es für ihre Pflicht, die Kunden zu schützen.",
    "Die Stadt hält es für möglich.",
    # "so" as an adverb before a verb names no source
    "Es regnete stark, so konnte die Feuerwehr den Brand in der Stadt schnell löschen.",
]


def _find(analysis, content):
    return [s for s in analysis.statements if any(content in c.text for c in s.content)]


@pytest.mark.parametrize("text,speaker,content,kind", POSITIVE, ids=[r[0][:40] for r in POSITIVE])
def test_statement_found(text, speaker, content, kind):
    a = sayso.analyze(text, lang="de")
    found = _find(a, content)
    assert found, f"no statement with {content!r}: {[s.to_dict() for s in a.statements]}"
    st = found[0]
    if speaker is None:
        assert st.speaker is None
    else:
        assert st.speaker is not None and speaker in st.speaker.text, st.to_dict()
    assert st.kind == kind, st.to_dict()
    assert a.check_offsets() == []


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_no_statement(text):
    a = sayso.analyze(text, lang="de")
    assert a.statements == (), [s.to_dict() for s in a.statements]


def test_unbalanced_quote_does_not_swallow_the_article():
    text = "Er sagte: „Wir kommen morgen. " + "Die Sitzung dauerte lange. " * 50 + "„Das ist gut“, sagte sie."
    a = sayso.analyze(text, lang="de")
    assert any("Das ist gut" in c.text for s in a.statements for c in s.content)
    assert all(len(c.text) < 200 for s in a.statements for c in s.content)


def test_interrupted_quote_keeps_both_halves():
    text = "Die Kämpfe, so der russische Führer, „haben ihr Leben für Russland gegeben“."
    a = sayso.analyze(text, lang="de")
    assert any(s.speaker and "russische Führer" in s.speaker.text for s in a.statements)


# where a content clause ends: (text, content contains, content must not contain)
BOUNDARIES = [
    # a relative clause on the speaker of a "so" frame is no content; the sentence may resume after it
    ("Oftmals habe der Mann gewartet, so Celebi, die auch angab, dass ihre Mandantin die Polizei gerufen habe.",
     "Oftmals habe der Mann gewartet", "ihre Mandantin"),
    ("Vom 2. April bis zum 20. Juni, so Müller, der bei der Stelle arbeitet, seien 29.547 Juden deportiert worden.",
     "seien 29.547 Juden", "bei der Stelle"),
    # a relative clause on the source of a "nach" frame is no content
    ("Nach offiziellen chinesischen Angaben, die aber nicht überprüft werden können, waren die meisten Opfer "
     "Han-Chinesen.", "die meisten Opfer", "überprüft"),
    # a cue verb that closes the content clause is its own verb, no new report
    ("Die USA befürchten, dass Kenia ein großangelegter Anschlag droht.", "dass Kenia", "Die USA"),
    ("Die Forscher meinen, dass die Zahlen höher liegen als bisher angenommen.", "als bisher angenommen",
     "Die Forscher"),
    # a sentence-final "so" frame: the relative clause on its source is not content, nor a quotation after a colon
    ("Die meisten Heilmethoden sind unwirksam, so das Ergebnis einer Studie der Stiftung Warentest, in der fast "
     "50 Methoden untersucht wurden.", "Heilmethoden sind unwirksam", "50 Methoden"),
    ("Die Lage sei ernst, so der Minister weiter: „Wir haben keine Zeit mehr zu verlieren.“", "Die Lage sei ernst",
     "keine Zeit"),
    # the clause's words before a postposed source are content, the source is not
    ("Unter den Passagieren befanden sich Berichten zufolge etwa 75 Schulkinder.", "Unter den Passagieren",
     "Berichten"),
    # a fronted subordinate clause holds the content; the main clause (verb first) is not said
    ("Während die USA betonen, dass solche Aktionen gegen internationales Recht verstoßen, stellt der Kreml "
     "die Situation anders dar.", "gegen internationales Recht verstoßen", "stellt der Kreml"),
    ("Als die Polizei mitteilte, dass der Täter gefasst sei, atmeten die Anwohner auf.", "der Täter gefasst sei",
     "atmeten"),
    # negatives: a relative clause or an apposition inside the content is kept
    ("Während die Regierung betont, dass die Preise, die zuletzt stiegen, bald sinken würden, bleiben "
     "Ökonomen skeptisch.", "die zuletzt stiegen", "bleiben Ökonomen"),
    # a cue verb that closes the content clause is the verb of what was said ...
    ("Die Zeitung meldete, der Verein habe den Zusammenhang ihr gegenüber bestätigt.", "gegenüber bestätigt",
     "meldete"),
    ("Nach Angaben der Polizei hatten sich die Vorwürfe gegen den Mann nicht bestätigt.", "nicht bestätigt",
     "Polizei"),
    ("Die Polizei geht davon aus, dass der Einbruch von derselben Bande ausgeführt wurde.", "ausgeführt wurde",
     "Polizei"),
    # ... and so is one closing a subordinate clause of the content
    ("Die Vereinten Nationen teilten mit, es sei unklar, wer den Angriff ausgeführt habe.", "ausgeführt habe",
     "Vereinten"),
    ("Der Kommissar verweist darauf, dass die Kommission sich nicht zu Gesetzen äußern könne, da diese noch "
     "geändert würden.", "äußern könne, da", "Kommissar"),
    # ... one after a comma reports on its own
    ("Die Polizei geht davon aus, dass die Täter ins Ausland geflohen sind, bestätigte ein Sprecher.",
     "geflohen sind", "bestätigte"),
    # a purpose clause is part of what was said, a long one too ...
    ("Die Vereinten Nationen forderten, einen Korridor einzurichten, um Hilfe in wesentlich größerem Maßstab als "
     "bisher und über mehrere Wochen hinweg in die betroffenen Gebiete des Landes zu bringen.",
     "über mehrere Wochen hinweg", "Die Vereinten Nationen"),
    # ... unless the writer chains a further aim to it
    ("Experten des Instituts schätzen, dass Nordkorea den Konflikt als Testgelände nutzt, um den eigenen "
     "Militärbestand zu erproben und weiterzuentwickeln, mit dem Ziel, seine Positionen auf der internationalen "
     "Bühne zu stärken.", "als Testgelände nutzt", "mit dem Ziel"),
    # ... and a short one
    ("Der Minister sagte, dass die Regierung die Steuern deutlich senken werde, um Familien zu entlasten.",
     "um Familien zu entlasten", "Der Minister"),
    # indicative content before a closing cue, past an apposition or a prepositional adjunct
    ("Vor dem Absturz wurde kein Notsignal gesendet, teilte der Direktor der Behörde, Bagus Puruhito, mit.",
     "kein Notsignal gesendet", "Puruhito"),
    ("Die Polizei hat drei Verdächtige festgenommen, berichtet die Zeitung unter Berufung auf Ermittler.",
     "drei Verdächtige festgenommen", "unter Berufung"),
    # a clause opening with its finite verb before a frame has its first place before the comma
    ("Ob die Firma den Betrieb wieder aufnimmt, entscheidet sich nach Angaben des Ministeriums in der nächsten "
     "Woche.", "Ob die Firma", "Ministeriums"),
    # negatives: a clause with a subject of its own (a relative, a pronoun) starts the content
    ("Die Polizei nahm drei Männer fest, die nach Angaben der Staatsanwaltschaft geständig sind.", "geständig",
     "nahm drei Männer"),
    ("Die Polizei nahm drei Männer fest, sie sind nach Angaben der Staatsanwaltschaft geständig.", "geständig",
     "nahm drei Männer"),
    # a subjunctive sentence opening with a subordinate clause or a phrase is reported whole ...
    ("Die Ministerin sagte, die Lage sei ernst. Da das Kraftwerk heruntergefahren wurde, sei es zu Problemen "
     "gekommen.", "Da das Kraftwerk", "Die Ministerin"),
    ("Die Ministerin sagte, die Lage sei ernst. In vielen Teilen des Landes, besonders im Osten, hätten Helfer "
     "keinen Zugang.", "In vielen Teilen", "Die Ministerin"),
    # ... after a main clause of its own, only the subjunctive clause is
    ("Die Ministerin sagte, die Lage sei ernst. Der Minister widersprach indessen, es sei nichts passiert.",
     "es sei nichts passiert", "widersprach"),
    # free indirect speech ends at a colon that opens a quotation: the quotation is a statement of its own
    ("Die Ministerin sagte, die Lage sei ernst. Queensland sei Neuseeland zu Dank verpflichtet: „Sie haben uns "
     "Helfer geschickt.“", "zu Dank verpflichtet", "Helfer geschickt"),
    # negative: a colon inside the subjunctive sentence, with no quotation after it, ends nothing
    ("Die Ministerin sagte, die Lage sei ernst. Es gebe zwei Gründe: Geld und Zeit.", "Es gebe zwei Gründe",
     "Die Ministerin"),
    # a subjunctive continuation whose subject carries a relative clause is the whole sentence ...
    ("Der Senator kritisierte die Notenbank. Risikoreiche Geschäfte der Banken, die zur Krise geführt hätten, "
     "seien nicht unterbunden worden.", "Risikoreiche Geschäfte der Banken", "Der Senator"),
    # ... while a relative clause on an object after the verb stays the report on its own
    ("Der Präsident sprach in Kabul. Er forderte eine neue Strategie, die darin bestehen solle, den Afghanen "
     "zu vertrauen.", "die darin bestehen solle", "Er forderte"),
    # a "so" frame reports what follows the colon before it, not the clause the colon closes
    ("Doch die Richterin ließ sich auf keinen Kompromiss ein: Eine Strafe sei nicht vermittelbar, so Ute Bader.",
     "Eine Strafe sei nicht vermittelbar", "Kompromiss"),
]


@pytest.mark.parametrize("text,inside,outside", BOUNDARIES, ids=[r[0][:40] for r in BOUNDARIES])
def test_content_boundary(text, inside, outside):
    a = sayso.analyze(text, lang="de")
    found = _find(a, inside)
    assert found, f"no statement with {inside!r}: {[s.to_dict() for s in a.statements]}"
    assert all(outside not in c.text for c in found[0].content), found[0].to_dict()


@pytest.mark.parametrize("text", [
    "„Eine Katastrophe für alle Beteiligten.“ – Kritiker sehen das anders.",  # a new clause, not a signature
    "„Eine Katastrophe für alle Beteiligten.“ – und das war erst der Anfang.",
])
def test_dash_without_signature_names_no_speaker(text):
    a = sayso.analyze(text, lang="de")
    assert all(s.evidence != "de:quote+dash-name" for s in a.statements), [s.to_dict() for s in a.statements]


# a quotation inside free indirect speech is also a direct statement of the same speaker;
# (text, quoted words, whether a direct statement of them is expected)
NESTED = [
    ("Der Minister sagte, die Lage sei ernst. Die Mittel seien „völlig unrealistisch“ geplant.",
     "völlig unrealistisch", True),
    ("Die Polizei teilte mit, der Täter sei gefasst. Er habe „aus reiner Wut“ gehandelt, hieß es weiter.",
     "aus reiner Wut", True),
    # one quoted word is a label, not a statement
    ("Der Minister sagte, die Lage sei ernst. Die Mittel seien „unrealistisch“ geplant.",
     "unrealistisch", False),
]


@pytest.mark.parametrize("text,quoted,expected", NESTED, ids=[r[1] for r in NESTED])
def test_quotation_nested_in_free_indirect_speech(text, quoted, expected):
    a = sayso.analyze(text, lang="de")
    direct = [s for s in a.statements if s.kind == "direct" and any(c.text == f"„{quoted}“" for c in s.content)]
    assert bool(direct) == expected, [s.to_dict() for s in a.statements]
    if expected:
        parent = next(s for s in a.statements if s is not direct[0] and any(quoted in c.text for c in s.content))
        assert direct[0].speaker == parent.speaker


@pytest.mark.parametrize("text", [
    "„Uncle Ted“, wie der Senator genannt wurde, war bekannt für sein Geschick.",  # a name, not a report
    "Es folgte ein Schlusswort, das so beeindruckend klang, wie man es nicht erwartet hatte.",
    "Die Preise stiegen stark, wie erwartet wurde.",
])
def test_wie_clause_that_is_no_source(text):
    a = sayso.analyze(text, lang="de")
    assert all(s.evidence != "de:wie-frame-after" for s in a.statements), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,speaker", [
    ("Angela Merkel: Wir schaffen das und bleiben dabei.", "Angela Merkel"),
    ("BERLIN: Die Polizei hat drei Menschen festgenommen.", None),  # a dateline
    ("Neue Studie: Kaffee ist gesünder als gedacht.", None),
])
def test_speaker_label_at_paragraph_start(text, speaker):
    a = sayso.analyze(text, lang="de")
    labels = [s.speaker.text for s in a.statements if s.evidence == "de:speaker-label"]
    assert labels == ([speaker] if speaker else []), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text", [
    "Er kaufte das Haus, das der Vater gebaut habe.",  # a relative clause, not a reported one
    "Am Montag, an dem es regnete, sei er gekommen.",  # no subject before the comma
    # a long "dass" clause in the indicative reports no one
    "Die Gewerkschaft hat kein Verständnis dafür, dass die Firma trotz hoher Gewinne so viele Stellen "
    "streichen will.",
    # a "dass" clause with its subjunctive opening the sentence: no main clause before it
    "Dass mit Frankreich und Deutschland ein dritter europäischer Kandidat keine Chance habe, glaubt niemand.",
])
def test_subjunctive_clause_without_its_own_reporter(text):
    a = sayso.analyze(text, lang="de")
    assert all(s.evidence != "de:clause+subjunctive" for s in a.statements), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,clause", [
    ("Er rief in Buenos Aires an, um sein Zeitungsabo zu kündigen.", "um sein Zeitungsabo"),
    ("Die Fluglotsen hatten den Hubschrauber gemeldet, nachdem er nicht mehr zu sehen war.", "nachdem er"),
])
def test_adverbial_clause_after_a_cue_is_no_content(text, clause):
    a = sayso.analyze(text, lang="de")
    assert all(not c.text.startswith(clause) for s in a.statements for c in s.content), \
        [s.to_dict() for s in a.statements]


def test_subjunctive_clause_after_a_subordinator_is_content():
    a = sayso.analyze("Der Minister widersprach, weil die Zahlen falsch seien.", lang="de")
    assert any(c.text.startswith("weil die Zahlen") for s in a.statements for c in s.content), \
        [s.to_dict() for s in a.statements]


def test_subjunctive_sentence_far_from_any_speaker_is_reported():
    text = ("Der Bundeskanzler reiste nach Brüssel. Am Abend gab es ein Essen. Als Ersatz wollen die G7-Staaten "
            "sich nun in Brüssel treffen. Eine erneute Aufnahme sei erst möglich, wenn Russland seinen Kurs ändere.")
    a = sayso.analyze(text, lang="de")
    found = [s for s in a.statements if s.content[0].text.startswith("Eine erneute Aufnahme sei")]
    assert found and found[0].kind == "free_indirect" and found[0].speaker is not None, \
        [s.to_dict() for s in a.statements]


def test_subjunctive_sentence_with_no_source_anywhere_is_dropped():
    a = sayso.analyze("Am Abend gab es ein Essen. Eine erneute Aufnahme sei erst möglich.", lang="de")
    assert a.statements == (), [s.to_dict() for s in a.statements]


# a report that quotes some of its words is a report and, besides, a direct statement of the
# quotation, as the annotation counts both; (text, report contains, quotation or None when the
# words are all quoted and the statement is just direct)
FRAMED_QUOTES = [
    ("Sie sei „vollkommen geschockt“ über das Geschehen, sagte die Königin.", "über das Geschehen",
     "„vollkommen geschockt“"),
    # mostly quoted: one word of the frame outside the quotation still makes the clause a report
    ("Karsai sagte, er sei „ein Opfer des Terrorismus und der Gewalt der Taliban“.", "er sei",
     "„ein Opfer des Terrorismus und der Gewalt der Taliban“"),
    ("Die Königin bat Key, ihre „tiefe Anteilnahme den Familien der Opfer zu übermitteln“.", "ihre",
     "„tiefe Anteilnahme den Familien der Opfer zu übermitteln“"),
    # negative: nothing outside the quotation, so no report besides the direct statement
    ("Der Minister sagte: „Die Lage ist ernst.“", None, "„Die Lage ist ernst.“"),
]


@pytest.mark.parametrize("text,report,quotation", FRAMED_QUOTES, ids=[r[0][:40] for r in FRAMED_QUOTES])
def test_report_quoting_some_words_is_also_a_direct_statement(text, report, quotation):
    a = sayso.analyze(text, lang="de")
    direct = [s for s in a.statements if s.kind == "direct" and [c.text for c in s.content] == [quotation]]
    assert direct, [s.to_dict() for s in a.statements]
    reports = [s for s in a.statements if s.kind != "direct"]
    if report is None:
        assert reports == [], [s.to_dict() for s in a.statements]
    else:
        assert any(report in c.text and quotation in c.text for s in reports for c in s.content), \
            [s.to_dict() for s in a.statements]
        assert reports[0].speaker == direct[0].speaker


# content before a cue whose clause opens with the participle's auxiliary: (text, content, speaker);
# speaker None = no statement with that content (indicative content needs the cue to close the
# sentence with the verb first; "hatte aber nichts gesagt" continues the subject before the comma)
AUX_FIRST = [
    ("Es drohe ein Wettlauf der Rüstung, hatte Obama bei seinem Treffen gesagt.", "Es drohe ein Wettlauf", "Obama"),
    ("Die Stadt sei sicher, hat der Bürgermeister am Montag betont.", "Die Stadt sei sicher", "der Bürgermeister"),
    ("Die Polizei kam am Abend, hatte aber nichts gesagt.", "Die Polizei kam", None),
]


@pytest.mark.parametrize("text,content,speaker", AUX_FIRST, ids=[r[0][:40] for r in AUX_FIRST])
def test_content_before_auxiliary_first_cue(text, content, speaker):
    a = sayso.analyze(text, lang="de")
    found = _find(a, content)
    if speaker is None:
        assert found == [], [s.to_dict() for s in a.statements]
    else:
        assert found and found[0].speaker is not None and speaker in found[0].speaker.text, \
            [s.to_dict() for s in a.statements]


# a main clause in the indicative after a verb of saying and its subject is what was said;
# after a verb of stance, a relative or adverbial clause it is not: (text, content, found)
SAID_CLAUSES = [
    ("In Brüssel sagte Rice, die USA hielten sich an die Konvention.", "die USA hielten sich", True),
    ("Der Minister sagte, er kommt morgen nach Berlin.", "er kommt morgen", True),
    ("Er sagte, die sich beteiligenden Länder kamen nicht.", "die sich beteiligenden", False),
    ("Der Minister hofft, die Regierung kommt morgen.", "die Regierung kommt", False),
    ("Der Minister sagte, wenn es regnet, kommt er nicht.", "wenn es regnet", False),
]


@pytest.mark.parametrize("text,content,found", SAID_CLAUSES, ids=[r[0][:40] for r in SAID_CLAUSES])
def test_indicative_clause_after_verb_of_saying(text, content, found):
    a = sayso.analyze(text, lang="de")
    assert bool(_find(a, content)) == found, [s.to_dict() for s in a.statements]


# Konjunktiv I of verbs the list lacks continues a report; adjectives, first persons, past tenses
# and imperatives spelled alike do not: (text, continuation, continues)
LEXICAL_SUBJUNCTIVE = [
    ("Der Sprecher sagte, die Lage sei ernst. Daran ändere auch der Zwischenfall nichts.",
     "Daran ändere", True),
    ("Der Sprecher sagte, die Lage sei ernst. Der Zugriff über die Website funktioniere weiterhin.",
     "Der Zugriff", True),
    ("Der Sprecher sagte, die Lage sei ernst. Die große Halle blieb geschlossen.", "Die große Halle", False),
    ("Der Sprecher sagte, die Lage sei ernst. Ich glaube nicht an einen Krieg.", "Ich glaube", False),
    ("Der Sprecher sagte, die Lage sei ernst. Das berichtete die Zeitung am Montag.", "Das berichtete", False),
    ("Der Sprecher sagte, die Lage sei ernst. Der Sturm zog nach Norden (siehe Karte).", "Der Sturm", False),
]


@pytest.mark.parametrize("text,continuation,continues", LEXICAL_SUBJUNCTIVE,
                         ids=[r[1] for r in LEXICAL_SUBJUNCTIVE])
def test_subjunctive_of_unlisted_verbs_continues_a_report(text, continuation, continues):
    a = sayso.analyze(text, lang="de")
    found = [s for s in a.statements if s.content[0].text.startswith(continuation)]
    assert bool(found) == continues, [s.to_dict() for s in a.statements]
    if continues:
        assert found[0].kind == "free_indirect" and found[0].speaker is not None, found[0].to_dict()


def test_infinitive_clause_before_a_subjunctive_belongs_to_the_report():
    text = ("Der Sprecher sagte, die Lage sei ernst. Der Versuch des Präsidenten, sich an der Macht zu halten, "
            "werfe einen dunklen Schatten über das Land.")
    a = sayso.analyze(text, lang="de")
    assert any(s.content[0].text.startswith("Der Versuch des Präsidenten") for s in a.statements), \
        [s.to_dict() for s in a.statements]


# a report continued by a sentence whose own main clause frames the subjunctive clause: the report
# is the clause, even with a quoted phrase inside it or a "zu" infinitive in the main clause;
# (text, content starts with, content must not contain)
CONTINUED_CLAUSES = [
    ("Der Konzern sagte, die Lage sei ernst. Ein Manager ließ damals durchblicken, dass ein neues "
     "„Zentrum für Antriebe“ entstehen solle.", "dass ein neues", "durchblicken"),
    ("Die Partei sagte, die Lage sei ernst. SPD und Linken war es wichtig zu betonen, dass der Wohnraum "
     "nicht zu teuer werden dürfe.", "dass der Wohnraum", "wichtig"),
]


@pytest.mark.parametrize("text,start,outside", CONTINUED_CLAUSES, ids=[r[1] for r in CONTINUED_CLAUSES])
def test_continued_report_is_the_framed_clause(text, start, outside):
    a = sayso.analyze(text, lang="de")
    found = [s for s in a.statements if s.content[0].text.startswith(start)]
    assert found and all(outside not in c.text for c in found[0].content), [s.to_dict() for s in a.statements]


# verbs of finding, deciding, advising and assuming take their clause as content; without one they
# report nothing: (text, speaker, content contains) or (text, None, None) for none
CLAUSE_VERBS = [
    ("Die Forscher fanden heraus, dass die Pflanzen älter sind.", "Die Forscher", "dass die Pflanzen"),
    ("Das Ministerium legte fest, dass dreißig Wale gejagt werden dürfen.", "Das Ministerium", "dass dreißig Wale"),
    ("Sonthi schloss nicht aus, dass ein Offizier das Amt übernehmen könnte.", "Sonthi", "dass ein Offizier"),
    ("Die Anwältin riet der Frau, sofort die Polizei zu rufen.", "Die Anwältin", "sofort die Polizei zu rufen"),
    ("Nun vermelden chinesische Medien, dass die Betriebe Aufträge erwarten.", "chinesische Medien",
     "dass die Betriebe"),
    ("Die Wissenschaftler waren davon ausgegangen, dass die Menschen Fleisch aßen.", "Die Wissenschaftler",
     "dass die Menschen"),
    ("Die Verantwortlichen überlegten kurz, den Shuttle in den Hangar zu bringen.", "Die Verantwortlichen",
     "den Shuttle in den Hangar"),
    ("Die Regierung hatte darüber spekuliert, ihren Einfluss auf den Konzern zu erhöhen.", "Die Regierung",
     "ihren Einfluss auf den Konzern"),
    ("Er bemängelte, dass die Behörden nichts unternommen hätten.", "Er", "dass die Behörden"),
    ("Das Treffen fand am Montag in Berlin statt.", None, None),
    ("Er dachte an seine Familie.", None, None),
    ("Das Gericht urteilte am Montag in Karlsruhe.", None, None),
    ("Er schloss die Tür am Abend ab.", None, None),
    ("Der Vorstand legte die Termine für das Jahr fest.", None, None),
]


@pytest.mark.parametrize("text,speaker,content", CLAUSE_VERBS, ids=[r[0][:40] for r in CLAUSE_VERBS])
def test_clause_taking_verbs(text, speaker, content):
    a = sayso.analyze(text, lang="de")
    if content is None:
        assert a.statements == (), [s.to_dict() for s in a.statements]
        return
    found = _find(a, content)
    assert found and found[0].speaker is not None and speaker in found[0].speaker.text, \
        [s.to_dict() for s in a.statements]


def test_assumption_in_the_passive_has_no_speaker():
    a = sayso.analyze("Es wird angenommen, dass die Behörde Anklage wegen Mordes erheben wird.", lang="de")
    found = _find(a, "dass die Behörde")
    assert found and found[0].speaker is None, [s.to_dict() for s in a.statements]


# news that became known ("wurde bekannt, dass ...") is reported with no speaker; "bekannt"
# without a form of "werden" beside it, or without a content clause, reports nothing:
# (text, content contains) or (text, None)
BECAME_KNOWN = [
    ("Im Mai wurde bekannt, dass die Sparte verkauft werden soll.", "dass die Sparte"),
    ("Allerdings wurde inzwischen auch bekannt, dass auf dem Flughafen kein Radar vorhanden ist.",
     "dass auf dem Flughafen"),
    ("Zuvor war schon bekannt geworden, dass in der Türkei Fälle aufgetreten sind.", "dass in der Türkei"),
    ("Wie gestern bekannt wurde, befindet sich unter den Opfern der Politiker Ted Stevens.", "unter den Opfern"),
    ("Der Sänger wurde bekannt als Star der Jugend.", None),
    ("Die Firma ist in der Stadt bekannt, weil sie viele Menschen beschäftigt.", None),
    ("Der Konzern gab die Zahlen am Montag bekannt.", None),
]


@pytest.mark.parametrize("text,content", BECAME_KNOWN, ids=[r[0][:40] for r in BECAME_KNOWN])
def test_news_that_became_known(text, content):
    a = sayso.analyze(text, lang="de")
    if content is None:
        assert not [s for s in a.statements if s.kind != "reported"], [s.to_dict() for s in a.statements]
        return
    found = _find(a, content)
    assert found and found[0].speaker is None and "bekannt" in found[0].cue.text, [s.to_dict() for s in a.statements]


# a frame clause with an apposition of its own segment before the verb ("Wie X, Name, in Y
# mitteilte, ..."): the clause is the frame, the main clause after it the content, and no cue of
# the main clause takes the frame clause as its content
APPOSITION_FRAMES = [
    ("Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte, sieht Wiedeking in dem "
     "Gesetz eine Benachteiligung.", "Bevollmächtigte", "eine Benachteiligung", "Wie der Bevollmächtigte"),
    ("Wie ein Vertreter des Konzerns, EADS, heute mitteilte, sei der Auftrag verloren.", "Vertreter",
     "der Auftrag verloren", "Wie ein Vertreter"),
]


@pytest.mark.parametrize("text,speaker,content,not_content", APPOSITION_FRAMES,
                         ids=[r[0][:40] for r in APPOSITION_FRAMES])
def test_frame_clause_with_apposition(text, speaker, content, not_content):
    a = sayso.analyze(text, lang="de")
    found = _find(a, content)
    assert found and found[0].speaker is not None and speaker in found[0].speaker.text, \
        [s.to_dict() for s in a.statements]
    assert not _find(a, not_content), [s.to_dict() for s in a.statements]


# frames this round adds: "demnach" inside its clause, a relative clause on a source ("Gerüchte,
# nach denen ..."), "es heißt", "verlangen", "gestand ein", a particle after an apposition:
# (text, speaker contains or None, content contains); negatives: (text, None, None)
MORE_FRAMES = [
    ("Der Abzug der Truppen soll demnach nur parallel zur Stationierung erfolgen.", "demnach",
     "nur parallel zur Stationierung"),
    # (the speaker model may name the source "demnach" points back to)
    ("Laut Presseberichten ist er heute 24 Jahre alt; demnach wäre er damals erst 16 gewesen.", None,
     "wäre er damals erst 16"),
    ("Es gibt auch Gerüchte, nach denen Barrett an Krebs litt.", "denen", "Barrett an Krebs litt"),
    ("Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt worden war.", "dem",
     "das Kind misshandelt"),
    ("Die Zahlen wurden später präzisiert und es heißt nun, dass 22 Zivilisten getötet wurden.", None,
     "dass 22 Zivilisten"),
    ("Unterdessen verlangen die Grünen, dass sich der Ausschuss mit dem Thema befasst.", "die Grünen",
     "dass sich der Ausschuss"),
    ("Der Innenminister gestand ein, dass die Regierung überwältigt wurde.", "Der Innenminister",
     "dass die Regierung"),
    ("Thaçi geht nach einem Treffen mit dem Leiter, Joachim Rücker, davon aus, dass die Staaten zustimmen "
     "würden.", None, "dass die Staaten zustimmen"),
    # a party in brackets after a name stays inside the cue's clause
    ("Sie warf dem Bundesinnenminister Wolfgang Schäuble (CDU) vor, die Daten aller Bürger zu missbrauchen.", "Sie",
     "die Daten aller Bürger zu missbrauchen"),
    ("Das Spiel ging in die Pause, nach der die Borussia stärker wurde.", None, None),
    ("Das Haus hatte dort lange gestanden.", None, None),
    ("Die Preise verlangen den Kunden viel ab.", None, None),
]


@pytest.mark.parametrize("text,speaker,content", MORE_FRAMES, ids=[r[0][:40] for r in MORE_FRAMES])
def test_more_frames(text, speaker, content):
    a = sayso.analyze(text, lang="de")
    if content is None:
        assert a.statements == (), [s.to_dict() for s in a.statements]
        return
    found = _find(a, content)
    assert found, [s.to_dict() for s in a.statements]
    if speaker is not None:
        assert found[0].speaker is not None and speaker in found[0].speaker.text, found[0].to_dict()
    # the content starts with the clause, not with an apposition before the particle
    assert "Rücker" not in found[0].content[-1].text, found[0].to_dict()


# a noun of saying or stance with its content clause after a comma reports that clause; its source
# is a genitive after the noun, else the sentence's subject: (text, speaker or None, content contains);
# nouns that are the writer's (Möglichkeit, Tatsache), or a relative clause on the noun, report nothing
NOUN_CUES = [
    ("Hugo Chávez vertritt wie Fidel Castro die Ansicht, dass die Produktion zu mehr Hunger führen wird.",
     "Hugo Chávez", "dass die Produktion"),
    ("Trotz der Ankündigung ihres Trainers, Greg Poss, die Zusammenarbeit zu beenden, kann die Mannschaft siegen.",
     "Poss", "die Zusammenarbeit zu beenden"),
    ("Seit dem Jahr 2015 gab es Hinweise, dass Jugendliche angeworben wurden.", None, "dass Jugendliche"),
    ("Abhisit machte außerdem zur Bedingung, dass die Rothemden ihre Proteste beenden.", "Abhisit",
     "dass die Rothemden"),
    ("Es besteht die Möglichkeit, dass der Zug später kommt.", None, None),
    ("Die Tatsache, dass er kam, freute alle.", None, None),
    ("Die Forderung, die er stellte, war hoch.", None, None),
    ("Die Forderung der Gewerkschaft wurde abgelehnt.", None, None),
]


@pytest.mark.parametrize("text,speaker,content", NOUN_CUES, ids=[r[0][:40] for r in NOUN_CUES])
def test_noun_cues(text, speaker, content):
    a = sayso.analyze(text, lang="de")
    if content is None:
        assert not [s for s in a.statements if s.evidence == "de:noun-cue"], [s.to_dict() for s in a.statements]
        return
    found = _find(a, content)
    assert found, [s.to_dict() for s in a.statements]
    if speaker is not None:
        assert found[0].speaker is not None and speaker in found[0].speaker.text, found[0].to_dict()
    # the content ends where the main clause resumes
    assert all("Mannschaft" not in c.text for c in found[0].content), found[0].to_dict()


# a "soll ... sein" claim right after a report continues it; "soll ... werden" is mostly a plan,
# and a denial or an expectation of an object ("bestritt jede Mitwisserschaft") is rarely annotated
# as reported speech: (text, content that must be a statement or None, content that must not be)
CLAIMS_AND_OBJECTS = [
    ("Die Polizei nahm den Mann fest. Er soll zuvor mehrere Autos beschädigt haben.", "mehrere Autos beschädigt",
     None),
    ("Die Polizei nahm den Mann fest. Die A1 soll in diesem Abschnitt sechsspurig ausgebaut werden.", None,
     "sechsspurig ausgebaut"),
    # casualties a disaster claimed are no demand; "sprechen für" without "sich" is no one speaking
    ("In Vietnam forderte die Naturkatastrophe 92 Menschenleben.", None, "Menschenleben"),
    ("Die Opposition forderte eine Entschädigung der Opfer.", "Entschädigung der Opfer", None),
    ("Die Arithmetik und der Kalender sprechen für Romney.", None, "für Romney"),
    ("Der Minister sprach sich für einen Kompromiss aus.", "einen Kompromiss", None),
    # a causal or conditional clause in the indicative before the verb is the writer's reason, no content
    ("Selbst wenn die Frau als Heranwachsende gesehen wird, droht ihr eine lange Freiheitsstrafe.", None,
     "als Heranwachsende"),
    ("Da Brauereien auf Trinkwasser angewiesen sind, warnte der Verband die Politik: „Fracking gefährdet es.“",
     "Fracking gefährdet", "auf Trinkwasser angewiesen"),
    ("Weil die Lage ernst sei, warnte der Verband vor dem Verfahren.", "die Lage ernst sei", None),
    # a deadline makes "soll ... sein" a plan ("bis zu", a quantity, is none)
    ("Die Firmen einigten sich. Bis zum Jahr 2011 soll die Fusion der beiden Hersteller erreicht sein.", None,
     "Fusion der beiden"),
    ("Die Polizei nahm den Mann fest. Er soll bis zu zwanzig Autos beschädigt haben.", "zwanzig Autos", None),
    ("Der Minister bestritt jede Mitwisserschaft.", None, "jede Mitwisserschaft"),
    ("Der Konzern erwartet einen Anstieg der Preise.", None, "einen Anstieg"),
    ("Der Minister forderte den Rücktritt des Präsidenten.", "den Rücktritt des Präsidenten", None),
    # a negated verb of saying says nothing was said; not so a verb whose negation is the claim
    ("Ein Sprecher wollte nicht bestätigen, dass alle Insassen Soldaten waren.", None, "alle Insassen"),
    ("Nähere Einzelheiten gab die Behörde nicht bekannt.", None, "Einzelheiten"),
    ("Der Sprecher bestätigte, dass alle Insassen Soldaten waren.", "alle Insassen", None),
    ("Der General schloss nicht aus, dass auch ein Offizier das Amt übernimmt.", "ein Offizier", None),
    # a particle that makes another verb of a verb of saying ("vorsehen", "anfordern"), and a
    # participle before its noun, report nothing
    ("Das Protokoll sah Selbstverpflichtungen der Staaten vor, die Emissionen zu senken.", None, "Emissionen"),
    ("Der Gouverneur forderte die Nationalgarde an.", None, "Nationalgarde"),
    ("Der Gouverneur forderte die Nationalgarde zur Hilfe auf.", "Nationalgarde", None),
    ("Die Ministerin sah die Schuld bei der Regierung, sie habe versagt.", "sie habe versagt", None),
    ("Der Wagen fuhr mit einer bestätigten Höchstgeschwindigkeit von 400 km/h.", None, "Höchstgeschwindigkeit"),
    # denying or announcing a fact named by a noun is no reported speech, nor confirming one that
    # names no event (a verbal noun: "bestätigte die Beteiligung")
    ("Der Feuerwehrchef bestätigte den Vorfall am Sonntag.", None, "den Vorfall"),
    ("Putin bestätigte nach seinem Kollegen Kim die Entsendung der Truppen.", "die Entsendung der Truppen", None),
    ("Ein Berater dementierte die Festnahme des Oppositionsführers.", None, "die Festnahme"),
    ("Das Gericht verkündete heute das Urteil gegen die Angeklagten.", None, "das Urteil"),
]


@pytest.mark.parametrize("text,found,absent", CLAIMS_AND_OBJECTS, ids=[r[0][:40] for r in CLAIMS_AND_OBJECTS])
def test_claims_and_reported_objects(text, found, absent):
    a = sayso.analyze(text, lang="de")
    if found is not None:
        assert _find(a, found), [s.to_dict() for s in a.statements]
    if absent is not None:
        assert not _find(a, absent), [s.to_dict() for s in a.statements]


# where a frame's or a clause's content ends: (text, content contains, content must not contain)
FRAME_BOUNDARIES = [
    # a relative clause that closes the content with a cue verb is part of it
    ("Die Männer werden beschuldigt, Mitglieder einer Vereinigung zu sein, welche ein Attentat plante.",
     "welche ein Attentat plante", None),
    # "der" before an adjective in -e opens the subject, not a genitive of the source
    ("Beim Eintritt würde nach Auskunft der NASA der überwiegende Teil der Masse verdampfen.",
     "der überwiegende Teil", None),
    # a participle closing the frame's own clause is its verb
    ("Die Herbstsaison hat nach Polizeiangaben wieder einen Motorrad-Toten gefordert.",
     "wieder einen Motorrad-Toten gefordert", None),
    # after a relative clause the frame stands inside the main clause, content from its start
    ("Dagegen bleibt das Kraftwerk, welches von Vattenfall betrieben wird, nach Berichten des Ministeriums "
     "weiterhin außer Betrieb.", "Dagegen bleibt das Kraftwerk", "Ministeriums"),
    # a genitive adjective in -en still belongs to the source
    ("Nach Angaben des Sprechers der örtlichen Polizei wurden drei Menschen verletzt.",
     "wurden drei Menschen verletzt", "örtlichen"),
]


@pytest.mark.parametrize("text,inside,outside", FRAME_BOUNDARIES, ids=[r[0][:40] for r in FRAME_BOUNDARIES])
def test_frame_boundaries(text, inside, outside):
    a = sayso.analyze(text, lang="de")
    found = _find(a, inside)
    assert found, [s.to_dict() for s in a.statements]
    if outside is not None:
        assert all(outside not in c.text for c in found[0].content), found[0].to_dict()


# a pronoun that can only be a subject right after the verb makes what stands before the verb an
# object: (sentence, speaker)
@pytest.mark.parametrize("text,speaker", [
    ("Der Politik schlug er vor, sich an US-Modellen zu orientieren.", "er"),
    ("Die Bürger forderte er anschließend auf, wählen zu gehen.", "er"),
    ("Dem Minister hat er gesagt, die Lage sei ernst.", "er"),
    # "der" with an adjective in -en is a dative or genitive, the subject follows the verb
    ("Der englischsprachigen Zeitung sagte Filep Karma, er bleibe im Gefängnis.", "Filep Karma"),
    ("Der deutschen Botschaft erklärte der Minister, die Lage sei ernst.", "der Minister"),
    ("Der deutsche Botschafter erklärte, die Lage sei ernst.", "Der deutsche Botschafter"),
    # negatives: the pronoun in the content, an accusative "sie" after the verb
    ("Der Minister sagte, er sei zufrieden.", "Der Minister"),
    ("Der Vorstand bat sie, die Lage zu prüfen.", "Der Vorstand"),
])
def test_subject_pronoun_after_the_verb(text, speaker):
    a = sayso.analyze(text, lang="de")
    assert a.statements and a.statements[0].speaker is not None, [s.to_dict() for s in a.statements]
    assert a.statements[0].speaker.text == speaker


# a German passive report comes from the agent or the document its clause names: (sentence, speaker)
@pytest.mark.parametrize("text,speaker", [
    ("In einem Bericht der Salzburger Nachrichten wurde vermutet, dass keine der Personen überlebt hat.",
     "einem Bericht der Salzburger Nachrichten"),
    ("Von den Behörden wird angenommen, dass Drogenschmuggel zu dem Zwischenfall führte.", "den Behörden"),
    ("So wird in einer Pressemitteilung der Organisation gefordert, dass die Regierung handeln müsse.",
     "einer Pressemitteilung der Organisation"),
    # negatives: a time or a place is no source
    ("Im Mai wurde bekannt gegeben, dass das Werk schließt.", None),
    ("In Berlin wurde vermutet, dass das Werk schließt.", None),
])
def test_passive_report_source(text, speaker):
    a = sayso.analyze(text, lang="de")
    assert a.statements, [s.to_dict() for s in a.statements]
    sp = a.statements[0].speaker
    assert (sp.text if sp is not None else None) == speaker


# a naming verb closing the clause of what it names: only the quoted name was said, the rest of
# the clause is the writer's (text, the quotation that is the whole content)
NAMED_AS = [
    ("Seine Werke werden von Musikkennern als „Meilensteine der Musikgeschichte“ bezeichnet.",
     "„Meilensteine der Musikgeschichte“"),
    ("In den Medien war der Auftrag schon als „Geschäft des Jahrhunderts“ bezeichnet worden.",
     "„Geschäft des Jahrhunderts“"),
    ("Die Ministerin bezeichnete den Plan als „Meilenstein der Politik“.", "„Meilenstein der Politik“"),
]


@pytest.mark.parametrize("text,quotation", NAMED_AS, ids=[r[0][:40] for r in NAMED_AS])
def test_named_as_quotation_is_the_content(text, quotation):
    a = sayso.analyze(text, lang="de")
    assert a.statements, [s.to_dict() for s in a.statements]
    assert all([c.text for c in s.content] == [quotation] for s in a.statements), [s.to_dict() for s in a.statements]
    assert all(s.kind == "direct" for s in a.statements)
    assert a.check_offsets() == []


# a separable verb's zu-infinitive written as one word is content after a cue ("niederzulegen",
# "voranzutreiben"); (text, content or None when no statement is expected)
ZU_INFINITIVES = [
    ("Jüttner hatte Lenz gestern aufgefordert, sein Mandat niederzulegen.", "sein Mandat niederzulegen"),
    ("Das Parlament hat die Staaten dazu aufgefordert, einen Plan voranzutreiben.", "einen Plan voranzutreiben"),
    ("Der Minister hat angekündigt, die Vorgaben sicherzustellen.", "die Vorgaben sicherzustellen"),
    # negatives: no infinitive ("niederländischen" is no "nieder-zu-" form), an adverbial clause
    ("Die Polizei hat den Mann aufgefordert, nachdem es dunkel wurde.", None),
    ("Der Minister hat angekündigt, die niederländischen Vorgaben.", None),
]


@pytest.mark.parametrize("text,content", ZU_INFINITIVES, ids=[r[0][:40] for r in ZU_INFINITIVES])
def test_separable_zu_infinitive_is_content(text, content):
    a = sayso.analyze(text, lang="de")
    found = [s for s in a.statements if s.kind == "indirect"]
    if content is None:
        assert found == [], [s.to_dict() for s in a.statements]
    else:
        assert found and found[0].content[0].text == content, [s.to_dict() for s in a.statements]


# after a verb of saying and its comma, a clause whose verb stands inside a quotation a few words
# on is what was said, a report besides the direct statement of the quotation: (text, report
# content or None when only the quotation is a statement)
QUOTE_OPENS_CLAUSE = [
    ("Hartmann erklärte, ihr lägen „bis zur Stunde keine vollständigen Unterlagen vor“.",
     "ihr lägen „bis zur Stunde keine vollständigen Unterlagen vor“"),
    ("Ein Polizeisprecher sagte, der Ehemann „konnte und wollte sich mit der Trennung nicht abfinden“.",
     "der Ehemann „konnte und wollte sich mit der Trennung nicht abfinden“"),
    # negatives: a verb of hoping takes no indicative clause; the quotation too far on
    ("Der Verband hofft, ihr lägen „bis zur Stunde keine vollständigen Unterlagen vor“.", None),
    ("Er sagte, am Montag in der Stadt Berlin „ist und bleibt es ruhig“.", None),
]


@pytest.mark.parametrize("text,report", QUOTE_OPENS_CLAUSE, ids=[r[0][:40] for r in QUOTE_OPENS_CLAUSE])
def test_quotation_opening_a_said_clause(text, report):
    a = sayso.analyze(text, lang="de")
    reports = [s for s in a.statements if s.kind != "direct"]
    assert any(s.kind == "direct" for s in a.statements), [s.to_dict() for s in a.statements]
    if report is None:
        assert reports == [], [s.to_dict() for s in a.statements]
    else:
        assert reports and reports[0].content[0].text == report, [s.to_dict() for s in a.statements]


# what stands before ", VERB" is the verb's own sentence, not content, when it is an adverbial
# clause or the subject with its apposition or relative clause: (text, content or None)
FRONTED_BEFORE_VERB = [
    ("Die Linkspartei, auf deren Listen auch Kandidaten der WASG kandidiert hatten, schloss jede "
     "Koalition mit anderen Fraktionen aus.", None),
    ("Auch die größte deutsche Privatbank, die Deutsche Bank, meldete heute Milliardenverluste.", None),
    ("Nachdem es bei der ersten Runde zu Auseinandersetzungen gekommen war, forderten beide eine Verlängerung.",
     None),
    ("Falls das Unternehmen Insolvenz anmelden muss, droht dem Verein der Zwangsabstieg.", None),
    # negatives: a content clause, also one with an adverbial clause before its main clause
    ("Die Lage ist ernst, sagte der Minister.", "Die Lage ist ernst"),
    ("Als Kämpfer die Stadt einnahmen, töteten sie mehrere hundert Zivilisten, teilten die Vereinten Nationen mit.",
     "Als Kämpfer die Stadt einnahmen, töteten sie mehrere hundert Zivilisten"),
]


@pytest.mark.parametrize("text,content", FRONTED_BEFORE_VERB, ids=[r[0][:40] for r in FRONTED_BEFORE_VERB])
def test_fronted_subject_or_adverbial_is_no_content(text, content):
    a = sayso.analyze(text, lang="de")
    found = [s for s in a.statements if s.evidence == "de:content+cue-verb"]
    if content is None:
        assert found == [], [s.to_dict() for s in a.statements]
    else:
        assert found and found[0].content[0].text == content, [s.to_dict() for s in a.statements]


# reported speech is the whole sentence, its speaker and verb included, as the annotation marks
# it, unless a second cue verb follows: (text, content)
REPORTED_SENTENCES = [
    ("Der russische Präsident bestätigte die Beteiligung ausländischer Truppen an den Kämpfen.",
     "Der russische Präsident bestätigte die Beteiligung ausländischer Truppen an den Kämpfen"),
    ("Am Montag forderte die Opposition den Rücktritt des Ministers.",
     "Am Montag forderte die Opposition den Rücktritt des Ministers"),
    # "und" before a second noun phrase goes on with the object
    ("Merkel sprach von einer Abwahl von Rot-Grün und einem Auftrag der Wähler.",
     "Merkel sprach von einer Abwahl von Rot-Grün und einem Auftrag der Wähler"),
    # "und" before an adjective or a verb that reports nothing goes on too
    ("Der Trainer sprach von einem geringen und kalkulierbaren Risiko.",
     "Der Trainer sprach von einem geringen und kalkulierbaren Risiko"),
    ("Die Regierung forderte einen Waffenstillstand und schickte Hilfsgüter in die Region.",
     "Die Regierung forderte einen Waffenstillstand und schickte Hilfsgüter in die Region"),
    # negatives: a second cue verb after "und" ends the report at the object, from the verb on
    ("Putin bestätigte die Beteiligung der Truppen an den Kämpfen und äußerte seinen Dank.",
     "bestätigte die Beteiligung der Truppen an den Kämpfen"),
]


@pytest.mark.parametrize("text,content", REPORTED_SENTENCES, ids=[r[0][:40] for r in REPORTED_SENTENCES])
def test_reported_object_is_the_sentence(text, content):
    a = sayso.analyze(text, lang="de")
    found = [s for s in a.statements if s.kind == "reported"]
    assert found and found[0].content[0].text == content, [s.to_dict() for s in a.statements]
    assert found[0].speaker is not None
    assert a.check_offsets() == []


# "heißt es" after a source and its relative clause: the content follows, the source speaks;
# (text, content, speaker)
HEISST_ES_AFTER_SOURCE = [
    ("In der Vorabversion des Berichts, der als Download ins Netz gestellt wurde, heißt es, es seien "
     "15.361 Straftaten begangen worden.", "es seien 15.361 Straftaten begangen worden", "Vorabversion des Berichts"),
    # negative: content before "hieß es", the source after it
    ("Oberste Priorität sei es, die Lage zu klären, hieß es vom Sprecher Mark Toner.",
     "Oberste Priorität sei es, die Lage zu klären", "Mark Toner"),
]


@pytest.mark.parametrize("text,content,speaker", HEISST_ES_AFTER_SOURCE, ids=[r[0][:40] for r in HEISST_ES_AFTER_SOURCE])
def test_heisst_es_after_a_source_with_relative_clause(text, content, speaker):
    a = sayso.analyze(text, lang="de")
    assert a.statements and a.statements[0].content[0].text == content, [s.to_dict() for s in a.statements]
    assert a.statements[0].speaker is not None and speaker in a.statements[0].speaker.text


# the cue of a "so" frame holds the verb right after "so", as the annotation marks it: (text, cue)
SO_FRAME_CUES = [
    ("Der Flug käme für ihn einer Folter gleich, so bestätigt das Gericht.", "so bestätigt"),
    ("Für die Sängerin, so schrieb diese in einer Stellungnahme, sei es eine Ehre.", "so schrieb"),
    # negative: with a noun phrase right after "so", the cue is "so" alone
    ("Die Lage sei ernst, so der Sprecher der Behörde.", "so"),
]


@pytest.mark.parametrize("text,cue", SO_FRAME_CUES, ids=[r[0][:40] for r in SO_FRAME_CUES])
def test_so_frame_cue_holds_its_verb(text, cue):
    a = sayso.analyze(text, lang="de")
    found = [s for s in a.statements if s.evidence == "de:so-frame"]
    assert found and found[0].cue is not None and found[0].cue.text == cue, [s.to_dict() for s in a.statements]
    assert a.check_offsets() == []


# the subject of a verb of saying, exactly: an insert on it between commas belongs to it ("darunter
# ...", "unter ihnen ...", "zuständig für ..."); a phrase of time before the verb is none ("Vor dem
# Konklave"), "vor allem" is a focus word
SUBJECT_SPANS = [
    ("Die Unterstützer der Vorlage, darunter auch die Bürgerfraktion, verwiesen darauf, man müsse sparen.",
     "man müsse sparen", "Die Unterstützer der Vorlage, darunter auch die Bürgerfraktion"),
    ("Die Initiatoren, unter ihnen auch Buchhändler, betonten, der Zugang sei wichtig.", "der Zugang sei wichtig",
     "Die Initiatoren, unter ihnen auch Buchhändler"),
    ("Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte angekündigt, das Geschäft zu stärken.",
     "das Geschäft zu stärken", "Vorstand Erich Stamminger, zuständig für das US-Geschäft"),
    ("Vor dem Konklave 2005 meinte der Bischof Adolfo Pérez noch, dass Bergoglio dazugehörte.",
     "Bergoglio dazugehörte", "der Bischof Adolfo Pérez"),
    ("Vor allem die Opposition kritisierte, das Gesetz sei zu streng.", "das Gesetz sei zu streng", "die Opposition"),
    # an adverb before a preposition opens the sentence, the subject follows the verb
    ("Gemeinsam mit der Polizei erklärte die Stadt, die Lage sei ruhig.", "die Lage sei ruhig", "die Stadt"),
    ("Zahlreiche Experten erklärten, die Lage sei ruhig.", "die Lage sei ruhig", "Zahlreiche Experten"),
    ("Auch gegen diese Pläne erklärte die Opposition, die Kosten seien zu hoch.", "die Kosten seien zu hoch",
     "die Opposition"),
    # a possessive in -en, -em, -es is no subject's, the subject follows the verb; "Ihre" may be
    ("Ihren Widersacher Jeremy Corbyn forderte May auf, über einen Rücktritt nachzudenken.",
     "über einen Rücktritt nachzudenken", "May"),
    ("Ihre Sprecherin sagte, die Lage sei ruhig.", "die Lage sei ruhig", "Ihre Sprecherin"),
    # a number or a vague quantity with a unit of time opens the sentence with a time, not its subject
    ("Wenige Stunden nach dem Putsch erklärte der neue Rat, die Lage sei unter Kontrolle.",
     "die Lage sei unter Kontrolle", "der neue Rat"),
    ("Zwei Experten sagten, die Lage sei ruhig.", "die Lage sei ruhig", "Zwei Experten"),
    # "so" with a quotation after it: the quotation is what is said, a quoted name is who says it
    ("Der Bürgermeister forderte alle Bewohner zum Rückzug auf. Kämen sie dem nicht nach, so „schütze sie Gott“.",
     "schütze sie Gott", "Der Bürgermeister"),
    ("Die Lage ist ernst, so „Reporter ohne Grenzen“.", "Die Lage ist ernst", "„Reporter ohne Grenzen“"),
    # negatives: an insert word that opens the sentence or a clause with its own verb is no insert
    ("Darunter seien auch Kinder, erklärte die Polizei.", "Darunter seien auch Kinder", "die Polizei"),
    ("Die Sprecherin, zuständig ist das Amt, erklärte, die Wahl sei gültig.", "die Wahl sei gültig", None),
]


@pytest.mark.parametrize("text,content,speaker", SUBJECT_SPANS, ids=[r[0][:40] for r in SUBJECT_SPANS])
def test_subject_span(text, content, speaker):
    a = sayso.analyze(text, lang="de")
    found = _find(a, content)
    assert found, [s.to_dict() for s in a.statements]
    if speaker is None:
        assert found[0].speaker is None or "zuständig" not in found[0].speaker.text, found[0].to_dict()
    else:
        assert found[0].speaker is not None and found[0].speaker.text == speaker, found[0].to_dict()
