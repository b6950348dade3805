"""The recognisers' faster reading finds exactly what spaCy's own ``nlp.pipe`` finds."""

from __future__ import annotations

import pytest

from tui.core.entities import models, reading

TEXTS = {
    "de": [
        "Am Montag traf Bundeskanzler Olaf Scholz in Berlin den Chef der Deutschen Bahn.",
        "",
        "   ",
        "Siemens",
        "Die Vereinten Nationen warnten in Genf vor einer Hungersnot im Sudan, sagte "
        "Sprecherin Anna Berg der Nachrichtenagentur dpa am Abend.",
        "Xyzzo senkt Prognose.",
    ],
    "en": [
        "Apple said on Monday that Tim Cook will visit Paris and meet officials of the "
        "European Union.",
        "",
        "NATO",
        "The Federal Aviation Administration grounded Boeing jets, a spokesman for the "
        "agency in Washington said.",
    ],
}


def _findings(docs) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_same_names_as_spacys_own_reading(lang):
    nlp = models.load(models.choose(lang))
    texts = TEXTS[lang]
    expected = _findings(nlp.pipe(texts))
    assert any(expected), "the texts must hold names for the comparison to mean anything"
    assert _findings(reading.read(nlp, texts)) == expected
    # One text at a time, as a short document is read.
    assert [_findings(reading.read(nlp, [text]))[0] for text in texts] == expected


def test_texts_without_any_token_and_no_texts():
    nlp = models.load(models.choose("de"))
    docs = reading.read(nlp, ["", " "])
    assert [len(doc.ents) for doc in docs] == [0, 0]
    assert reading.read(nlp, []) == []


def test_the_documents_come_back_in_order():
    nlp = models.load(models.choose("de"))
    texts = ["Berlin", "ein längerer Satz über gar nichts Besonderes hier", "Anna"]
    assert [doc.text for doc in reading.read(nlp, texts)] == texts
