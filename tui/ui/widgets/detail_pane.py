"""The detail pane: the selected event's date and how it was found, its sentence with the
temporal expression and entity mentions highlighted, a story event's sources (Enter opens
one), its entities (selecting one filters by it), the surrounding paragraph and the document
it comes from."""

from __future__ import annotations

from collections.abc import Collection
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.model import DocumentAnalysis, Event, EventMark
from tui.core.view.event_detail import (
    context_span,
    derivation,
    highlights,
    paragraph_span,
    publication_label,
)
from tui.core.view.row_text import interval_label, row_date
from tui.core.view.timeline import ENTITY_GROUPS, TimelineModel
from tui.ui.highlighting import BLENDED_STYLES, ENTITY_STYLE_NAMES, highlighted
from tui.ui.messages import EntityToggled
from tui.ui.option_prompts import patch_options, replace_prompt_same_height
from tui.ui.safe_text import clean_line
from tui.ui.widgets.story_sources import StorySources

_GROUP_NAMES = dict(ENTITY_GROUPS)


class EventEntities(OptionList):
    """The entities of the selected event; Enter toggles one in the filter."""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(EntityToggled(event.option.id))


class DetailPane(VerticalScroll):
    """Everything about the selected event."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail-pane--date",
        "detail-pane--how",
        "detail-pane--timex",
        "detail-pane--sentence",
        "detail-pane--heading",
        "detail-pane--muted",
        "detail-pane--per",
        "detail-pane--org",
        "detail-pane--loc",
        "detail-pane--misc",
        "detail-pane--on",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Event | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="detail-date")
        yield Static(id="detail-sentence")
        yield Static(id="detail-sources-heading")
        yield StorySources(id="detail-sources")
        yield EventEntities(id="detail-entities")
        yield Static(id="detail-context")
        yield Static(id="detail-document")

    def _style(self, name: str) -> Style:
        # Styles with a background are blended with the pane's own (partial styles are not).
        partial = name not in BLENDED_STYLES
        return self.get_component_rich_style(f"detail-pane--{name}", partial=partial)

    def _entity_prompt(self, model: TimelineModel, entity_id: str) -> Text:
        entity = model.entities.get(entity_id)
        label = entity.label if entity else "MISC"
        on = entity_id in model.active_entities
        prompt = Text.assemble(("● " if on else "○ ", self._style("on") if on else ""))
        name = clean_line(model.entity_name(entity_id))
        prompt.append(name, style=self._style(ENTITY_STYLE_NAMES.get(label, "misc")))
        prompt.append(f"  {_GROUP_NAMES.get(label, 'Other').lower()}", self._style("muted"))
        return prompt

    def _date_line(self, model: TimelineModel, event: Event, doc: DocumentAnalysis) -> Text:
        """The event's date, how it was found, and the reader's marks."""
        written = model.row_date(event)
        line = Text.assemble((clean_line(written.variants[0]), self._style("date")))
        if written.vague and event.date.precision == "vague":
            # The interval the vague words were taken to mean.
            interval = interval_label(event.date.earliest, event.date.latest)
            line.append(f" · {interval}", style=self._style("date"))
        line.append("  ")
        line.append(clean_line(derivation(event, doc)), style=self._style("how"))
        mark = model.mark(model.source_event(event))
        if mark is not None:
            line.append_text(self._mark_text(mark))
        return line

    def curated(self, model: TimelineModel, event: Event | None) -> None:
        """Curation changed the event ``event`` (an event row, selected) in place: its
        marks, title or date, not its sentence or entities. If it is the one shown, only
        its title and date line are written again (the rest took most of the update)."""
        shown = self._shown
        doc = model.document(event) if event is not None else None
        if event is None or shown is None or shown.id != event.id or doc is None:
            self.show(model, event, restyle=True)
            return
        self._shown = event
        self.border_title = Text(clean_line(event.title))
        self.query_one("#detail-date", Static).update(self._date_line(model, event, doc))

    def entities_changed(
        self,
        model: TimelineModel,
        event: Event | None,
        changed: Collection[str],
        documents: Collection[str],
    ) -> None:
        """Curation changed the entities ``changed`` (ids) and the mentions of the documents
        ``documents`` (ids); ``event`` is selected. Written again only where the pane shows
        one of them: an update of its texts lays the whole screen out again."""
        shown = self._shown
        if event is None or event is not shown or event.document in documents:
            # Another event, or the shown one with other entities or mentions.
            self.show(model, event, restyle=True)
            return
        if not any(entity_id in changed for entity_id in event.entities):
            return
        # The same mentions of the same entities: only their names or types are new.
        entities = self.query_one("#detail-entities", EventEntities)
        patch_options(
            entities,
            [
                Option(self._entity_prompt(model, o.id), id=o.id)
                if o.id is not None and o.id in changed
                else o
                for o in entities.options
            ],
        )

    def show(
        self, model: TimelineModel | None, event: Event | None, *, restyle: bool = False
    ) -> None:
        """Show ``event`` (or an explanation when there is none)."""
        entities = self.query_one("#detail-entities", EventEntities)
        if event is not None and event is self._shown and model is not None and not restyle:
            # Same event (a filter changed around it): only the filter marks can differ.
            for entity_id in dict.fromkeys(event.entities):
                prompt = self._entity_prompt(model, entity_id)
                replace_prompt_same_height(entities, entity_id, prompt)
            return
        self._shown = event
        date = self.query_one("#detail-date", Static)
        sentence = self.query_one("#detail-sentence", Static)
        context = self.query_one("#detail-context", Static)
        document = self.query_one("#detail-document", Static)
        doc = model.document(event) if model and event else None
        if model is None or event is None or doc is None:
            self.border_title = Text("No event selected")
            date.update(
                Text("Select an event in the timeline to see it here.", self._style("muted"))
            )
            for widget in (sentence, context, document):
                widget.update("")
            entities.clear_options()
            entities.display = False
            self._show_sources(model, ())
            return
        self.border_title = Text(clean_line(event.title))
        self.scroll_home(animate=False)

        date.update(self._date_line(model, event, doc))

        text = doc.document.text
        marks = highlights(doc, event.start, event.end)
        sentence.update(highlighted(text, event.start, event.end, marks, self._style))
        members = model.members(event)
        self._show_sources(model, members if len(members) > 1 else ())

        entities.clear_options()
        options = [
            Option(self._entity_prompt(model, entity_id), id=entity_id)
            for entity_id in dict.fromkeys(event.entities)
        ]
        entities.add_options(options)
        entities.display = bool(options)

        p_start, p_end = context_span(doc, event.start, event.end)
        paragraph = paragraph_span(doc, event.start, event.end)
        context_text = Text.assemble(("In context\n", self._style("heading")))
        if (p_start, p_end) != (event.start, event.end):
            # A long paragraph is cut to the sentences around the event's.
            if p_start > paragraph[0]:
                context_text.append("… ", self._style("muted"))
            context_text.append_text(
                highlighted(
                    text,
                    p_start,
                    p_end,
                    highlights(doc, p_start, p_end),
                    self._style,
                    emphasis=(event.start, event.end, self._style("sentence")),
                )
            )
            if p_end < paragraph[1]:
                context_text.append(" …", self._style("muted"))
        else:
            context_text.append("The sentence is a paragraph of its own.", self._style("muted"))
        context.update(context_text)

        info = Text.assemble(("Document\n", self._style("heading")))
        meta = doc.document
        parts = [
            meta.title or meta.id,
            meta.source,
            publication_label(doc) and f"published {publication_label(doc)}",
            meta.origin,
            doc.lang,
        ]
        info.append(" · ".join(clean_line(p) for p in parts if p), style=self._style("muted"))
        document.update(info)

    def _mark_text(self, mark: EventMark) -> Text:
        """What the reader's curation says: starred, hidden, the originals, the note."""
        text = Text()
        flags = [word for word, on in (("★ starred", mark.starred), ("hidden", mark.hidden)) if on]
        if flags:
            text.append("\n" + " · ".join(flags), style=self._style("heading"))
        if mark.original_title is not None:
            text.append("\nOriginal title: ", style=self._style("muted"))
            text.append(clean_line(mark.original_title))
        if mark.original_date is not None:
            text.append("\nOriginal date: ", style=self._style("muted"))
            text.append(clean_line(row_date(mark.original_date).variants[0]))
        if mark.note:
            text.append("\nNote: ", style=self._style("heading"))
            text.append(clean_line(mark.note))
        return text

    def _show_sources(self, model: TimelineModel | None, members: tuple[Event, ...]) -> None:
        """A story event's sources (none: hidden)."""
        heading = self.query_one("#detail-sources-heading", Static)
        sources = self.query_one("#detail-sources", StorySources)
        heading.display = bool(members)
        if model is None or not members:
            sources.show_none()
            return
        articles = len({event.document for event in members})
        heading.update(
            Text(f"Reported by {articles} articles (Enter opens one)", self._style("heading"))
        )
        sources.show(model, members)
