"""German and English at parity: every table the statement rules read exists in both language
packages, with the same type (a language may leave a table empty where its grammar has no such
thing, and the test names those)."""

from __future__ import annotations

import pytest

from sayso.lang import get

TABLES = [
    "CUE_VERBS", "PARTICLE_CUES", "REPORTED_CUES", "FRAME_PREPOSITIONS", "FRAME_POSTPOSITIONS", "SOURCE_NOUNS",
    "IMPERSONAL_CUES", "PRONOUNS", "FRAME_ADVERBS", "FRAME_RELATIVES", "NESTED_QUOTE_STATEMENTS",
    "JOIN_QUOTE_SEQUENCES", "DIRECT_QUOTE_SHARE", "CUE_AUXILIARIES", "PRONOMINAL_ADVERBS",
    "CORRELATIVE_ADVERBS", "LIGHT_VERBS", "OPINION_NOUNS", "NOT_FINITE_BESIDE", "NAMING_PREPOSITIONS",
    "REFLEXIVE_CUES", "SEPARABLE_PARTICLES", "PREDICATIVE_REFLEXIVES", "CUE_TAILS", "CUE_PREPOSITIONS",
    "FRAME_CLAUSE_OPENERS", "CLAUSE_CONNECTIVES", "SUBJUNCTIVE_FORMS",
    "SUBJUNCTIVE_II_ONLY", "DETERMINERS", "PREPOSITIONS", "SUBORDINATORS", "COORDINATORS", "BECOME_KNOWN",
    "STANCE_NOUNS", "JUDGING_VERBS", "STANCE_ADJECTIVES",
    "CUE_NEGATIONS", "NEGATABLE_CUES", "OTHER_VERB_PARTICLES", "EVENT_OBJECT_CUES", "EVENT_NOUN_ENDINGS",
    "DEMAND_CUES", "CASUALTY_NOUNS", "OTHER_SENSE_PREPOSITIONS",
    "FINITE_AUXILIARIES",
]
# tables English leaves empty on purpose: German grammar only (verb-second clauses, Konjunktiv,
# separable verbs, a cue split by its clause, postposed frames "X zufolge", "heißt es",
# frame adverbs "demnach" and relatives "wonach", "wurde bekannt")
GERMAN_ONLY = {"CUE_AUXILIARIES", "PRONOMINAL_ADVERBS", "CORRELATIVE_ADVERBS", "LIGHT_VERBS", "OPINION_NOUNS",
               "NOT_FINITE_BESIDE", "NAMING_PREPOSITIONS", "REFLEXIVE_CUES", "SEPARABLE_PARTICLES",
               "PREDICATIVE_REFLEXIVES", "CUE_TAILS", "CUE_PREPOSITIONS", "FRAME_CLAUSE_OPENERS",
               "CLAUSE_CONNECTIVES", "SUBJUNCTIVE_FORMS", "SUBJUNCTIVE_II_ONLY", "FRAME_POSTPOSITIONS",
               "IMPERSONAL_CUES", "FRAME_ADVERBS", "FRAME_RELATIVES", "BECOME_KNOWN",
               "STANCE_NOUNS", "JUDGING_VERBS", "STANCE_ADJECTIVES", "CUE_NEGATIONS", "NEGATABLE_CUES",
               "OTHER_VERB_PARTICLES", "EVENT_OBJECT_CUES", "EVENT_NOUN_ENDINGS",
               "DEMAND_CUES", "CASUALTY_NOUNS", "OTHER_SENSE_PREPOSITIONS"}


@pytest.mark.parametrize("name", TABLES)
def test_table_exists_in_both_languages(name):
    de, en = get("de"), get("en")
    assert hasattr(de, name) and hasattr(en, name), name
    assert type(getattr(de, name)) is type(getattr(en, name)), name
    if isinstance(getattr(de, name), (frozenset, dict, tuple)):
        assert getattr(de, name), f"German {name} is empty"
        if name not in GERMAN_ONLY:
            assert getattr(en, name), f"English {name} is empty"
