"""English mention table (see tests/test_entities.py for the row format)."""

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
    ("Russia's economy is slowing.", "Russia", "russia"),
    ("Russian troops advanced near Pokrovsk.", "Russian troops", "armed-forces-russia"),
    ("The Russians attacked at dawn.", "Russians", "russia"),
    ("North Korean soldiers were captured.", "North Korean", "north-korea"),
    ("The DPRK denied it.", "DPRK", "north-korea"),
    ("Pyongyang denied it.", "Pyongyang", "north-korea"),
    ("The U.S. and the UK agreed.", "U.S.", "united-states"),
    ("The U.S. and the UK agreed.", "UK", "united-kingdom"),
    ("Washington imposed sanctions.", "Washington", "united-states"),
    ("Kyiv reported drone attacks.", "Kyiv", "ukraine"),
    ("Turkey hosted the talks.", "Turkey", "turkey"),
    ("Türkiye hosted the talks.", "Türkiye", "turkey"),
    ("The Kremlin said the talks failed.", "Kremlin", "government-russia"),
    ("The White House declined to comment.", "White House", "government-united-states"),
    ("Downing Street declined to comment.", "Downing Street", "government-united-kingdom"),
    ("The Pentagon confirmed the strike.", "Pentagon", "defence-ministry-united-states"),
    ("The State Department spokesperson said.", "State Department", "foreign-ministry-united-states"),
    ("Russia's foreign ministry said.", "Russia's foreign ministry", "foreign-ministry-russia"),
    ("The Russian Defence Ministry said.", "Russian Defence Ministry", "defence-ministry-russia"),
    ("Ukraine's General Staff reported losses.", "Ukraine's General Staff", "general-staff-ukraine"),
    ("The General Staff of the Armed Forces of Ukraine said.", "General Staff of the Armed Forces of Ukraine", "general-staff-ukraine"),
    ("The Israel Defense Forces said.", "Israel Defense Forces", "armed-forces-israel"),
    ("The IDF said.", "IDF", "armed-forces-israel"),
    ("The UN Security Council met.", "UN Security Council", "un-security-council"),
    ("NATO allies agreed.", "NATO", "nato"),
    ("The European Commission proposed.", "European Commission", "european-commission"),
    ("According to the Institute for the Study of War, troops advanced.", "Institute for the Study of War", "isw"),
    ("RUSI analysts estimate the losses.", "RUSI", "rusi"),
    ("Yonhap reported the launch.", "Yonhap", "yonhap"),
    ("The Associated Press reported.", "Associated Press", "associated-press"),
    ("Hezbollah fired rockets.", "Hezbollah", "hezbollah"),
    ("Fighting in the Kursk region continued.", "Kursk region", "kursk-oblast"),
    ("Vladimir Putin's spokesman said.", "Vladimir Putin", "vladimir-putin"),
    ("The Russian president spoke.", "The Russian president", "vladimir-putin"),
    ("Zelenskyy thanked the allies.", "Zelenskyy", "volodymyr-zelenskyy"),
    ("Kim Jong-un inspected the troops.", "Kim Jong-un", "kim-jong-un"),
    ("Secretary of State Marco Rubio said.", "Marco Rubio", "marco-rubio"),
    ("Prime Minister Keir Starmer said.", "Keir Starmer", "keir-starmer"),
    ("Xi Jinping met Putin.", "Xi Jinping", "xi-jinping"),
    # ambiguity
    ("Georgia held elections.", "Georgia", None),
    ("Tbilisi was calm as Georgia held elections.", "Georgia", "georgia"),
    ("In Atlanta, Georgia voters lined up.", "Georgia", "georgia-us-state"),
    ("Fighting in Congo displaced thousands.", "Congo", None),
    ("Kinshasa said Congo would resist.", "Congo", "democratic-republic-of-the-congo"),
    ("Jordan scored.", "Jordan", None),
    ("Amman said Jordan would not take part.", "Jordan", "jordan"),
    # negatives
    ("Washington Irving wrote stories.", "Washington", "!united-states"),
    ("George Washington crossed the river.", "Washington", "!united-states"),
    ("The Washington Post reported.", "Washington Post", "washington-post"),
    ("They played Russian roulette.", "Russian", "-"),
    ("She ordered French fries.", "French", "-"),
    ("He ate a turkey sandwich.", "turkey", "-"),
    ("The china cabinet broke.", "china", "-"),
    ("Jordan Peterson spoke.", "Jordan", "!jordan"),
    ("The Turkey-Syria border is closed.", "Turkey", "-"),
    ("He speaks russian badly.", "russian", "-"),
    ("The guinea pig escaped.", "guinea", "-"),
    ("The Indian Ocean is warm.", "Indian", "-"),
    ("Latin America is changing.", "America", "-"),
    ("America first, he said.", "America", "united-states"),
    ("The Russian leader spoke.", "The Russian leader", "vladimir-putin"),
    ("A Russian citizen was arrested.", "Russian citizen", "!vladimir-putin"),
]


@pytest.mark.parametrize("text,surface,expected", ROWS, ids=[f"{i}-{r[1]}" for i, r in enumerate(ROWS)])
def test_en_mentions(text, surface, expected):
    check_row("en", text, surface, expected)
