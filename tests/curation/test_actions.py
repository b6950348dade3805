"""Every curation action at the core level: applied, undone and redone, on a new analysis
while the original stays as the analyser made it."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from tests.curation.corpus import analysis, entity, event
from tui.core.curation import (
    UNKNOWN,
    CurationSession,
    NotADate,
    date_value,
    dump_actions,
    load_actions,
)
from tui.core.model import Analysis, EventMark


def _check_undo_redo(session: CurationSession, done: Analysis) -> None:
    """Undo gives the analysis as made again; redo the curated one."""
    action = session.undo()
    assert action is not None
    assert session.analysis == session.original
    assert session.actions() == []
    assert session.redo() == action
    assert session.analysis == done
    assert session.actions() == [action]


def test_the_original_analysis_is_never_changed() -> None:
    original = analysis()
    before = copy.deepcopy(original)
    session = CurationSession(original)
    session.hide("ev-met")
    session.edit_title("ev-spoke", "new")
    session.change_date("ev-apple", "2020")
    session.merge("friedrich", "merz")
    session.rename("apple", "Apple Inc.")
    session.relabel("apple", "MISC")
    session.remove_entity("berlin")
    assert original == before
    assert session.analysis is not original


@pytest.mark.parametrize("hidden", [True, False])
def test_hide_and_unhide(hidden: bool) -> None:
    session = CurationSession(analysis())
    session.hide("ev-met")
    if not hidden:
        session.hide("ev-met", hidden=False)
    marks = session.analysis.marks
    assert marks.get("ev-met", EventMark()).hidden is hidden
    if hidden:
        _check_undo_redo(session, session.analysis)


def test_star_and_unstar() -> None:
    session = CurationSession(analysis())
    done = session.star("ev-apple")
    assert done.marks["ev-apple"] == EventMark(starred=True)
    _check_undo_redo(session, done)
    session.star("ev-apple", starred=False)
    assert "ev-apple" not in session.analysis.marks


def test_edit_title_keeps_the_original() -> None:
    session = CurationSession(analysis())
    original_title = event(session.original, "ev-spoke").title
    done = session.edit_title("ev-spoke", "[bold]Merz[/] <script>\x1b[31m")
    assert event(done, "ev-spoke").title == "[bold]Merz[/] <script>\x1b[31m"
    assert done.marks["ev-spoke"].original_title == original_title
    assert done.marks["ev-spoke"].edited
    _check_undo_redo(session, done)


def test_change_date_parses_the_jump_to_date_forms_and_resorts() -> None:
    session = CurationSession(analysis())
    done = session.change_date("ev-vote2", "6.1.2021")
    curated = event(done, "ev-vote2")
    assert curated.date.value == "2021-01-06"
    assert curated.date.precision == "day"
    assert curated.date.label == "6 Jan 2021"
    assert done.events[0].id == "ev-vote2"  # in time order again
    assert done.marks["ev-vote2"].original_date == event(session.original, "ev-vote2").date
    _check_undo_redo(session, done)


@pytest.mark.parametrize(
    ("typed", "value", "precision"),
    [
        ("2021", "2021", "year"),
        ("Jan 2021", "2021-01", "month"),
        ("2021-01-06", "2021-01-06", "day"),
    ],
)
def test_date_forms(typed: str, value: str, precision: str) -> None:
    session = CurationSession(analysis())
    done = session.change_date("ev-met", typed)
    assert (event(done, "ev-met").date.value, event(done, "ev-met").date.precision) == (
        value,
        precision,
    )


def test_an_unknown_date_is_vague_and_beside_the_publication_date() -> None:
    assert date_value(" Unknown ") == UNKNOWN
    session = CurationSession(analysis())
    done = session.change_date("ev-met", "unknown")
    date = event(done, "ev-met").date
    assert (date.value, date.precision, date.label) == (UNKNOWN, "vague", "date unknown")
    assert date.earliest == date.latest == dt.date(2024, 5, 8)  # the article's dct
    _check_undo_redo(session, done)


def test_a_typed_non_date_is_refused_and_nothing_changes() -> None:
    session = CurationSession(analysis())
    with pytest.raises(NotADate):
        session.change_date("ev-met", "next tuesday-ish")
    assert session.actions() == []


def test_note_set_and_cleared() -> None:
    session = CurationSession(analysis())
    done = session.note("ev-met", "check [red]this[/]")
    assert done.marks["ev-met"].note == "check [red]this[/]"
    assert not done.marks["ev-met"].edited
    _check_undo_redo(session, done)
    session.note("ev-met", None)
    assert "ev-met" not in session.analysis.marks


def test_merge_makes_names_aliases_and_points_everything_to_the_survivor() -> None:
    session = CurationSession(analysis())
    done = session.merge("friedrich", "merz")
    merged = entity(done, "Friedrich Merz")
    assert merged.aliases == ["Merz"]
    assert merged.count == 3
    assert merged.label == "PER"
    assert [e.id for e in done.entities] == ["friedrich", "apple", "berlin"]
    assert event(done, "ev-met").entities == ["friedrich", "berlin"]  # no duplicate
    assert event(done, "ev-spoke").entities == ["friedrich"]
    mentions = [m.entity for item in done.documents for m in item.mentions]
    assert "merz" not in mentions
    assert mentions.count("friedrich") == 3
    _check_undo_redo(session, done)


def test_merge_with_a_chosen_label() -> None:
    session = CurationSession(analysis())
    done = session.merge("apple", "berlin", label="MISC")
    assert entity(done, "Apple").label == "MISC"
    assert entity(done, "Apple").aliases == ["Berlin"]


def test_rename_keeps_the_old_name_as_an_alias_for_later_actions() -> None:
    session = CurationSession(analysis())
    done = session.rename("merz", "F. Merz")
    renamed = next(e for e in done.entities if e.id == "merz")
    assert (renamed.name, renamed.aliases) == ("F. Merz", ["Merz"])
    _check_undo_redo(session, done)
    session.relabel("merz", "ORG")  # by the new name; the old one finds it too
    assert next(e for e in session.analysis.entities if e.id == "merz").label == "ORG"


def test_relabel() -> None:
    session = CurationSession(analysis())
    done = session.relabel("apple", "MISC")
    assert entity(done, "Apple").label == "MISC"
    _check_undo_redo(session, done)
    with pytest.raises(ValueError):
        session.relabel("apple", "FRUIT")


def test_remove_a_false_entity_stops_its_mentions_counting() -> None:
    session = CurationSession(analysis())
    done = session.remove_entity("berlin")
    assert "berlin" not in [e.id for e in done.entities]
    assert event(done, "ev-met").entities == ["merz", "friedrich"]
    assert all(m.entity != "berlin" for item in done.documents for m in item.mentions)
    _check_undo_redo(session, done)


def test_merge_then_remove_removes_the_merged_names_too() -> None:
    session = CurationSession(analysis())
    session.merge("friedrich", "merz")
    done = session.remove_entity("friedrich")
    assert [e.id for e in done.entities] == ["apple", "berlin"]
    assert event(done, "ev-spoke").entities == []
    assert all(m.entity in {"apple", "berlin"} for item in done.documents for m in item.mentions)


def test_listed_events_of_one_sentence_are_curated_apart() -> None:
    session = CurationSession(analysis())
    done = session.star("ev-vote2")
    assert "ev-vote1" not in done.marks
    assert done.marks["ev-vote2"].starred


def test_undo_and_redo_step_through_several_actions() -> None:
    session = CurationSession(analysis())
    session.hide("ev-met")
    session.star("ev-met")
    session.note("ev-met", "n")
    assert session.undo() is not None and session.undo() is not None
    assert session.analysis.marks["ev-met"] == EventMark(hidden=True)
    assert session.can_redo
    session.edit_title("ev-met", "t")  # a new action ends what could be redone
    assert not session.can_redo and session.redo() is None
    assert session.analysis.marks["ev-met"] == EventMark(
        hidden=True, original_title=event(session.original, "ev-met").title
    )


def test_actions_round_trip_through_json_verbatim() -> None:
    session = CurationSession(analysis())
    session.edit_title("ev-met", "[bold]x[/] <b>\x1b[2J")
    session.note("ev-met", "\\n $(rm) ")
    session.change_date("ev-apple", "unknown")
    session.merge("friedrich", "merz", label="PER")
    session.rename("apple", "Apple Inc.")
    session.relabel("berlin", "ORG")
    session.remove_entity("berlin")
    session.hide("ev-spoke")
    session.star("ev-spoke")
    assert load_actions(dump_actions(session.actions())) == session.actions()


def test_without_saved_actions_events_are_indexed_only_at_the_first_action(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tui.core.curation import apply

    made: list[int] = []
    real = apply.EventKeyIndex.of.__func__  # type: ignore[attr-defined]

    def counting(cls: type[apply.EventKeyIndex], analysis: Analysis) -> apply.EventKeyIndex:
        made.append(len(analysis.events))
        return real(cls, analysis)  # type: ignore[no-any-return]

    monkeypatch.setattr(apply.EventKeyIndex, "of", classmethod(counting))
    original = analysis()
    session = CurationSession(original)
    assert made == []
    assert session.analysis == original
    session.hide("ev-met")
    assert made == [len(original.events)]
    assert session.analysis.marks["ev-met"].hidden


def test_a_session_without_entity_actions_leaves_deferred_documents_unread() -> None:
    """A corpus read back from the store decodes a document's lists when first used: a
    session whose actions move no entity never reads them (a reopen stays fast)."""
    from dataclasses import replace

    from tui.core.model import DocumentAnalysis

    original = analysis()
    reads: list[str] = []

    def deferred(item: DocumentAnalysis) -> DocumentAnalysis:
        def read() -> tuple:  # type: ignore[type-arg]
            reads.append(item.document.id)
            return item.sentences, item.paragraphs, item.timexes, item.mentions

        return DocumentAnalysis.deferred(item.document, item.lang, read)

    lazy = replace(original, documents=[deferred(item) for item in original.documents])
    session = CurationSession(lazy)
    session.hide("ev-met")
    session.star("ev-spoke")
    assert reads == []
    assert session.analysis.documents == original.documents
    assert reads
