"""One line that always says what the timeline shows: counts, the entity filter, the search;
and for a few seconds what the last curation action did."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from tui.core.view.timeline import TimelineModel
from tui.ui.safe_text import clean_line


class FilterStatus(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"filter-status--active", "filter-status--hint"}

    def show(
        self, model: TimelineModel | None, *, names_coming: bool = False, said: str | None = None
    ) -> None:
        """What ``model`` shows; ``names_coming``: its events are preliminary (the dates are
        analysed, the names not yet: they can still change the events); ``said``: what the
        last curation action did (first: it is what the reader looks for)."""
        if model is None:
            self.update("", layout=False)
            return
        docs = len(model.documents)
        total = model.total_events
        story = "story " if model.is_story_view else ""
        if model.is_filtered:
            text = Text(f"{model.visible_events} of {total} {story}events")
        else:
            noun = "event" if total == 1 else "events"
            text = Text(f"{total} {story}{noun} in {docs} document{'s' if docs != 1 else ''}")
            if story:
                text.append(f" (from {len(model.analysis.events)} events; v shows them all)")
        active = self.get_component_rich_style("filter-status--active", partial=True)
        hint = self.get_component_rich_style("filter-status--hint", partial=True)
        if model.active_entities:
            names = ", ".join(clean_line(model.entity_name(e)) for e in model.active_entities)
            text.append(" · ")
            text.append(f"{model.mode} of: {names}", style=active)
        if model.query.strip():
            text.append(" · ")
            text.append(f"search: {clean_line(model.query.strip())}", style=active)
        if model.starred_only:
            text.append(" · ")
            text.append("starred only", style=active)
            text.append(" (S shows all)", style=hint)
        if names_coming:
            text.append(" · preliminary: looking for names", style=hint)
        # What c clears: the entity filter and the search (not the starred-only view).
        clearable = model.active_entities or model.query.strip()
        if clearable and text.cell_len + 12 <= self.size.width:
            text.append("  (c clears)", style=hint)
        if said:
            text = Text.assemble((clean_line(said), active), " · ", text)
        self.update(text, layout=False)  # always one line
