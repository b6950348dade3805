"""English headlines in title case (headlines.py), English titles as appositions, and the
apostrophe the model reads; sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.core.entities import models, recognise
from tui.core.entities.document_mentions import ner_pieces
from tui.core.entities.headlines import title_case_lines
from tui.core.entities.language_rules import rules_for
from tui.core.sentences import sentences

from .conftest import item

HEADLINE = "Quill Lander Makes Historic Landing"
BODY = "The Quill lander touched down on Friday, Ann Doe said."


def _mentions(text: str, lang: str = "en") -> list[tuple[str, str]]:
    mentions, _ = recognise([item(text, lang=lang)])
    return [(m.text, m.label) for m in mentions[0]]


@pytest.mark.parametrize(
    ("lang", "line", "is_headline"),
    [
        ("en", HEADLINE, True),
        ("en", "Quill lander makes a historic landing", False),  # sentence case
        ("en", "LOS ANGELES", False),  # a dateline: too few words
        ("en", "Quill Lander Makes Historic Landing.", False),  # a sentence
        ("de", "Nachrichten Aus Quillstadt Und Umgebung Heute", False),  # not in German
    ],
)
def test_title_case_headlines_are_found(lang, line, is_headline):
    text = f"{line}\n\n{BODY}"
    spans = sentences(text, lang, ())
    assert bool(title_case_lines(text, spans, rules_for(lang))) == is_headline


def test_a_name_only_a_title_case_headline_shows_is_dropped(fake_model):
    fake_model([("PER", "Quill Lander"), ("PER", "Historic Landing"), ("PER", "Ann Doe")])
    assert _mentions(f"{HEADLINE}\n\n{BODY}") == [("Ann Doe", "PER")]


def test_a_name_the_body_confirms_stays_in_the_headline(fake_model):
    fake_model([("ORG", "Quill"), ("PER", "Ann Doe")])
    text = "Quill Lander Makes Historic Landing\n\nQuill said the lander is fine, Ann Doe said."
    assert [m for m in _mentions(text) if m[0] == "Quill"] == [("Quill", "ORG")] * 2


def test_an_english_title_outvotes_one_model_guess(fake_model):
    fake_model([("ORG", "Zeb Tull")])
    assert _mentions("Detective Zeb Tull said so.") == [("Zeb Tull", "PER")]


def test_a_german_title_does_not(fake_model):
    # "Präsident Frankreichs": the model's place wins a tie with a German title.
    fake_model([("LOC", "Xantoland")])
    assert _mentions("Der Präsident Xantoland sprach.", "de") == [("Xantoland", "LOC")]


def test_the_model_reads_a_straight_apostrophe_at_the_same_offsets():
    text = "Quill Children’s Hospital said so."
    ((offset, piece),) = ner_pieces(text, [(0, len(text))])
    assert offset == 0 and piece == "Quill Children's Hospital said so."


@pytest.mark.skipif(models.choose("en") is None, reason="no English NER pipeline installed")
def test_a_name_with_a_curly_apostrophe_is_found():
    text = "Quill Children’s Hospital in Springvale did not respond."
    assert ("Quill Children’s Hospital", "ORG") in _mentions(text)
