"""Anchoring (issue 3, item 4): DCT precision, tense, genre, anaphors on the previous reference."""

from __future__ import annotations

import pytest

from tui.core.temporal import tag

# (language, DCT, sentence, expression, value, anchor)
CASES = [
    # A month DCT never gains an invented day: day-relative values stay at the month.
    ("de", "2024-12", "Gestern kam er an.", "Gestern", "2024-12", "dct"),
    ("de", "2024-12", "Am Mittwoch kam er an.", "Mittwoch", "2024-12", "dct"),
    ("de", "2024-12", "Letzten Monat kam er an.", "Letzten Monat", "2024-11", "dct"),
    ("de", "2024-12", "Letztes Jahr kam er an.", "Letztes Jahr", "2023", "dct"),
    ("en", "2024-12", "He arrived yesterday.", "yesterday", "2024-12", "dct"),
    ("en", "2024", "He arrived last month.", "last month", "2024", "dct"),
    # "this" + season without a tense is the reference year's; with one, the tense decides.
    ("en", "2025-03-14", "The next deadline comes this fall.", "this fall", "2025-FA", "dct"),
    ("de", "2025-03-14", "Die Wahl ist in diesem Herbst.", "diesem Herbst", "2025-FA", "dct"),
    ("en", "2025-03-14", "This fall was wet.", "This fall", "2024-FA", "dct"),
    # "that December" is the one of the time under discussion, else the tense's.
    (
        "en",
        "2023-06-08",
        "He stole until the fall of 2021. It unraveled that December.",
        "that December",
        "2021-12",
        "previous",
    ),
    ("en", "2023-06-08", "It unraveled that December.", "that December", "2022-12", "dct"),
    # Tense decides past or future for a bare month or weekday.
    ("de", "2024-12-05", "Im März kam er.", "März", "2024-03", "dct"),
    ("de", "2024-12-05", "Im März wird er kommen.", "März", "2025-03", "dct"),
    # an intention points ahead like a future tense
    (
        "de",
        "2024-12-03",
        "Die Polizei will am Mittwoch Details nennen.",
        "Mittwoch",
        "2024-12-04",
        "dct",
    ),
    # "damals" refers to what "vor drei Jahren" points at, the latest time mentioned
    (
        "de",
        "2025-03-14",
        "Sie forscht seit 2011 daran. Vor drei Jahren stellte sie es vor, damals noch klein.",
        "damals",
        "2022",
        "previous",
    ),
    (
        "de",
        "2024-03-27",
        "Es öffnete 2006. Ein Jahrzehnt später schloss es.",
        "Ein Jahrzehnt später",
        "2016",
        "previous",
    ),
    # "im Jahr darauf" counts from the year before it
    (
        "de",
        "2025-06-05",
        "Sie kam 1978 ins Fernsehen. Im Jahr darauf gewann sie.",
        "Jahr darauf",
        "1979",
        "previous",
    ),
    ("en", "2024-12-05", "He came in March.", "March", "2024-03", "dct"),
    ("en", "2024-12-05", "He will come in March.", "March", "2025-03", "dct"),
    ("de", "2024-12-05", "Am Freitag wird er kommen.", "Freitag", "2024-12-06", "dct"),
    ("de", "2024-12-05", "Am Freitag kam er.", "Freitag", "2024-11-29", "dct"),
    # A weekday's event ("Wednesday's ruling") has taken place, today at the latest.
    ("en", "2024-12-05", "They will fight Tuesday's ruling.", "Tuesday", "2024-12-03", "dct"),
    ("en", "2024-12-05", "They will fight Thursday's ruling.", "Thursday", "2024-12-05", "dct"),
    # A feast's week is the current one if the feast falls in it, whatever the tense.
    ("en", "2000-04-17", "They prayed as Easter week began.", "Easter week", "2000-W16", "dct"),
    ("en", "2000-04-17", "He died at Easter.", "Easter", "1999-04-04", "dct"),
    # A direction given by a word excludes the DCT's own day or month; the tense does not.
    ("en", "2024-12-05", "He left last Thursday.", "last Thursday", "2024-11-28", "dct"),
    ("en", "2024-12-05", "He said Thursday it was over.", "Thursday", "2024-12-05", "dct"),
    ("en", "2024-12-05", "He comes next Thursday.", "next Thursday", "2024-12-12", "dct"),
    ("en", "2024-12-05", "It opened last December.", "last December", "2023-12", "dct"),
    ("en", "2024-12-05", "It opens next December.", "next December", "2025-12", "dct"),
    ("de", "2024-12-05", "Er kam letzten Donnerstag.", "letzten Donnerstag", "2024-11-28", "dct"),
    # Anaphors take the previous reference, whatever the genre.
    (
        "de",
        "2024-12",
        "Am 6. Januar 2021 kam er. Damals war es kalt.",
        "Damals",
        "2021-01-06",
        "previous",
    ),
    (
        "de",
        "2024-12",
        "Die Wahl 2020 war knapp. Im selben Jahr starb er.",
        "selben Jahr",
        "2020",
        "previous",
    ),
    (
        "de",
        "2024-12",
        "Er kam 2016 an. Zwei Jahre später ging er.",
        "Zwei Jahre später",
        "2018",
        "previous",
    ),
    (
        "en",
        "2024-12-05",
        "He arrived on Tuesday. He left the next morning.",
        "the next morning",
        "2024-12-04",
        "previous",
    ),
    (
        "en",
        "2024-12",
        "He came in 2016. The following year he left.",
        "The following year",
        "2017",
        "previous",
    ),
    (
        "en",
        "2024-12",
        "He came on May 3, 1990. At the time it was cold.",
        "At the time",
        "1990-05-03",
        "previous",
    ),
    # "A year ago" after a recent period is that period a year before.
    (
        "en",
        "1989-10-30",
        "Net rose in the third quarter from $3 million a year ago.",
        "a year ago",
        "1988-Q3",
        "previous",
    ),
    (
        "en",
        "1989-10-30",
        "Net rose in the third quarter. Sales in the quarter fell.",
        "the quarter",
        "1989-Q3",
        "previous",
    ),
    (
        "en",
        "1989-10-30",
        "Sales in the latest quarter fell.",
        "the latest quarter",
        "1989-Q3",
        "dct",
    ),
    (
        "en",
        "1989-10-30",
        "Shares fell Friday. Sales in the latest quarter fell.",
        "the latest quarter",
        "1989-Q3",
        "dct",
    ),
    (
        "en",
        "1989-10-30",
        "Net rose in the third quarter; in the 1988 quarter it fell.",
        "the 1988 quarter",
        "1988-Q3",
        "previous",
    ),
    (
        "en",
        "1998-08-07",
        "He was elected on Friday, a year ago he was unknown.",
        "a year ago",
        "1997",
        "dct",
    ),
    (
        "de",
        "2009-11-20",
        "Im dritten Quartal 2009 stieg der Umsatz gegenüber dem gleichen Zeitraum des Vorjahres.",
        "dem gleichen Zeitraum des Vorjahres",
        "2008-Q3",
        "previous",
    ),
    # "im Laufe des Tages", "Ende des Jahres": now, unless a past sentence talks of another time.
    (
        "de",
        "2024-04-02",
        "Ostern war ruhig. Die Ermittlungen sollen im Laufe des Tages enden.",
        "Laufe des Tages",
        "2024-04-02",
        "dct",
    ),
    (
        "de",
        "2024-04-02",
        "Er kam 1990 nach Wien. Bis Ende des Jahres soll das Buch erscheinen.",
        "Ende des Jahres",
        "2024",
        "dct",
    ),
    (
        "de",
        "2024-04-02",
        "Er kam 1990 nach Wien. Ende des Jahres zog er weiter.",
        "Ende des Jahres",
        "1990",
        "previous",
    ),
    # A dateline dates the report on or before its publication, whatever the tense after it.
    (
        "en",
        "2024-12-05",
        "WASHINGTON, March 5 (Reuters) — The Senate will vote.",
        "March 5",
        "2024-03-05",
        "dct",
    ),
    (
        "de",
        "2024-12-05",
        "BERLIN, 5. März (dpa) – Der Bundestag stimmt ab.",
        "5. März",
        "2024-03-05",
        "dct",
    ),
    # "übernächst-" is one week beyond "nächst-", "vorletzt-" one before "letzt-".
    (
        "de",
        "2024-05-21",
        "Er spielt am übernächsten Samstag.",
        "übernächsten Samstag",
        "2024-06-01",
        "dct",
    ),
    ("de", "2024-05-21", "Übernächste Woche reist sie ab.", "Übernächste Woche", "2024-W23", "dct"),
    (
        "de",
        "2024-05-21",
        "Vorletzten Freitag kam er an.",
        "Vorletzten Freitag",
        "2024-05-10",
        "dct",
    ),
    # A time something is set for lies ahead, whatever the tense ...
    (
        "de",
        "2024-12-18",
        "Für Freitag steht die Wahl auf der Tagesordnung.",
        "Freitag",
        "2024-12-20",
        "dct",
    ),
    # ... unless it was set before the time told: a pluperfect
    (
        "de",
        "2024-12-18",
        "Für Montag hatte er ein Treffen angesetzt.",
        "Montag",
        "2024-12-16",
        "dct",
    ),
    # A present copula that names a day: a schedule, even inside a quotation.
    (
        "en",
        "2024-10-24",
        "'The deadline is Saturday,' she told reporters.",
        "Saturday",
        "2024-10-26",
        "dct",
    ),
    # "the following Saturday" is the one after the time under discussion, at its precision.
    (
        "en",
        "2024-10-24",
        "The 2016 vote took long. It was called on the following Saturday.",
        "the following Saturday",
        "2016",
        "previous",
    ),
    (
        "en",
        "2024-10-24",
        "The vote was on Tuesday, Oct. 8. It was called on the following Saturday.",
        "the following Saturday",
        "2024-10-12",
        "previous",
    ),
    (
        "de",
        "2024-10-24",
        "Am Dienstag, 8. Oktober, wurde gewählt. Am darauffolgenden Samstag stand es fest.",
        "darauffolgenden Samstag",
        "2024-10-12",
        "previous",
    ),
    # 29 February without a year is in a leap year: the nearest, or the one the tense says.
    ("de", "2024-12", "Der Grund ist der Tag am 29. Februar.", "29. Februar", "2024-02-29", "dct"),
    ("en", "2025-06-01", "It will reopen on Feb. 29.", "Feb. 29", "2028-02-29", "dct"),
    # "am späteren Nachmittag": the day the text is about
    (
        "de",
        "2024-08-24",
        "Am Freitag kam er. Am späteren Nachmittag ging er.",
        "späteren Nachmittag",
        "2024-08-23TAF",
        "previous",
    ),
    # No reference at all: relative values degrade to vague references.
    ("de", None, "Gestern kam er an.", "Gestern", "PAST_REF", "dct"),
    ("en", None, "He will come tomorrow.", "tomorrow", "FUTURE_REF", "dct"),
    # No reference at all: a date without year keeps its unknown year.
    ("de", None, "Am 6. Januar kam er.", "6. Januar", "XXXX-01-06", "explicit"),
    ("en", None, "He came on January 6.", "January 6", "XXXX-01-06", "explicit"),
]


@pytest.mark.parametrize(("lang", "dct", "text", "phrase", "value", "anchor"), CASES)
def test_anchoring(find, lang, dct, text, phrase, value, anchor):
    timex = find(text, lang, dct, phrase)
    assert (timex.value, timex.anchor) == (value, anchor)


NARRATIVE = "Am Donnerstag, 3. Mai 1990 kam er an. Am Mittwoch davor war er in Rom."


def test_narrative_resolves_against_the_last_mentioned_date(find):
    timex = find(NARRATIVE, "de", "2024-12-05", "Mittwoch", genre="narrative")
    assert (timex.value, timex.anchor) == ("1990-05-02", "previous")


def test_news_resolves_against_the_publication_date(find):
    timex = find(NARRATIVE, "de", "2024-12-05", "Mittwoch", genre="news")
    assert (timex.value, timex.anchor) == ("2024-12-04", "dct")


def test_without_dct_news_falls_back_to_the_last_mentioned_date(find):
    timex = find(
        "Am 3. Mai 1990 kam er an. Tags darauf, am Freitag, ging er.", "de", None, "Freitag"
    )
    assert timex.value == "1990-05-04"


def test_clock_time_takes_the_day_of_its_sentence(find):
    timex = find("Am 3. Mai 1990 um 14 Uhr kam er.", "de", "2024-12-05", "14 Uhr")
    assert timex.value == "1990-05-03T14:00"


def test_clock_time_takes_the_nearest_day_named_before_it():
    text = "Sprechstunde am 9. September von 16 bis 17 Uhr und am 11. September um 10 Uhr."
    found = {t.text: t.value for t in tag(text, lang="de", dct="2015-09-05")}
    assert found["16"] == "2015-09-09T16:00"
    assert found["10 Uhr"] == "2015-09-11T10:00"


@pytest.mark.parametrize(
    ("text", "expression", "point"),
    [
        # the last mention, even if coarser than the distance: a month moves by weeks ...
        (
            "He took over on Jan. 1. The phone came in September. Three weeks later it shipped.",
            "Three weeks",
            "2024-10",
        ),
        # ... a year by months ...
        ("He won the 2023 final. Twelve months later he won again.", "Twelve months", "2024"),
        # a decade on from a year is the year ten years on, not the next decade
        ("The plant opened in 2006. A decade later it closed.", "A decade", "2016"),
        # ... unless it only repeats the period of a finer date, which then counts.
        (
            "He arrived on May 3, 2020. In 2020 it rained. Two days later he left.",
            "Two days",
            "2020-05-05",
        ),
    ],
)
def test_later_counts_from_the_last_mention(find, text: str, expression: str, point: str) -> None:
    assert find(text, "en", "2024-10-31", expression).point == point


@pytest.mark.parametrize(
    ("lang", "dct", "text", "time", "value"),
    [
        # the day a report names once, a few sentences before the clock time
        (
            "de",
            "2025-05-18",
            "Bayern hat am Samstag die Schale erhalten. Kane traf. Müller jubelte. "
            "Er wurde gegen 17.20 Uhr gefeiert.",
            "17.20 Uhr",
            "2025-05-17T17:20",
        ),
        # a past sentence's time is not on a later, future day
        (
            "en",
            "2024-07-15",
            "Alcaraz won on Sunday. He will play in New York on Aug. 26. The match began at 2 p.m.",
            "2 p.m.",
            "2024-07-14T14:00",
        ),
    ],
)
def test_clock_time_takes_the_day_of_the_story(find, lang, dct, text, time, value) -> None:
    assert find(text, lang, dct, time).value == value


def test_the_night_is_that_of_the_day_the_story_is_about_however_far_back(find) -> None:
    story = "The band won the award on Sunday. Fans cheered. Critics agreed. Sales rose. "
    night = find(
        story + "The song brought its tally on the night to four.", "en", "2025-02-04", "the night"
    )
    assert night.value == "2025-02-02TNI"


@pytest.mark.parametrize(
    ("lang", "text", "expression", "point"),
    [
        # hours from the clock time the text is about: the day before
        (
            "en",
            "It was sent at 09:12 am Sunday. Only 14 hours earlier, she had sent a note.",
            "14 hours",
            "2024-07-20",
        ),
        ("en", "He spoke on Sunday. Two hours later he left.", "Two hours", "2024-07-21"),
        (
            "de",
            "Am Sonntag um 09.12 Uhr schrieb sie. Nur 14 Stunden zuvor hatte sie angerufen.",
            "14 Stunden",
            "2024-07-20",
        ),
        # without a clock time: whole days
        ("en", "He spoke on Sunday. Fifty hours earlier he had left.", "Fifty hours", "2024-07-19"),
    ],
)
def test_hours_earlier_count_from_the_time_the_text_is_about(find, lang, text, expression, point):
    timex = find(text, lang, "2024-07-21", expression)
    assert timex.type == "DURATION"
    assert timex.point == point


def test_a_clock_time_in_a_sentence_about_another_time_stays_unplaced() -> None:
    text = (
        "The store was hit in March 2021, when thieves struck at 3am. "
        "Two men were jailed the following year."
    )
    values = {t.text: t.value for t in tag(text, lang="en", dct="2024-12-03")}
    assert values["3am"] == "XXXX-XX-XXT03:00"
    assert values["the following year"] == "2022"


@pytest.mark.parametrize(
    ("text", "time", "value"),
    [
        # a day named later in the sentence, apart from the time, is another event's
        (
            "Sie gewann am Sonntag. Er gratulierte noch am Abend, von der Leyen am Montagmorgen.",
            "Abend",
            "2024-11-03TEV",
        ),
        # right after the time, it is the time's day
        ("Die Sitzung beginnt um 18 Uhr am kommenden Montag.", "18 Uhr", "2024-11-11T18:00"),
    ],
)
def test_a_clock_time_takes_a_later_day_only_right_after_it(find, text, time, value) -> None:
    assert find(text, "de", "2024-11-08", time).value == value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Sie wurde 1934 in Köln geboren. Mit 17 Jahren stand sie auf der Bühne. "
            "Zwei Jahre später ging sie nach Düsseldorf.",
            {"1934": "1934", "Mit 17 Jahren": "1951", "Zwei Jahre später": "1953"},
        ),
        (
            "en",
            "Ellison was born on July 4, 1935. At the age of 12 she built a radio.",
            {"July 4, 1935": "1935-07-04", "At the age of 12": "1947"},
        ),
        # without a birth date an age is no time
        ("de", "Mit 17 Jahren stand sie auf der Bühne.", {}),
    ],
)
def test_an_age_is_the_year_of_that_age_when_the_birth_is_known(lang, text, expected) -> None:
    assert {t.text: t.value for t in tag(text, lang=lang, dct="2025-06-05")} == expected


# A narrative moves forward (issue 13, item 6): without a publication date, a bare day or
# month takes the year of the reference time, never the one before, even in a past sentence.
# A year mentioned after a finer date is the new reference ("Anfang 1941 ... am 9. März");
# the bound of a state ("bis 1881", "seit 1939") and a look back ("im letzten Jahr") are not.
NARRATIVE_CASES = [
    (
        "de",
        "Am 21. Februar 1940 fiel die Stadt. Am 1. März wurde der Hafen besetzt. "
        "Am 5. April ergab sich die Garnison, im Mai zog das Heer ab.",
        {"1. März": "1940-03-01", "5. April": "1940-04-05", "Mai": "1940-05"},
    ),
    (
        "de",
        "Am 13. Dezember 1940 kam der Befehl. Im Jahr 1941 wuchs das Heer. "
        "Am 9. März scheiterte der Angriff.",
        {"9. März": "1941-03-09"},
    ),
    (
        "de",
        "Am 2. Mai 1862 fiel die Festung. Der Hafen blieb bis 1881 gesperrt. "
        "Im Oktober kam die Flotte.",
        {"Oktober": "1862-10"},
    ),
    (
        "de",
        "Am 28. Oktober 1940 griff das Heer das seit 1939 besetzte Land an. "
        "Am 3. November begann der Gegenangriff.",
        {"3. November": "1940-11-03"},
    ),
    (
        "de",
        "Im Juli 1863 siegte das Heer. Im letzten Jahr war es noch unterlegen. "
        "Im Oktober rückte es vor.",
        {"letzten Jahr": "1862", "Oktober": "1863-10"},
    ),
    (
        "en",
        "On February 21, 1940 the city fell. On March 1 the port was taken. "
        "On April 5 the garrison surrendered, and in May the army left.",
        {"March 1": "1940-03-01", "April 5": "1940-04-05", "May": "1940-05"},
    ),
    (
        "en",
        "The order came on December 13, 1940. In 1941 the army grew. On March 9 the attack failed.",
        {"March 9": "1941-03-09"},
    ),
    (
        "en",
        "The fortress fell on May 2, 1862. The port stayed closed until 1881. "
        "In October the fleet arrived.",
        {"October": "1862-10"},
    ),
    (
        "en",
        "The army won in July 1863. Last year it had lost. In October it advanced.",
        {"Last year": "1862", "October": "1863-10"},
    ),
    # "the new year" is the year after the reference's; "heute" is the writer's present
    (
        "de",
        "Ende 1941 stockte der Angriff. Die Schlachten des neuen Jahres begannen am 28. Mai.",
        {"neuen Jahres": "1942", "28. Mai": "1942-05-28"},
    ),
    (
        "de",
        "Am 9. Februar 1904 fiel die Stadt Tschemulpo (heute Incheon).",
        {"heute": "PRESENT_REF"},
    ),
    (
        "en",
        "The attack stalled in late 1941. Early in the new year it resumed on May 28.",
        {"the new year": "1942", "May 28": "1942-05-28"},
    ),
    (
        "en",
        "On February 9, 1904 the port fell; it is still a naval base today.",
        {"today": "PRESENT_REF"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NARRATIVE_CASES)
@pytest.mark.parametrize(("genre", "dct"), [("narrative", "2024-12-05"), ("news", None)])
def test_a_narrative_moves_forward(lang, text, expected, genre, dct) -> None:
    values = {t.text: t.value for t in tag(text, lang=lang, dct=dct, genre=genre)}
    assert {phrase: values.get(phrase) for phrase in expected} == expected
