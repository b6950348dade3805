"""Swap an OptionList option's prompt, or change a few of its options, without
re-measuring or redrawing the whole list.

``OptionList.replace_option_prompt`` drops the list's line cache, so every option is wrapped
and measured again: about 20 ms for 2,000 entities, on every filter toggle; and dropping all
rendered options costs as much again to redraw the visible ones. Toggling only swaps ``○`` for
``●``, which never changes an option's height, so the line cache stays valid and only that
option's lines need redrawing. (This reaches into OptionList's private caches; Textual is
pinned exactly, and the tests toggle filters in both lists.)
"""

from __future__ import annotations

from typing import cast

from rich.text import Text
from textual.css.styles import RulesMap
from textual.geometry import Region, Size
from textual.widgets import OptionList
from textual.widgets.option_list import Option


def replace_prompt_same_height(options: OptionList, option_id: str, prompt: Text) -> None:
    option = options.get_option(option_id)
    option._set_prompt(prompt)
    cache = options._option_render_cache
    # (An LRUCache is not iterable itself.)
    for key in [key for key in cache.keys() if key[0] is option]:  # noqa: SIM118
        cache.discard(key)
    index = options.get_option_index(option_id)
    line = options._line_cache.index_to_line.get(index)
    if line is None:  # not laid out yet: nothing drawn to replace
        return
    top = round(options.scroll_y)
    height = options._line_cache.heights.get(index, 1)
    if line + height > top and line < top + options.scrollable_content_region.height:
        width = options.scrollable_content_region.width
        options.refresh(Region(0, line - top, width, height))


def patch_options(options: OptionList, new: list[Option]) -> None:
    """Make ``new`` the options of ``options`` (as ``set_options`` does, keeping the scroll
    position and the highlighted index), where ``new`` holds the very same option objects
    for what did not change: only the run of options from the first to the last that
    differ is measured and drawn again (and, when options came or went, the lines below).
    ``set_options`` measures and draws every option again: for 2,000 entities that, and
    the whole screen laid out again, was most of an entity action's 100-odd ms."""
    old = options._options
    cache = options._line_cache
    if not options.scrollable_content_region or len(cache.heights) != len(old):
        # Not laid out (or not measured) yet: measured when it is.
        options.set_options(new)
        return
    first, shared = 0, min(len(old), len(new))
    while first < shared and old[first] is new[first]:
        first += 1
    tail = 0
    while tail < shared - first and old[-1 - tail] is new[-1 - tail]:
        tail += 1
    old_end, new_end = len(old) - tail, len(new) - tail
    if first == old_end == new_end:
        return
    shifted = old_end != new_end
    heights = cache.heights
    known = {old[i]: heights[i] for i in range(first, len(old))}
    padding = options.get_component_styles("option-list--option").padding
    width = options.scrollable_content_region.width - options._get_left_gutter_width()
    rules = cast(RulesMap, options.styles)

    def height(option: Option) -> int:
        measured = known.get(option)
        if measured is None:
            visual = options._get_visual(option)
            measured = visual.get_height(rules, width - padding.width) + option._divider
        return measured

    window = [height(option) for option in new[first:new_end]]
    same_lines = not shifted and window == [heights[i] for i in range(first, old_end)]
    # Which option is where: the lists and maps OptionList keeps.
    to_index, by_id = options._option_to_index, options._id_to_option
    gone = old[first:old_end]
    for option in gone:
        del to_index[option]
        if option.id is not None:
            del by_id[option.id]
    old[first:old_end] = new[first:new_end]
    for index in range(first, len(old) if shifted else new_end):
        option = old[index]
        to_index[option] = index
        if option.id is not None:
            by_id[option.id] = option
    # A drawn option carries its index (for clicks): what moved is drawn again.
    redrawn = {*gone, *(old[first:] if shifted else old[first:new_end])}
    render = options._option_render_cache
    # (An LRUCache is not iterable itself.)
    for key in [key for key in render.keys() if key[0] in redrawn]:  # noqa: SIM118
        render.discard(key)
    start = cache.index_to_line.get(first, len(cache.lines))  # (or options added at the end)
    if not same_lines:
        del cache.lines[start:]
        for index in range(first, max(len(old), len(heights))):
            heights.pop(index, None)
            cache.index_to_line.pop(index, None)
        for index in range(first, len(old)):
            cache.index_to_line[index] = len(cache.lines)
            lines = window[index - first] if index < new_end else known[old[index]]
            heights[index] = lines
            cache.lines.extend((index, line) for line in range(lines))
    if shifted:
        options.highlighted = options.highlighted  # (validated: within the options still)
    if options.styles.auto_dimensions:
        options._update_lines()  # (all measured: the size follows, and the layout)
    else:
        # Of a list of fixed size only the scroll bar follows: the reactive would lay the
        # whole screen out again (30 to 40 ms with 2,000 entities in one list).
        size = Size(width, len(cache.lines) - (bool(old) and old[-1]._divider))
        if size != options.virtual_size:
            options.set_reactive(OptionList.virtual_size, size)
            options._scroll_update(size)
    top = round(options.scroll_y)
    bottom = top + options.scrollable_content_region.height
    # The lines of the window, or (when lines moved) every line from its first on.
    lo, hi = max(start, top), min(start + sum(window), bottom) if same_lines else bottom
    if hi > lo:
        options.refresh(Region(0, lo - top, options.scrollable_content_region.width, hi - lo))
