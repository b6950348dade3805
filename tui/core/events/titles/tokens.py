"""The words of a title where they stand, and whether a clause may end after each: what the
verb finder and the title's cuts read instead of a POS tagger's tokens."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from tui.core.sentences import QUOTE_MARKS

#: A word with the punctuation around it; an apostrophe inside keeps it one word ("don't").
_TOKEN = re.compile(rf"[^\s{QUOTE_MARKS}()\[\]]+(?:['’][^\s\"„“”»«()]+)?")
_TRAILING = ".,;:!?…"
_CLAUSE_END = (",", ";", ":")
_DASHES = frozenset({"-", "–", "—", "--"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    word: str  # without the punctuation around it
    closes: bool  # a comma, semicolon or colon follows: the clause may end here


#: A title is read many times while it is compressed: the words of the last texts are kept.
_CACHED_TEXTS = 1024


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``; a dash standing alone is no word but may end the
    clause of the word before it."""
    if start == 0 and end is None:
        return list(_all_tokens(text))
    return _scan(text, start, end)


@lru_cache(maxsize=_CACHED_TEXTS)
def _all_tokens(text: str) -> tuple[Token, ...]:
    return tuple(_scan(text, 0, None))


def _scan(text: str, start: int, end: int | None) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        raw = m.group()
        word = raw.rstrip(_TRAILING)
        if not word or word in _DASHES:
            if out and raw.strip(_TRAILING + "-–—") == "":
                out[-1] = dataclasses.replace(out[-1], closes=True)
            continue
        closes = raw.endswith(_CLAUSE_END) or text[m.end() : m.end() + 2] in (": ", "; ")
        out.append(Token(m.start(), m.start() + len(word), word, closes))
    return out


def lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case: what a title keeps of its sentence."""
    return frozenset(t.word.lower() for t in tokens(text))
