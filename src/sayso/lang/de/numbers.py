"""German number data for the figures component: number words, scales, qualifiers, units.

Every name starts with ``FIGURE_`` so the tables never clash with other modules of this
package. Phrases are written as they appear in text; the figures component splits them
into tokens the same way it splits the text. Phrases of three letters or fewer are matched
with their exact case ("m", "t", "Mio"); longer ones regardless of case.
The English module ``lang/en/numbers.py`` has the same names (a parity test checks it).
"""

FIGURE_DECIMAL_SEP = ","
FIGURE_GROUP_SEP = "."

# Scale words after a number: "20 Milliarden", "1,7 Mrd.", "3 Mio".
FIGURE_SCALES = {
    "Tausend": 1_000,
    "tausend": 1_000,
    "Tsd.": 1_000,
    "Tsd": 1_000,
    "Hundert": 100,
    "hundert": 100,
    "Million": 10**6,
    "Millionen": 10**6,
    "Mio.": 10**6,
    "Mio": 10**6,
    "Mill.": 10**6,
    "Milliarde": 10**9,
    "Milliarden": 10**9,
    "Mrd.": 10**9,
    "Mrd": 10**9,
    "Mia.": 10**9,
    "Billion": 10**12,
    "Billionen": 10**12,
    "Bio.": 10**12,
    "Dutzend": 12,
}
# Scale letters written onto the number ("5k" is English; German has none).
FIGURE_SUFFIX_SCALES: dict[str, int] = {}

# Number words; compounds ("zweiundsechzigtausend", "dreihundert") are parsed from these parts.
FIGURE_NUMBER_WORDS = {
    "null": 0,
    "eins": 1,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "einhundert": 100,
    "tausend": 1000,
    "eintausend": 1000,
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "zweieinhalb": 2.5,
    "dreieinhalb": 3.5,
    "halbe": 0.5,
    "dutzend": 12,
}
# Pieces of compound number words, longest first when parsing.
FIGURE_NUMBER_PARTS = {
    "null": 0,
    "eins": 1,
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sech": 6,
    "sieben": 7,
    "sieb": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "tausend": 1000,
    "und": None,
}
# Number words that are also articles or pronouns: figures only with a scale ("eine Million").
FIGURE_WEAK_NUMBER_WORDS = frozenset("ein eine einen einem einer eins halbe dutzend".split())

# Vague amounts: the smallest plausible value.
FIGURE_VAGUE_WORDS = {
    "Dutzende": 24,
    "dutzende": 24,
    "Hunderte": 200,
    "hunderte": 200,
    "Tausende": 2_000,
    "tausende": 2_000,
    "Zehntausende": 20_000,
    "zehntausende": 20_000,
    "Hunderttausende": 200_000,
    "hunderttausende": 200_000,
    "Abertausende": 2_000,
    "abertausende": 2_000,
    "Zigtausende": 20_000,
    "zigtausende": 20_000,
    "Millionen": 2 * 10**6,
    "Milliarden": 2 * 10**9,
    "Dutzenden": 24,
    "Hunderten": 200,
    "Tausenden": 2_000,
    "Zehntausenden": 20_000,
    "Hunderttausenden": 200_000,
}
# Words that make a following scale vague: "mehrere Millionen", "einige Tausend".
FIGURE_VAGUE_DETERMINERS = frozenset(
    "mehrere mehreren einige einigen etliche etlichen wenige wenigen viele vielen zig".split()
) | frozenset({"ein paar"})

# Qualifiers before the number, and the bound they give.
FIGURE_QUALIFIERS = {
    "über": "more_than",
    "mehr als": "more_than",
    "weit über": "more_than",
    "weit mehr als": "more_than",
    "deutlich mehr als": "more_than",
    "deutlich über": "more_than",
    "knapp über": "more_than",
    "gut": "more_than",
    "überdurchschnittlich": None,
    "oberhalb von": "more_than",
    "mindestens": "at_least",
    "ab": "at_least",
    "wenigstens": "at_least",
    "nicht weniger als": "at_least",
    "rund": "about",
    "etwa": "about",
    "ca.": "about",
    "ca": "about",
    "circa": "about",
    "zirka": "about",
    "ungefähr": "about",
    "schätzungsweise": "about",
    "annähernd": "about",
    "an die": "about",
    "um die": "about",
    "gegen": None,
    "geschätzt": "about",
    "geschätzte": "about",
    "geschätzten": "about",
    "knapp": "less_than",
    "fast": "less_than",
    "beinahe": "less_than",
    "nahezu": "less_than",
    "knapp unter": "less_than",
    "weniger als": "less_than",
    "unter": "less_than",
    "keine": None,
    "bis zu": "at_most",
    "höchstens": "at_most",
    "maximal": "at_most",
    "nicht mehr als": "at_most",
    "genau": "exact",
    "exakt": "exact",
    "lediglich": "exact",
    "nur": "exact",
}
# Ranges: "zwischen 20 und 30", "von 20 bis 30", "20 bis 30", "20-30".
FIGURE_RANGE_OPENERS = {"zwischen": "und", "von": "bis"}
FIGURE_RANGE_JOINERS = frozenset({"bis", "-", "–", "—"})

# Units after the number (and scale). Currencies as ISO 4217 codes.
FIGURE_UNITS = {
    # currencies
    "Euro": "EUR",
    "Euros": "EUR",
    "EUR": "EUR",
    "€": "EUR",
    "Eurocent": "EUR",
    "Dollar": "USD",
    "Dollars": "USD",
    "US-Dollar": "USD",
    "US-Dollars": "USD",
    "US $": "USD",
    "USD": "USD",
    "$": "USD",
    "US$": "USD",
    "amerikanische Dollar": "USD",
    "australische Dollar": "AUD",
    "australischen Dollar": "AUD",
    "kanadische Dollar": "CAD",
    "kanadischen Dollar": "CAD",
    "Hongkong-Dollar": "HKD",
    "Taiwan-Dollar": "TWD",
    "neuseeländische Dollar": "NZD",
    "Pfund": "GBP",
    "Pfund Sterling": "GBP",
    "britische Pfund": "GBP",
    "britischen Pfund": "GBP",
    "£": "GBP",
    "GBP": "GBP",
    "Franken": "CHF",
    "Schweizer Franken": "CHF",
    "CHF": "CHF",
    "Fr.": "CHF",
    "SFr.": "CHF",
    "Rubel": "RUB",
    "RUB": "RUB",
    "₽": "RUB",
    "Won": "KRW",
    "KRW": "KRW",
    "₩": "KRW",
    "Yen": "JPY",
    "JPY": "JPY",
    "¥": "JPY",
    "Yuan": "CNY",
    "Renminbi": "CNY",
    "CNY": "CNY",
    "Rupien": "INR",
    "Rupie": "INR",
    "INR": "INR",
    "D-Mark": "DEM",
    "Deutsche Mark": "DEM",
    "Deutschen Mark": "DEM",
    "DM": "DEM",
    "Mark": "DEM",
    "Schilling": "ATS",
    "Zloty": "PLN",
    "Złoty": "PLN",
    "Forint": "HUF",
    "Hrywnja": "UAH",
    "Hrywnjas": "UAH",
    "Griwna": "UAH",
    "Hrywen": "UAH",
    "Schekel": "ILS",
    "türkische Lira": "TRY",
    "Türkische Lira": "TRY",
    "Lira": "TRY",
    "schwedische Kronen": "SEK",
    "schwedischen Kronen": "SEK",
    "norwegische Kronen": "NOK",
    "norwegischen Kronen": "NOK",
    "dänische Kronen": "DKK",
    "dänischen Kronen": "DKK",
    "tschechische Kronen": "CZK",
    "tschechischen Kronen": "CZK",
    "Rand": "ZAR",
    "Real": "BRL",
    "Bitcoin": "BTC",
    # percent and friends
    "%": "%",
    "Prozent": "%",
    "v. H.": "%",
    "vH": "%",
    "Prozentpunkte": "percentage points",
    "Prozentpunkten": "percentage points",
    "Prozentpunkt": "percentage points",
    "Basispunkte": "bp",
    "Basispunkten": "bp",
    "Promille": "‰",
    "‰": "‰",
    # physical units
    "km": "km",
    "Kilometer": "km",
    "Kilometern": "km",
    "Kilometers": "km",
    "m": "m",
    "Meter": "m",
    "Metern": "m",
    "cm": "cm",
    "Zentimeter": "cm",
    "Zentimetern": "cm",
    "mm": "mm",
    "Millimeter": "mm",
    "Millimetern": "mm",
    "km²": "km²",
    "qkm": "km²",
    "Quadratkilometer": "km²",
    "Quadratkilometern": "km²",
    "m²": "m²",
    "qm": "m²",
    "Quadratmeter": "m²",
    "Quadratmetern": "m²",
    "m³": "m³",
    "ccm": "cm³",
    "cm³": "cm³",
    "Kubikmeter": "m³",
    "Kubikmetern": "m³",
    "ha": "ha",
    "Hektar": "ha",
    "km/h": "km/h",
    "Stundenkilometer": "km/h",
    "Stundenkilometern": "km/h",
    "Kilometer pro Stunde": "km/h",
    "Meilen": "mi",
    "Seemeilen": "nmi",
    "Knoten": "kn",
    "Fuß": "ft",
    "kg": "kg",
    "Kilogramm": "kg",
    "Kilo": "kg",
    "g": "g",
    "Gramm": "g",
    "mg": "mg",
    "Milligramm": "mg",
    "t": "t",
    "Tonnen": "t",
    "Tonne": "t",
    "l": "l",
    "Liter": "l",
    "Litern": "l",
    "Hektoliter": "hl",
    "Barrel": "bbl",
    "°C": "°C",
    "° C": "°C",
    "Grad Celsius": "°C",
    "Grad": "°",
    "°": "°",
    "W": "W",
    "Watt": "W",
    "kW": "kW",
    "Kilowatt": "kW",
    "MW": "MW",
    "Megawatt": "MW",
    "GW": "GW",
    "Gigawatt": "GW",
    "kWh": "kWh",
    "Kilowattstunden": "kWh",
    "MWh": "MWh",
    "Megawattstunden": "MWh",
    "GWh": "GWh",
    "Gigawattstunden": "GWh",
    "TWh": "TWh",
    "Terawattstunden": "TWh",
    "Volt": "V",
    "PS": "hp",
    "Mw": "Mw",
    "µg": "µg",
    "Mikrogramm": "µg",
    "ppm": "ppm",
    "MB": "MB",
    "GB": "GB",
    "TB": "TB",
    "Megabyte": "MB",
    "Gigabyte": "GB",
    "Terabyte": "TB",
    # durations
    "Jahr": "year",
    "Jahre": "year",
    "Jahren": "year",
    "Jahres": "year",
    "Monat": "month",
    "Monate": "month",
    "Monaten": "month",
    "Woche": "week",
    "Wochen": "week",
    "Tag": "day",
    "Tage": "day",
    "Tagen": "day",
    "Stunde": "hour",
    "Stunden": "hour",
    "Minute": "minute",
    "Minuten": "minute",
    "Sekunde": "second",
    "Sekunden": "second",
    "Jahrzehnt": "decade",
    "Jahrzehnte": "decade",
    "Jahrzehnten": "decade",
    "Jahrhundert": "century",
    "Jahrhunderte": "century",
    "Jahrhunderten": "century",
}
# Units written before the number: "€ 300", "US$ 5 Mio.", "EUR 10".
FIGURE_PREFIX_UNITS = {
    "$": "USD",
    "US$": "USD",
    "US $": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "CHF": "CHF",
    "Fr.": "CHF",
    "SFr.": "CHF",
    "¥": "JPY",
    "₽": "RUB",
    "₩": "KRW",
    "RUB": "RUB",
    "JPY": "JPY",
}
FIGURE_TIME_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
)

# A number followed by one of these is a time of day or a date, not a figure.
FIGURE_TIME_OF_DAY = frozenset({"Uhr", "h", "MEZ", "MESZ", "UTC", "GMT", "Ortszeit"})
FIGURE_MONTHS = frozenset(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember "
    "Jan. Feb. Mär. Apr. Jun. Jul. Aug. Sep. Sept. Okt. Nov. Dez.".split()
)
# Words after which a number is a reference, not an amount: "§ 5", "Art. 3", "Nr. 12".
FIGURE_REFERENCE_WORDS = frozenset(
    "§ §§ Art. Artikel Abs. Absatz Nr. Nummer Nummern S. Seite Seiten Kapitel Kap. Paragraf Paragraph "
    "Paragrafen Paragraphen Ziffer Ziff. Punkt Bd. Band Heft Vol. Ausgabe Folge Episode Teil Platz Rang "
    "Linie Gleis Zimmer Raum Haus Hausnummer Tor Flug Runde Spieltag Level Stufe Kategorie Klasse Version "
    "Windows Gruppe Block Halle Zone Lot Los Sektor Tel. Telefon Fax Postfach Az. Aktenzeichen Drucksache "
    "Str. Straße Nummer Kanal Bundesstraße Autobahn Buslinie Platz Startnummer Trikotnummer Nr "
    "Minute Jahrgang Baujahr Modell Typ Serie Staffel Etappe Satz Anlage Anhang Randnummer Rn. Zeile "
    "Plätzen Plätze Platzes Rängen Linien Klassen Gleisen Kapiteln Artikeln Paragrafen Seiten".split()
)
# Words before "N." that make it an ordinal ("am 20.", "der 3. Platz").
FIGURE_ORDINAL_BEFORE = frozenset(
    "am im vom zum zur beim der die das dem den des ein eine einer einem einen seit ab bis zu und oder "
    "sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere dieser diese dieses diesem "
    "jeder jede jedem jeden jedes als vor nach für".split()
)
# Words before a four-digit year: "im Jahr 2024", "seit 2022", "bis 2030".
FIGURE_YEAR_BEFORE = frozenset(
    "im in jahr jahre jahres seit bis ab von vor nach anno um ende anfang mitte frühjahr sommer herbst "
    "winter frühling jahrgang baujahr saison und oder".split()
)
# Capitalised words that may stand before a number at the start of a sentence.
FIGURE_LEAD_WORDS = frozenset(
    "insgesamt nur allein weitere weiteren bereits schon damals davon darunter zusammen jeweils "
    "rund etwa über mehr mindestens knapp fast gut bis zwischen von ab seit mit bei nach für in an auf "
    "um unter zu dabei hierbei heute inzwischen mittlerweile derzeit aktuell zudem außerdem auch noch "
    "die der das den dem des diese dieser diesen alle sämtliche ganze ganzen gerade lediglich genau "
    "ca. circa zirka ungefähr schätzungsweise nahezu beinahe wenigstens höchstens maximal weniger "
    "gestern zuletzt zunächst zuvor letztlich schließlich".split()
)
# Partitive words before the counted noun: "4.500 ihrer Streitkräfte", "300 der Demonstranten".
FIGURE_PARTITIVES = frozenset("der ihrer seiner dieser unserer eurer jener aller meiner deiner".split())
# Words after a duration that make it a time reference, not an amount ("zwei Jahre später").
FIGURE_TIME_AFTER = frozenset("später danach zuvor früher vorher davor nachdem zurück her nach vor".split())
# Prepositions that make a duration part of a period ("seit 20 Jahren", "vor 10 Tagen").
FIGURE_PERIOD_PREPOSITIONS = frozenset(
    "seit vor nach innerhalb binnen während im in den letzten vergangenen kommenden nächsten ersten alle "
    "zurückliegenden folgenden".split()
)
# Period phrases: an opener, then what may follow (see figures.find_periods).
FIGURE_PERIOD_SINCE = frozenset(
    {
        "seit",
        "ab",
        "bis",
        "bis ende",
        "bis mitte",
        "bis anfang",
        "seit dem jahr",
        "seit anfang",
        "seit ende",
        "seit mitte",
        "bis zum jahr",
        "ab dem jahr",
        "seit beginn",
    }
)
# Periods that are not time units of a duration: "im ersten Halbjahr", "im dritten Quartal".
FIGURE_PERIOD_UNITS = frozenset({"Quartal", "Halbjahr", "Geschäftsjahr", "Jahreshälfte", "Jahresviertel"})
FIGURE_PERIOD_IN = frozenset(
    {
        "im",
        "in",
        "im jahr",
        "im jahre",
        "in den jahren",
        "ende",
        "anfang",
        "mitte",
        "im laufe des jahres",
        "im sommer",
        "im herbst",
        "im winter",
        "im frühjahr",
        "im geschäftsjahr",
    }
)
FIGURE_PERIOD_BETWEEN = {"zwischen": "und", "von": "bis"}
FIGURE_PERIOD_RELATIVE = frozenset(
    {
        "in",  # "in zwei Jahren", "in 18 years" (only with a number and a time unit)
        "in einer",
        "in einem",
        "in nur",
        "im zweiten",
        "im dritten",
        "im vierten",
        "in der ersten",
        "in der zweiten",
        "bis ende des",
        "bis zum ende des",
        "bis ende der",
        "seit anfang des",
        "seit beginn des",
        "seit anfang der",
        "in den letzten",
        "in den vergangenen",
        "in den kommenden",
        "in den nächsten",
        "in den ersten",
        "im letzten",
        "im vergangenen",
        "im kommenden",
        "im nächsten",
        "im ersten",
        "in diesem",
        "in der vergangenen",
        "in der letzten",
        "in der kommenden",
        "in der nächsten",
        "seit",
        "innerhalb",
        "innerhalb von",
        "innerhalb der letzten",
        "binnen",
        "während der letzten",
        "im laufe der letzten",
        "im laufe des",
        "vergangenes",
        "letztes",
        "dieses",
        "letzten",
        "vergangenen",
    }
)
# Words that end a counted noun phrase search (capitalised but not nouns of the phrase).
FIGURE_NOT_COUNTED = frozenset(
    "Uhr Prozent Euro Dollar Mal Male Jahr Jahre Jahren Monate Monaten Tage Tagen Stunden Minuten "
    "Laut Nach Bei Seit Wie Die Der Das Im In Am Und Er Sie Es Ich Wir Ihr Man".split()
)
# Irregular plurals that end a counted phrase (English needs them; German nouns are capitalised).
FIGURE_PLURALS: frozenset[str] = frozenset()
# Capitalised words that open a sentence but never follow an ordinal: "… stieg auf 500. Die …"
FIGURE_SENTENCE_STARTERS = frozenset(
    "die der das den dem des ein eine einer er sie es wir ich ihr man in im am an auf aus auch aber doch "
    "nach bei seit mit von vom zu zum zur für als wie wenn weil dass so dann damit dabei denn diese dieser "
    "dieses nun heute insgesamt laut davon damals zudem außerdem bereits schon jedoch allerdings trotzdem "
    "unter über bis gegen ob wo was wer".split()
)
# Words after a bare number word that make it a figure ("vier weitere", "drei davon").
FIGURE_WORD_FOLLOWERS = frozenset("weitere weiteren davon andere".split())
# Words joining two numbers where the second one's unit is shared ("94,5 und 85,5 Meter").
FIGURE_UNIT_SHARERS = frozenset("und oder auf bzw. bzw bis beziehungsweise sowie".split())
# Words joining a length and a time into a speed ("300 Kilometer pro Stunde").
FIGURE_PER = frozenset({"pro", "je", "/"})
# Fractions after a number: "zwei Drittel" (value 2/3), "ein Viertel".
FIGURE_FRACTIONS = {
    "Drittel": 3,
    "Viertel": 4,
    "Fünftel": 5,
    "Sechstel": 6,
    "Achtel": 8,
    "Zehntel": 10,
    "Hundertstel": 100,
    "Tausendstel": 1000,
}
# Words that end an address after a number ("131 West 23rd Street"); German puts the number after.
FIGURE_ADDRESS_WORDS: frozenset[str] = frozenset()
# A duration right after an amount with one of these is the amount's period ("5 Mio. Euro über drei Jahre").
FIGURE_PERIOD_OVER = frozenset({"über"})
# Words before "from … to …" that make it a change, not a range (German says "von … auf …").
FIGURE_CHANGE_WORDS = frozenset(
    "stieg stiegen sank sanken fiel fielen wuchs wuchsen kletterte erhöhte senkte".split()
)
# "one in five": a fraction (German says "jeder Fünfte", an ordinal; left out).
FIGURE_ONE_IN: frozenset[str] = frozenset()
# Words before "N." that make it an amount ending a sentence, not an ordinal: "… stieg auf 230."
FIGURE_AMOUNT_BEFORE = frozenset(
    "auf bei von um mit über unter rund etwa knapp fast insgesamt nur noch ca. circa zirka gegenüber lediglich "
    "mindestens höchstens maximal bis".split()
)
# Qualifiers that are also prepositions, and the words after which they are prepositions:
# "das Krankenhaus verfügt über 500 Betten" has 500 beds, not more than 500.
FIGURE_PREPOSITION_QUALIFIERS = frozenset({"über", "unter", "gegen"})
FIGURE_PREPOSITION_HEADS = frozenset(
    "verfügt verfügen verfügte verfügten verfügende berichtet berichtete berichteten berichten Bericht Berichte "
    "sprach sprachen spricht sprechen redet redete reden Gespräch Gespräche Gesprächen Debatte Diskussion Streit "
    "informiert informierte Informationen entscheidet entschied entscheiden abstimmen stimmten stimmt klagt klagte "
    "klagen Auskunft Angaben Daten Studie Buch Artikel Film Nachricht Nachrichten Meldung Meldungen".split()
)
# Words after a year that is compared with ("unter dem Niveau von 1990" / "1990er Werte").
FIGURE_YEAR_AFTER = frozenset("Niveau Niveaus Stand Werte Werten Preise Preisen Zahlen Level".split())
