"""Names revealed by the shape of their sentence: speakers, genitives, quoted titles."""

from __future__ import annotations

from tui.core.entities import recognise
from tui.core.model import Mention

from .conftest import item


def _found(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in mentions]


def test_speaker_after_a_quotation_is_a_person(fake_model):
    fake_model([])
    text = "„Das reicht nicht“, sagt Eymer der Zeitung. Drei Tage frei, so Ketterer."
    mentions, _ = recognise([item(text)])
    assert _found(mentions[0]) == [("Eymer", "PER"), ("Ketterer", "PER")]


def test_what_is_said_is_no_speaker(fake_model):
    fake_model([])
    mentions, _ = recognise([item("Er sagte Tschüss und ging. Sie sagte, der Antrag sei fertig.")])
    assert mentions[0] == []


def test_genitive_before_a_noun_is_a_name(fake_model):
    fake_model([])
    text = "Über Tiganjs Geburtsdatum gibt es Zweifel. Sie teilte Nerudas politische Haltung."
    mentions, _ = recognise([item(text)])
    assert _found(mentions[0]) == [("Tiganjs", "PER"), ("Nerudas", "PER")]


def test_noun_after_an_adjective_is_no_genitive(fake_model):
    fake_model([])
    text = "Den dritten Preis holten Lehrlinge. Großes Theater bot der Abend."
    mentions, _ = recognise([item(text)])
    assert mentions[0] == []


def test_genitive_does_not_outvote_the_model(fake_model):
    fake_model([("ORG", "Meta")])
    text = "Meta wächst. Metas Position ist stark, Metas Aktie auch."
    mentions, entities = recognise([item(text)])
    assert [m.text for m in mentions[0]] == ["Meta", "Metas", "Metas"]
    assert [e.label for e in entities] == ["ORG"]


def test_quoted_title_after_its_kind_is_one_name(fake_model):
    fake_model([("PER", "My Blueberry"), ("LOC", "Las Vegas")])
    text = (
        "Sie spielte in dem Film „My Blueberry Nights“ mit. "
        'Er inszenierte die Revue "The Quorbit Five - live from Springvale" in London. '
        "Das berichtet das Nachrichtenmagazin „Focus“."
    )
    mentions, _ = recognise([item(text)])
    assert _found(mentions[0]) == [
        ("My Blueberry Nights", "MISC"),
        ("The Quorbit Five - live from Springvale", "MISC"),
        ("London", "LOC"),
        ("Focus", "ORG"),
    ]


def test_quotation_without_a_kind_word_is_no_title(fake_model):
    fake_model([])
    text = "Sie sagte: „Das ist gut.“ Er nannte es einen „Masterplan“."
    mentions, _ = recognise([item(text)])
    assert mentions[0] == []


def test_english_speaker_and_title(fake_model):
    fake_model([])
    text = '"We will appeal," said Anna Meyer. She wrote the novel "Small Things" in 2019.'
    mentions, _ = recognise([item(text, lang="en")])
    assert _found(mentions[0]) == [("Anna Meyer", "PER"), ("Small Things", "MISC")]
