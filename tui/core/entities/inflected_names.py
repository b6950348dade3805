"""Inflected forms of a multi-word name found elsewhere in the document: "des Blauen
Reiters" after "Der Blaue Reiter", "der Grünen Partei" after "Grüne Partei". Each word may
carry one of the language's ``inflection_endings``; a leading article is left out (the
article changes with the case). The form found is a mention of the name it inflects."""

from __future__ import annotations

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
    # Each word's ending is optional: each in turn (longest first), then none.
    endings = (*rules.inflection_endings, "")
    out: list[Candidate] = []
    for name in sorted(names, key=len, reverse=True):
        words = name.split(" ")
        if words and words[0].casefold() in rules.articles:
            words = words[1:]
        if len(words) < 2:
            continue
        bare = " ".join(words)
        for lo, hi in sentences:
            for start, end in forms(text, lo, hi, words, endings):
                form = text[start:end]
                if form == bare or taken.overlapping(start, end):
                    continue
                found = Candidate(start, end, form, Votes(), "repeat", name)
                out.append(found)
                taken.add(found)
    return out


def forms(
    text: str, lo: int, hi: int, words: Sequence[str], endings: Sequence[str]
) -> Iterator[Span]:
    r"""The spans in ``text[lo:hi]``, left to right and disjoint, of ``words`` each with one
    of ``endings`` (tried in their order) and white space between them, standing on their
    own (no word character or hyphen on either side): what the expression
    ``(?<![\w-])w1(?:e1|e2)?\s+w2(?:e1|e2)?(?![\w-])`` finds, without compiling one for
    each name of each document (most of the time the rule took). Tried only where the
    first word stands."""
    first = words[0]
    at = text.find(first, lo, hi)
    while at >= 0:
        end = None if at and _joins(text[at - 1]) else _form_end(text, at, hi, words, 0, endings)
        if end is None:
            at = text.find(first, at + 1, hi)
            continue
        yield at, end
        at = text.find(first, end, hi)


def _form_end(
    text: str, pos: int, hi: int, words: Sequence[str], i: int, endings: Sequence[str]
) -> int | None:
    """Where a form of ``words[i:]`` that starts at ``pos`` ends, or None; the first way
    that works, in the order a regular expression tries them."""
    word = words[i]
    if not text.startswith(word, pos, hi):
        return None
    pos += len(word)
    for ending in endings:
        if not text.startswith(ending, pos, hi):
            continue
        after = pos + len(ending)
        if i + 1 == len(words):
            if after >= hi or not _joins(text[after]):
                return after
            continue
        gap_end = after
        while gap_end < hi and text[gap_end].isspace():
            gap_end += 1
        for next_at in range(gap_end, after, -1):  # the longest run of white space first
            if (end := _form_end(text, next_at, hi, words, i + 1, endings)) is not None:
                return end
    return None


def _joins(char: str) -> bool:
    """A word character or a hyphen: no form starts after one or ends before one."""
    return char.isalnum() or char in "_-"
