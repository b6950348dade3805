"""One source of truth: a session patches its curated analysis one action at a time, and
after any sequence of actions, undos and redos it is the analysis that applying every
action in effect to the analyser's analysis gives (seeded random sequences)."""

from __future__ import annotations

import random

import pytest

from tests.curation.corpus import EVENTS, EventSpec, analysis
from tests.curation.random_actions import ENTITY_KINDS, EVENT_KINDS, entity_action, event_action
from tui.core.curation import CurationSession, curate
from tui.core.curation.entity_patch import EntityChange
from tui.core.model import Analysis

#: More events than the corpus's five, several in one sentence and on one date (ties).
MANY = {
    **EVENTS,
    "vote3": EventSpec("b", EVENTS["vote1"].sentence, "2024-05-07"),
    "vote4": EventSpec("b", EVENTS["vote1"].sentence, "2024-05"),
    "met2": EventSpec("a", EVENTS["met"].sentence, "2024-05-03", ("merz",)),
    "apple2": EventSpec("a", EVENTS["apple"].sentence, "2023", ("apple", "berlin")),
}


def _step(session: CurationSession, rng: random.Random, *, entities: bool) -> None:
    """One random action, undo or redo."""
    kind = rng.choice(EVENT_KINDS + (ENTITY_KINDS if entities else ()))
    if kind in EVENT_KINDS:
        event_action(session, rng.choice(session.analysis.events).id, kind, rng)
    else:
        entity_action(session, kind, rng)


def _fresh(session: CurationSession) -> Analysis:
    return curate(session.original, session.actions()).analysis


def _first_named(session: CurationSession, curated: Analysis, entity_id: str) -> str | None:
    """The content key of the first document of ``curated`` that mentions the entity."""
    for item in curated.documents:
        if any(m.entity == entity_id for m in item.mentions):
            return session._index.documents[item.document.id]
    return None


@pytest.mark.parametrize("seed", range(40))
def test_patched_session_equals_every_action_applied_afresh(seed: int) -> None:
    rng = random.Random(seed)
    session = CurationSession(analysis(MANY))
    for _ in range(30):
        _step(session, rng, entities=seed % 2 == 0)
        fresh = _fresh(session)
        assert session.analysis.events == fresh.events
        assert session.analysis.marks == fresh.marks
        assert session.analysis.entities == fresh.entities
        assert session.analysis.documents == fresh.documents
        assert session.orphans() == curate(session.original, session.actions()).orphans
        for entity in fresh.entities:  # an entity action is anchored where it is named first
            assert session._anchor(entity.id) == _first_named(session, fresh, entity.id)


def test_an_event_action_changes_one_event_and_says_which() -> None:
    session = CurationSession(analysis(MANY))
    before = list(session.analysis.events)
    session.change_date("ev-apple", "2019")
    change = session.last_change
    assert change is not None and change.redated and not change.retitled
    assert change.before == next(e for e in before if e.id == "ev-apple")
    assert session.analysis.events[0] is change.after
    assert [e for e in session.analysis.events if e.id != "ev-apple"] == [
        e for e in before if e.id != "ev-apple"
    ]
    session.merge("friedrich", "merz")
    merged = session.last_change  # the entities, and the events that named the merged one
    assert isinstance(merged, EntityChange)
    assert merged.changed == {"friedrich", "merz"}
    assert {c.before.id for c in merged.events} == {e.id for e in before if "merz" in e.entities}
    assert all(c.after.entities.count("friedrich") == 1 for c in merged.events)
    assert all(c.after.date == c.before.date for c in merged.events)
    assert [m.entity for d in merged.documents for m in d.mentions if m.entity == "merz"] == []
