"""The training recipe's data transforms: re-casing MultiCoNER, missing labels in partial sets.

A small word list written here stands in for the German one (the tests need no system file).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "ner_de"))

import corpora
import partial
import recase

WORDS = ["Haus", "Plattform", "gehen", "geht", "der", "die", "Essen", "essen", "NASA", "in"]


@pytest.fixture(scope="module")
def lexicon() -> recase.Lexicon:
    return recase.Lexicon(WORDS)


def _recased(words: str, tags: str, lexicon: recase.Lexicon) -> str:
    sentence = corpora.Sentence(words.split(), tags.split())
    return " ".join(recase.recase(sentence, lexicon).words)


def test_nouns_capitalised_other_words_kept(lexicon):
    assert _recased("das haus geht essen", "O O O O", lexicon) == "Das Haus geht essen"


def test_compound_takes_the_case_of_its_last_part(lexicon):
    assert _recased("die aussichtsplattform", "O O", lexicon) == "Die Aussichtsplattform"


def test_names_capitalised_except_particles(lexicon):
    words = "der besuch von charles de gaulle in baden-baden"
    tags = "O O O B-PER I-PER I-PER O B-LOC"
    assert _recased(words, tags, lexicon) == "Der besuch von Charles de Gaulle in Baden-Baden"


def test_all_caps_from_the_word_list_but_not_for_people(lexicon):
    assert _recased("die nasa", "O B-ORG", lexicon) == "Die NASA"
    assert _recased("die nasa", "O B-PER", lexicon) == "Die Nasa"


def test_first_word_of_a_name_keeps_its_capital_even_if_a_particle(lexicon):
    assert _recased("in der spiegel", "O B-ORG I-ORG", lexicon) == "In Der Spiegel"


def test_unknown_capitalised_words_become_missing_in_partial_sets(lexicon):
    sentence = corpora.Sentence(
        ["Das", "Haus", "der", "Bundesliga", "in", "Berlin"], ["O", "O", "O", "O", "O", "B-LOC"]
    )
    (out,) = partial.unlabelled_to_missing([sentence], lexicon)
    # First word and known nouns stay O; the unknown capitalised word may be a MISC name.
    assert out.tags == ["O", "O", "O", None, "O", "B-LOC"]
