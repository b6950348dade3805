"""One source of truth: a session patches its curated analysis one action at a time, and
after any sequence of actions, undos and redos it is the analysis that applying every
action in effect to the analyser's analysis gives (seeded random sequences)."""

from __future__ import annotations

import random

import pytest

from tests.curation.corpus import EVENTS, EventSpec, analysis
from tests.curation.random_actions import EVENT_KINDS, event_action
from tui.core.curation import CurationSession, curate
from tui.core.model import ENTITY_LABELS, Analysis

#: More events than the corpus's five, several in one sentence and on one date (ties).
MANY = {
    **EVENTS,
    "vote3": EventSpec("b", EVENTS["vote1"].sentence, "2024-05-07"),
    "vote4": EventSpec("b", EVENTS["vote1"].sentence, "2024-05"),
    "met2": EventSpec("a", EVENTS["met"].sentence, "2024-05-03", ("merz",)),
    "apple2": EventSpec("a", EVENTS["apple"].sentence, "2023", ("apple", "berlin")),
}

ENTITY_KINDS = ("merge", "rename", "relabel", "remove")


def _step(session: CurationSession, rng: random.Random, *, entities: bool) -> None:
    """One random action, undo or redo."""
    names = [e.id for e in session.analysis.entities]
    kind = rng.choice(EVENT_KINDS + (ENTITY_KINDS if entities and len(names) > 1 else ()))
    if kind in EVENT_KINDS:
        event_action(session, rng.choice(session.analysis.events).id, kind, rng)
    elif kind == "merge":
        into, other = rng.sample(names, 2)
        session.merge(into, other, rng.choice([None, *ENTITY_LABELS]))
    elif kind == "rename":
        session.rename(rng.choice(names), rng.choice(["Neu", "Merz", "X Y"]))
    elif kind == "relabel":
        session.relabel(rng.choice(names), rng.choice(ENTITY_LABELS))
    else:
        session.remove_entity(rng.choice(names))


def _fresh(session: CurationSession) -> Analysis:
    return curate(session.original, session.actions()).analysis


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
    assert session.last_change is None  # entity actions curate the whole analysis again
