"""The German name model as sayso runs it: numpy forward pass, windows, and what it costs.

``_FastTagger`` re-implements the shipped tagger's forward pass; these tests hold it to the
model itself (thinc's ``predict``), so that a spaCy or thinc upgrade that changes the network
fails here instead of silently changing the tags.
"""

from __future__ import annotations

import numpy as np
import pytest

from sayso import lang as langdata
from sayso.components import entities
from sayso.components.entities import find_mentions

WINDOWS = [
    ("Die", "Deutsche", "Bank", "sagte"),
    ("Laut", "Angela", "Merkel", ",", "der", "CDU", "-", "Chefin"),
    ("X",),
    tuple("Der Vorstandschef widersprach der SPD am Montag deutlich .".split()),
    tuple("wartet laut Kristján Loftsson lediglich noch".split()),
    ("„", "Wir", "bleiben", "“", ",", "sagte", "Müller", "."),
]


@pytest.fixture(scope="module")
def model():
    nlp = entities.ner_model("de")
    if nlp is None or "tagger" not in nlp.pipe_names:
        pytest.skip("no German tagger model in the package")
    return nlp


def test_fast_path_is_used_for_the_shipped_model(model):
    assert entities._FastTagger.of(model) is not None


@pytest.mark.parametrize("windows", [WINDOWS, WINDOWS[:1], WINDOWS[2:3], list(reversed(WINDOWS)) * 3])
def test_fast_scores_equal_the_model(model, windows):
    from spacy.tokens import Doc

    fast = entities._FastTagger(model, *_parts(model))
    got = fast.scores(windows)
    want = np.concatenate(model.get_pipe("tagger").model.predict([Doc(model.vocab, words=list(w)) for w in windows]))
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
    assert got.argmax(axis=1).tolist() == want.argmax(axis=1).tolist()


def test_features_equal_the_vocabulary(model):
    from spacy.tokens import Doc

    fast = entities._FastTagger(model, *_parts(model))
    words = ["Müller", "müller", "SPD", "U.S.", "„", "1.000", "Hermann-Josef", "ﬁnal", "McCain", "x" * 40]
    assert fast._features(words).tolist() == Doc(model.vocab, words=words).to_array(fast.columns).T.tolist()


def test_first_layer_cache_is_bounded(model, monkeypatch):
    fast = entities._FastTagger(model, *_parts(model))
    monkeypatch.setattr(fast, "MAX_WORDS", 5)
    a = fast.scores([tuple("eins zwei drei vier".split())])
    b = fast.scores([tuple("fünf sechs sieben acht neun".split())])
    assert len(fast.rows) <= 5
    np.testing.assert_allclose(fast.scores([tuple("eins zwei drei vier".split())]), a, atol=1e-4)
    assert b.shape == (5, len(model.get_pipe("tagger").labels))


def _parts(nlp):
    tok2vec, out = nlp.get_pipe("tagger").model.layers
    return tok2vec, out.layers[0]


def test_model_sees_windows_not_the_whole_text(model, monkeypatch):
    """German capitalises every noun: the model is shown only runs of capitalised words that
    may be names (with two tokens either side), not the text."""
    seen: list[tuple[str, ...]] = []
    real = entities._tag_windows

    def spy(nlp, windows):
        seen.extend(windows)
        return real(nlp, windows)

    monkeypatch.setattr(entities, "_tag_windows", spy)
    entities._MODEL_CACHE.clear()
    text = ("Die Regierung hat am Montag neue Regeln für den Verkehr beschlossen. Die Polizei soll mehr "
            "Kontrollen machen, sagte der Sprecher. Nach Angaben der Behörde wurden im Jahr 2023 über "
            "3.000 Unfälle gezählt. Der Vorstandschef Hermann-Josef Lamberti widersprach der SPD deutlich.")
    hits = find_mentions(text, langdata.get("de"))
    words = [w for win in seen for w in win]
    assert 0 < len(words) < len(text.split()) / 2, seen
    assert "Verkehr" not in words and "Unfälle" not in words
    assert {"Hermann-Josef Lamberti", "SPD"} <= {h.text for h in hits}


def test_model_results_are_cached_per_window(model, monkeypatch):
    entities._MODEL_CACHE.clear()
    calls: list[int] = []
    real = entities._tag_windows

    def spy(nlp, windows):
        calls.append(len(windows))
        return real(nlp, windows)

    monkeypatch.setattr(entities, "_tag_windows", spy)
    text = "Der Vorstandschef widersprach der SPD am Montag deutlich."
    first = find_mentions(text, langdata.get("de"))
    second = find_mentions(text, langdata.get("de"))
    assert first == second and calls == [1]
