"""The command palette's provider: every action of the current screen, found by name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.widget import Widget

from tui.ui import keys


def _command_name(binding: Binding) -> str:
    return binding.description


class TimelineCommands(Provider):
    """Commands for the timeline's actions, with their key in the help line."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        from tui.ui.screens.timeline_screen import TimelineScreen
        from tui.ui.widgets.timeline_view import TimelineView

        screen = self.screen
        if not isinstance(screen, TimelineScreen):
            return
        # The timeline pane is mounted just after the first frame: the palette may come first.
        targets: list[tuple[Widget, list[Binding]]] = [
            (screen, keys.SCREEN),
            *((view, keys.TIMELINE) for view in screen.query(TimelineView)),
        ]
        for target, bindings in targets:
            for binding in bindings:
                if (
                    binding.action.startswith("app.")
                    or target.check_action(binding.action, ()) is not True
                ):
                    continue
                key = self.app.get_key_display(Binding(binding.key.split(",")[0], binding.action))
                key = binding.key_display or key
                help_text = f"{key} · {binding.tooltip}" if binding.tooltip else key
                yield _command_name(binding), help_text, partial(target.run_action, binding.action)

    async def discover(self) -> Hits:
        for name, help_text, command in self._commands():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, command in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, help=help_text)
