"""Which of an article's URLs a published file may link to.

The URL comes from the article: only a web address (http or https) is a link, and only one
with no whitespace or control character in it, which would break a calendar's property line
or hide a second address in what the reader sees.
"""

from __future__ import annotations

import unicodedata

_WEB_SCHEMES = ("https://", "http://")


def publishable_url(url: str | None) -> str | None:
    """``url`` if it is safe to publish as a link, else None."""
    if not url or not url.lower().startswith(_WEB_SCHEMES):
        return None
    if any(char.isspace() or unicodedata.category(char) in _CONTROLS for char in url):
        return None
    return url


#: Control, format (bidirectional overrides), surrogate and unassigned characters.
_CONTROLS = frozenset({"Cc", "Cf", "Cs", "Cn"})
