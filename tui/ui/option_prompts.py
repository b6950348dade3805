"""Swap an OptionList option's prompt without re-measuring or redrawing the whole list.

``OptionList.replace_option_prompt`` drops the list's line cache, so every option is wrapped
and measured again: about 20 ms for 2,000 entities, on every filter toggle; and dropping all
rendered options costs as much again to redraw the visible ones. Toggling only swaps ``○`` for
``●``, which never changes an option's height, so the line cache stays valid and only that
option's lines need redrawing. (This reaches into OptionList's private caches; Textual is
pinned exactly, and the tests toggle filters in both lists.)
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Region
from textual.widgets import OptionList


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
