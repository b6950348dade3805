"""What the timeline pane shows instead of rows when there is nothing to show, and why."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.core.view.timeline import TimelineModel


def explanation(model: TimelineModel | None, *, documents: int) -> Text:
    """Why the timeline is empty and what the user can do about it."""
    if documents == 0:
        return Text.assemble(
            ("No document could be read.\n\n", "bold"),
            "The problems are listed above. Run timeline with a .txt, .md, .jsonl or .html file, "
            "a folder of them, or - for standard input.",
        )
    if model is not None and model.total_events and not model.visible_events:
        return Text.assemble(
            ("No event matches the filter.\n\n", "bold"),
            "Press c to clear the entity filter and the search, or a to switch between "
            "any-of and all-of.",
        )
    noun = "this article" if documents == 1 else f"these {documents} articles"
    return Text.assemble(
        ("No dated events found.\n\n", "bold"),
        f"timeline found no date or time expression that places anything in {noun} in time "
        "(such as 'am 6. Januar 2021', 'last year' or 'in den kommenden Monaten'), and no "
        "publication date to anchor the headline to. Press s to read the article itself.",
    )


class EmptyState(Static):
    def show(self, model: TimelineModel | None, *, documents: int) -> None:
        self.update(explanation(model, documents=documents))
