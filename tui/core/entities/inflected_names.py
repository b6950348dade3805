"""Inflected forms of a multi-word name found elsewhere in the document: "des Blauen
Reiters" after "Der Blaue Reiter", "der Grünen Partei" after "Grüne Partei". Each word may
carry one of the language's ``inflection_endings``; a leading article is left out (the
article changes with the case). The form found is a mention of the name it inflects."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tui.core.entities.candidates import Candidate, Votes
from tui.core.entities.language_rules import NameRules
from tui.core.entities.overlaps import SpanIndex
from tui.core.model import Span


def inflected_repeats(
    text: str,
    sentences: Sequence[Span],
    names: Iterable[str],
    taken: SpanIndex[Any],
    rules: NameRules,
) -> list[Candidate]:
    """The inflected forms of the multi-word ``names`` in the document's sentences that no
    span in ``taken`` covers (those found are added to it), each naming its name."""
    if not rules.inflection_endings:
        return []
    endings = "|".join(re.escape(e) for e in rules.inflection_endings)
    patterns = []
    for name in sorted(names, key=len, reverse=True):
        words = name.split(" ")
        if words and words[0].casefold() in rules.articles:
            words = words[1:]
        if len(words) < 2:
            continue
        body = r"\s+".join(re.escape(w) + f"(?:{endings})?" for w in words)
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])")
        patterns.append((name, " ".join(words), words[0], pattern))
    out: list[Candidate] = []
    for name, bare, first, pattern in patterns:
        for lo, hi in sentences:
            for m in _matches(pattern, first, text, lo, hi):
                if m.group() == bare or taken.overlapping(m.start(), m.end()):
                    continue
                found = Candidate(m.start(), m.end(), m.group(), Votes(), "repeat", name)
                out.append(found)
                taken.add(found)
    return out


def _matches(
    pattern: re.Pattern[str], first: str, text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match starts with the
    literal ``first`` (and is never empty): tried only where ``first`` stands, which
    ``str.find`` finds far faster than the pattern, whose look-behind comes first."""
    at = text.find(first, lo, hi)
    while at >= 0:
        m = pattern.match(text, at, hi)
        if m is None:
            at = text.find(first, at + 1, hi)
            continue
        yield m
        at = text.find(first, m.end(), hi)
