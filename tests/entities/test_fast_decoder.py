"""The recogniser's steps taken with arrays choose exactly what spaCy's own loop chooses."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE

from tui.core.entities import fast_decoder, models
from tui.core.entities.blas import one_blas_thread

SENTENCES = {
    "de": [
        "Die Firma Quorvel aus Lindenbrück senkt ihre Prognose, sagte Vorständin Ilka Marsch.",
        "",
        "Regen.",
        "Siemens",
        "Am 3. Mai 2021 eröffnete der Verein Grüne Wiese e. V. in Obertal ein Museum; "
        "Bürgermeister Jonas Feld und Anna  Berg aus Köln kamen nicht.",
        "Die Vereinten Nationen warnten in Genf vor einer Hungersnot im Sudan, sagte "
        "Sprecherin Anna Berg der Nachrichtenagentur dpa am Abend in New York.",
    ],
    "en": [
        "Quorvel Industries cut its forecast on Tuesday, chief executive Ilka Marsh said in "
        "a statement from Lindenbrook.",
        "Rain.",
        "",
        "NATO",
        "The Federal Aviation Administration grounded Boeing jets, a spokesman for the "
        "agency in Washington said, and Mayor Jonah  Field of New York City did not come.",
    ],
}


def _prepared(nlp, texts):
    docs = [nlp.make_doc(text) for text in texts]
    for name, component in nlp.pipeline:
        if name != "ner":
            docs = [component(doc) for doc in docs]
    return docs


def _annotations(docs):
    return [
        ([(e.start, e.end, e.label_) for e in doc.ents], doc.to_array([ENT_IOB, ENT_TYPE]).tolist())
        for doc in docs
    ]


def _spacys_loop(recogniser, docs):
    states = recogniser.beam_parse(docs, beam_width=1, beam_density=0.0)
    recogniser.set_annotations(docs, states)


def _inside_names(nlp, recogniser) -> list[int | None]:
    """For each sentence, the second token of its first name of several tokens, if any."""
    docs = _prepared(nlp, SENTENCES[nlp.lang])
    with one_blas_thread():
        _spacys_loop(recogniser, docs)
    return [next((e.start + 1 for e in doc.ents if len(e) > 1), None) for doc in docs]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
@pytest.mark.parametrize("split_names", [False, True])
def test_same_entities_as_spacys_own_steps(lang, split_names):
    nlp = models.load(models.choose(lang))
    recogniser = nlp.get_pipe("ner")
    ours, theirs = (_prepared(nlp, SENTENCES[lang]) for _ in range(2))
    if split_names:  # a sentence that starts inside a name: no entity may run across it
        starts = _inside_names(nlp, recogniser)
        assert any(starts)
        for docs in (ours, theirs):
            for doc, start in zip(docs, starts, strict=True):
                if start is not None:
                    doc[start].is_sent_start = True
    with one_blas_thread():
        assert fast_decoder.read(recogniser, ours)
        _spacys_loop(recogniser, theirs)
    expected = _annotations(theirs)
    assert sum(len(ents) for ents, _ in expected) >= 5, "names to compare"
    assert _annotations(ours) == expected


def test_documents_without_tokens_get_no_entities():
    nlp = models.load(models.choose("de"))
    docs = _prepared(nlp, ["", ""])
    assert fast_decoder.read(nlp.get_pipe("ner"), docs)
    assert [list(doc.ents) for doc in docs] == [[], []]


def test_preset_entities_are_left_to_spacy():
    nlp = models.load(models.choose("de"))
    docs = _prepared(nlp, ["Anna Berg wohnt in Köln."])
    docs[0].set_ents([spacy.tokens.Span(docs[0], 0, 2, label="PER")], default="outside")
    assert not fast_decoder.read(nlp.get_pipe("ner"), docs)


def test_a_recogniser_of_another_kind_is_not_decoded():
    nlp = spacy.blank("en")
    beam = nlp.add_pipe("beam_ner")
    assert fast_decoder.decoder_of(beam) is None
    assert fast_decoder.decoder_of(nlp.add_pipe("sentencizer")) is None


class _Fixed:
    def __init__(self, value):
        self.value = value

    def predict(self, _):
        return self.value


def test_on_a_tie_the_higher_move_wins():
    # Every move scores the same: spaCy's beam takes the last valid move, Out.
    moves = ["B-X", "I-X", "L-X", "U-X", "U-", "O"]
    kinds = np.array([fast_decoder._KINDS[m[0]] for m in moves])
    labels = np.array([0, 0, 0, 0, -1, -1])
    tokens, width = 3, 4
    decoder = fast_decoder.Decoder(
        kinds=kinds,
        labels=labels,
        names=("X",),
        possible=(labels >= 0) | (kinds == fast_decoder._OUT),
        next_code=np.array([1, 1, 0, 0, 0, 0]),
        first=_Fixed(None),
        lower=_Fixed(np.zeros((tokens + 1, 3, width, 2), dtype=np.float32)),
        bias=np.zeros((width, 2), dtype=np.float32),
        upper_weights=np.zeros((len(moves), width), dtype=np.float32),
        upper_bias=np.zeros(len(moves), dtype=np.float32),
        unseen=None,
    )
    doc = spacy.blank("en")("one two three")
    decoder.read([doc])
    assert list(doc.ents) == []
    # With Unit a hair ahead, it wins wherever it is valid: not on a space.
    decoder = decoder._replace(upper_bias=np.array([0, 0, 0, 1e-3, 0, 0], dtype=np.float32))
    decoder.read([doc])
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(0, 1, "X"), (1, 2, "X"), (2, 3, "X")]
    spaced = spacy.blank("en")("one  two")
    assert [t.is_space for t in spaced] == [False, True, False]
    decoder.read([spaced])
    assert [(e.start, e.end) for e in spaced.ents] == [(0, 1), (2, 3)]
    # With Begin ahead, an entity begins at the first word, not at the space before it
    # (then Last, the higher of the two moves that go on, ends it).
    decoder = decoder._replace(upper_bias=np.array([1e-3, 0, 0, 0, 0, 0], dtype=np.float32))
    leading = spacy.blank("en")(" one two")
    assert [t.is_space for t in leading] == [True, False, False]
    decoder.read([leading])
    assert [(e.start, e.end) for e in leading.ents] == [(1, 3)]
