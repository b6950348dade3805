"""The timeline screen's curation actions: hide, star, retitle, redate and annotate events;
rename, relabel, merge and remove entities; undo and redo; export what is shown.

A mixin, so that the timeline screen only hands it the :class:`CurationSession` its worker
built. Every action goes through the session (saved at once). An event action (and its
undo) changes one event: the view model is patched where that event was and goes (fast at
100,000 events); the story events follow once the actions rest, when a title or date
changed. An entity action (and its undo) changes the entities and the events that name
them: the view model is patched there too, the entity pane takes the options of the changed
entities in place, the rows and the detail pane are drawn again only where they name them
(the screen is laid out again only when the detail pane's event changed), and the story
events follow once the actions rest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tui.ui.safe_text import clean_line
from tui.ui.screens.story_views import StoryViews

if TYPE_CHECKING:
    from textual.timer import Timer

    # Not before the first frame: the session arrives with the analysis.
    from tui.core.curation import CurationSession
    from tui.core.curation.entity_patch import EntityChange
    from tui.core.curation.patch import EventChange
    from tui.core.model import Event
    from tui.core.view.timeline import TimelineModel

#: The formats the Export command offers, with what it says of each.
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "timelinejs": ("json", "TimelineJS (JSON for the TimelineJS viewer)"),
    "ics": ("ics", "iCalendar (events with a full date)"),
    "csv": ("csv", "CSV table"),
    "md": ("md", "Markdown list"),
    "json": ("json", "JSON (the whole analysis)"),
}

#: Seconds the status line tells what the last curation action did.
SAID_FOR = 4.0

DATE_HINT = "2021 · 2021-01 · Jan 2021 · 6.1.2021 · 2021-01-06 · unknown"

#: Actions that need a curation session (the analysis is done).
CURATION_ACTIONS = frozenset(
    {
        "hide",
        "toggle_hidden",
        "star",
        "starred_only",
        "edit_title",
        "change_date",
        "note",
        "undo",
        "redo",
        "export",
        "rename_entity",
        "relabel_entity",
        "merge_entity",
        "remove_entity",
    }
)


class CurationActions(StoryViews):
    """Curation for a screen that shows ``model`` and got ``session`` with the analysis."""

    session: CurationSession | None = None
    #: What the last curation action did, told on the status line for :data:`SAID_FOR` s.
    curation_said: str | None = None
    _said_timer: Timer | None = None

    def _show_problems(self, *, restyle: bool = False) -> None:
        raise NotImplementedError  # the timeline screen's

    def _update_status(self) -> None:
        raise NotImplementedError  # the timeline screen's

    def _say(self, done: str) -> None:
        """Tell what an action did on the status line, not in a toast: a toast lays the
        whole screen out again, 30 to 45 ms a key at 100,000 events."""
        self.curation_said = done
        if self._said_timer is not None:
            self._said_timer.stop()
        self._said_timer = self.set_timer(SAID_FOR, self._unsay)
        self._update_status()

    def _unsay(self) -> None:
        self.curation_said, self._said_timer = None, None
        self._update_status()

    # ------------------------------------------------------------- applying

    def _curate(
        self, change: Callable[[CurationSession], object], done: str, *, entities: bool = False
    ) -> None:
        """Make one curation action and show its result; ``done`` says what was done,
        ``entities``: whether it changes the entities (the entity pane follows)."""
        if self.session is None:
            return
        try:
            change(self.session)
        except (KeyError, ValueError) as problem:
            self.notify(clean_line(str(problem)), severity="error")
            return
        self._show_curated(entities_changed=entities)
        self._say(done)

    def _show_curated(self, *, entities_changed: bool) -> None:
        """The session's curated analysis shown, with the filters and selection kept."""
        assert self.session is not None
        from tui.core.curation.entity_patch import EntityChange

        change = self.session.last_change
        if change is not None and self.event_model is not None:
            if isinstance(change, EntityChange):
                self._show_entities_patched(change, self.event_model)
            else:
                self._show_patched(change, self.event_model)
            return
        analysis = self.session.analysis
        from tui.core.view.timeline import TimelineModel

        model = TimelineModel(analysis)
        if self.model is not None:  # (from the story view: back to every sentence)
            model.follow(self.model)
        self.analysis = analysis
        self.model = self.event_model = model
        self._stories_stale()
        if entities_changed:
            self.entity_pane.set_model(model)
        self.time_axis.set_model(model)
        self.timeline_view.set_model(model)
        self._show_problems()
        self._filters_changed()
        self.detail_pane.show(model, model.selected_event, restyle=True)

    def _show_patched(self, change: EventChange, event_model: TimelineModel) -> None:
        """One event changed: patch the timeline of every sentence, and the story view."""
        assert self.session is not None
        event_model.replace_event(change.before, change.after, self.session.original_position)
        if self.story_model is not None and (change.redated or change.retitled):
            # Stories take their titles and dates from their events: built again later.
            if self.model is self.story_model:
                self._switch_to(event_model)
            self._stories_stale()
        elif self.story_model is not None:
            self._story_marks_changed()
        elif self._stories_timer is not None:
            self._stories_stale()  # a rebuild waits: still while actions come
        model = self.model
        assert model is not None
        axis = self.time_axis
        if change.redated and model is event_model:
            axis.index_changed()
        else:
            axis.model_changed()
        if model is event_model and not change.redated:  # in its place: that row alone
            position = event_model.index.find(change.after.id)
            assert position is not None
            self.timeline_view.event_changed(position)
        else:
            self.timeline_view.events_changed()
        self._filters_changed()
        if model is event_model:
            self.detail_pane.curated(model, model.selected_event)
        else:
            self.detail_pane.show(model, model.selected_event, restyle=True)

    def _show_entities_patched(self, change: EntityChange, event_model: TimelineModel) -> None:
        """The entities changed: patch the timeline of every sentence and show it (the
        story view is built again once the actions rest)."""
        assert self.session is not None
        pairs = [(c.before, c.after) for c in change.events]
        event_model.replace_entities(pairs, change.entities, change.documents, change.changed)
        self.analysis = self.session.analysis
        if self.model is not event_model:  # (from the story view: back to every sentence)
            self._switch_to(event_model)
        self._stories_stale()
        self.entity_pane.entities_changed(event_model, change.changed)
        self.time_axis.model_changed()
        self.timeline_view.entities_changed(change.changed, {c.after.id for c in change.events})
        self._show_problems()
        self._filters_changed()
        documents = {item.document.id for item in change.documents}
        self.detail_pane.entities_changed(
            event_model, event_model.selected_event, change.changed, documents
        )

    def _selected(self) -> Event | None:
        """The selected event (in the story view: the event of the selected story row)."""
        if self.model is None or self.model.selected_event is None:
            return None
        return self.model.source_event(self.model.selected_event)

    def check_curation(self, action: str) -> bool | None:
        if action in CURATION_ACTIONS and self.session is None:
            return None  # shown, but disabled until the analysis is done
        return True

    # ------------------------------------------------------------- events

    def action_hide(self) -> None:
        self._toggle_mark("hidden", ("Hidden (H shows hidden events)", "No longer hidden"))

    def action_star(self) -> None:
        self._toggle_mark("starred", ("Starred", "Unstarred"))

    def _toggle_mark(self, flag: Literal["hidden", "starred"], said: tuple[str, str]) -> None:
        """Set the selected event's ``flag`` if it is not set, else clear it."""
        event = self._selected()
        if event is None or self.model is None:
            return
        mark = self.model.mark(event)
        on = mark is None or not getattr(mark, flag)

        def change(session: CurationSession) -> object:
            if flag == "hidden":
                return session.hide(event.id, on)
            return session.star(event.id, on)

        self._curate(change, said[0] if on else said[1])

    def action_toggle_hidden(self) -> None:
        if self.model is None:
            return
        self.model.set_show_hidden(not self.model.show_hidden)
        self._filters_changed()
        count = self.model.mark_filter.hidden_count
        shown = "shown, greyed" if self.model.show_hidden else "left out"
        self.notify(f"Hidden events ({count}) {shown}", timeout=3)

    def action_starred_only(self) -> None:
        if self.model is None:
            return
        self.model.set_starred_only(not self.model.starred_only)
        self._filters_changed()

    def action_edit_title(self) -> None:
        event = self._selected()
        if event is None:
            return

        def edit(title: str | None) -> None:
            if title is not None and title.strip() and title != event.title:
                self._curate(lambda s: s.edit_title(event.id, title.strip()), "Title edited")

        from tui.ui.screens.prompts import TextPrompt

        self.app.push_screen(TextPrompt("Edit title", event.title, check=_not_blank), edit)

    def action_change_date(self) -> None:
        event = self._selected()
        if event is None:
            return
        from tui.core.curation import date_value

        def check(typed: str) -> str | None:
            if date_value(typed) is not None:
                return None
            return f"Not a date I understand: {typed!r}. Try {DATE_HINT}"

        def change(typed: str | None) -> None:
            if typed is not None:
                self._curate(lambda s: s.change_date(event.id, typed), "Date changed")

        from tui.ui.screens.prompts import TextPrompt

        self.app.push_screen(TextPrompt("Change date", "", hint=DATE_HINT, check=check), change)

    def action_note(self) -> None:
        event = self._selected()
        if event is None or self.model is None:
            return
        mark = self.model.mark(event)
        current = (mark.note if mark else None) or ""

        def note(text: str | None) -> None:
            if text is not None and text != current:
                said = "Note saved" if text.strip() else "Note removed"
                self._curate(lambda s: s.note(event.id, text.strip() or None), said)

        hint = "An empty note removes it"
        from tui.ui.screens.prompts import TextPrompt

        self.app.push_screen(TextPrompt("Note", current, hint=hint), note)

    # ------------------------------------------------------------- undo

    def action_undo(self) -> None:
        self._step(undo=True)

    def action_redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        if self.session is None:
            return
        action = self.session.undo() if undo else self.session.redo()
        if action is None:
            self._say("Nothing to undo" if undo else "Nothing to redo")
            return
        from tui.core.curation.actions import EVENT_ACTIONS

        self._show_curated(entities_changed=not isinstance(action, EVENT_ACTIONS))
        self._say(("Undone: " if undo else "Redone: ") + _describe(action))

    # ------------------------------------------------------------- entities

    def _entity(self) -> tuple[str, str] | None:
        """The id and name of the entity highlighted in the entity pane."""
        pane = self.entity_pane
        entity_id = pane.highlighted_entity
        if entity_id is None or self.model is None or entity_id not in self.model.entities:
            self.notify("Highlight an entity in the entity pane (e) first.", timeout=3)
            return None
        return entity_id, self.model.entities[entity_id].name

    def action_rename_entity(self) -> None:
        if (chosen := self._entity()) is None:
            return
        entity_id, name = chosen

        def rename(new: str | None) -> None:
            if new is not None and new.strip() and new.strip() != name:
                self._curate(
                    lambda s: s.rename(entity_id, new.strip()), "Entity renamed", entities=True
                )

        from tui.ui.screens.prompts import TextPrompt

        self.app.push_screen(TextPrompt("Rename entity", name, check=_not_blank), rename)

    def action_relabel_entity(self) -> None:
        if (chosen := self._entity()) is None:
            return
        entity_id, name = chosen

        def relabel(label: str | None) -> None:
            if label is not None:
                self._curate(
                    lambda s: s.relabel(entity_id, label), "Entity type changed", entities=True
                )

        from tui.core.model import ENTITY_LABELS
        from tui.ui.screens.prompts import ChoicePrompt

        choices = [(label, label) for label in ENTITY_LABELS]

        self.app.push_screen(ChoicePrompt(f"Type of {name}", choices), relabel)

    def action_merge_entity(self) -> None:
        if (chosen := self._entity()) is None or self.model is None:
            return
        entity_id, name = chosen
        others = [
            (e.id, f"{e.name}  ({e.label}, {e.count})")
            for _, group in self.model.entity_groups()
            for e in group
            if e.id != entity_id
        ]

        def merge(chosen: tuple[str, str] | None) -> None:
            if chosen is not None:
                other, label = chosen
                self._curate(
                    lambda s: s.merge(entity_id, other, label),
                    f"Merged into {name} ({label})",
                    entities=True,
                )

        from tui.core.model import ENTITY_LABELS
        from tui.ui.screens.prompts import MergePrompt

        label = self.model.entities[entity_id].label
        prompt = MergePrompt(f"Merge into {name}", others, ENTITY_LABELS, label)
        self.app.push_screen(prompt, merge)

    def action_remove_entity(self) -> None:
        if (chosen := self._entity()) is None:
            return
        entity_id, name = chosen
        self._curate(
            lambda s: s.remove_entity(entity_id), f"Removed {name} (u undoes)", entities=True
        )

    # ------------------------------------------------------------- export

    def action_export(self) -> None:
        if self.model is None:
            return
        choices = [(fmt, shown) for fmt, (_, shown) in EXPORT_FORMATS.items()]

        def path_for(fmt: str | None) -> None:
            if fmt is None:
                return
            default = Path.cwd() / f"timeline.{EXPORT_FORMATS[fmt][0]}"
            hint = "Hidden events are left out; with starred only on, only the starred."
            from tui.ui.screens.prompts import TextPrompt

            self.app.push_screen(
                TextPrompt(f"Export {fmt} to", str(default), hint=hint, check=_not_blank),
                lambda typed: self._export(fmt, typed),
            )

        from tui.ui.screens.prompts import ChoicePrompt

        self.app.push_screen(ChoicePrompt("Export format", choices), path_for)

    def _export(self, fmt: str, typed: str | None) -> None:
        if typed is None or self.analysis is None or self.model is None:
            return
        from tui.ui.export_file import ExportFailed, export_to

        try:
            written = export_to(
                self.analysis,
                fmt,
                Path(typed.strip()).expanduser(),
                include_hidden=self.model.show_hidden,
                starred_only=self.model.starred_only,
            )
        except ExportFailed as problem:
            self.notify(clean_line(str(problem)), severity="error", timeout=8)
            return
        self.last_export = written
        self.notify(f"Exported to {clean_line(str(written))}", timeout=8)


def _not_blank(typed: str) -> str | None:
    return "Type something (Escape cancels)" if not typed.strip() else None


def _describe(action: Any) -> str:
    """``SetHidden`` -> ``set hidden``."""
    name = type(action).__name__
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()


__all__ = ["CURATION_ACTIONS", "EXPORT_FORMATS", "CurationActions"]
