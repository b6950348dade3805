"""Where known names occur again in a text, without compiling an expression per document.

An occurrence starts where no word character or hyphen stands before it, spells a name
(the first letter of a lower-case name such as "von der Leyen" may be capitalised), may
take a genitive ending, and ends before a non-word character, the end of the range, or a
hyphen and a word character ("Meta-Sprecher"). At one place the longest name is tried first
and, for it, the longest ending first, then none; the search goes on after an occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

#: Where an occurrence may begin: not after a word character or a hyphen. The character
#: (a class of the names' first characters) comes first so that the search skips to it.
_NOT_AFTER_WORD = r"(?<![\w-][\s\S])"
_NOWHERE = re.compile(r"(?!)")


@dataclass(frozen=True, slots=True)
class Occurrence:
    start: int
    #: Where the name itself ends (before any genitive ending).
    name_end: int
    end: int


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _ends_here(text: str, at: int, stop: int) -> bool:
    if at >= stop:
        return True
    char = text[at]
    if char == "-":
        return at + 1 < stop and _is_word(text[at + 1])
    return not _is_word(char)


class Spellings:
    """The spellings of a document's known names: ``starts`` finds where one of them may
    begin, :meth:`at` which of them the text spells there."""

    __slots__ = ("_trie", "starts")

    def __init__(self) -> None:
        #: Character by character, the spellings; the key "" of a node: those ending there.
        self._trie: dict[str, Any] = {}
        self.starts: re.Pattern[str] = _NOWHERE

    def add(self, spelling: str) -> None:
        """Add ``spelling`` (in order: the longest first)."""
        node = self._trie
        for char in spelling:
            node = node.setdefault(char, {})
        node.setdefault("", []).append(spelling)

    def first_characters(self) -> list[str]:
        return [char for char in self._trie if char]

    def at(self, text: str, here: int, stop: int) -> list[str]:
        """The spellings that ``text[here:stop]`` begins with, longest first: only those
        are tried (a document of thousands of names tried each one that shares a first
        letter at every place, which was quadratic)."""
        found: list[list[str]] = []
        node: dict[str, Any] = self._trie
        for at in range(here, stop):
            child = node.get(text[at])
            if child is None:
                break
            node = child
            if "" in node:
                found.append(node[""])
        return [spelling for ending_here in reversed(found) for spelling in ending_here]


def spellings(names: Iterable[str]) -> Spellings:
    """The :class:`Spellings` of ``names``."""
    out = Spellings()
    for name in sorted(names, key=len, reverse=True):
        if not name:
            continue
        first, rest = name[0], name[1:]
        variants = [first]
        if first.islower():
            variants += [c for c in first.upper() if c != first]
        for char in variants:
            out.add(char + rest)
    # An occurrence never begins with white space.
    firsts = "".join(re.escape(char) for char in out.first_characters() if not char.isspace())
    if firsts:
        out.starts = re.compile(f"[{firsts}]{_NOT_AFTER_WORD}")
    return out


def occurrences(
    text: str,
    start: int,
    stop: int,
    by_first: Spellings,
    endings: Sequence[str],
) -> Iterator[Occurrence]:
    """The occurrences of the names of ``by_first`` (from :func:`spellings`) in
    ``text[start:stop]``, left to right; ``endings`` are tried in their order."""
    at = start
    while (m := by_first.starts.search(text, at, stop)) is not None:
        here = m.start()
        found = _at(text, here, stop, by_first.at(text, here, stop), endings)
        if found is None:
            at = here + 1
            continue
        yield found
        at = found.end


def _at(
    text: str, here: int, stop: int, candidates: Sequence[str], endings: Sequence[str]
) -> Occurrence | None:
    for spelling in candidates:  # each one spelled at ``here``, within the range
        name_end = here + len(spelling)
        for ending in endings:
            end = name_end + len(ending)
            if end <= stop and text.startswith(ending, name_end) and _ends_here(text, end, stop):
                return Occurrence(here, name_end, end)
        if _ends_here(text, name_end, stop):
            return Occurrence(here, name_end, name_end)
    return None
