"""Events: the units of a document that are anchored in time, and their dates.

``units`` tells the parts of an article apart (headline, lead, body, subheadings),
``statements`` what kind of statement a sentence makes, ``dating`` the date a unit states
itself, ``titles`` the line an event shows for its sentence, and ``builder`` puts them
together with the discourse that dates the rest.
"""

from tui.core.events.builder import build_events, event_id

__all__ = ["build_events", "event_id"]
