"""The checkpoint (:mod:`tui.core.interruption`) of work done in a Textual thread worker:
the work stops once its worker is cancelled (the app quits, the screen goes, or a newer
request of an exclusive group replaced it)."""

from __future__ import annotations

from textual.worker import get_current_worker

from tui.core.interruption import Interrupted


def stop_if_cancelled() -> None:
    """Raise :class:`Interrupted` if the current worker was cancelled."""
    if get_current_worker().is_cancelled:
        raise Interrupted
