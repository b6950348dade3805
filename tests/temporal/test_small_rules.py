"""The smaller rules of issue 13, item 7, in both languages (made-up sentences)."""

from __future__ import annotations

import pytest

from tui.core.temporal import tag


def _values(text: str, lang: str, dct: str | None = "2024-05-10") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, lang=lang, dct=dct)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a year before a capitalised noun is a time when the context says year ...
        ("de", "Er war 2019 Bürgermeister der Stadt.", {"2019": "2019"}),
        ("de", "Die Firma machte 2022 Verluste.", {"2022": "2022"}),
        ("de", "Sie gewann 2017 Gold in der Abfahrt.", {"2017": "2017"}),
        ("en", "In 2019 Americans voted for change.", {"2019": "2019"}),
        ("en", "By 2030 Germans will drive electric cars.", {"2030": "2030"}),
        # ... and no time when it says place or count
        ("de", "Die Post liegt in 6020 Innsbruck.", {}),
        ("de", "Die Firma verlor 2000 Mitarbeiter.", {}),
        ("en", "About 2000 Americans voted for change.", {}),
    ],
)
def test_a_year_before_a_noun(lang: str, text: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


def test_sun_is_sunday() -> None:
    # 2024-05-10 is a Friday: the coming Sunday is the 12th, the last one the 5th
    assert _values("The market will open Sun. at noon.", "en")["Sun."] == "2024-05-12"
    assert _values("The market opened Sun. at noon.", "en")["Sun."] == "2024-05-05"


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        # a past reporting verb does not make the plan it reports past
        (
            "de",
            "Die Ministerin kündigte gestern an, im Herbst zurückzutreten.",
            "Herbst",
            "2024-FA",
        ),
        ("de", "Er versprach am Montag, im März zu kommen.", "März", "2025-03"),
        (
            "en",
            "The mayor announced on Monday that he will step down in March.",
            "March",
            "2025-03",
        ),
        ("en", "The mayor said on Monday he planned to step down in March.", "March", "2025-03"),
        # what the report itself tells stays past
        ("de", "Im März kam er, um zu helfen.", "März", "2024-03"),
        ("de", "Er kam im März zu den Wahlen.", "März", "2024-03"),
    ],
)
def test_a_reported_plan_points_ahead(lang: str, text: str, phrase: str, value: str) -> None:
    assert _values(text, lang)[phrase] == value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the eve is the day before the day the text named ...
        (
            "de",
            "Der Gipfel fand am 12. Mai statt. Am Vorabend demonstrierten Tausende.",
            {"12. Mai": "2024-05-12", "Vorabend": "2024-05-11"},
        ),
        (
            "en",
            "The summit opened on May 12. On the eve of the summit, crowds gathered.",
            {"May 12": "2024-05-12", "the eve of the summit": "2024-05-11"},
        ),
        # ... and nothing when it named none
        ("de", "Am Vorabend des Gipfels demonstrierten Tausende.", {}),
        ("en", "On the eve of the summit, crowds gathered.", {}),
    ],
)
def test_the_eve_is_the_day_before(lang: str, text: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an entry of a listing without a day of its own is on the publication day ...
        (
            "de",
            "Am Samstag beginnt das Festival. Bozen: Konzert im Stadttheater, 20 Uhr. "
            "Berlin: Lesung in der Stadtbibliothek, 19 Uhr.",
            {"20 Uhr": "2024-05-10T20:00", "19 Uhr": "2024-05-10T19:00"},
        ),
        (
            "en",
            "The festival opens on Saturday. Boston: Concert at Symphony Hall, 8 p.m.",
            {"8 p.m.": "2024-05-10T20:00"},
        ),
        # ... an entry that names its day keeps it, and the next entry does not take it ...
        (
            "de",
            "Meran: Flohmarkt am 11. Mai, 9 Uhr. Bozen: Konzert im Stadttheater, 20 Uhr.",
            {"9 Uhr": "2024-05-11T09:00", "20 Uhr": "2024-05-10T20:00"},
        ),
        (
            "en",
            "Salem: Craft fair on May 11 at 10 a.m., free entry. "
            "Boston: Concert at Symphony Hall, 8 p.m.",
            {"10 a.m.": "2024-05-11T10:00", "8 p.m.": "2024-05-10T20:00"},
        ),
        # ... while a report's clock time stays on the day the report named before
        (
            "de",
            "Am Samstag spielte das Orchester im Stadttheater. Das Konzert begann um 20 Uhr.",
            {"20 Uhr": "2024-05-04T20:00"},
        ),
        (
            "en",
            "The orchestra played at Symphony Hall on Saturday. The concert began at 8 p.m.",
            {"8 p.m.": "2024-05-04T20:00"},
        ),
    ],
)
def test_a_clock_time_in_a_listing(lang: str, text: str, expected: dict[str, str]) -> None:
    found = _values(text, lang)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # 2024-05-10 is a Friday; Wednesday was the 8th
        (
            "en",
            "The council met on Wednesday. The parade starts at 10:15 a.m.",
            "2024-05-10T10:15",
        ),
        ("de", "Der Rat tagte am Mittwoch. Die Feier beginnt um 18 Uhr.", "2024-05-10T18:00"),
        # a past sentence goes on at the day named before it
        ("en", "The council met on Wednesday. The vote came at 11:30 a.m.", "2024-05-08T11:30"),
        ("de", "Der Rat tagte am Mittwoch. Die Abstimmung folgte um 18 Uhr.", "2024-05-08T18:00"),
    ],
)
def test_a_clock_time_in_the_present_is_not_on_a_past_day_named_before(
    lang: str, text: str, value: str
) -> None:
    clock = [t for t in tag(text, lang=lang, dct="2024-05-10") if t.type == "TIME"]
    assert [t.value for t in clock] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        # a January 2010 paper: 1 February 2010 is a Monday, 1 February 2009 a Sunday
        (
            "en",
            "The club held a charity event on Monday, February 1.",
            "Monday, February 1",
            "2010-02-01",
        ),
        (
            "de",
            "Der Verein feierte am Montag, 1. Februar, ein Fest.",
            "Montag, 1. Februar",
            "2010-02-01",
        ),
        ("en", "The show aired on Sunday, 7 February.", "Sunday, 7 February", "2010-02-07"),
        # without a weekday, or with one that agrees, the tense places the day as before
        ("en", "The show aired on February 7.", "February 7", "2009-02-07"),
        ("en", "The vote was on Tuesday, January 5.", "Tuesday, January 5", "2010-01-05"),
        # a weekday no neighbouring year agrees with changes nothing
        ("en", "The show aired on Wednesday, February 7.", "Wednesday, February 7", "2009-02-07"),
    ],
)
def test_a_weekday_picks_the_year_of_a_day_without_one(
    lang: str, text: str, phrase: str, value: str
) -> None:
    assert _values(text, lang, dct="2010-01-20")[phrase] == value
