"""The recognisers' token vectors by our own code: thinc's arrays, for the networks it knows."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from tui.core.entities import fast_tok2vec, models, reading
from tui.core.entities.blas import one_blas_thread

SENTENCES = {
    "de": [
        "Die Firma Quorvel aus Lindenbrück senkt ihre Prognose, sagte Vorständin Ilka Marsch.",
        "",
        "Regen.",
        "Am 3. Mai 2021 eröffnete der Verein Grüne Wiese e. V. in Obertal ein Museum für "
        "Uhren, Karten und alte Rechenmaschinen; Bürgermeister Jonas Feld kam nicht.",
        "Ein Satz ohne jeden Namen, nur Wörter wie Haus, Baum und Wasser.",
    ],
    "en": [
        "Quorvel Industries cut its forecast on Tuesday, chief executive Ilka Marsh said in "
        "a statement from Lindenbrook.",
        "Rain.",
        "",
        "The Green Meadow Society opened a museum of clocks, maps and old calculating "
        "machines in Oakvale on May 3, 2021; Mayor Jonah Field did not come.",
    ],
}


def _recogniser_input(lang: str):
    nlp = models.load(models.choose(lang))
    first = nlp.get_pipe("ner").model.layers[0]
    docs = [nlp.make_doc(text) for text in SENTENCES[lang]]
    for name, component in nlp.pipeline:
        if name != "ner":
            docs = [component(doc) for doc in docs]
    return nlp, first, docs


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_the_recognisers_network_is_one_it_knows(lang):
    _, first, _ = _recogniser_input(lang)
    assert first._func is not inspect.unwrap(first._func), "installed at load"
    assert fast_tok2vec.from_model(first) is not None


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_same_vectors_as_thincs_layers(lang):
    _, first, docs = _recogniser_input(lang)
    network = fast_tok2vec.from_model(first)
    assert network is not None
    thincs = inspect.unwrap(first._func)
    with one_blas_thread():
        expected, _ = thincs(first, docs, False)
        ours = network(docs)
        # Through the model during a reading, which is where the recogniser asks.
        through_model = first.predict(docs)
    assert ours.dtype == expected.dtype == np.float32
    assert ours.shape == expected.shape == (sum(len(doc) for doc in docs), expected.shape[1])
    # The mixing layer sums its products in another order than thinc: ~1e-6 apart.
    np.testing.assert_allclose(ours, expected, rtol=1e-4, atol=2e-5)
    np.testing.assert_array_equal(through_model, ours)


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_same_names_as_with_thincs_layers(lang):
    nlp, first, _ = _recogniser_input(lang)
    texts = SENTENCES[lang]

    def found() -> list[list[tuple[int, int, str]]]:
        return [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in reading.read(nlp, texts)
        ]

    ours = found()
    installed = first._func
    first._func = inspect.unwrap(installed)
    try:
        expected = found()
    finally:
        first._func = installed
    assert any(expected)
    assert ours == expected


def test_thincs_layers_outside_a_reading_and_for_training(monkeypatch):
    _, first, docs = _recogniser_input("de")

    def refuse(self, docs):
        raise AssertionError("the fast path ran")

    monkeypatch.setattr(fast_tok2vec.TokenVectors, "__call__", refuse)
    first.predict(docs)  # no reading: thinc's layers
    with one_blas_thread():
        _, backprop = first.begin_update(docs)  # training: thinc's layers
        assert callable(backprop)
        first.predict([docs[1]])  # no token at all: thinc's layers


def test_a_network_of_another_architecture_keeps_spacys_path():
    from spacy.ml.models import (
        MaxoutWindowEncoder,
        MishWindowEncoder,
        MultiHashEmbed,
        build_tb_parser_model,
        build_Tok2Vec_model,
    )

    def parser(encoder, **embed):
        settings = {"width": 32, "attrs": ["NORM", "SHAPE"], "rows": [100, 50]}
        settings["include_static_vectors"] = False
        settings.update(embed)
        tok2vec = build_Tok2Vec_model(MultiHashEmbed(**settings), encoder)
        model = build_tb_parser_model(tok2vec, "ner", False, 16, 2, True, nO=5)
        model.initialize()
        return model.layers[0]

    known = parser(MaxoutWindowEncoder(width=32, depth=2, window_size=1, maxout_pieces=2))
    assert fast_tok2vec.from_model(known) is not None
    mish = parser(MishWindowEncoder(width=32, depth=2, window_size=1))
    assert fast_tok2vec.from_model(mish) is None
    # The same layers with another kind of layer in place of the layer norm.
    altered = parser(MaxoutWindowEncoder(width=32, depth=2, window_size=1, maxout_pieces=2))
    norm = next(layer for layer in altered.walk() if layer.name == "layernorm")
    norm._func = lambda model, X, is_train: (X, lambda dY: dY)
    assert fast_tok2vec.from_model(altered) is None


def test_a_model_of_another_architecture_is_left_as_it_is():
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe(
        "ner",
        config={
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "extra_state_tokens": False,
                "hidden_width": 16,
                "maxout_pieces": 2,
                "use_upper": True,
                "tok2vec": {
                    "@architectures": "spacy.Tok2Vec.v2",
                    "embed": {
                        "@architectures": "spacy.MultiHashEmbed.v2",
                        "width": 32,
                        "attrs": ["NORM"],
                        "rows": [100],
                        "include_static_vectors": False,
                    },
                    "encode": {
                        "@architectures": "spacy.MishWindowEncoder.v2",
                        "width": 32,
                        "depth": 2,
                        "window_size": 1,
                    },
                },
            }
        },
    )
    nlp.initialize()
    first = nlp.get_pipe("ner").model.layers[0]
    before = first._func
    fast_tok2vec.install(nlp)
    assert first._func is before


@pytest.mark.parametrize("size", [1, 2, 9, 600])
def test_distinct_values_as_numpys_unique(size):
    values = np.random.default_rng(size).integers(0, 40, size).astype(np.uint64) << 40
    distinct, where = fast_tok2vec._distinct(values)
    expected, expected_where = np.unique(values, return_inverse=True)
    np.testing.assert_array_equal(distinct, expected)
    np.testing.assert_array_equal(where, expected_where.reshape(-1))
