"""``patch_options`` leaves an OptionList as ``set_options`` would: on random changes (options
made again, added, removed, moved; prompts that wrap), the options, their lines, the scroll
range and what is drawn are those of a list filled afresh at the same scroll and highlight."""

from __future__ import annotations

import random

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.ui.option_prompts import patch_options

# The scroll bar always shows: a list that gets one once filled does not measure its options
# again (its size stays the same), in Textual as it is, patched or not.
CSS = """
OptionList { width: 24; height: 8; overflow-y: scroll; }
OptionList.auto { height: auto; max-height: 100; }
"""


class Lists(App[None]):
    CSS = CSS

    def __init__(self, classes: str) -> None:
        super().__init__()
        self.list_classes = classes

    def compose(self) -> ComposeResult:
        yield OptionList(id="patched", classes=self.list_classes)
        yield OptionList(id="fresh", classes=self.list_classes)


def prompt(rng: random.Random) -> str:
    """A prompt of one line, or of several once wrapped."""
    return " ".join(f"w{rng.randint(0, 99)}" for _ in range(rng.choice((1, 2, 3, 9))))


def change(rng: random.Random, entries: list[tuple[str, str]], serial: int) -> None:
    """A few entries made again, added, removed or moved (as an entity action does)."""
    for _ in range(rng.randint(1, 3)):
        kind, at = rng.choice(("again", "add", "remove", "move")), rng.randrange(len(entries))
        if kind == "again":
            entries[at] = (entries[at][0], prompt(rng))
        elif kind == "add":
            entries.insert(at, (f"o{serial}-{at}", prompt(rng)))
        elif kind == "remove" and len(entries) > 1:
            del entries[at]
        elif kind == "move":
            entries.insert(rng.randrange(len(entries)), entries.pop(at))


def state(options: OptionList) -> tuple[object, ...]:
    """What the list holds and draws (the lines with the option each belongs to)."""
    cache = options._line_cache
    drawn = [
        (strip.text, [s.style.meta.get("option") if s.style else None for s in strip])
        for strip in (options.render_line(y) for y in range(options.size.height))
    ]
    return (
        [(o.id, str(o.prompt)) for o in options.options],
        {o.id: i for o, i in options._option_to_index.items()},
        sorted(options._id_to_option),
        list(cache.lines),
        dict(cache.heights),
        dict(cache.index_to_line),
        options.virtual_size,
        options.max_scroll_y,
        options.scroll_y,
        options.highlighted,
        options.size,
        drawn,
    )


@pytest.mark.parametrize("classes", ["", "auto"])
async def test_a_patched_option_list_is_one_filled_afresh(classes: str) -> None:
    rng = random.Random(14)
    entries = [(f"o{i}", prompt(rng)) for i in range(40)]
    app = Lists(classes)
    async with app.run_test(size=(60, 120)) as pilot:
        patched = app.query_one("#patched", OptionList)
        fresh = app.query_one("#fresh", OptionList)
        made = {entry: Option(entry[1], id=entry[0]) for entry in entries}
        patched.set_options(list(made.values()))
        await pilot.pause()
        for serial in range(40):
            change(rng, entries, serial)
            # The same option object for an entry that did not change.
            made = {entry: made.get(entry) or Option(entry[1], id=entry[0]) for entry in entries}
            patch_options(patched, list(made.values()))
            patched.highlighted = rng.randrange(len(entries))
            patched.scroll_to(y=rng.randint(0, patched.max_scroll_y), animate=False, immediate=True)
            fresh.set_options(Option(text, id=option_id) for option_id, text in entries)
            fresh.highlighted = patched.highlighted
            await pilot.pause()
            fresh.scroll_to(y=patched.scroll_y, animate=False, immediate=True)
            await pilot.pause()
            assert state(patched) == state(fresh), serial
