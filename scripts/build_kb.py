#!/usr/bin/env python3
"""Generate sayso's knowledge-base data files that are derived rather than hand-written.

    .venv/bin/python scripts/build_kb.py

writes, under src/sayso/kb/data/:

- countries_cldr.json: every ISO 3166 territory's name in English and German, from the
  Unicode CLDR as shipped with ``babel`` (so country names are not typed by hand);
- institutions.json: for the G20 and the parties to current major conflicts, the
  government, foreign ministry, defence ministry, armed forces and (where one exists) the
  general staff, with aliases built from the hand-curated adjectives, genitives, capitals and
  compound prefixes in countries.json, plus per-institution overrides below.

Both outputs are deterministic (sorted keys) so a re-run shows a clean diff.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from babel import Locale

DATA = Path(__file__).resolve().parents[1] / "src" / "sayso" / "kb" / "data"

# CLDR codes that are not countries or territories.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}

# Countries whose institutions are generated: the G20 members and the parties to current
# major conflicts (Russia-Ukraine and supporters, Middle East, Sudan, DR Congo, Myanmar,
# the Caucasus, the Korean peninsula, the Taiwan strait).
INSTITUTION_COUNTRIES = [
    "RU", "UA", "US", "KP", "KR", "CN", "DE", "FR", "GB", "IT", "JP", "IN", "BR", "CA", "AU", "MX",
    "AR", "ID", "SA", "ZA", "TR", "IL", "IR", "BY", "PL", "SY", "IQ", "AF", "PK", "TW", "EG", "LB",
    "GE", "AM", "AZ", "SD", "ET", "VE", "PS", "YE", "CD", "RW", "MM",
]
GENERAL_STAFF = {"RU", "UA", "BY", "PL", "TR", "IL", "IR", "KP", "KR", "US", "CN", "AZ", "AM"}
ARTICLE_EN = {"US", "GB", "CD", "CG", "AE", "NL", "PH"}

# Per-institution overrides: canonical names, wikidata, extra aliases, metonyms (seats).
OVERRIDES: dict[str, dict] = {
    "government-russia": {"metonyms": {"de": ["Kreml"], "en": ["Kremlin"]},
                          "aliases": {"de": ["Führung in Moskau", "Moskauer Führung", "Regierung in Moskau"], "en": []}},
    "government-united-states": {"name": "Government of the United States",
                                 "metonyms": {"de": ["Weiße Haus", "Weißes Haus", "Weißen Haus", "Weißen Hauses"],
                                              "en": ["White House"]},
                                 "aliases": {"de": ["US-Regierung", "Regierung in Washington", "Trump-Regierung", "US-Administration"],
                                             "en": ["Trump administration", "US administration", "U.S. administration", "Washington administration"]}},
    "government-united-kingdom": {"metonyms": {"de": ["Downing Street"], "en": ["Downing Street", "Number 10", "No 10"]},
                                  "aliases": {"de": ["Regierung in London"], "en": []}},
    "government-france": {"metonyms": {"de": ["Élysée", "Élysée-Palast", "Elysée", "Elysee", "Élyséepalast"],
                                       "en": ["Élysée", "Elysée", "Elysee", "Élysée Palace", "Elysee Palace"]}},
    "government-germany": {"name": "Federal Government of Germany",
                           "metonyms": {"de": ["Kanzleramt", "Bundeskanzleramt"], "en": ["Chancellery"]},
                           "aliases": {"de": ["Bundesregierung", "Regierung in Berlin"], "en": ["German federal government"]}},
    "government-china": {"metonyms": {"de": ["Zhongnanhai"], "en": ["Zhongnanhai"]},
                         "aliases": {"de": ["Führung in Peking", "Pekinger Führung"], "en": ["Chinese leadership"]}},
    "government-north-korea": {"aliases": {"de": ["Regime in Pjöngjang", "nordkoreanisch~ Regime", "Führung in Pjöngjang"],
                                           "en": ["North Korean regime", "regime in Pyongyang"]}},
    "government-ukraine": {"aliases": {"de": ["Regierung in Kiew", "Regierung in Kyjiw", "Führung in Kiew"], "en": ["government in Kyiv"]}},
    "foreign-ministry-united-states": {"name": "United States Department of State", "wikidata": "Q789915",
                                       "metonyms": {"de": ["Foggy Bottom"], "en": ["Foggy Bottom"]},
                                       "aliases": {"de": ["State Department", "US-Außenministerium", "amerikanisch~ Außenministerium",
                                                          "Außenministerium in Washington", "US-Außenamt"],
                                                   "en": ["State Department", "US State Department", "U.S. State Department",
                                                          "United States Department of State", "Department of State"]}},
    "defence-ministry-united-states": {"name": "United States Department of Defense",
                                       "metonyms": {"de": ["Pentagon"], "en": ["Pentagon"]},
                                       "aliases": {"de": ["US-Verteidigungsministerium", "US-Kriegsministerium", "Kriegsministerium in Washington"],
                                                   "en": ["Department of Defense", "US Department of Defense", "Defense Department",
                                                          "Department of War", "War Department"]}},
    "foreign-ministry-germany": {"name": "Federal Foreign Office",
                                 "aliases": {"de": ["Auswärtige Amt", "Auswärtiges Amt", "Auswärtigen Amt", "Auswärtigen Amtes", "Auswärtigen Amts", "Bundesaußenministerium"],
                                             "en": ["Federal Foreign Office", "German Foreign Office"]}},
    "defence-ministry-germany": {"name": "Federal Ministry of Defence (Germany)", "metonyms": {"de": ["Bendlerblock"], "en": []},
                                 "aliases": {"de": ["Bundesverteidigungsministerium", "Bundesministerium der Verteidigung"], "en": []}},
    "foreign-ministry-united-kingdom": {"name": "Foreign, Commonwealth and Development Office",
                                        "aliases": {"de": ["Foreign Office"], "en": ["Foreign Office", "Foreign, Commonwealth and Development Office", "FCDO"]}},
    "defence-ministry-united-kingdom": {"name": "Ministry of Defence (United Kingdom)",
                                        "aliases": {"de": [], "en": ["Ministry of Defence", "MoD"]}},
    "foreign-ministry-france": {"metonyms": {"de": ["Quai d'Orsay"], "en": ["Quai d'Orsay"]}},
    "armed-forces-russia": {"name": "Russian Armed Forces"},
    "armed-forces-united-states": {"name": "United States Armed Forces", "aliases": {"de": ["US-Truppen"], "en": ["US troops", "U.S. troops"]}},
    "armed-forces-germany": {"name": "Bundeswehr", "aliases": {"de": ["Bundeswehr"], "en": ["Bundeswehr"]}},
    "armed-forces-china": {"name": "People's Liberation Army",
                           "aliases": {"de": ["Volksbefreiungsarmee", "Chinesisch~ Volksbefreiungsarmee"], "en": ["People's Liberation Army", "PLA"]}},
    "armed-forces-north-korea": {"name": "Korean People's Army",
                                 "aliases": {"de": ["Koreanisch~ Volksarmee", "Koreanischen Volksarmee"], "en": ["Korean People's Army", "KPA"]}},
    "armed-forces-south-korea": {"name": "Republic of Korea Armed Forces"},
    "armed-forces-israel": {"name": "Israel Defense Forces",
                            "aliases": {"de": ["IDF", "Zahal", "Israelisch~ Verteidigungsstreitkräfte"], "en": ["Israel Defense Forces", "IDF", "Israeli Defense Forces"]}},
    "armed-forces-united-kingdom": {"name": "British Armed Forces"},
    "general-staff-united-states": {"name": "Joint Chiefs of Staff",
                                    "aliases": {"de": ["Vereinigte Generalstab", "Vereinigten Generalstabs", "Joint Chiefs of Staff"], "en": ["Joint Chiefs of Staff", "Joint Chiefs"]}},
    "general-staff-south-korea": {"name": "Joint Chiefs of Staff (South Korea)",
                                  "aliases": {"de": ["südkoreanisch~ Generalstab", "Vereinigte Generalstab Südkoreas", "Vereinigten Generalstabs Südkoreas"],
                                              "en": ["South Korea's Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff", "JCS"]}},
    "general-staff-china": {"name": "Joint Staff Department of the Central Military Commission"},
}

EXTRA_RECORDS = [
    {"id": "irgc", "name": "Islamic Revolutionary Guard Corps", "type": "organization", "country": "IR",
     "aliases": {"de": ["Revolutionsgarden", "Revolutionsgarde", "Iranisch~ Revolutionsgarden", "IRGC"],
                 "en": ["Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard", "IRGC"]}},
]


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode("ascii")
    return "-".join("".join(ch if ch.isalnum() else " " for ch in s.lower()).split())


def cldr() -> dict[str, dict[str, str]]:
    de, en = Locale("de").territories, Locale("en").territories
    return {code: {"en": en[code], "de": de[code]} for code in sorted(en)
            if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and code in de}


def institutions(names: dict[str, dict[str, str]], extra: dict[str, dict]) -> list[dict]:
    out = []
    for iso in INSTITUTION_COUNTRIES:
        c = extra[iso]
        en_name = c.get("name") or names[iso]["en"]
        cid = slug(en_name)
        the = "the " if iso in ARTICLE_EN else ""
        adj_de = c.get("adj_de", [])
        adj_en = c.get("adj_en", [])
        gen = c.get("gen_de", [])
        caps_de = c.get("cap_de", [])
        prefix = c.get("prefix_de")
        n_en = [the + en_name]
        poss = [n + "'s" for n in [en_name] + [a for a in c.get("en", []) if " " not in a and "." not in a]]

        def de_forms(nouns_adj: list[str], nouns_gen: list[str], compound: list[str]) -> list[str]:
            forms = [f"{a}~ {n}" for a in adj_de for n in nouns_adj]
            forms += [f"{n} {g}" for n in nouns_gen for g in gen]
            forms += [f"{g} {n}" for n in nouns_adj for g in gen if not g.startswith(("der ", "des ", "von "))]
            forms += [f"{n} in {k}" for n in nouns_gen for k in caps_de]
            if prefix:
                forms += [f"{prefix}-{n}" for n in compound]
            return forms

        def en_forms(nouns: list[str], of: list[str]) -> list[str]:
            forms = [f"{a} {n}" for a in adj_en for n in nouns]
            forms += [f"{p} {n}" for p in poss for n in nouns]
            forms += [f"{o} {n}" for o in of for n in n_en]
            return forms

        recs = [
            ("government", f"Government of {the}{en_name}",
             de_forms(["Regierung", "Staatsführung", "Führung"], ["Regierung"], ["Regierung"]),
             en_forms(["government", "Government", "leadership"], ["Government of", "government of"])),
            ("foreign-ministry", f"Ministry of Foreign Affairs of {the}{en_name}",
             de_forms(["Außenministerium", "Außenamt"], ["Außenministerium"], ["Außenministerium"]),
             en_forms(["Foreign Ministry", "foreign ministry", "Ministry of Foreign Affairs", "foreign affairs ministry"],
                      ["Ministry of Foreign Affairs of", "Foreign Ministry of"])),
            ("defence-ministry", f"Ministry of Defence of {the}{en_name}",
             de_forms(["Verteidigungsministerium"], ["Verteidigungsministerium"], ["Verteidigungsministerium"]),
             en_forms(["Defence Ministry", "Defense Ministry", "defence ministry", "defense ministry",
                       "Ministry of Defence", "Ministry of Defense"], ["Ministry of Defence of", "Ministry of Defense of"])),
            ("armed-forces", f"Armed Forces of {the}{en_name}",
             de_forms(["Streitkräfte", "Armee", "Militär", "Truppen"], ["Streitkräfte", "Armee"], ["Armee", "Streitkräfte", "Militär"]),
             en_forms(["armed forces", "Armed Forces", "army", "Army", "military", "troops", "forces"], ["Armed Forces of", "armed forces of"])),
        ]
        if iso in GENERAL_STAFF:
            recs.append(
                ("general-staff", f"General Staff of the Armed Forces of {the}{en_name}",
                 de_forms(["Generalstab"], ["Generalstab", "Generalstab der Streitkräfte"], ["Generalstab"])
                 + [f"Generalstab der {a}~ {n}" for a in adj_de for n in ("Streitkräfte", "Armee")],
                 en_forms(["General Staff", "general staff"], ["General Staff of", "General Staff of the Armed Forces of"])))
        for kind, name, de, en in recs:
            rid = f"{kind}-{cid}"
            rec = {"id": rid, "name": name, "type": "organization", "country": iso,
                   "aliases": {"de": de, "en": en}}
            ov = OVERRIDES.get(rid, {})
            for key in ("name", "wikidata"):
                if key in ov:
                    rec[key] = ov[key]
            for key in ("aliases", "metonyms"):
                if key in ov:
                    tgt = rec.setdefault(key, {"de": [], "en": []})
                    for lang in ("de", "en"):
                        tgt[lang] = list(dict.fromkeys(ov[key].get(lang, []) + tgt.get(lang, [])))
            out.append(rec)
    out.extend(EXTRA_RECORDS)
    return out


GERMEVAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "germeval2014-ner"
# Common given names, so that the heuristic knows them even where GermEval has none.
GIVEN_NAMES_HAND = ["Aaron", "Adam", "Adrian", "Alan", "Albert", "Alex", "Alexander", "Alexandra", "Alexei", "Alice", "Amanda", "Amy", "Andreas", "Andrea", "Andrew", "Andrej", "Angela", "Anna", "Anne", "Annalena", "Anthony", "Anton", "Antonio", "Armin", "Barbara", "Ben", "Benjamin", "Bernd", "Bill", "Bob", "Boris", "Brian", "Carl", "Carlos", "Caroline", "Charles", "Chris", "Christian", "Christina", "Christine", "Christoph", "Christopher", "Claudia", "Daniel", "Daniela", "David", "Dennis", "Dieter", "Dmitri", "Dmitry", "Donald", "Elena", "Elizabeth", "Emily", "Emma", "Eric", "Erik", "Eva", "Fabian", "Felix", "Florian", "Frank", "Franz", "Friedrich", "Gabriel", "Georg", "George", "Gerhard", "Hans", "Hannah", "Heike", "Heinz", "Helmut", "Henry", "Horst", "Igor", "Ivan", "Jack", "Jakob", "James", "Jan", "Jana", "Jane", "Jennifer", "Jens", "Jessica", "Joachim", "Johann", "Johannes", "John", "Jonas", "Joseph", "Julia", "Julian", "Jürgen", "Karin", "Karl", "Katarina", "Katharina", "Kevin", "Klaus", "Kristina", "Lars", "Laura", "Lena", "Leon", "Lisa", "Lukas", "Manfred", "Marco", "Maria", "Marie", "Mark", "Markus", "Martin", "Martina", "Mary", "Matthias", "Max", "Michael", "Michail", "Mikhail", "Monika", "Natalia", "Nicole", "Nikolai", "Oleg", "Oleksandr", "Oliver", "Olga", "Pascal", "Patrick", "Paul", "Peter", "Petra", "Philipp", "Rachel", "Ralf", "Rebecca", "Richard", "Robert", "Sabine", "Sandra", "Sarah", "Sascha", "Sebastian", "Sergej", "Sergei", "Sergey", "Simon", "Sophie", "Stefan", "Stephan", "Steven", "Susanne", "Sven", "Thomas", "Tim", "Tobias", "Tom", "Torsten", "Ulrich", "Ursula", "Uwe", "Viktor", "Vladimir", "Walter", "Werner", "Wilhelm", "William", "Wolfgang", "Yulia", "Julija", "Yuri", "Juri", "Abigail", "Alicia", "Allison", "Amber", "Andrea", "Angela", "Ashley", "Barbara", "Betty", "Brenda", "Brittany", "Carol", "Catherine", "Cheryl", "Christina", "Cynthia", "Deborah", "Debra", "Denise", "Diana", "Donna", "Dorothy", "Ellen", "Emily", "Evelyn", "Frances", "Gloria", "Heather", "Helen", "Jacqueline", "Janet", "Janice", "Jean", "Joan", "Joyce", "Judith", "Judy", "Julie", "Karen", "Katherine", "Kathleen", "Kathryn", "Kelly", "Kimberly", "Linda", "Lori", "Margaret", "Marilyn", "Martha", "Megan", "Melissa", "Michelle", "Nancy", "Nicole", "Olivia", "Pamela", "Patricia", "Rebecca", "Ruth", "Samantha", "Sharon", "Shirley", "Stephanie", "Susan", "Teresa", "Theresa", "Tiffany", "Victoria", "Virginia", "Wendy", "Adam", "Albert", "Arthur", "Austin", "Benjamin", "Billy", "Bobby", "Brandon", "Bruce", "Bryan", "Carl", "Charles", "Craig", "Dale", "Danny", "Dennis", "Douglas", "Dylan", "Edward", "Eric", "Ethan", "Eugene", "Frank", "Gary", "Gerald", "Gregory", "Harold", "Harry", "Henry", "Howard", "Jacob", "Jason", "Jeffrey", "Jeremy", "Jerry", "Jesse", "Joe", "Jonathan", "Jordan", "Joshua", "Juan", "Justin", "Keith", "Kenneth", "Kyle", "Larry", "Lawrence", "Logan", "Louis", "Matthew", "Nathan", "Nicholas", "Noah", "Patrick", "Philip", "Ralph", "Randy", "Raymond", "Roger", "Roy", "Russell", "Ryan", "Samuel", "Scott", "Sean", "Stephen", "Terry", "Timothy", "Tyler", "Vincent", "Wayne", "Zachary", "Ahmed", "Ali", "Mohammed", "Muhammad", "Hassan", "Hussein", "Omar", "Fatima", "Aisha", "Olena", "Oleksiy", "Olexander", "Volodymyr", "Dmytro", "Andriy", "Serhiy", "Mykola", "Yuliia", "Iryna", "Natalia", "Tetiana", "Svetlana", "Ekaterina", "Anastasia", "Alexey", "Aleksandr", "Nikolay", "Pavel", "Maxim", "Yevgeny", "Evgeny", "Ilya", "Anton", "Kirill", "Roman", "Wei", "Li", "Ming", "Hiroshi", "Yuki", "Jae", "Min", "Seo", "Ji"]


# Capitalised English words that GermEval happens to show as first names.
NOT_GIVEN_NAMES = set(["Black", "White", "Green", "Brown", "Young", "King", "Will", "May", "June", "April", "Hope", "Grace", "Faith", "Joy", "Rose", "Summer", "Tax", "Justice", "Art", "Star", "Sun", "Long", "Little", "Major", "General", "Doctor", "Lord", "Sir", "Saint", "San", "Santa", "Mount", "New", "Old", "Great", "Big", "Grüne", "Lady", "Lego", "Karma", "Praise", "Patch", "Cat", "Astro", "Hulk", "Urban", "Venus", "Judas", "Jesus", "Chr", "Neo", "Moc", "Offisa", "Virgen", "Mata", "Lagard", "Ickler", "Prochnow", "Hübbe", "Hartmann", "Jackson", "Hamilton", "Wolf"])


def given_names() -> list[str] | None:
    """First tokens of multi-token PER names in GermEval 2014 (CC BY 4.0) that are seldom
    anything else, plus the hand list above."""
    if not GERMEVAL.is_dir():
        return None
    first: dict[str, int] = {}
    other: dict[str, int] = {}
    for path in sorted(GERMEVAL.glob("*.tsv")):
        rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]
        for i, r in enumerate(rows):
            if len(r) < 3 or r[0].startswith("#"):
                continue
            tok, tag = r[1], r[2]
            nxt = rows[i + 1] if i + 1 < len(rows) else []
            if tag == "B-PER" and len(nxt) >= 3 and nxt[2] == "I-PER":
                first[tok] = first.get(tok, 0) + 1
            elif tag == "O" or tag.endswith(("ORG", "LOC", "OTH")):
                other[tok] = other.get(tok, 0) + 1
    names = {t for t, c in first.items() if t.isalpha() and t[:1].isupper() and not t.isupper() and len(t) >= 3
             and other.get(t, 0) <= c and t not in NOT_GIVEN_NAMES}
    names = {t for t in names if not (t.endswith("s") and t[:-1] in names)}  # genitives: "Ottos"
    return sorted(names | set(GIVEN_NAMES_HAND))


def main() -> None:
    names = cldr()
    (DATA / "countries_cldr.json").write_text(
        json.dumps({"about": "Generated by scripts/build_kb.py from the Unicode CLDR via babel "
                    f"{__import__('babel').__version__}; do not edit by hand.", "names": names},
                   ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    extra = {c["iso"]: c for c in json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["countries"]}
    recs = institutions(names, extra)
    with open(DATA / "institutions.json", "w", encoding="utf-8") as f:
        f.write('{\n "about": "Generated by scripts/build_kb.py from countries.json and the templates and overrides in '
                'that script; edit those, not this file. \'~\' marks a German adjective stem.",\n "entities": [\n')
        f.write(",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in recs))
        f.write("\n ]\n}\n")
    given = given_names()
    if given is not None:
        (DATA / "given_names.txt").write_text(
            "# Given names for the unknown-name heuristic (sayso.components.entities): first tokens of\n"
            "# multi-token person names in GermEval 2014 NER (Benikova et al., CC BY 4.0) that are seldom\n"
            "# tagged otherwise, plus a short hand list. Generated by scripts/build_kb.py.\n"
            + "\n".join(given) + "\n", encoding="utf-8")
        print(f"{len(given)} given names")
    print(f"{len(names)} CLDR territories, {len(recs)} institutions")


if __name__ == "__main__":
    main()
