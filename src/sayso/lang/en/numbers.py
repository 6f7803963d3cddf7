"""English number data for the figures component: number words, scales, qualifiers, units.

Same names as ``lang/de/numbers.py`` (a parity test checks it). Phrases are written as they
appear in text; phrases of three letters or fewer are matched with their exact case.
"""

FIGURE_DECIMAL_SEP = "."
FIGURE_GROUP_SEP = ","

FIGURE_SCALES = {
    "thousand": 1_000,
    "Thousand": 1_000,
    "hundred": 100,
    "Hundred": 100,
    "million": 10**6,
    "Million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "mil": 10**6,
    "billion": 10**9,
    "Billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "trillion": 10**12,
    "Trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "dozen": 12,
}
# Scale letters written onto the number: "$5.5bn", "£3m", "50k".
FIGURE_SUFFIX_SCALES = {
    "k": 1_000,
    "K": 1_000,
    "m": 10**6,
    "M": 10**6,
    "mn": 10**6,
    "bn": 10**9,
    "b": 10**9,
    "B": 10**9,
    "tn": 10**12,
    "trn": 10**12,
}

FIGURE_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
    "half": 0.5,
}
FIGURE_NUMBER_PARTS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "-": None,
}
FIGURE_WEAK_NUMBER_WORDS = frozenset("one a an half dozen".split())

FIGURE_VAGUE_WORDS = {
    "dozens": 24,
    "Dozens": 24,
    "hundreds": 200,
    "Hundreds": 200,
    "thousands": 2_000,
    "Thousands": 2_000,
    "millions": 2 * 10**6,
    "Millions": 2 * 10**6,
    "billions": 2 * 10**9,
    "Billions": 2 * 10**9,
    "tens of thousands": 20_000,
    "Tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "Hundreds of thousands": 200_000,
    "tens of millions": 2 * 10**7,
    "Tens of millions": 2 * 10**7,
    "hundreds of millions": 2 * 10**8,
    "Hundreds of millions": 2 * 10**8,
    "tens of billions": 2 * 10**10,
    "hundreds of billions": 2 * 10**11,
    "scores": 40,
}
FIGURE_VAGUE_DETERMINERS = frozenset(
    {"several", "a few", "few", "some", "many", "a couple", "a couple of", "a number of"}
)

FIGURE_QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "well over": "more_than",
    "just over": "more_than",
    "a little over": "more_than",
    "well above": "more_than",
    "just above": "more_than",
    "slightly more than": "more_than",
    "far more than": "more_than",
    "many more than": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "approx.": "about",
    "circa": "about",
    "ca.": "about",
    "nearly": "less_than",
    "almost": "less_than",
    "close to": "less_than",
    "just under": "less_than",
    "just shy of": "less_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "up to": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "exactly": "exact",
    "only": "exact",
    "just": "exact",
    "precisely": "exact",
}
FIGURE_RANGE_OPENERS = {"between": "and", "from": "to"}
FIGURE_RANGE_JOINERS = frozenset({"to", "-", "–", "—"})

FIGURE_UNITS = {
    "dollars": "USD",
    "dollar": "USD",
    "Dollars": "USD",
    "USD": "USD",
    "$": "USD",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "Euros": "EUR",
    "EUR": "EUR",
    "€": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "GBP": "GBP",
    "£": "GBP",
    "Canadian dollars": "CAD",
    "Australian dollars": "AUD",
    "Hong Kong dollars": "HKD",
    "Swiss francs": "CHF",
    "francs": "CHF",
    "CHF": "CHF",
    "rubles": "RUB",
    "roubles": "RUB",
    "RUB": "RUB",
    "₽": "RUB",
    "South Korean won": "KRW",
    "KRW": "KRW",
    "₩": "KRW",
    "yen": "JPY",
    "JPY": "JPY",
    "¥": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "CNY": "CNY",
    "rupees": "INR",
    "INR": "INR",
    "pesos": "MXN",
    "hryvnias": "UAH",
    "shekels": "ILS",
    "lira": "TRY",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "percentage points": "percentage points",
    "percentage point": "percentage points",
    "basis points": "bp",
    "bps": "bp",
    "‰": "‰",
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "miles": "mi",
    "mile": "mi",
    "mi": "mi",
    "nautical miles": "nmi",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inches": "in",
    "inch": "in",
    "yards": "yd",
    "meters": "m",
    "metres": "m",
    "meter": "m",
    "metre": "m",
    "m": "m",
    "cm": "cm",
    "centimeters": "cm",
    "centimetres": "cm",
    "mm": "mm",
    "millimeters": "mm",
    "square miles": "mi²",
    "square kilometers": "km²",
    "square kilometres": "km²",
    "km²": "km²",
    "square feet": "ft²",
    "sq ft": "ft²",
    "acres": "acre",
    "hectares": "ha",
    "ha": "ha",
    "mph": "mph",
    "miles per hour": "mph",
    "km/h": "km/h",
    "knots": "kn",
    "kg": "kg",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "kilos": "kg",
    "grams": "g",
    "g": "g",
    "mg": "mg",
    "pounds": "lb",
    "pound": "lb",
    "lb": "lb",
    "lbs": "lb",
    "ounces": "oz",
    "oz": "oz",
    "tons": "t",
    "tonnes": "t",
    "ton": "t",
    "tonne": "t",
    "metric tons": "t",
    "gallons": "gal",
    "liters": "l",
    "litres": "l",
    "barrels": "bbl",
    "bbl": "bbl",
    "degrees": "°",
    "degrees Fahrenheit": "°F",
    "°F": "°F",
    "°C": "°C",
    "degrees Celsius": "°C",
    "°": "°",
    "megawatts": "MW",
    "MW": "MW",
    "gigawatts": "GW",
    "GW": "GW",
    "kW": "kW",
    "kilowatts": "kW",
    "kWh": "kWh",
    "kilowatt hours": "kWh",
    "kilowatt-hours": "kWh",
    "MWh": "MWh",
    "TWh": "TWh",
    "watts": "W",
    "volts": "V",
    "MB": "MB",
    "GB": "GB",
    "TB": "TB",
    "Mw": "Mw",
    "µg": "µg",
    "micrograms": "µg",
    "ppm": "ppm",
    "years": "year",
    "year": "year",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "minute": "minute",
    "seconds": "second",
    "second": "second",
    "decades": "decade",
    "decade": "decade",
    "centuries": "century",
}
FIGURE_PREFIX_UNITS = {
    "$": "USD",
    "US$": "USD",
    "US $": "USD",
    "U.S. $": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "CHF": "CHF",
    "¥": "JPY",
    "₽": "RUB",
    "₩": "KRW",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
    "Rs.": "INR",
    "Rs": "INR",
}
FIGURE_TIME_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
)

FIGURE_TIME_OF_DAY = frozenset(
    {
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "a.m",
        "p.m",
        "AM",
        "PM",
        "o'clock",
        "o’clock",
        "GMT",
        "UTC",
        "ET",
        "EST",
        "EDT",
        "PT",
        "PST",
        "PDT",
        "CT",
        "CST",
        "CDT",
    }
)
FIGURE_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec. Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec".split()
)
FIGURE_REFERENCE_WORDS = frozenset(
    "§ §§ Art. Article Articles Section Sections Sec. Chapter Chapters Ch. Page Pages p. pp. No. no. Nos. "
    "Number Paragraph Para. Clause Amendment Title Volume Vol. Issue Episode Season Part Item Rule "
    "Route Highway Interstate I- Flight Room Suite Gate Platform Level Stage Category Class Version "
    "Windows Group Block Zone District Precinct Ward Lot Tel. Phone Fax Box Apt. Unit Bill Proposition "
    "Prop. Question Measure Resolution H.R. S. Executive Order Street St. Avenue Ave. Road Rd. Channel "
    "Rank Round Game Week Day Model Type Series Act Rep.".split()
)
FIGURE_ORDINAL_BEFORE: frozenset[str] = frozenset()
FIGURE_YEAR_BEFORE = frozenset(
    "in since until till by from to of before after during year years fiscal fy early late mid spring summer "
    "fall autumn winter class and or through between around circa".split()
)
FIGURE_LEAD_WORDS = frozenset(
    "the a an some about around over more nearly almost roughly approximately only just at in on of for "
    "with by from to up under below above between another all about another those these its their his "
    "her our overall altogether total in all still also and but or yet so then now today yesterday "
    "another additional estimated an nearly fewer less least most as exactly precisely".split()
)
FIGURE_PARTITIVES = frozenset("the its their his her our these those them us all your my".split())
FIGURE_TIME_AFTER = frozenset("ago later earlier before after prior previously away".split())
FIGURE_PERIOD_PREPOSITIONS = frozenset(
    "since ago after within during in over the last past next coming first previous every".split()
)
FIGURE_PERIOD_SINCE = frozenset(
    {
        "since",
        "until",
        "through",
        "by",
        "till",
        "by the end of",
        "as of",
        "since early",
        "since late",
        "since the start of",
        "since the end of",
        "since mid",
        "by early",
        "by late",
        "by mid",
    }
)
FIGURE_PERIOD_UNITS = frozenset({"quarter", "half", "fiscal year", "half of the year", "quarter of the year"})
FIGURE_PERIOD_IN = frozenset(
    {
        "in",
        "in fiscal",
        "during",
        "in the year",
        "early",
        "late",
        "mid",
        "in early",
        "in late",
        "in mid",
        "fiscal year",
        "for fiscal year",
        "in fiscal year",
    }
)
FIGURE_PERIOD_BETWEEN = {"between": "and", "from": "to"}
FIGURE_PERIOD_RELATIVE = frozenset(
    {
        "in",  # "in zwei Jahren", "in 18 years" (only with a number and a time unit)
        "in a",
        "in one",
        "in just",
        "in only",
        "in the second",
        "in the third",
        "in the fourth",
        "in the final",
        "by the end of the",
        "by the end of this",
        "by the end of next",
        "since the start of the",
        "since the beginning of the",
        "earlier this",
        "later this",
        "next",
        "in the last",
        "in the past",
        "over the last",
        "over the past",
        "during the last",
        "during the past",
        "in the next",
        "over the next",
        "in the coming",
        "over the coming",
        "in the first",
        "for the last",
        "for the past",
        "within",
        "within the last",
        "within the past",
        "last",
        "this",
        "past",
        "since",
        "the past",
        "the last",
    }
)
FIGURE_NOT_COUNTED = frozenset(
    "percent a an the and or but of to in on at for with by from as than that which who whom whose "
    "under above below near across behind beyond via toward towards upon among amid despite "
    "is are was were be been being have has had do does did will would could should may might must can "
    "said says say told tells according more less most least than so such this these those it its they "
    "their them he she his her we our you your i me my not no nor if when while where there here then "
    "also only just even still each per versus vs. vs while out up down over into onto about after before "
    "since until through during between among against without within like what how why all any both "
    "other others another same own one ones times time percent".split()
)
# Irregular plural nouns that end a counted phrase ("3 million people").
FIGURE_PLURALS = frozenset(
    "people children men women police personnel staff cattle sheep fish feet teeth mice geese data media "
    "troops".split()
)
FIGURE_SENTENCE_STARTERS: frozenset[str] = frozenset()  # English writes no ordinal period
FIGURE_WORD_FOLLOWERS = frozenset("more others other".split())
FIGURE_UNIT_SHARERS = frozenset("and or to".split())
FIGURE_PER = frozenset({"per", "an", "a", "/"})
FIGURE_FRACTIONS = {
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
}
FIGURE_ADDRESS_WORDS = frozenset(
    "Street St. Avenue Ave. Road Rd. Boulevard Blvd. Lane Drive Place Plaza Broadway Court Way Parkway".split()
)
FIGURE_PERIOD_OVER = frozenset({"over"})
FIGURE_CHANGE_WORDS = frozenset(
    "rose rise rises rising fell fall falls falling increased increase increases increasing decreased decrease "
    "decreases grew grow grows growing dropped drop drops dropping climbed climb jumped jump declined decline slipped "
    "surged soared plunged plummeted shrank shrunk went going moved up down changed".split()
)
FIGURE_ONE_IN = frozenset({"one in", "1 in", "one out of", "1 out of"})
FIGURE_AMOUNT_BEFORE: frozenset[str] = frozenset()  # English writes no ordinal period
FIGURE_PREPOSITION_QUALIFIERS = frozenset({"about", "over", "under", "around"})
FIGURE_PREPOSITION_HEADS = frozenset(
    "comment comments commented talk talks talked talking speak spoke spoken question questions asked ask story "
    "stories report reports reported news claim claims claimed lie lied lies joke joked jokes complain complained "
    "worry worried worries concerned concerns care cared know knew think thought argue argued debate debated "
    "fight fought dispute disputes".split()
)
FIGURE_YEAR_AFTER = frozenset("levels level figures prices rates values standards numbers".split())
