"""A word class's regular expression as a trie of its words.

As an alternation of its words, longest first (``januar|juni|juli``), a class makes the
regular expression engine try every word at every place a match may start, and at every
place a ``\\w*`` before it gives back; as a trie (``j(?:anuar|u(?:ni|li))``) it tries one
branch per letter. The two match the same, in the same order of preference: the words that
match at one place are prefixes of one another, since no two branches of a node match the
same character (checked, case-insensitively too), so a trie that tries a word's longer
continuations before its end tries them longest first, as the alternation does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The symbol of the white space between the parts of a class word ("Anfang Mai").
_GAP = " "
#: What a node holds under this key: a word ends there.
_END = ""

_Node = dict[str, "_Node"]


def trie_regex(words: Iterable[str]) -> str | None:
    """The trie of ``words`` (their parts joined by runs of white space, as the class's
    alternation has them) as a regular expression; None if there are no words or they
    make no trie that matches as their alternation does (white space other than single
    spaces between parts, or two branches of a node whose letters match each other)."""
    root: _Node = {}
    for word in words:
        parts = word.split()
        if not parts or word != _GAP.join(parts):
            return None
        node = root
        for symbol in _GAP.join(parts):
            node = node.setdefault(symbol, {})
        node[_END] = {}
    return _render(root) if root else None


def _render(node: _Node) -> str | None:
    branches = [symbol for symbol in node if symbol != _END]
    if any(_twins(a, b) for i, a in enumerate(branches) for b in branches[i + 1 :]):
        return None
    out: list[str] = []
    for symbol in branches:
        rest = _render(node[symbol])
        if rest is None:
            return None
        out.append((r"\s+" if symbol == _GAP else re.escape(symbol)) + rest)
    if _END in node:
        out.append("")  # the word ends here: tried after every longer one
    return out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")"


def _twins(a: str, b: str) -> bool:
    """Whether two different letters match each other case-insensitively ("a", "A"; "s",
    "ſ"): then both branches could match one character of the text."""
    return _GAP not in (a, b) and (
        re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
        or re.fullmatch(re.escape(b), a, re.IGNORECASE) is not None
    )
