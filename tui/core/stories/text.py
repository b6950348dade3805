"""The words a sentence is compared by: lower-cased, stop words out, endings folded.

What a word is worth to the comparison is language knowledge, read from
``resources/<lang>/stories.toml``; a language without that file keeps every word as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from tui.core import resources

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Folding:
    """One language's stop words and the endings folded off its words."""

    stop_words: frozenset[str]
    suffixes: tuple[str, ...]
    min_stem: int
    #: word -> what it counts as ("" for a stop word): a corpus repeats its words.
    seen: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def term(self, word: str) -> str:
        known = self.seen.get(word)
        if known is None:
            if word in self.stop_words or (len(word) < 2 and not word.isdigit()):
                known = ""
            else:
                known = word if word.isdigit() else self.fold(word)
            if len(self.seen) < 500_000:  # bounded, whatever the input
                self.seen[word] = known
        return known

    def fold(self, word: str) -> str:
        for suffix in self.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= self.min_stem:
                return word[: -len(suffix)]
        return word


@cache
def folding(lang: str) -> Folding:
    data = resources.load(lang, "stories")
    suffixes = sorted(data.get("suffixes", []), key=len, reverse=True)
    return Folding(
        stop_words=frozenset(w.lower() for w in data.get("stop_words", [])),
        suffixes=tuple(suffixes),
        min_stem=int(data.get("min_stem", 3)),
    )


def terms(text: str, lang: str) -> list[str]:
    """The content words of ``text``, folded; numbers stay (a vote's count tells it apart)."""
    rules = folding(lang)
    seen = rules.seen
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        term = seen.get(word)
        if term is None:
            term = rules.term(word)
        if term:
            out.append(term)
    return out
