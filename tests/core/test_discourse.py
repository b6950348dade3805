"""Events dated by the discourse they continue, in news and in narratives (made-up texts)."""

from __future__ import annotations

import pytest

from tests.core.event_fixtures import analysed
from tui.core.events import build_events
from tui.core.model import Event


def dates(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.text, e.date.value, e.anchor) for e in events]


def test_a_sentence_without_a_date_continues_the_sentence_before() -> None:
    text = "Am 3. März 2023 stürzte die Brücke ein. Zwei Arbeiter wurden verletzt."
    analysis = analysed(text, {"3. März 2023": ("DATE", "2023-03-03", "explicit")})
    first, second = build_events(analysis)
    assert (second.date.value, second.anchor) == ("2023-03-03", "context")
    assert second.context == (first.start, first.end)


def test_english_sentences_continue_the_sentence_before_too() -> None:
    text = "The bridge collapsed on March 3, 2023. Two workers were injured."
    analysis = analysed(text, {"March 3, 2023": ("DATE", "2023-03-03", "explicit")}, lang="en")
    assert [e.anchor for e in build_events(analysis)] == ["explicit", "context"]


def test_a_new_paragraph_ends_the_run_and_opens_on_the_news() -> None:
    text = (
        "Im Jahr 1998 gründete Anna Weber die Firma. Sie baute Fahrräder.\n\n"
        "Die Firma meldete Insolvenz an."
    )
    analysis = analysed(text, {"Im Jahr 1998": ("DATE", "1998", "explicit")}, dct="2024-05-14")
    assert dates(build_events(analysis)) == [
        ("Im Jahr 1998 gründete Anna Weber die Firma.", "1998", "explicit"),
        ("Sie baute Fahrräder.", "1998", "context"),
        ("Die Firma meldete Insolvenz an.", "2024-05-14", "dct"),
    ]


def test_a_present_after_a_past_is_back_at_the_publication_date() -> None:
    text = "Im Jahr 2019 baute die Stadt ein Bad. Die Stadt prüft den Abriss."
    analysis = analysed(text, {"Im Jahr 2019": ("DATE", "2019", "explicit")}, dct="2024-05-14")
    assert [(e.date.value, e.anchor) for e in build_events(analysis)] == [
        ("2019", "explicit"),
        ("2024-05-14", "dct"),
    ]


def test_the_news_day_is_the_day_the_opening_tells_something_happened() -> None:
    # Published on Sunday; the lead says the singer died on Saturday.
    text = "Der Sänger Max Ober ist tot.\n\nEr starb am Samstag in Wien. Er wurde 80 Jahre alt."
    analysis = analysed(
        text,
        {"am Samstag": ("DATE", "2024-05-11", "dct")},
        dct="2024-05-12",
        mentions={"Max Ober": "max-ober"},
    )
    assert dates(build_events(analysis)) == [
        ("Der Sänger Max Ober ist tot.", "2024-05-12", "dct"),
        ("Er starb am Samstag in Wien.", "2024-05-11", "relative"),
        ("Er wurde 80 Jahre alt.", "2024-05-11", "context"),
    ]


def test_an_english_headline_in_the_present_tells_the_news_day() -> None:
    text = "Singer Max Ober dies at 80\n\nOber died on Saturday in Vienna, his family said."
    analysis = analysed(
        text,
        {"on Saturday": ("DATE", "2024-05-11", "dct")},
        lang="en",
        dct="2024-05-12",
        lede=(0, text.index("\n")),
        title="Singer Max Ober dies at 80",
    )
    headline, lead = build_events(analysis)
    assert (headline.date.value, headline.anchor) == ("2024-05-11", "context")
    assert headline.context == (lead.start, lead.end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die Polizei nahm am Montag einen Mann fest.\n\nWas bisher bekannt ist\n\n"
            "Der Mann ist 30 Jahre alt.",
            "de",
        ),
        ("Police arrested a man on Monday.\n\nWhat we know\n\nThe man is 30 years old.", "en"),
    ],
)
def test_subheadings_are_no_events_and_end_the_run(text: str, lang: str) -> None:
    monday = "am Montag" if lang == "de" else "on Monday"
    analysis = analysed(text, {monday: ("DATE", "2024-05-13", "dct")}, lang=lang, dct="2024-05-14")
    events = build_events(analysis)
    assert [e.anchor for e in events] == ["relative"]


def test_a_subheading_with_a_date_of_its_own_is_an_event() -> None:
    text = "Die Stadt plant einen Umbau.\n\nKundgebung am 5. Juni\n\nDas Bündnis ruft auf."
    analysis = analysed(text, {"am 5. Juni": ("DATE", "2024-06-05", "dct")}, dct="2024-05-14")
    assert "Kundgebung am 5. Juni" in [e.text for e in build_events(analysis)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ('"Heute ist ein schöner Tag für uns alle hier in Springvale."', "de"),
        ("„Das war ein schwerer Fehler der ganzen Regierung.“", "de"),
        ("Hätte die Stadt den Brand verhindern können?", "de"),
        ("“This is a dangerous business for everyone in the region.”", "en"),
        ("What happens next?", "en"),
    ],
)
def test_bare_quotes_and_questions_are_no_events(sentence: str, lang: str) -> None:
    text = (
        "Die Wahl war am Sonntag. " + sentence
        if lang == "de"
        else "The vote was Sunday. " + sentence
    )
    day = "am Sonntag" if lang == "de" else "Sunday"
    analysis = analysed(text, {day: ("DATE", "2024-05-12", "dct")}, lang=lang, dct="2024-05-14")
    assert [e.text for e in build_events(analysis)] == [text[: text.index(sentence)].strip()]


def test_a_quote_with_its_speaker_is_a_statement() -> None:
    text = 'Die Wahl war am Sonntag. "Wir haben gewonnen", sagte die Kandidatin.'
    analysis = analysed(text, {"am Sonntag": ("DATE", "2024-05-12", "dct")}, dct="2024-05-14")
    assert [e.anchor for e in build_events(analysis)] == ["relative", "context"]


@pytest.mark.parametrize(
    ("text", "vague", "lang"),
    [
        (
            'Der Minister sagte: "Wir prüfen derzeit alle Optionen für die Zukunft."',
            "derzeit",
            "de",
        ),
        ("Traditionell wird der Preis derzeit im Herbst vergeben.", "derzeit", "de"),
        (
            '"We are currently looking at every option we have," the minister said.',
            "currently",
            "en",
        ),
    ],
)
def test_a_vague_reference_in_a_quote_or_a_general_statement_dates_nothing(
    text: str, vague: str, lang: str
) -> None:
    analysis = analysed(text, {vague: ("DATE", "PRESENT_REF", "dct")}, lang=lang, dct="2024-05")
    assert all(e.timex is None for e in build_events(analysis))


def test_a_state_without_anyone_acting_is_not_dated_by_the_discourse() -> None:
    text = (
        "Am Montag beschloss der Rat den Umbau. Die Kosten liegen bei zwei Millionen Euro. "
        "Bürgermeisterin Anna Weber ist zufrieden."
    )
    analysis = analysed(
        text,
        {"Am Montag": ("DATE", "2024-05-13", "dct")},
        dct="2024-05-14",
        mentions={"Anna Weber": "anna-weber"},
    )
    assert [e.text for e in build_events(analysis)] == [
        "Am Montag beschloss der Rat den Umbau.",
        "Bürgermeisterin Anna Weber ist zufrieden.",
    ]


def test_a_plan_without_a_time_of_its_own_is_no_event_after_a_past() -> None:
    text = (
        "Der Stadtrat tagte am Montag.\n\n"
        "Im Jahr 2019 eröffnete das Museum. Die Stadt will es erweitern."
    )
    analysis = analysed(
        text,
        {"am Montag": ("DATE", "2024-05-13", "dct"), "Im Jahr 2019": ("DATE", "2019", "explicit")},
        dct="2024-05-14",
    )
    assert [e.date.value for e in build_events(analysis)] == ["2024-05-13", "2019"]


@pytest.mark.parametrize(
    ("text", "background", "main", "main_value", "lang"),
    [
        (
            "Seit 2014 dauert der Streit, am Dienstag einigten sich beide Seiten.",
            "Seit 2014",
            "am Dienstag",
            "2024-05-14",
            "de",
        ),
        (
            "Nach einem schwachen dritten Quartal senkte die Firma am Dienstag die Prognose.",
            "dritten Quartal",
            "am Dienstag",
            "2024-05-14",
            "de",
        ),
        (
            "Sales fell on Tuesday compared with the second quarter.",
            "the second quarter",
            "on Tuesday",
            "2024-05-14",
            "en",
        ),
    ],
)
def test_a_background_date_loses_to_the_date_of_the_main_predicate(
    text: str, background: str, main: str, main_value: str, lang: str
) -> None:
    analysis = analysed(
        text,
        {
            background: ("DATE", "2014" if "2014" in background else "2024-Q2", "explicit"),
            main: ("DATE", main_value, "dct"),
        },
        lang=lang,
        dct="2024-05-15",
    )
    (event,) = build_events(analysis)
    assert event.date.value == main_value


def test_a_background_date_alone_still_dates_its_sentence() -> None:
    text = "Die Ministerin ist seit 2017 im Amt."
    analysis = analysed(text, {"seit 2017": ("DATE", "2017", "explicit")}, dct="2024-05-15")
    (event,) = build_events(analysis)
    assert event.date.value == "2017"


def test_a_side_clause_with_a_date_of_its_own_is_an_event_of_its_own() -> None:
    text = (
        "Am Sonntag erhielt die Autorin den Preis. Die Rede hielt ein Historiker, "
        "der 2022 selbst ausgezeichnet worden war."
    )
    analysis = analysed(
        text,
        {"Am Sonntag": ("DATE", "2024-10-20", "dct"), "2022": ("DATE", "2022", "explicit")},
        dct="2024-10-21",
    )
    events = build_events(analysis)
    assert [(e.date.value, e.anchor) for e in events] == [
        ("2024-10-20", "relative"),
        ("2024-10-20", "context"),
        ("2022", "explicit"),
    ]
    assert len({e.id for e in events}) == 3


@pytest.mark.parametrize(
    ("text", "years", "lang"),
    [
        ("The team won the title in 1972, 1996 and 2016.", ["1972", "1996", "2016"], "en"),
        ("2019 und 2021 gab es Neuwahlen.", ["2019", "2021"], "de"),
    ],
)
def test_a_list_of_dates_gives_one_event_each(text: str, years: list[str], lang: str) -> None:
    analysis = analysed(text, {y: ("DATE", y, "explicit") for y in years}, lang=lang)
    events = build_events(analysis, genre="narrative")
    assert [e.date.value for e in events] == years
    assert len({e.id for e in events}) == len(years)
    assert {e.text for e in events} == {text}


def test_coordinated_clauses_with_dates_of_their_own_are_events_of_their_own() -> None:
    text = "Die Firma wurde 1990 gegründet und 2005 an einen Konzern verkauft."
    analysis = analysed(
        text, {"1990": ("DATE", "1990", "explicit"), "2005": ("DATE", "2005", "explicit")}
    )
    events = build_events(analysis, genre="narrative")
    assert [(e.date.value, e.text) for e in events] == [
        ("1990", "Die Firma wurde 1990 gegründet"),
        ("2005", "2005 an einen Konzern verkauft."),
    ]


def test_a_range_is_not_split_into_clauses() -> None:
    text = "Zwischen 2019 und 2021 stiegen die Preise."
    analysis = analysed(
        text, {"2019": ("DATE", "2019", "explicit"), "2021": ("DATE", "2021", "explicit")}
    )
    (event,) = build_events(analysis, genre="narrative")
    assert event.date.value == "2019/2021"


def test_a_dateline_with_an_agency_is_no_event() -> None:
    text = "Solingen (epd). Die Polizei nahm am Samstag einen Mann fest."
    analysis = analysed(text, {"am Samstag": ("DATE", "2024-08-24", "dct")}, dct="2024-08-24")
    assert [e.text for e in build_events(analysis)] == [
        "Die Polizei nahm am Samstag einen Mann fest."
    ]


def test_words_that_say_now_date_a_state_at_the_publication_date() -> None:
    text = "Am Freitag griff ein Mann Besucher an.\n\nInzwischen gibt es neue Hinweise."
    analysis = analysed(text, {"Am Freitag": ("DATE", "2024-08-23", "dct")}, dct="2024-08-24")
    assert [(e.date.value, e.anchor) for e in build_events(analysis)] == [
        ("2024-08-23", "relative"),
        ("2024-08-24", "dct"),
    ]


@pytest.mark.parametrize("between", ["\n", " "])
def test_the_attribution_under_a_quotation_is_no_event(between: str) -> None:
    text = (
        "Am Montag eröffnete die Stadt den Bahnhof.\n\n"
        f'"Das wird der schönste Bahnhof des Landes."{between}Anna Weber, Oberbürgermeisterin'
        "\n\nDer Bau dauerte zehn Jahre."
    )
    analysis = analysed(text, {"Am Montag": ("DATE", "2024-05-13", "dct")}, dct="2024-05-14")
    assert "Anna Weber, Oberbürgermeisterin" not in [e.text for e in build_events(analysis)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The recount began in 2000.\n\nThat resulted in a long battle in the courts.", "en"),
        ("Die Neuauszählung begann im Jahr 2000.\n\nDas führte zu einem langen Streit.", "de"),
    ],
)
def test_a_consequence_opened_by_a_demonstrative_comes_after_what_came_before(
    text: str, lang: str
) -> None:
    year = "in 2000" if lang == "en" else "im Jahr 2000"
    analysis = analysed(text, {year: ("DATE", "2000", "explicit")}, lang=lang, dct="2024-10-24")
    consequence = build_events(analysis)[-1]
    assert (consequence.anchor, consequence.date.label) == ("previous", "after 2000")


def test_a_cue_refers_to_the_time_named_before_not_to_its_own_side_clause() -> None:
    text = (
        "Im Jahr 2020 spendete die Stiftung Geld. "
        "Der Politiker drohte daraufhin mit Klagen, sollte sie bei der Wahl 2024 wieder spenden."
    )
    analysis = analysed(
        text, {"Im Jahr 2020": ("DATE", "2020", "explicit"), "2024": ("DATE", "2024", "explicit")}
    )
    threat = build_events(analysis)[-1]
    assert (threat.date.label, threat.anchor) == ("after 2020", "previous")


def test_a_side_clause_that_tells_what_the_verb_is_about_dates_the_sentence_alone() -> None:
    text = (
        "Der Streit ist alt.\n\n"
        "So warf der Präsident dem Konzern vor, sich während der Wahl 2020 gegen ihn gestellt "
        "zu haben."
    )
    analysis = analysed(text, {"2020": ("DATE", "2020", "explicit")}, dct="2024-12")
    events = [e for e in build_events(analysis) if e.text.startswith("So warf")]
    assert [e.date.value for e in events] == ["2020"]


def test_a_year_that_names_something_does_not_carry_to_the_next_sentence() -> None:
    text = (
        "Officials warned on Monday that the 1918 pandemic had begun mildly. "
        "More than 300 cases have been reported in the region."
    )
    analysis = analysed(
        text,
        {"on Monday": ("DATE", "2009-04-27", "dct"), "1918": ("DATE", "1918", "explicit")},
        lang="en",
        dct="2009-04-28",
    )
    warning, cases = build_events(analysis)
    assert warning.date.value == "2009-04-27"
    assert cases.date.value == "2009-04-28"


def test_the_news_day_is_a_day_something_happened_not_one_something_stood() -> None:
    # A price that stood on Monday evening is no news of that day: the lead is the DCT's.
    text = "Die Firma meldete den Kauf. Noch am Montagabend lag der Preis bei vier Euro."
    analysis = analysed(
        text, {"am Montagabend": ("TIME", "2024-12-09TEV", "dct")}, dct="2024-12-10"
    )
    assert dates(build_events(analysis))[0] == (
        "Die Firma meldete den Kauf.",
        "2024-12-10",
        "dct",
    )


def test_a_paragraph_that_opens_in_the_perfect_tells_what_the_news_brought_about_by_now() -> None:
    text = (
        "Am Freitagabend starben drei Menschen bei einem Angriff.\n\n"
        "Der Anschlag hat landesweit Empörung ausgelöst.\n\n"
        "Die Polizei suchte die ganze Nacht nach dem Täter."
    )
    analysis = analysed(
        text, {"Am Freitagabend": ("TIME", "2024-08-23TEV", "dct")}, dct="2024-08-24"
    )
    assert [(date, anchor) for _, date, anchor in dates(build_events(analysis))] == [
        ("2024-08-23TEV", "relative"),
        ("2024-08-24", "dct"),
        ("2024-08-23TEV", "context"),
    ]


def test_a_state_in_the_body_is_no_event_without_a_date_of_its_own_even_with_an_actor() -> None:
    text = (
        "Am Montag beschloss der Rat den Umbau.\n\n"
        "Die Baufirma Stein meldete den Auftrag. Unter anderem hat Stein auch drei Kräne."
    )
    analysis = analysed(
        text,
        {"Am Montag": ("DATE", "2024-05-13", "dct")},
        dct="2024-05-14",
        mentions={"Stein": "stein"},
        label="ORG",
    )
    assert [e.text for e in build_events(analysis)] == [
        "Am Montag beschloss der Rat den Umbau.",
        "Die Baufirma Stein meldete den Auftrag.",
    ]


@pytest.mark.parametrize(
    ("text", "compared", "lang"),
    [
        ("Das sind zwei Tage weniger als im laufenden Jahr.", "laufenden Jahr", "de"),
        ("There are two more holidays than in 2023.", "2023", "en"),
    ],
)
def test_a_date_the_sentence_compares_with_dates_nothing(text: str, compared: str, lang: str):
    analysis = analysed(text, {compared: ("DATE", "2023", "dct")}, lang=lang, dct="2024-05-14")
    assert build_events(analysis) == []


@pytest.mark.parametrize(
    ("text", "year", "dated"),
    [
        # between a word that is no preposition and a lower-case noun: a name, no time
        ("Ms. Lane, the likely 2030 party nominee, visited a farm in the valley.", "2030", False),
        ("The big harvest 2030 question is who will buy the grain.", "2030", False),
        # after a preposition or at a clause's edge it is the time of the sentence
        ("In 2019 the farmers sold their land to a developer.", "2019", True),
        ("The farmers sold their land in 2019.", "2019", True),
    ],
)
def test_a_year_that_modifies_a_noun_dates_nothing(text: str, year: str, dated: bool) -> None:
    analysis = analysed(text, {year: ("DATE", year, "explicit")}, lang="en", dct="2024-05-15")
    # Undated by its year, the sentence is what the discourse makes it: the news.
    assert [e.date.value for e in build_events(analysis)] == [year if dated else "2024-05-15"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am 3. März 2023 stürzte die Brücke ein. Die Brücke war eine der ältesten im Land.", "de"),
        ("The bridge collapsed on March 3, 2023. It was the oldest bridge in the county.", "en"),
        (
            "The bridge collapsed on March 3, 2023. “The road is far too narrow,” one said.",
            "en",
        ),
    ],
)
def test_a_description_is_not_dated_by_the_sentence_before(text: str, lang: str) -> None:
    stated = "3. März 2023" if lang == "de" else "March 3, 2023"
    analysis = analysed(text, {stated: ("DATE", "2023-03-03", "explicit")}, lang=lang)
    assert [e.anchor for e in build_events(analysis)] == ["explicit"]


@pytest.mark.parametrize(
    ("text", "stated", "lang"),
    [
        (
            "Für den 3. Juni hat das Bündnis eine Demonstration geplant. "
            "Der Verein begründete den Umzug mit den Kosten.",
            "3. Juni",
            "de",
        ),
        (
            "The ban will take effect on June 3. The governor has looked for a buyer for the mill.",
            "June 3",
            "en",
        ),
    ],
)
def test_what_has_happened_does_not_go_on_from_a_plan(text: str, stated: str, lang: str) -> None:
    analysis = analysed(
        text, {stated: ("DATE", "2024-06-03", "explicit")}, dct="2024-05-14", lang=lang
    )
    assert [e.date.value for e in build_events(analysis)] == ["2024-06-03"]


@pytest.mark.parametrize(
    ("text", "stated", "lang"),
    [
        (
            "Am 5. Juni wird der Tunnel gesperrt. Dort wird die Decke neu gestrichen.",
            "Am 5. Juni",
            "de",
        ),
        (
            "The hearing was set for June 3. That is days before the fair where the winners are "
            "expected to be publicly named.",
            "June 3",
            "en",
        ),
    ],
)
def test_a_plan_for_a_day_goes_on_with_what_is_planned_for_it(
    text: str, stated: str, lang: str
) -> None:
    analysis = analysed(
        text, {stated: ("DATE", "2024-06-03", "explicit")}, dct="2024-05-14", lang=lang
    )
    assert [e.date.value for e in build_events(analysis)] == ["2024-06-03", "2024-06-03"]


@pytest.mark.parametrize(
    ("text", "year", "lang", "dated"),
    [
        # the year a noun is for: no time of the sentence
        ("Der Gemeinderat hat den Bauplan für 2030 beschlossen.", "2030", "de", False),
        ("Der Gemeinderat hat den Bauplan für das Jahr 2030 beschlossen.", "2030", "de", False),
        ("The club published its forecast for 2030.", "2030", "en", False),
        # a time the sentence is set for is one
        ("Für 2030 plant der Stadtrat einen Neubau.", "2030", "de", True),
        ("The council is set to vote for the plan in 2030.", "2030", "en", True),
    ],
)
def test_the_year_a_noun_is_for_dates_nothing(text: str, year: str, lang: str, dated: bool):
    analysis = analysed(text, {year: ("DATE", year, "explicit")}, lang=lang, dct="2024-05-15")
    assert [e.date.value for e in build_events(analysis)] == [year if dated else "2024-05-15"]


@pytest.mark.parametrize(
    ("text", "lang", "news_day"),
    [
        # a line that ends in a participle without a finite verb tells a past: the news day
        ("Gemeinderat: Bauplan beschlossen\n\nDer Rat stimmte am Montag zu.", "de", True),
        # a finite verb tells its own tense: a present is the publication date
        ("Gemeinderat: Rat verklagt den Kreis\n\nDer Rat stimmte am Montag zu.", "de", False),
        # English headlines tell the past in the present anyway
        ("Council budget approved\n\nThe council voted on Monday.", "en", True),
    ],
)
def test_a_line_that_ends_in_a_participle_tells_the_news_day(
    text: str, lang: str, news_day: bool
) -> None:
    monday = "am Montag" if lang == "de" else "on Monday"
    analysis = analysed(text, {monday: ("DATE", "2024-05-13", "dct")}, lang=lang, dct="2024-05-14")
    first = build_events(analysis)[0]
    assert first.date.value == ("2024-05-13" if news_day else "2024-05-14")
