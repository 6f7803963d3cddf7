"""German mention table (see tests/test_entities.py for the row format)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# The row checker lives in tests/test_entities.py; load it by path (tests/ is not a package).
_spec = importlib.util.spec_from_file_location("_sayso_entity_checker", Path(__file__).resolve().parents[2] / "test_entities.py")
_checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_checker)
check_row = _checker.check_row

ROWS = [
    # names, inflection, demonyms, adjectives
    ("Die Türkei lehnt den Vorschlag ab.", "Türkei", "turkey"),
    ("Die Regierung der Türkei lehnt ab.", "Regierung der Türkei", "government-turkey"),
    ("Russlands Wirtschaft wächst kaum.", "Russlands", "russia"),
    ("Die russischen Truppen rücken vor.", "russischen Truppen", "armed-forces-russia"),
    ("Russische Soldaten wurden gesehen.", "Russische", "russia"),
    ("Das geschah mit russischem Geld.", "russischem", "russia"),
    ("Die Russen greifen an.", "Russen", "russia"),
    ("Ukrainer fliehen nach Polen.", "Ukrainer", "ukraine"),
    ("Ukrainer fliehen nach Polen.", "Polen", "poland"),
    ("Nordkoreas Raketen fliegen weit.", "Nordkoreas", "north-korea"),
    ("Die DVRK schweigt.", "DVRK", "north-korea"),
    ("Die Vereinigten Staaten warnen.", "Vereinigten Staaten", "united-states"),
    ("Die USA warnen.", "USA", "united-states"),
    ("Auch Großbritanniens Premier warnt.", "Großbritanniens", "united-kingdom"),
    ("Das Vereinigte Königreich tritt aus.", "Vereinigte Königreich", "united-kingdom"),
    ("Ein Treffen in der Demokratischen Republik Kongo.", "Demokratischen Republik Kongo", "democratic-republic-of-the-congo"),
    ("Deutschland liefert Panzer.", "Deutschland", "germany"),
    ("Die Bundesregierung schweigt.", "Bundesregierung", "government-germany"),
    ("Weißrussland und Belarus sind dasselbe Land.", "Weißrussland", "belarus"),
    ("Israels Armee greift an.", "Israels Armee", "armed-forces-israel"),
    ("Die israelische Armee greift an.", "israelische Armee", "armed-forces-israel"),
    ("Die Palästinenser protestieren.", "Palästinenser", "palestine"),
    # metonyms
    ("Der Kreml dementiert.", "Kreml", "government-russia"),
    ("Ein Sprecher des Kremls sagte das.", "Kremls", "government-russia"),
    ("Moskau reagiert gelassen.", "Moskau", "russia"),
    ("Die Haltung Pjöngjangs ist klar.", "Pjöngjangs", "north-korea"),
    ("Kiew meldet Angriffe.", "Kiew", "ukraine"),
    ("Kyjiw meldet Angriffe.", "Kyjiw", "ukraine"),
    ("Das Weiße Haus widerspricht.", "Weiße Haus", "government-united-states"),
    ("Ein Sprecher des Weißen Hauses sagte.", "Weißen Hauses", "government-united-states"),
    ("Downing Street hat sich nicht geäußert.", "Downing Street", "government-united-kingdom"),
    ("Der Élysée hat bestätigt.", "Élysée", "government-france"),
    ("Das Pentagon prüft die Berichte.", "Pentagon", "defence-ministry-united-states"),
    ("Brüssel droht mit Sanktionen.", "Brüssel", "european-union"),
    # institutions and organisations
    ("Das US-Außenministerium ist besorgt.", "US-Außenministerium", "foreign-ministry-united-states"),
    ("Das russische Außenministerium teilte mit.", "russische Außenministerium", "foreign-ministry-russia"),
    ("Laut dem russischen Verteidigungsministerium wurden Drohnen abgeschossen.", "russischen Verteidigungsministerium", "defence-ministry-russia"),
    ("Die Regierung Russlands erklärte.", "Regierung Russlands", "government-russia"),
    ("Laut Generalstab der ukrainischen Streitkräfte fielen Soldaten.", "Generalstab der ukrainischen Streitkräfte", "general-staff-ukraine"),
    ("Der ukrainische Generalstab meldet Verluste.", "ukrainische Generalstab", "general-staff-ukraine"),
    ("Das Auswärtige Amt warnt vor Reisen.", "Auswärtige Amt", "foreign-ministry-germany"),
    ("Die Bundeswehr übt.", "Bundeswehr", "armed-forces-germany"),
    ("Der UN-Sicherheitsrat tagt.", "UN-Sicherheitsrat", "un-security-council"),
    ("Die Vereinten Nationen fordern eine Waffenruhe.", "Vereinten Nationen", "united-nations"),
    ("Die Nato verstärkt ihre Ostflanke.", "Nato", "nato"),
    ("Die EU-Kommission schlägt vor.", "EU-Kommission", "european-commission"),
    ("Die Europäische Union verhängt Sanktionen.", "Europäische Union", "european-union"),
    ("Wie die Deutsche Presse-Agentur meldet.", "Deutsche Presse-Agentur", "dpa"),
    ("Laut Reuters wurden Geschosse geliefert.", "Reuters", "reuters"),
    ("Die Nachrichtenagentur Tass meldete.", "Nachrichtenagentur Tass", "tass"),
    ("Die staatliche Agentur KCNA berichtete.", "KCNA", "kcna"),
    ("Experten des ISW schätzen.", "ISW", "isw"),
    ("Das Stockholmer Friedensforschungsinstitut Sipri zählt Sprengköpfe.", "Sipri", "sipri"),
    ("Die Hamas lehnt ab.", "Hamas", "hamas"),
    ("Die Huthi-Miliz greift Schiffe an.", "Huthi-Miliz", "houthis"),
    ("In der Region Kursk wird gekämpft.", "Region Kursk", "kursk-oblast"),
    ("Im Gazastreifen fehlt Wasser.", "Gazastreifen", "gaza-strip"),
    # people and roles
    ("Wladimir Putins Rede war lang.", "Wladimir Putins", "vladimir-putin"),
    ("Der russische Präsident sprach.", "Der russische Präsident", "vladimir-putin"),
    ("Das sagte, so der russische Führer, die Wahrheit.", "der russische Führer", "vladimir-putin"),
    ("Ein Treffen des russischen Präsidenten mit Kim.", "des russischen Präsidenten", "vladimir-putin"),
    ("US-Präsident Donald Trump drohte.", "US-Präsident", "donald-trump"),
    ("US-Präsident Donald Trump drohte.", "Donald Trump", "donald-trump"),
    ("Selenskyjs Berater widersprach.", "Selenskyjs", "volodymyr-zelenskyy"),
    ("Nordkoreas Führer Kim Jong Un lobte die Truppen.", "Kim Jong Un", "kim-jong-un"),
    ("Kremlsprecher Dmitri Peskow sagte.", "Dmitri Peskow", "dmitry-peskov"),
    ("Außenminister Lawrow reiste nach Peking.", "Lawrow", "sergey-lavrov"),
    ("Außenminister Lawrow reiste nach Peking.", "Peking", "china"),
    ("Bundeskanzler Friedrich Merz sagte.", "Friedrich Merz", "friedrich-merz"),
    ("UN-Generalsekretär António Guterres mahnte.", "António Guterres", "antonio-guterres"),
    # ambiguity
    ("Im Kongo wird gekämpft.", "Kongo", None),
    ("Kinshasa meldet Kämpfe; im Kongo fliehen Tausende.", "Kongo", "democratic-republic-of-the-congo"),
    ("Die Demokratische Republik Kongo und Ruanda verhandeln. Im Kongo herrscht Krieg.", "Kongo", "democratic-republic-of-the-congo"),
    ("Brazzaville meldet, der Kongo sei ruhig.", "Kongo", "republic-of-the-congo"),
    ("Georgien wählt ein neues Parlament.", "Georgien", "georgia"),
    ("In Georgia wurde gewählt.", "Georgia", None),
    ("In Atlanta, Georgia, wurde gewählt.", "Georgia", "georgia-us-state"),
    # negatives
    ("Die Türkei-Reise des Kanzlers wurde verschoben.", "Türkei", "-"),
    ("Der Russland-Ukraine-Krieg dauert an.", "Russland", "-"),
    ("Nach UN-Angaben sind Tausende geflohen.", "UN", "united-nations"),
    ("Ein Nato-Sprecher wollte das nicht kommentieren.", "Nato", "nato"),
    ("Das verlautete aus Kreml-Kreisen.", "Kreml", "government-russia"),
    ("Die Nato-Osterweiterung ist umstritten.", "Nato", "-"),
    ("Die EU-Staaten streiten.", "EU", "-"),
    ("Das ist russisch Roulette.", "russisch", "-"),
    ("Das ist russisches Roulette.", "russisches", "-"),
    ("Er spricht fließend russisch.", "russisch", "-"),
    ("Sie lernt Russisch.", "Russisch", "-"),
    ("Sie kongoten herum.", "kongoten", "-"),
    ("Die kongolesischen Rebellen rücken vor.", "kongolesischen", None),
    ("Washington Irving schrieb Erzählungen.", "Washington", "!united-states"),
    ("Die Deutsche Bank meldet Gewinne.", "Deutsche", "!germany"),
    ("Das war für ihn ein böhmisches Dorf.", "böhmisches", "-"),
    ("Die kremltreuen Medien jubeln.", "kremltreuen", "-"),
    ("Der Nationale Sicherheitsrat tagte.", "Sicherheitsrat", "-"),
    ("Er kaufte einen Spiegel.", "Spiegel", "-"),
    ("Der SWR sendet ein Feature.", "SWR", "!svr"),
    ("Er lebt auf Long Island.", "Island", "!iceland"),
    ("Island verhängt Fangquoten.", "Island", "iceland"),
    ("Der russische Staatsbürger wurde verhaftet.", "russische Staatsbürger", "!vladimir-putin"),
    ("Die Amerikanerin gewann.", "Amerikanerin", "united-states"),
    ("Die Ukrainerin Julija Timoschenko ist bekannt.", "Ukrainerin", "ukraine"),
]


@pytest.mark.parametrize("text,surface,expected", ROWS, ids=[f"{i}-{r[1]}" for i, r in enumerate(ROWS)])
def test_de_mentions(text, surface, expected):
    check_row("de", text, surface, expected)
