"""The timeline view model: rows, grouping, filters, search, selection and jumps."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from ui_fixtures import AnalysisBuilder

from tui.core.model import Analysis
from tui.core.view.date_query import DateQuery
from tui.core.view.event_detail import context_span, derivation, highlights, paragraph_span
from tui.core.view.timeline import TimelineModel


def labels(model: TimelineModel) -> list[str]:
    """The rows as the user reads them: headers as ``# 2020``, events by their title's start."""
    out = []
    for i in range(model.row_count):
        row = model.row(i)
        if row.header is not None:
            out.append(("# " if row.header.kind == "year" else "## ") + row.header.label)
        else:
            assert row.event is not None
            out.append(row.event.title.split()[0])
    return out


def selected_title(model: TimelineModel) -> str | None:
    event = model.selected_event
    return event.title.split()[0] if event else None


def test_rows_are_chronological_under_year_headers(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    assert labels(model) == [
        "# 2019", "Die",
        "# 2020", "Am", "Bürgermeisterin",
        "# 2022", "Im",
        "# 2024", "Kürzlich",
        "# 2025", "Neue", "Weber",
    ]  # fmt: skip
    assert [model.row(i).header.count for i in range(model.row_count) if model.row(i).header] == [
        1, 2, 1, 1, 2,
    ]  # fmt: skip
    # The first event is selected from the start.
    assert model.cursor == 1 and selected_title(model) == "Die"


def test_events_are_sorted_even_if_the_analysis_is_not(bridge_analysis: Analysis) -> None:
    def row_dates(model: TimelineModel) -> list[object]:
        return [
            r.header.label if r.header else r.event.date
            for r in map(model.row, range(model.row_count))
        ]

    in_order = row_dates(TimelineModel(bridge_analysis))
    bridge_analysis.events.reverse()
    model = TimelineModel(bridge_analysis)
    assert row_dates(model) == in_order
    # Positions run by year, the events vaguer than a month first, then in time order.
    keys = [
        (e.date.earliest.year, e.date.earliest.month == e.date.latest.month, e.date.sort_key)
        for e in model.events
    ]
    assert keys == sorted(keys)


def dense_analysis(builder: AnalysisBuilder, count: int = 14, season: bool = False) -> Analysis:
    """A chronicle of 2021 with ``count`` dated days and one event known only to the year
    (and, with ``season``, one known only to the summer)."""
    months = ["Januar", "Februar", "März", "April"]
    sentences = [f"Am {i + 1}. {months[i % 4]} 2021 geschah Ding {i}." for i in range(count)]
    sentences.append("Im Jahr 2021 war alles anders.")
    sentences.append("Im Jahr 2023 kam das Ende.")
    if season:
        sentences.append("Im Sommer 2021 ruhte alles.")
    doc = builder.document("chronik", " ".join(sentences), dct="2023-05-01")
    for i in range(count):
        builder.event(
            doc, f"Am {i + 1}. {months[i % 4]}", value=f"2021-{i % 4 + 1:02d}-{i + 1:02d}",
            timex=f"{i + 1}. {months[i % 4]} 2021", title=f"Ding{i} happens",
        )  # fmt: skip
    builder.event(doc, "Im Jahr 2021", value="2021", timex="Im Jahr 2021", title="Year event")
    builder.event(doc, "Im Jahr 2023", value="2023", timex="Im Jahr 2023", title="End")
    if season:
        builder.event(
            doc, "Im Sommer 2021", value="2021-SU", timex="Im Sommer 2021", title="Summer rests"
        )
    return builder.build()


def test_dense_years_are_split_into_months_with_year_wide_events_first(
    builder: AnalysisBuilder,
) -> None:
    model = TimelineModel(dense_analysis(builder), dense_year_events=12)
    rows = labels(model)
    assert rows[:3] == ["# 2021", "Year", "## January 2021"]
    assert (
        rows.index("## February 2021") < rows.index("## March 2021") < rows.index("## April 2021")
    )
    january = rows[rows.index("## January 2021") + 1 : rows.index("## February 2021")]
    assert january == ["Ding0", "Ding4", "Ding8", "Ding12"]
    assert rows[-2:] == ["# 2023", "End"]
    # Once a filter leaves few events in the year, the months go away.
    model.set_query("ding1")  # Ding1, Ding10 ... Ding13
    assert not any(r.startswith("##") for r in labels(model))


def test_any_and_all_filters(two_document_analysis: Analysis) -> None:
    model = TimelineModel(two_document_analysis)
    model.toggle_entity("per-weber")
    assert {e.title.split()[0] for e in (model.events[p] for p in model.visible)} == {
        "Bürgermeisterin",
        "Weber",
    }
    model.toggle_entity("org-bau")  # any of: Weber or Brückenbau AG
    any_of = {model.events[p].title.split()[0] for p in model.visible}
    assert any_of == {"Bürgermeisterin", "Weber", "Die", "Kürzlich"}
    model.set_mode("all")  # nobody mentions both in one sentence
    assert len(model.visible) == 0 and model.row_count == 0
    assert model.cursor is None and model.selected_event is None
    model.toggle_entity("per-weber")  # all of: just Brückenbau AG
    assert {model.events[p].title.split()[0] for p in model.visible} == {"Die", "Kürzlich"}
    model.clear_filters()
    assert model.visible_events == model.total_events == 9
    assert not model.is_filtered and model.active_entities == ()


def test_all_of_with_events_naming_both(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    model.set_entities(["org-stadtrat", "org-bau"])
    model.set_mode("all")
    assert [model.events[p].title.split()[0] for p in model.visible] == ["Die"]
    model.set_mode("any")
    assert [model.events[p].title.split()[0] for p in model.visible] == ["Die", "Am", "Kürzlich"]


def test_selection_is_kept_when_the_event_survives_a_filter(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    model.move(2)
    assert selected_title(model) == "Bürgermeisterin"
    model.toggle_entity("per-weber")
    assert selected_title(model) == "Bürgermeisterin"
    assert model.row(model.cursor).event is model.selected_event
    model.toggle_entity("per-weber")
    assert selected_title(model) == "Bürgermeisterin"


def test_selection_moves_on_in_time_when_its_event_is_filtered_out(
    bridge_analysis: Analysis,
) -> None:
    model = TimelineModel(bridge_analysis)
    model.move(1)
    assert selected_title(model) == "Am"  # 12 Mar 2020, no Weber
    model.toggle_entity("per-weber")
    assert selected_title(model) == "Bürgermeisterin"  # the next Weber event in time
    model.last()
    model.clear_filters()
    model.last()
    assert selected_title(model) == "Weber"
    model.toggle_entity("org-stadtrat")  # nothing later: the last visible event
    assert selected_title(model) == "Am"


def test_search_matches_title_sentence_and_entity_names(two_document_analysis: Analysis) -> None:
    model = TimelineModel(two_document_analysis)

    def found(query: str) -> set[str]:
        model.set_query(query)
        return {model.events[p].title.split()[0] for p in model.visible}

    assert found("LIBRARY") == {"The"}
    assert found("flood") == {"Mayor"}  # in the sentence, not the title
    assert found("smith") == {"Mayor"}
    assert found("Bürgermeisterin weber") == {"Bürgermeisterin"}  # every word must match
    assert found("anna weber") == {"Bürgermeisterin", "Weber"}  # "Weber" is an alias
    assert found("zzz") == set()
    assert found("") == {e.title.split()[0] for e in model.events}


def test_typing_narrows_to_the_same_result_as_a_fresh_search(
    two_document_analysis: Analysis,
) -> None:
    typed = TimelineModel(two_document_analysis)
    query = "die stadt"
    for length in range(1, len(query) + 1):
        typed.set_query(query[:length])
        fresh = TimelineModel(two_document_analysis)
        fresh.set_query(query[:length])
        assert typed.visible == fresh.visible, query[:length]
    # Deleting characters widens the result again.
    typed.set_query("di")
    fresh = TimelineModel(two_document_analysis)
    fresh.set_query("di")
    assert typed.visible == fresh.visible


def test_search_and_entity_filter_combine(two_document_analysis: Analysis) -> None:
    model = TimelineModel(two_document_analysis)
    model.toggle_entity("org-stadtrat")
    model.set_query("schließlich")
    assert [model.events[p].title.split()[0] for p in model.visible] == ["Am"]
    assert model.is_filtered


def test_moving_skips_headers_and_stops_at_the_ends(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    assert not model.move(-1)
    seen = [selected_title(model)]
    while model.move(1):
        seen.append(selected_title(model))
    assert seen == ["Die", "Am", "Bürgermeisterin", "Im", "Kürzlich", "Neue", "Weber"]
    assert model.first() and selected_title(model) == "Die"
    assert model.last() and selected_title(model) == "Weber"
    assert model.move(-3) and selected_title(model) == "Im"


def test_pages_and_clicks_land_on_events(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    assert model.move_rows(5)  # row 6 is the 2022 header: the event below it
    assert model.cursor == 6 and selected_title(model) == "Im"
    assert model.move_rows(-4)  # row 2 is the 2020 header: the event above it
    assert selected_title(model) == "Die"
    assert model.select_row(2) and selected_title(model) == "Am"  # a header: the one below
    assert model.move_rows(100) and selected_title(model) == "Weber"


def test_next_and_previous_year(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    years = [model.selected_event.date.earliest.year]
    while model.next_year(1):
        years.append(model.selected_event.date.earliest.year)
    assert years == [2019, 2020, 2022, 2024, 2025]
    model.move(1)  # the second event of 2025
    assert model.next_year(-1) and selected_title(model) == "Kürzlich"
    assert model.next_year(-1) and selected_title(model) == "Im"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (DateQuery(dt.date(2020, 1, 1), "year"), "Am"),
        (DateQuery(dt.date(2021, 1, 1), "year"), "Im"),  # no 2021: the next event in time
        (DateQuery(dt.date(2020, 3, 12), "day"), "Am"),
        (DateQuery(dt.date(2020, 3, 13), "day"), "Im"),
        (DateQuery(dt.date(2025, 3, 1), "month"), "Neue"),
        (DateQuery(dt.date(1990, 1, 1), "year"), "Die"),  # before everything: the first
        (DateQuery(dt.date(2090, 1, 1), "year"), "Weber"),  # after everything: the last
    ],
)
def test_jump_to_date(bridge_analysis: Analysis, query: DateQuery, expected: str) -> None:
    model = TimelineModel(bridge_analysis)
    model.last()
    assert model.jump(query)
    assert selected_title(model) == expected


def test_jump_to_a_month_of_a_dense_year(builder: AnalysisBuilder) -> None:
    model = TimelineModel(dense_analysis(builder), dense_year_events=12)
    assert model.jump(DateQuery(dt.date(2021, 3, 1), "month"))
    assert selected_title(model) == "Ding2"
    assert model.jump(DateQuery(dt.date(2021, 1, 1), "year"))
    assert selected_title(model) == "Year"  # the year's first row


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2021, 3, 10), "Ding10"),  # 11 March, listed after the earlier March days
        (dt.date(2021, 2, 14), "Ding13"),
        (dt.date(2022, 6, 1), "End"),  # no 2022: the first event of a later year
        (dt.date(2030, 1, 1), "End"),  # after everything: the last
    ],
)
def test_jump_to_a_day_of_a_dense_year(
    builder: AnalysisBuilder, day: dt.date, expected: str
) -> None:
    model = TimelineModel(dense_analysis(builder), dense_year_events=12)
    assert model.jump(DateQuery(day, "day"))
    assert selected_title(model) == expected


def test_jump_to_a_day_passes_over_the_vaguer_events_of_a_dense_year(
    builder: AnalysisBuilder,
) -> None:
    # "Im Sommer 2021" is listed with the year's vaguer events, before the months; it
    # begins after 10 March but is no event of March.
    analysis = dense_analysis(builder, season=True)
    model = TimelineModel(analysis, dense_year_events=12)
    rows = labels(model)
    assert rows.index("Summer") < rows.index("## January 2021")
    assert model.jump(DateQuery(dt.date(2021, 3, 10), "day"))
    assert selected_title(model) == "Ding10"
    # After the last dated day of the year, the season is the next event in time.
    assert model.jump(DateQuery(dt.date(2021, 5, 1), "day"))
    assert selected_title(model) == "Summer"


def test_jump_with_nothing_visible(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    model.set_query("nothing matches this")
    assert not model.jump(DateQuery(dt.date(2020, 1, 1), "year"))


def test_entity_groups_by_type_and_count(two_document_analysis: Analysis) -> None:
    model = TimelineModel(two_document_analysis)
    groups = [(title, [e.name for e in entities]) for title, entities in model.entity_groups()]
    assert groups == [
        ("People", ["Anna Weber", "John Smith"]),
        ("Organisations", ["Brückenbau AG", "Stadtrat"]),
        ("Places", ["Rheinstadt", "Riverton"]),
        ("Other", ["Rheinbrücke"]),
    ]


def test_an_empty_analysis(builder: AnalysisBuilder) -> None:
    builder.document("leer", "Ein Text ohne jedes Datum.")
    model = TimelineModel(builder.build())
    assert model.row_count == 0 and model.cursor is None
    assert not model.move(1) and not model.first() and not model.next_year(1)


def test_how_dates_were_found(two_document_analysis: Analysis) -> None:
    model = TimelineModel(two_document_analysis)
    how = {
        e.title.split()[0]: derivation(e, model.document(e))
        for e in model.events
        if e.document == "bridge"
    }
    assert how["Am"] == 'from "Am 12. März 2020"'
    assert how["Bürgermeisterin"] == 'inherited from the previous sentence, via "damals"'
    assert how["Neue"] == "from the publication date (Mar 2025)"
    assert how["Kürzlich"] == 'from "Kürzlich", counted from the publication date (Mar 2025)'


def test_highlights_do_not_overlap(bridge_analysis: Analysis) -> None:
    doc = bridge_analysis.documents[0]
    marks = highlights(doc)
    assert {m.kind for m in marks} == {"timex", "entity"}
    for before, after in itertools.pairwise(marks):
        assert before.end <= after.start
    for mark in marks:
        assert doc.document.text[mark.start : mark.end].strip()


def test_context_is_the_paragraph_cut_to_the_sentences_around(builder: AnalysisBuilder) -> None:
    text = " ".join(f"Satz {i} endet hier." for i in range(9)) + "\n\nNeuer Absatz."
    doc_id = builder.document("lang", text)
    builder.event(doc_id, "Satz 4", value="2020", title="vier")
    analysis = builder.build()
    doc = analysis.documents[0]
    event = analysis.events[0]
    start, end = context_span(doc, event.start, event.end)
    assert text[start:end] == "Satz 2 endet hier. Satz 3 endet hier. Satz 4 endet hier. " + (
        "Satz 5 endet hier. Satz 6 endet hier."
    )
    assert context_span(doc, event.start, event.end, around=10) == paragraph_span(
        doc, event.start, event.end
    )


def test_the_date_column_is_as_wide_as_the_dates_it_writes(bridge_analysis: Analysis) -> None:
    model = TimelineModel(bridge_analysis)
    assert model.date_width(40) == len("≈ H2 2024 (recently)")
    # With less room the vague dates drop their note: "summer 2022" is then the longest.
    assert model.date_width(16) == len("summer 2022")


@pytest.mark.parametrize("prepared", [False, True])
def test_an_event_changed_before_the_first_search_is_found_as_it_is_now(
    two_document_analysis: Analysis, prepared: bool
) -> None:
    from dataclasses import replace

    model = TimelineModel(two_document_analysis)
    if prepared:  # what search looks in is made before the change, or only at the search
        model.search.prepare()
    before = model.events[0]
    model.replace_event(before, replace(before, title="Quarzlampe erfunden"))
    model.set_query("quarzlampe")
    assert [model.events[p].id for p in model.visible] == [before.id]
