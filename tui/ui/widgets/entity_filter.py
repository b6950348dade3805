"""The entity filter pane: entities by type, most mentioned first; toggling one filters."""

from __future__ import annotations

from collections.abc import Collection
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.model import Entity
from tui.core.view.timeline import TimelineModel
from tui.ui import keys
from tui.ui.highlighting import ENTITY_STYLE_NAMES
from tui.ui.messages import EntityToggled
from tui.ui.option_prompts import patch_options, replace_prompt_same_height
from tui.ui.safe_text import clean_line

ON, OFF = "●", "○"


class EntityFilterPane(OptionList):
    """A list of every entity with its mention count; Enter or Space toggles the filter."""

    BINDINGS: ClassVar[list[BindingType]] = [*keys.ENTITY_FILTER]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "entity-filter-pane--group",
        "entity-filter-pane--count",
        "entity-filter-pane--on",
        "entity-filter-pane--per",
        "entity-filter-pane--org",
        "entity-filter-pane--loc",
        "entity-filter-pane--misc",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._entities: dict[str, Entity] = {}
        self._active: set[str] = set()
        #: The group headings' options by title, kept so that a patch finds them unchanged.
        self._headings: dict[str, Option] = {}
        #: Digits of the largest mention count: counts are right-aligned before the names.
        self._count_width = 1

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"entity-filter-pane--{name}", partial=True)

    def set_model(self, model: TimelineModel | None) -> None:
        self.clear_options()
        self._entities, self._headings = {}, {}
        self._active = set(model.active_entities) if model else set()
        if model is None:
            return
        self._fill(model, {})
        if self._entities:
            self.highlighted = next(i for i, o in enumerate(self.options) if not o.disabled)

    def entities_changed(self, model: TimelineModel, changed: Collection[str]) -> None:
        """Curation changed the entities ``changed`` (ids; their names, labels or counts,
        or they came or went): their options are made again and take their places, the
        others' are kept as they are, measured and drawn (measuring 2,000 prompts again took
        most of a second), and the same entity stays highlighted."""
        highlighted = self.highlighted_entity
        if self._count_width != len(
            str(max((e.count for e in model.entities.values()), default=0))
        ):
            self.set_model(model)  # every count is aligned anew
        else:
            kept = {e: self.get_option(e) for e in self._entities if e not in changed}
            self._entities = {}
            self._fill(model, kept, replace=True)
        if highlighted in self._entities:
            self.highlighted = self.get_option_index(highlighted)

    def _fill(
        self, model: TimelineModel, kept: dict[str, Option], *, replace: bool = False
    ) -> None:
        """Options for the entities of ``model`` by group (``kept``: options to reuse, by
        entity id); ``replace``: instead of the options there are."""
        self._count_width = len(str(max((e.count for e in model.entities.values()), default=0)))
        options: list[Option] = []
        for title, entities in model.entity_groups():
            heading = self._headings.get(title)
            if heading is None:
                heading = Option(Text(title, style=self._style("group")), disabled=True)
                self._headings[title] = heading
            options.append(heading)
            for entity in entities:
                self._entities[entity.id] = entity
                option = kept.get(entity.id)
                options.append(option or Option(self._prompt(entity), id=entity.id))
        if not options:
            options.append(Option(Text("No people, organisations or places found."), disabled=True))
        if replace:
            patch_options(self, options)
        else:
            self.add_options(options)

    def show_names_coming(self) -> None:
        """No names yet: the timeline shown is the preliminary one (see dates_first)."""
        self.set_model(None)
        self.add_option(Option(Text("Looking for names…"), disabled=True))

    def _prompt(self, entity: Entity) -> Text:
        on = entity.id in self._active
        text = Text.assemble((ON if on else OFF, self._style("on") if on else ""))
        # The count comes first, so that a long name cut at the pane's edge never hides it.
        text.append(f" {entity.count:>{self._count_width}} ", style=self._style("count"))
        text.append(
            clean_line(entity.name), style=self._style(ENTITY_STYLE_NAMES.get(entity.label, "misc"))
        )
        return text

    def restyle(self) -> None:
        """Rebuild every prompt (after a theme change)."""
        for entity_id, entity in self._entities.items():
            self.replace_option_prompt(entity_id, self._prompt(entity))
        for index, option in enumerate(self.options):
            if option.disabled:
                title = str(option.prompt)
                self.replace_option_prompt_at_index(index, Text(title, style=self._style("group")))

    def show_active(self, active: tuple[str, ...]) -> None:
        """Mark the entities that are in the filter now."""
        now = set(active)
        for entity_id in self._active ^ now:
            if entity_id in self._entities:
                self._active = now
                prompt = self._prompt(self._entities[entity_id])
                replace_prompt_same_height(self, entity_id, prompt)
        self._active = now

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(EntityToggled(event.option.id))

    @property
    def highlighted_entity(self) -> str | None:
        """The id of the highlighted entity, if one is."""
        if self.highlighted is None or not self.option_count:
            return None
        return self.options[self.highlighted].id

    def action_toggle_highlighted(self) -> None:
        if self.highlighted is not None:
            option = self.options[self.highlighted]
            if option.id is not None and not option.disabled:
                self.post_message(EntityToggled(option.id))
