"""Names listed together are of one kind: in ``Ann Doe, Xanto, Bo Lund and Cy Quill`` (or
``…, Bo Lund und Cy Quill``) every name is a person's when one of them surely is, a full
name with a given name or a title before it. The model's guess at a listed name it does not
know ("Xanto" a place) is outvoted, a name it missed is found.

Not a list: names joined by commas only (an apposition, "Ann Doe, Xanto CEO"); a name whose
own last word or capitals say it is something else ("Xanto Group", "NATO") keeps its label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.candidates import (
    APPOSITION_VOTE,
    CONTEXT_VOTE,
    HEAD_VOTE,
    WORD,
    Candidate,
    Votes,
    Word,
    name_extent,
)
from tui.core.entities.language_rules import NameRules
from tui.core.entities.overlaps import SpanIndex

#: A person surely: the model's reading and a given name's or a title's vote.
SURE_PERSON = 1 + HEAD_VOTE
_COMMA = re.compile(r",[ \t\u00a0]+")
_SPACE = re.compile(r"[ \t\u00a0]+")


def listed_people(
    words: Sequence[Word], text: str, found: SpanIndex[Candidate], rules: NameRules
) -> list[Candidate]:
    """The names a list in the sentence ``words`` adds (found by nothing else); the names
    ``found`` holds in such a list get a person's vote in place."""
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        items = _list_at(words, i, text, rules)
        if len(items) < 2:
            i += max(1, name_extent(words, i, rules, text))
            continue
        spans = [(words[a].start, words[a + n - 1].end) for a, n in items]
        if any(_sure_person(found, start, end, rules) for start, end in spans):
            for start, end in spans:
                out.extend(_vote_person(found, text, start, end, rules))
        i = items[-1][0] + items[-1][1]
    return out


def _list_at(words: Sequence[Word], i: int, text: str, rules: NameRules) -> list[tuple[int, int]]:
    """The names (first word, number of words) of a list that starts at ``words[i]`` and
    ends with a coordinator before its last name; none if no such list starts there."""
    n = name_extent(words, i, rules, text)
    if not n or words[i].text.casefold() in rules.leading_determiners:
        return []
    items = [(i, n)]
    j = i + n
    while j < len(words):
        gap = text[words[j - 1].end : words[j].start]
        last = words[j].text in rules.coordinators and bool(
            _COMMA.fullmatch(gap) or _SPACE.fullmatch(gap)
        )
        if last:
            j += 1
            if j >= len(words) or not _SPACE.fullmatch(text, words[j - 1].end, words[j].start):
                return []
        elif not _COMMA.fullmatch(gap):
            return []
        n = name_extent(words, j, rules, text)
        if not n:
            return []
        items.append((j, n))
        j += n
        if last:
            return items
    return []


def _sure_person(found: SpanIndex[Candidate], start: int, end: int, rules: NameRules) -> bool:
    """A person by more than one guess: a title's or a given name's vote besides the
    model's, or the model's reading of a full name that starts with a given name."""
    return any(
        (c.start, c.end) == (start, end)
        and c.votes["PER"]
        and c.votes.leader() == "PER"
        and (c.votes["PER"] >= SURE_PERSON or _given_and_surname(c.text, rules))
        for c in found.overlapping(start, end)
    )


def _given_and_surname(name: str, rules: NameRules) -> bool:
    words = WORD.findall(name)
    return len(words) > 1 and words[0] in rules.given_names


def _vote_person(
    found: SpanIndex[Candidate], text: str, start: int, end: int, rules: NameRules
) -> list[Candidate]:
    surface = text[start:end]
    words = WORD.findall(surface)
    if surface.isupper() or rules.head_label(words[-1]) is not None:
        return []
    same = found.overlapping(start, end)
    if not same:
        return [Candidate(start, end, surface, Votes(PER=CONTEXT_VOTE), "rule")]
    for c in same:
        if (c.start, c.end) == (start, end) and (not c.votes or c.votes.leader() != "PER"):
            c.votes["PER"] += APPOSITION_VOTE
    return []
