"""Inflected forms of a multi-word name found elsewhere in the document: "des Blauen
Reiters" after "Der Blaue Reiter", "der Grünen Partei" after "Grüne Partei". Each word may
carry one of the language's ``inflection_endings``; a leading article is left out (the
article changes with the case). The form found is a mention of the name it inflects."""

from __future__ import annotations

from bisect import bisect_right
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
    starts = [lo for lo, _ in sentences]
    index = _FirstWords(text, endings)
    out: list[Candidate] = []
    for name in sorted(names, key=len, reverse=True):
        words = name.split(" ")
        if words and words[0].casefold() in rules.articles:
            words = words[1:]
        if len(words) < 2:
            continue
        bare = " ".join(words)
        for start, end in _forms_in(text, sentences, starts, index, words, endings):
            form = text[start:end]
            if form == bare or taken.overlapping(start, end):
                continue
            found = Candidate(start, end, form, Votes(), "repeat", name)
            out.append(found)
            taken.add(found)
    return out


class _FirstWords:
    """Where each first word of a name stands in the text, by the word after it: a document
    of thousands of names looks at the few places a name can be, not at every place its
    first word is (which made the rule quadratic in the names)."""

    def __init__(self, text: str, endings: Sequence[str]) -> None:
        self._text = text
        self._endings = endings
        self._found: dict[str, tuple[dict[str, list[int]], list[int]]] = {}

    def places(self, first: str, second: str) -> list[int]:
        """Where ``first`` stands (ascending), before a word that may be ``second`` with
        one of the endings: the word itself after the white space (a run of word
        characters and hyphens). For a ``second`` of other characters, every place."""
        by_next, every = self._found.get(first) or self._index(first)
        if not second or not all(_joins(char) for char in second):
            return every
        found = [by_next.get(second + ending, []) for ending in self._endings]
        return sorted({at for places in found for at in places})

    def _index(self, first: str) -> tuple[dict[str, list[int]], list[int]]:
        text, end = self._text, len(self._text)
        by_next: dict[str, list[int]] = {}
        every: list[int] = []
        at = text.find(first)
        while at >= 0:
            every.append(at)
            after = at + len(first)
            for ending in self._endings:  # the first word with each ending it may have
                if not text.startswith(ending, after):
                    continue
                gap_end = word = after + len(ending)
                while gap_end < end and text[gap_end].isspace():
                    gap_end += 1
                if gap_end == word:
                    continue
                word_end = gap_end
                while word_end < end and _joins(text[word_end]):
                    word_end += 1
                if word_end > gap_end:
                    by_next.setdefault(text[gap_end:word_end], []).append(at)
            at = text.find(first, at + 1)
        self._found[first] = (by_next, every)
        return by_next, every


def _forms_in(
    text: str,
    sentences: Sequence[Span],
    starts: Sequence[int],
    index: _FirstWords,
    words: Sequence[str],
    endings: Sequence[str],
) -> Iterator[Span]:
    r"""The spans in each of ``sentences`` (``starts``: their starts), left to right and
    disjoint, of ``words`` each with one of ``endings`` (tried in their order) and white
    space between them, standing on their own (no word character or hyphen on either
    side): what the expression ``(?<![\w-])w1(?:e1|e2)?\s+w2(?:e1|e2)?(?![\w-])`` finds
    in each sentence, without compiling one for each name of each document, and looked for
    only where ``index`` has the first word before a fitting one."""
    first = words[0]
    free_from = 0  # a form found ends here: the next one in its sentence starts after it
    for at in index.places(first, words[1]):
        if at < free_from:
            continue
        number = bisect_right(starts, at) - 1
        if number < 0:
            continue
        hi = sentences[number][1]
        if at + len(first) > hi or (at and _joins(text[at - 1])):
            continue
        end = _form_end(text, at, hi, words, 0, endings)
        if end is not None:
            free_from = end
            yield at, end


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
