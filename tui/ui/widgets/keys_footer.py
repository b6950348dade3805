"""The Footer: Textual's own, compact, with short labels, keeping what fits.

Paired keys share one item (``j/k Move``, ``[/] Year``; see :data:`tui.ui.keys.FOOTER`). When
the terminal is too narrow for every item, the Footer keeps the most important ones whole
rather than cutting the line off; ``? Help`` and ``^p palette`` always stay, and both reach
every action. While a text field has the focus, keys that would type a character are left out.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.keys import KEY_DISPLAY_ALIASES, format_key
from textual.widgets import Footer, Input
from textual.widgets._footer import FooterKey  # Textual is pinned exactly

from tui.ui.keys import FOOTER

#: Rank of bindings that :data:`tui.ui.keys.FOOTER` does not list.
DEFAULT_RANK = 10

#: Place of each listed binding in the Footer; others go before Help.
_ORDER = {binding_id: index for index, binding_id in enumerate(FOOTER)}
_UNLISTED = _ORDER["screen.help"] - 0.5
#: Width of ``^p palette`` at the right end, with its separator (compact style).
PALETTE_WIDTH = 11


class ShownKey(NamedTuple):
    """One Footer item: the key a click presses, what the item says, how important it is.
    (A named tuple: a frozen dataclass takes four times the work to make, before the first
    frame.)"""

    key: str
    keys: str
    label: str
    action: str
    enabled: bool
    tooltip: str
    rank: int
    order: float

    @property
    def width(self) -> int:
        """Cells taken in the compact Footer, with the gap after it."""
        return cell_len(self.keys) + (1 + cell_len(self.label) if self.label else 0) + 1


def types_a_character(key: str) -> bool:
    """Whether ``key`` (a binding's key name: ``a``, ``slash``, ``escape``) types a character
    into a text field rather than acting."""
    if key in ("space", "minus") or len(key) == 1:
        return True
    return key not in KEY_DISPLAY_ALIASES and "+" not in key and len(format_key(key)) == 1


def fitting(items: list[ShownKey], width: int) -> list[ShownKey]:
    """The items to show in ``width`` cells: most important first, in their original order."""
    kept: set[int] = set()
    used = 0
    for index in sorted(range(len(items)), key=lambda i: items[i].rank):
        if used + items[index].width <= width:
            kept.add(index)
            used += items[index].width
    return [item for index, item in enumerate(items) if index in kept]


class KeysFooter(Footer):
    """A screen may have ``footer_ranks() -> dict[str, int]``: ranks for this moment by binding
    id (``c`` with nothing to clear gives way first); call :meth:`context_changed` when they
    may have changed. Every item is composed; fitting only shows or hides them, so a resize or
    a change of ranks costs no new widgets."""

    def __init__(self) -> None:
        # Always compact (FooterKeys are compact by default; Textual data-binds them to the
        # Footer's reactive, which fails when a recompose runs in another widget's context).
        super().__init__(compact=True)
        self._keys: list[tuple[ShownKey, FooterKey]] = []
        #: What the composed items show (see _composed); None before the bindings are ready.
        self._shown: tuple[tuple[ShownKey, ...], bool, bool] | None = None

    def _ranks(self) -> dict[str, int]:
        ranks = getattr(self.screen, "footer_ranks", None)
        return dict(ranks()) if callable(ranks) else {}

    def context_changed(self) -> None:
        """Show the items that fit now (the screen's ranks may have changed)."""
        if not self._keys:
            return
        items = self.shown_keys()
        if [i.action for i in items] != [i.action for i, _ in self._keys]:
            self.call_after_refresh(self.recompose)  # other bindings: Textual recomposes too
            return
        self._keys = [(item, key) for item, (_, key) in zip(items, self._keys, strict=True)]
        self._fit()

    async def recompose(self) -> None:
        """Textual recomposes the Footer whenever the bindings may have changed (a focus
        change, a refresh of the bindings), three times before the first frame: the same items
        keep their widgets, and only the ranks of this moment are applied."""
        if not self.is_attached:  # a recompose asked for just before its screen was closed
            return
        items = self.shown_keys()
        composed = self._composed(items)
        if self._shown is not None and _enabled_aside(composed) == _enabled_aside(self._shown):
            # The same items: at most some were enabled or disabled (the analysis arrived),
            # which changes them in place rather than composing some fifty widgets again.
            for item, (_, key) in zip(items, self._keys, strict=True):
                key.disabled = not item.enabled
            for palette in self.query(".-command-palette").results(FooterKey):
                palette.disabled = not composed[2]
            self._shown = composed
            self._keys = [(item, key) for item, (_, key) in zip(items, self._keys, strict=True)]
            self._fit()
            return
        await super().recompose()

    def _composed(self, items: list[ShownKey]) -> tuple[tuple[ShownKey, ...], bool, bool]:
        """What the items and the palette key show, whatever their rank."""
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        palette_enabled = palette is not None and palette[2]
        return (
            tuple(item._replace(rank=0) for item in items),
            self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE,
            palette_enabled,
        )

    def _fit(self) -> None:
        width = self.size.width or self.app.size.width
        shown = {id(item) for item in fitting([i for i, _ in self._keys], width - PALETTE_WIDTH)}
        for item, key in self._keys:
            if key.display != (id(item) in shown):  # an unchanged key costs no restyle
                key.display = id(item) in shown

    def shown_keys(self) -> list[ShownKey]:
        """Every item the Footer would show given the room (the active bindings, merged)."""
        typing = isinstance(self.screen.focused, Input)
        ranks = self._ranks()
        items: list[ShownKey] = []
        seen: set[str] = set()
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.action in seen or binding.action.endswith("command_palette"):
                continue
            key = binding.key.split(",")[0].strip()
            if typing and types_a_character(key):
                continue  # it would type into the field
            if binding.id is not None and binding.id in FOOTER:
                item = FOOTER[binding.id]
                if item is None:
                    seen.add(binding.action)
                    continue
                keys, label, rank = item.keys, item.label, item.rank
            elif binding.show:
                keys = self.app.get_key_display(Binding(key, binding.action))
                keys = binding.key_display or keys
                label, rank = binding.description, DEFAULT_RANK
            else:
                continue
            seen.add(binding.action)
            rank = ranks.get(binding.id or "", rank)
            tip = tooltip or binding.tooltip or binding.description
            order = _ORDER.get(binding.id or "", _UNLISTED)
            items.append(ShownKey(key, keys, label, binding.action, enabled, tip, rank, order))
        return sorted(items, key=lambda item: item.order)

    def compose(self) -> ComposeResult:
        self._keys = []
        self._shown = None
        if not self._bindings_ready:
            return
        items = self.shown_keys()
        self._shown = self._composed(items)
        for item in items:
            key = FooterKey(
                item.key,
                item.keys,
                item.label,
                item.action,
                disabled=not item.enabled,
                tooltip=item.tooltip,
                # Compact from the start: set by the key's own watcher once mounted, the class
                # styles it a second time.
                classes="-compact",
            )
            self._keys.append((item, key))
        self._fit()
        yield from (key for _, key in self._keys)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
            if palette is not None:
                _, binding, enabled, _ = palette
                yield FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    classes="-command-palette -compact",
                    disabled=not enabled,
                    tooltip=binding.tooltip or binding.description,
                )

    def on_resize(self, event: events.Resize) -> None:
        self._fit()


def _enabled_aside(composed: tuple[tuple[ShownKey, ...], bool, bool]) -> tuple[object, ...]:
    """What :meth:`KeysFooter._composed` says, but for which items are enabled."""
    items, palette_shown, _ = composed
    return tuple(item._replace(enabled=True) for item in items), palette_shown
