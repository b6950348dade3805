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
#: The most words of a listed name (as candidates.name_extent reads them).
_MAX_NAME_WORDS = 4
_COMMA = re.compile(r",[ \t\u00a0]+")
_SPACE = re.compile(r"[ \t\u00a0]+")


def listed_people(
    words: Sequence[Word], text: str, found: SpanIndex[Candidate], rules: NameRules
) -> list[Candidate]:
    """The names a list in the sentence ``words`` adds (found by nothing else); the names
    ``found`` holds in such a list get a person's vote in place."""
    out: list[Candidate] = []
    # A list ends with a coordinator and a name: it is read back from there (reading names
    # from every word forward costs a noun lookup for each capitalised word).
    for k, word in enumerate(words):
        if word.text not in rules.coordinators:
            continue
        items = _list_ending_at(words, k, text, rules)
        spans = [(words[a].start, words[a + n - 1].end) for a, n in items]
        if any(_sure_person(found, start, end, rules) for start, end in spans):
            for start, end in spans:
                out.extend(_vote_person(found, text, start, end, rules))
    return out


def _list_ending_at(
    words: Sequence[Word], k: int, text: str, rules: NameRules
) -> list[tuple[int, int]]:
    """The names (first word, number of words) of a list whose coordinator is ``words[k]``:
    one name after it, one or more before it parted by commas; none if that is not so."""
    if k == 0 or k + 1 >= len(words):
        return []
    before = text[words[k - 1].end : words[k].start]
    if not (_COMMA.fullmatch(before) or _SPACE.fullmatch(before)):
        return []
    if not _SPACE.fullmatch(text, words[k].end, words[k + 1].start):
        return []
    n = name_extent(words, k + 1, rules, text)
    if not n:
        return []
    items = [(k + 1, n)]
    end = k  # the name before ends at words[end - 1]
    while (item := _name_before(words, end, text, rules)) is not None:
        items.insert(0, item)
        first = item[0]
        if first == 0 or not _COMMA.fullmatch(text, words[first - 1].end, words[first].start):
            break
        end = first
    return items if len(items) > 1 else []


def _name_before(
    words: Sequence[Word], end: int, text: str, rules: NameRules
) -> tuple[int, int] | None:
    """The longest name (first word, number of words) that ends at ``words[end - 1]``."""
    start = end - 1
    while (
        start > 0
        and end - start < _MAX_NAME_WORDS
        and words[start - 1].text[:1].isupper()
        and _SPACE.fullmatch(text, words[start - 1].end, words[start].start)
    ):
        start -= 1
    for first in range(max(start, 0), end):
        if words[first].text.casefold() in rules.leading_determiners:
            continue
        if name_extent(words, first, rules, text) == end - first:
            return first, end - first
    return None


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
    if (
        surface.isupper()
        or rules.head_label(words[-1]) is not None
        # "Ann Doe, Health and Science Editor": a role's words, no one's name.
        or rules.is_title(words[-1])
        or words[-1] in rules.credit_roles
        or (len(words) == 1 and surface.lower() in rules.common_words)
    ):
        return []
    same = found.overlapping(start, end)
    if not same:
        return [Candidate(start, end, surface, Votes(PER=CONTEXT_VOTE), "rule")]
    for c in same:
        if (c.start, c.end) == (start, end) and (not c.votes or c.votes.leader() != "PER"):
            c.votes["PER"] += APPOSITION_VOTE
    return []
