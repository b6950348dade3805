"""Swap an OptionList option's prompt without re-measuring or redrawing the whole list.

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
from textual.geometry import Region
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


def set_options_measured(options: OptionList, new: list[Option]) -> None:
    """Make ``new`` the options of ``options`` (as ``set_options`` does), measuring only
    those it did not have: ``set_options`` measures every option again (the height of its
    wrapped prompt), about 100 ms for 2,000 entities, where a curation action changes one
    or two. An option kept is the same object with the same prompt, so its height holds
    (the line cache is only valid for the width it was measured at: a resize clears it)."""
    cache = options._line_cache
    heights = cache.heights
    known = {o: heights[i] for o, i in options._option_to_index.items() if i in heights}
    options.set_options([])  # clears every cache, measures nothing
    if not options.scrollable_content_region:  # not laid out: measured when it is
        options.add_options(new)
        return
    padding = options.get_component_styles("option-list--option").padding
    width = options.scrollable_content_region.width - options._get_left_gutter_width()
    for index, option in enumerate(new):
        height = known.get(option)
        if height is None:
            visual = options._get_visual(option)
            rules = cast(RulesMap, options.styles)
            height = visual.get_height(rules, width - padding.width) + option._divider
        cache.index_to_line[index] = len(cache.lines)
        cache.heights[index] = height
        cache.lines.extend((index, line) for line in range(height))
    options.add_options(new)  # (its own measuring finds every option measured)
