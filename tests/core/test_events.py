from __future__ import annotations

import pytest

from tests.core.event_fixtures import analysed
from tui.core.events import build_events
from tui.core.model import Timex


def test_sentence_with_a_date_gives_an_event_at_that_date() -> None:
    text = "Vorspann ohne Datum hier. Am 6. Januar 2021 sperrte Meta den Präsidenten."
    events = build_events(
        analysed(text, {"6. Januar 2021": ("DATE", "2021-01-06", "explicit")}), genre="narrative"
    )
    assert [(e.text, e.date.value, e.anchor, e.timex) for e in events] == [
        ("Am 6. Januar 2021 sperrte Meta den Präsidenten.", "2021-01-06", "explicit", 0)
    ]
    assert text[events[0].start : events[0].end] == events[0].text


def test_anaphoric_cue_inherits_the_previous_reference_time() -> None:
    text = (
        "Im Jahr 2020 gab es eine Wahl. Die damalige Regierung spendete Geld. "
        "Daraufhin kam es zum Streit."
    )
    events = build_events(analysed(text, {"2020": ("DATE", "2020", "explicit")}), genre="narrative")
    assert [(e.date.value, e.anchor, e.date.label) for e in events] == [
        ("2020", "explicit", "2020"),
        ("2020", "previous", "2020"),
        ("2020", "previous", "after 2020"),
    ]


def test_english_cues() -> None:
    text = "The vote took place in 2019. At the time, the party was divided."
    events = build_events(
        analysed(text, {"2019": ("DATE", "2019", "explicit")}, lang="en"), genre="narrative"
    )
    assert [e.anchor for e in events] == ["explicit", "previous"]


def test_cue_without_any_earlier_date_gives_no_event() -> None:
    text = "Damals war alles anders. Niemand wusste davon."
    assert build_events(analysed(text, {}, dct=None), genre="narrative") == []


def test_headline_standfirst_and_lead_are_events_of_their_own_at_the_publication_date() -> None:
    text = (
        "Zwei Firmen fusionieren• Die Aktien steigen deutlich\n\n"
        "Die Firmen A und B legen zusammen. Die Börse reagiert gelassen."
    )
    lede = (0, text.index("\n"))
    events = build_events(analysed(text, {}, lede=lede, title="Zwei Firmen fusionieren"))
    assert [(e.title, e.anchor, e.date.value) for e in events] == [
        ("Zwei Firmen fusionieren", "dct", "2024-12"),
        ("Die Aktien steigen deutlich", "dct", "2024-12"),
        ("Die Firmen A und B legen zusammen", "dct", "2024-12"),
        ("Die Börse reagiert gelassen", "dct", "2024-12"),
    ]
    assert events[0].text == "Zwei Firmen fusionieren"


def test_narrative_genre_has_no_publication_date_fallback() -> None:
    text = "Zwei Firmen fusionieren.\n\nDie Firmen legen zusammen."
    assert build_events(analysed(text, {}), genre="narrative") == []


def test_durations_without_a_point_do_not_date_a_sentence_but_points_do() -> None:
    text = "Das dauerte drei Jahre. Das zeigt sich in den kommenden zwei Monaten."
    analysis = analysed(
        text,
        {
            "drei Jahre": ("DURATION", "P3Y", "explicit"),
            "in den kommenden zwei Monaten": ("DURATION", "P2M", "dct"),
        },
    )
    analysis.timexes[1].point = "2025-02"
    events = build_events(analysis, genre="narrative")
    assert [(e.date.value, e.anchor, e.timex) for e in events] == [("2025-02", "relative", 1)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Der Verband hat kürzlich eine Studie veröffentlicht.", "kürzlich", "PAST_REF"),
        ("Künftig werden höhere Beiträge fällig.", "Künftig", "FUTURE_REF"),
    ],
)
def test_a_vague_time_before_or_after_now_dates_no_event(text, phrase, value) -> None:
    """README convention: "kürzlich", "recently", "künftig" place nothing on a timeline."""
    events = build_events(analysed(text, {phrase: ("DATE", value, "dct")}))
    assert events == []


def test_unplaceable_timex_is_skipped_for_a_later_one_in_the_sentence() -> None:
    text = "Am 6. Januar, also am 6. Januar 2021, geschah es."
    events = build_events(
        analysed(
            text,
            {
                "Am 6. Januar": ("DATE", "XXXX-01-06", "explicit"),
                "6. Januar 2021": ("DATE", "2021-01-06", "explicit"),
            },
        ),
        genre="narrative",
    )
    assert [(e.date.value, e.timex) for e in events] == [("2021-01-06", 1)]


def test_event_entities_ids_are_stable_and_titles_short() -> None:
    text = "Am 6. Januar 2021 sperrte Zuckerberg Trump und dann sperrte Zuckerberg Trump erneut."
    analysis = analysed(
        text,
        {"6. Januar 2021": ("DATE", "2021-01-06", "explicit")},
        mentions={"Zuckerberg": "per-zuckerberg", "Trump": "per-trump"},
    )
    first = build_events(analysis, genre="narrative")
    second = build_events(analysis, genre="narrative")
    assert first[0].entities == ["per-zuckerberg", "per-trump"]
    assert first[0].id == second[0].id and first[0].id.startswith("ev-")
    assert len(first[0].title) <= 80


@pytest.mark.parametrize(
    ("text", "first", "second", "lang", "value"),
    [
        ("Von 2021 bis 2024 regierte er.", "2021", "2024", "de", "2021/2024"),
        ("Zwischen 2021 und 2024 stieg der Preis.", "2021", "2024", "de", "2021/2024"),
        ("In den Jahren 2021–2024 stieg der Preis.", "2021", "2024", "de", "2021/2024"),
        ("From 2019 to 2021 he ruled.", "2019", "2021", "en", "2019/2021"),
        ("Between 2019 and 2021 prices rose.", "2019", "2021", "en", "2019/2021"),
    ],
)
def test_date_ranges(text: str, first: str, second: str, lang: str, value: str) -> None:
    analysis = analysed(text, {}, lang=lang)
    for surface in (first, second):
        start = text.index(surface)
        analysis.timexes.append(Timex(start, start + len(surface), surface, "DATE", surface))
    (event,) = build_events(analysis, genre="narrative")
    assert event.date.value == value and event.timex == 0


@pytest.mark.parametrize(
    "text", ["Die Messe lief vom 6.-8. August.", "Die Anhörung war vom 6. bis 8. August."]
)
def test_a_range_of_days_after_an_ordinal_period(text: str) -> None:
    analysis = analysed(text, {}, lang="de")
    first, second = text.index("6"), text.index("8. August")
    analysis.timexes += [
        Timex(first, first + 1, "6", "DATE", "2024-08-06"),
        Timex(second, second + 9, "8. August", "DATE", "2024-08-08"),
    ]
    (event,) = build_events(analysis, genre="narrative")
    assert event.date.value == "2024-08-06/2024-08-08"
    assert event.date.label == "6–8 Aug 2024"


@pytest.mark.parametrize(
    ("text", "side", "main", "lang"),
    [
        (
            "Trump, who took office on January 20, will sign the bill tomorrow.",
            ("January 20", "2025-01-20"),
            ("tomorrow", "2025-03-15"),
            "en",
        ),
        (
            "Kompany, der im Sommer 2024 kam, sprach am Samstag von einem Erfolg.",
            ("Sommer 2024", "2024-SU"),
            ("Samstag", "2025-03-08"),
            "de",
        ),
    ],
)
def test_the_main_clause_dates_the_event_before_a_side_clause(
    text: str, side: tuple[str, str], main: tuple[str, str], lang: str
) -> None:
    analysis = analysed(text, {}, lang=lang)
    for surface, value in (side, main):
        start = text.index(surface)
        analysis.timexes.append(Timex(start, start + len(surface), surface, "DATE", value))
    (event,) = build_events(analysis, genre="narrative")
    assert event.date.value == main[1] and event.timex == 1


def test_a_side_clause_dates_the_event_when_the_main_clause_has_no_date() -> None:
    text = "Trump, who took office on January 20, signed the bill."
    analysis = analysed(text, {}, lang="en")
    start = text.index("January 20")
    analysis.timexes.append(Timex(start, start + 10, "January 20", "DATE", "2025-01-20"))
    (event,) = build_events(analysis, genre="narrative")
    assert event.date.value == "2025-01-20"


def test_the_finest_date_of_the_main_clause_dates_the_event() -> None:
    text = "Im Streit um den Haushalt 2026 hat Merz am Mittwoch eine Einigung angekündigt."
    analysis = analysed(text, {}, lang="de")
    for surface, value in (("2026", "2026"), ("Mittwoch", "2025-12-03")):
        start = text.index(surface)
        analysis.timexes.append(Timex(start, start + len(surface), surface, "DATE", value))
    (event,) = build_events(analysis, genre="narrative")
    assert event.date.value == "2025-12-03" and event.timex == 1


def test_a_dateline_is_no_event_and_the_next_sentence_is_the_lede() -> None:
    text = "Berlin. Die Koalition streitet weiter. Von Anna Weber"
    (event,) = build_events(analysed(text, {}, dct="2025-12-04"), genre="news")
    assert event.text == "Die Koalition streitet weiter."
    assert (event.anchor, event.date.value) == ("dct", "2025-12-04")


def test_a_title_keeps_the_side_clause_its_date_comes_from() -> None:
    text = (
        "Jimmy Carter, who died in late December in his home in Plains, had called the "
        "handover of the canal to Panama the proudest achievement of his whole presidency."
    )
    analysis = analysed(text, {"late December": ("DATE", "2024-12", "dct")}, lang="en")
    (event,) = build_events(analysis, genre="narrative")
    assert "late December" in event.title and len(event.title) <= 81


def test_parts_between_semicolons_with_dates_of_their_own_are_events_of_their_own() -> None:
    text = "Sie heiratete 1958; die Ehe wurde 1965 geschieden. Er kam 1970; er blieb lange."
    analysis = analysed(
        text,
        {
            "1958": ("DATE", "1958", "explicit"),
            "1965": ("DATE", "1965", "explicit"),
            "1970": ("DATE", "1970", "explicit"),
        },
    )
    events = build_events(analysis, genre="narrative")
    assert [(e.date.value, e.text) for e in events] == [
        ("1958", "Sie heiratete 1958"),
        ("1965", "die Ehe wurde 1965 geschieden."),
        ("1970", "Er kam 1970; er blieb lange."),
    ]
