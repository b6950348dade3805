"""Numbers that are not times stay untagged (issue 3, item 5), in both languages."""

from __future__ import annotations

import pytest

from tui.core.temporal import tag

# (language, sentence, a number in it that must not be (part of) a timex)
CASES = [
    ("de", "Die Spende in Höhe von 420 Millionen US-Dollar floss.", "420"),
    ("de", "Das kostet 2020 Euro im Jahr.", "2020"),
    ("de", "Er wohnt in 1010 Wien.", "1010"),
    ("de", "Müllers Zukunft ist weiter offen.", "Zukunft"),
    ("de", "Es kamen 1500 weitere Menschen.", "1500"),
    ("en", "The blast came at 10:35 a.m. (0735 GMT) on Friday.", "0735"),
    ("en", "By 1000 (1500 GMT) the hall was full.", "1500"),
    ("de", "Es geht um die Gegenwart und die Zukunft.", "Gegenwart"),
    ("de", "Die Post liegt in 6020 Innsbruck.", "6020"),
    ("de", "Er wohnt in der Hauptstraße 1990 im Erdgeschoss.", "1990"),
    ("de", "Er ist 45 Jahre alt.", "45"),
    ("de", "Der 1987 Jahre alte Baum ist morsch.", "1987"),
    ("de", "Die Mannschaft gewann 2:1 gegen Meran.", "2:1"),
    ("de", "Das steht auf Seite 2013 im Buch.", "2013"),
    ("de", "Das Modell 2000 ist neu.", "2000"),
    ("de", "Der Bildschirm hat 1920 x 1080 Pixel.", "1920"),
    ("de", "Die Hütte liegt auf 1800 bis 2000 Meter Höhe.", "2000"),
    ("de", "Rund 1500 Besucher kamen.", "1500"),
    ("de", "Laut Artikel 1999 des Gesetzes ist das verboten.", "1999"),
    ("en", "He paid $2,000 for it.", "2,000"),
    ("en", "Police made 1999 arrests.", "1999"),
    ("en", "The fund spent 420 million dollars.", "420"),
    ("en", "It cost 2020 dollars.", "2020"),
    ("en", "The victim was 37 years old.", "37"),
    ("en", "A 52-year-old man was hurt.", "52"),
    ("en", "See page 1998 of the report.", "1998"),
    ("en", "The screen shows 1920 x 1080 pixels.", "1920"),
    ("en", "He lives at 1600 Pennsylvania Avenue.", "1600"),
    ("en", "About 2000 people attended.", "2000"),
    ("en", "The peak rises 1800 to 2000 meters high.", "2000"),
    ("en", "The team won 3-1 victory at home.", "3-1"),
    ("en", "The stock dropped 2 1/2 to 37 3/4.", "2 1/2"),
    ("en", "He said on CBS's ''60 Minutes.''", "60"),
    ("en", "Two self-sustaining 1500 + personnel groups stand ready.", "1500"),
    ("en", "A 1,500-strong force crossed the river.", "1,500"),
    ("en", "The 2000-plus delegates voted.", "2000"),
    ("de", "Mehr als 1800+ Helfer kamen.", "1800"),
    ("de", "Eine 1500-köpfige Truppe zog ab.", "1500"),
    ("en", "Donations to the DEC passed a million pounds.", "DEC"),
    ("en", "The JAN figures were late.", "JAN"),
]


@pytest.mark.parametrize(("lang", "sentence", "number"), CASES)
def test_number_that_is_not_a_time_stays_untagged(lang, sentence, number):
    start = sentence.index(number)
    end = start + len(number)
    timexes = tag(sentence, lang=lang, dct="2024-12-05")
    assert not [t for t in timexes if t.start < end and start < t.end]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Leute sind mit dem Plan so zufrieden, wie es die Lage erlaubt."),
        ("de", "Sie kam so spät, die Arme, mit ihm und so weiter."),
        ("de", "Er kam zu früh, die Freude war verfrüht."),
        ("de", "Am Nationalfeiertag Chinas wurde gefeiert."),
        ("en", "You may march on, said the man, and sun yourself."),
        ("en", "The annual meeting approved the quarterly dividend and future growth."),
        ("en", "He showed a picture from the film High Noon."),
        ("en", "The current account deficit grew and he swam against the current."),
        ("en", "There were 12 members at the time of its founding."),
        ("en", "The case is for today's youth what the blockade was."),
        ("en", "Iraq imports about three-quarters of its food."),
        ("en", "He died in the last year of the war."),
        ("en", "They hold more than a quarter of the market."),
    ],
)
def test_words_that_only_look_temporal_are_not_tagged(lang, sentence):
    assert tag(sentence, lang=lang, dct="2024-12-05") == []


@pytest.mark.parametrize(
    ("lang", "sentence", "expression"),
    [
        # "last" as a verb: only the duration is an expression, not "last three months"
        ("en", "The trial could last three months.", "three months"),
        ("en", "The trial will last several weeks.", "several weeks"),
        ("en", "Prices rose in the last three months.", "the last three months"),
        ("en", "He did so on his first day in office.", "first day"),
    ],
)
def test_only_the_expression_is_tagged(lang, sentence, expression):
    assert [t.text for t in tag(sentence, lang=lang, dct="2024-12-05")] == [expression]


@pytest.mark.parametrize(
    ("lang", "sentence", "expression"),
    [
        ("en", "The totals for 1999+2000 were merged.", "2000"),
        ("en", "Sales fell in 2010 - and rose again.", "2010"),
        ("de", "Die Jahre 1999+2000 werden addiert.", "2000"),
        ("en", "DEC. 5, 2009 - markets fell.", "DEC. 5, 2009"),
        ("en", "MAY 2009: the flu spread.", "MAY 2009"),
        ("en", "In Dec the markets fell.", "Dec"),
    ],
)
def test_a_date_near_a_refused_number_or_word_is_still_tagged(lang, sentence, expression):
    timexes = tag(sentence, lang=lang, dct="2024-12-05")
    assert expression in [t.text for t in timexes]
