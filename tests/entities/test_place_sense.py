"""A one-word name the model calls a person is a place throughout its document when a place
preposition stands before it or it ends in a place word (tui/core/entities/place_sense.py);
role words glued to a name are cut; holidays, age classes and generic nouns are no names;
sentences written for these tests, with a stand-in model (conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import labels_found

_labels = labels_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Sieger kamen aus Kaltenau. Kaltenau feierte lange.", "Kaltenau"),
        ("Das Turnier fand in Velmar statt. Velmar war voll.", "Velmar"),
        ("Der Zug hielt in Drosnitz. Drosnitz liegt am Fluss.", "Drosnitz"),
        ("Die Straßenwärter des Xantenamt räumten. Xantenamt lobt sie.", "Xantenamt"),
        ("Im Vorbachtal schneit es. Die Bauern im Vorbachtal warten.", "Vorbachtal"),
        ("Die Feuerwehr Harrendorf rückte aus. Harrendorf dankt.", "Harrendorf"),
    ],
)
def test_a_place_cue_turns_the_model_person_into_a_place(fake_model, text, name):
    fake_model([("PER", name)])
    assert _labels(text)[name] == {"LOC"}


def test_every_mention_follows_the_document_vote(fake_model):
    fake_model([("PER", "Kaltenau"), ("PER", "Kaltenaus")])
    labels = _labels("Die Gäste aus Kaltenau siegten. Kaltenaus Trainer jubelte. Kaltenau führt.")
    assert labels["Kaltenau"] == {"LOC"} and labels["Kaltenaus"] == {"LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The surname of a full name stays a person, whatever its ending or preposition.
        ("Anna Lindenberg sprach. In Lindenberg sah sie eine Kandidatin.", "Lindenberg"),
        ("Peter Hochtal kam spät. Hochtal entschuldigte sich.", "Hochtal"),
        # A title says person.
        ("Herr Velmar kam aus dem Urlaub. Nach Velmar sprach der Chef.", "Velmar"),
        # A genitive after a preposition is a possessor, no place.
        ("Er wohnt in Velmars Haus. Velmar ist verreist.", "Velmar"),
        ("Er kam aus Velmars Werkstatt. Velmar ist verreist.", "Velmar"),
        # "nach" tells a time as often as a way ("Wochen nach Velmar").
        ("Wenige Wochen nach Velmar kam auch Huber.", "Velmar"),
        # No cue: the model's reading stands.
        ("Velmar sprach lange. Velmar ging.", "Velmar"),
    ],
)
def test_a_person_stays_a_person(fake_model, text, name):
    fake_model(
        [("PER", name), ("PER", name + "s"), ("PER", "Anna Lindenberg"), ("PER", "Peter Hochtal")]
    )
    assert _labels(text)[name] == {"PER"}


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Es blieben die Mandatare Huber und Gruber.", "Mandatare Huber", "Huber"),
        ("Das sagte Landesrat Jonas Weger am Abend.", "Landesrat Jonas Weger", "Jonas Weger"),
        (
            "Heute sprach Ex-Landesrätin Anna Pichler.",
            "Ex-Landesrätin Anna Pichler",
            "Anna Pichler",
        ),
    ],
)
def test_a_role_word_is_cut_from_a_person(fake_model, text, span, name):
    fake_model([("PER", span)])
    assert _labels(text) == {name: {"PER"}}


def test_a_role_alone_is_no_person_nor_a_speaker(fake_model):
    fake_model([("PER", "Ex-XYP-K-Abg"), ("PER", "Hans Moser")])
    text = 'Wir sind bereit", sagt Ex-XYP-K-Abg. Hans Moser.'
    assert _labels(text) == {"Hans Moser": {"PER"}}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wir feiern an Silvester mit Freunden.", "Silvester"),
        ("Zu Ostern kam die Familie.", "Ostern"),
        ("Seit Pfingsten ist die Hütte offen.", "Pfingsten"),
        ("Zu Allerheiligen schneite es.", "Allerheiligen"),
    ],
)
def test_a_holiday_is_a_word_of_time(fake_model, text, word):
    fake_model([("PER", word)])
    assert word not in _labels(text)


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("U14, Mädchen: 1. Lena Moser", "U14", "LOC"),
        ("Im Bewerb der U16 siegte Lena Moser.", "U16", "LOC"),
        ("Die Vertreter der Arbeitnehmer tagten.", "Arbeitnehmer", "ORG"),
        ("Der Sport braucht Geld.", "Sport", "ORG"),
    ],
)
def test_age_classes_and_generic_nouns_are_no_names(fake_model, text, word, label):
    fake_model([(label, word)])
    assert word not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said in Tuesday's statement that the plan stands.",
        "In Monday's vote the plan failed.",
    ],
)
def test_an_english_weekday_with_its_possessive_is_no_place(fake_model, text):
    fake_model([])
    assert _labels(text, "en") == {}


def test_an_english_name_with_its_possessive_after_in_is_still_a_place(fake_model):
    fake_model([])
    assert _labels("He lives in Xanto's suburbs.", "en") == {"Xanto": {"LOC"}}


def test_a_result_line_is_two_names_without_their_scores(fake_model):
    fake_model([("LOC", "Kaltenau 1 Velmar")])
    labels = _labels("Fußball: Kaltenau 1 Velmar 2 am Sonntag.")
    assert set(labels) == {"Kaltenau", "Velmar"}


def test_a_generic_noun_in_a_role_compound_names_no_organisation(fake_model):
    fake_model([])
    assert "Arbeitnehmer" not in _labels("Gestern tagten Arbeitnehmer-Vorstand und Ausschuss.")


def test_an_ampersand_at_a_name_s_end_is_cut(fake_model):
    fake_model([("ORG", "Xanto &")])
    assert "Xanto &" not in _labels("Die Xanto & Partner kam.")


@pytest.mark.parametrize(
    ("span", "text", "names"),
    [
        (
            "Anna Huber Bozen",
            "Dann besuchte Anna Huber Bozen. Bozen liegt im Süden.",
            {"Anna Huber", "Bozen"},
        ),
        ("Jack London", "Jack London schrieb viel. London ist groß.", {"Jack London", "London"}),
    ],
)
def test_a_person_s_span_run_on_into_a_known_place_parts(fake_model, span, text, names):
    fake_model([("PER", span), ("LOC", "Bozen"), ("LOC", "London")])
    assert set(_labels(text)) == names


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Die Gemeinden Bozen, Kaltenau und Meran planen.", "Kaltenau", "LOC"),
        ("Die Truppen zogen nach Kaltenau, Tirol weiter.", "Kaltenau", "LOC"),
        ("Hilfe für Kiew und Wien.", "Kiew", "LOC"),
        # A given name listed with a place is a person; so are names listed with names the
        # model alone calls places (a team's players).
        ("Die Kinder Peter, Julian und Adrian halfen.", "Julian", "PER"),
        ("Es spielten Velmar, Sferrazzo und Kaltenau.", "Kaltenau", "PER"),
    ],
)
def test_a_name_listed_with_a_known_place_is_a_place(fake_model, text, name, label):
    fake_model(
        [
            ("PER", "Kaltenau"),
            ("PER", "Julian"),
            ("PER", "Peter"),
            ("PER", "Adrian"),
            ("LOC", "Sferrazzo"),
            ("PER", "Velmar"),
            ("LOC", "Tirol"),
            ("PER", "Kiew"),
        ]
    )
    assert _labels(text)[name] == {label}


def test_a_given_name_and_a_name_after_a_comma_are_no_one_person(fake_model):
    fake_model([])
    labels = _labels("Geehrt wurden die Kinder Christiane, Edwina und Ronny Huber.")
    assert "Christiane, Edwina" not in labels
