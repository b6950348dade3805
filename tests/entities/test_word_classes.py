"""The word-list classes the bundled German model reads next to each word's form."""

from __future__ import annotations

import json

import spacy

from tui.core.entities import models
from tui.core.entities.language_rules import rules_for
from tui.core.entities.word_classes import FACTORY, lists_digest, word_class


def test_word_classes_come_from_the_language_lists():
    rules = rules_for("de")
    assert word_class("mit", rules) == "lower"
    assert word_class("Der", rules) == "function"
    assert word_class("Florida", rules) == "place"
    assert word_class("Präsident", rules) == "title"
    assert word_class("Abendessen", rules) == "noun"
    assert word_class("Zollstreitigkeiten", rules) == "compound"
    assert word_class("NATO", rules) == "capitals"
    # A name no list knows is what the model must judge from its context.
    assert word_class("Zuckerberg", rules) == "unknown"


def test_component_writes_the_class_into_each_token():
    nlp = spacy.blank("de")
    nlp.add_pipe(FACTORY, config={"lang": "de"})
    doc = nlp("Das Abendessen in Florida")
    assert [t.lemma_ for t in doc] == ["function", "noun", "lower", "place"]


def test_words_that_announce_or_end_a_name_have_their_own_classes():
    rules = rules_for("de")
    assert word_class("GmbH", rules) == "org-head"
    assert word_class("Konzern", rules) == "org-kind"
    assert word_class("Bundesstaat", rules) == "place-kind"
    assert word_class("Film", rules) == "work-kind"


def test_a_known_places_genitive_is_a_place_but_a_noun_stays_a_noun():
    rules = rules_for("de")
    assert word_class("Hannovers", rules) == "place"
    assert word_class("Basis", rules) == "noun"  # not the genitive of the town "Basi"
    assert rules.place_genitive("Europas") == "Europa"
    assert rules.place_genitive("Basis") is None


def test_bundled_model_was_trained_with_these_word_lists():
    meta = json.loads((models.bundled_path(models.BUNDLED_GERMAN) / "meta.json").read_text())
    assert meta["word_lists_digest"] == lists_digest(rules_for("de")), (
        "the word lists or word_class changed since de_news was trained: retrain it "
        "(python training/ner_de/train.py), its input features changed"
    )
