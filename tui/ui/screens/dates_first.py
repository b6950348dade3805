"""Dates first, names after: the timeline is shown as soon as the documents' dates are
analysed (a preliminary timeline, without names), and replaced in place when the names
model has found the names (issue 16: the seed's events on screen within 1.5 s of launch).

The worker waits for the preliminary timeline to be painted before it goes on to the names:
importing spaCy holds the interpreter lock for about a second, which would hold up the paint.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.view.timeline import TimelineModel

#: Seconds the worker waits at most for the preliminary timeline to be painted.
PAINT_WAIT = 2.0


@dataclass
class Preview:
    """The preliminary timeline shown while names are looked for, and what the reader did
    with it (carried over to the final one: :meth:`carry_over`)."""

    model: TimelineModel
    #: The event selected when the preliminary timeline was shown (None: no events).
    first_selected: str | None = None
    #: Set (from the UI thread) once the preliminary timeline is painted.
    painted: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        selected = self.model.selected_event
        self.first_selected = None if selected is None else selected.id

    @property
    def touched(self) -> bool:
        """Whether the reader moved the selection or set a filter on the preliminary timeline."""
        selected = self.model.selected_event
        moved = (None if selected is None else selected.id) != self.first_selected
        return moved or self.model.is_filtered

    def carry_over(self, final: TimelineModel) -> bool:
        """Give ``final`` the filters and selection the reader set on the preliminary
        timeline, if any (else it stays as a one-pass analysis shows it); whether it did."""
        if not self.touched:
            return False
        final.follow(self.model)
        return True


def wait_for_paint(preview: Preview) -> None:
    """In the worker: wait until the preliminary timeline is on screen (or PAINT_WAIT)."""
    preview.painted.wait(PAINT_WAIT)
