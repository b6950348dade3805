"""Random curation of one event, for the tests that check a patched session and view
against curating afresh (seeded, so a failure repeats)."""

from __future__ import annotations

import random

from tui.core.curation import CurationSession
from tui.core.model import ENTITY_LABELS

#: Dates a reader may type: another day, month or year, far off, and "unknown".
DATES = ("2018", "2020-03", "5.3.2020", "März 2020", "2024-05-03", "1.1.2030", "unknown")
EVENT_KINDS = ("hide", "star", "title", "date", "date", "note", "undo", "redo")
ENTITY_KINDS = ("merge", "rename", "relabel", "remove")


def event_action(session: CurationSession, event: str, kind: str, rng: random.Random) -> bool:
    """Make the action ``kind`` (one of :data:`EVENT_KINDS`) on ``event``; False if it did
    nothing (nothing to undo or redo)."""
    if kind == "hide":
        session.hide(event, rng.random() < 0.7)
    elif kind == "star":
        session.star(event, rng.random() < 0.7)
    elif kind == "title":
        session.edit_title(event, rng.choice(["Wahl", "[bold]Vertrag[/]", "Titel 0.1.0"]))
    elif kind == "date":
        session.change_date(event, rng.choice(DATES))
    elif kind == "note":
        session.note(event, rng.choice([None, "eine Notiz"]))
    elif kind == "undo":
        return session.undo() is not None
    else:
        assert kind == "redo"
        return session.redo() is not None
    return True


def entity_action(session: CurationSession, kind: str, rng: random.Random) -> bool:
    """Make the action ``kind`` (one of :data:`ENTITY_KINDS`) on random entities of the
    curated analysis; False if there are too few to make it."""
    names = [e.id for e in session.analysis.entities]
    if len(names) < 2:
        return False
    if kind == "merge":
        into, other = rng.sample(names, 2)
        session.merge(into, other, rng.choice([None, *ENTITY_LABELS]))
    elif kind == "rename":
        session.rename(rng.choice(names), rng.choice(["Neu", "Merz", "X Y"]))
    elif kind == "relabel":
        session.relabel(rng.choice(names), rng.choice(ENTITY_LABELS))
    else:
        assert kind == "remove"
        session.remove_entity(rng.choice(names))
    return True
