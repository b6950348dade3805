"""One name the model read as two spans, joined again:

- a nickname or initials in brackets inside a person's name parts it: ``Ann (AJ) Doe Lund``
  is one person, ``Anna („Anni“) Meyer`` too;
- ``and`` inside an organisation's name parts it too: ``Cloud and AI Group (CAIG)`` is one
  organisation when the abbreviation bracketed after it starts as the whole name does, not
  as its last part (``Xanto and Fobra Group (FG)`` stays two names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.candidates import WORD, Candidate, Votes
from tui.core.entities.language_rules import NameRules
from tui.core.letters import UPPER

#: A bracketed nickname or initials between two parts of a person's name.
_NICKNAME = re.compile(rf"[ \t\u00a0]+\([„“\"']?[{UPPER}][\w.]{{0,15}}[“”\"']?\)[ \t\u00a0]+")
#: An abbreviation in brackets right after a name.
_ABBREVIATION = re.compile(rf"[ \t\u00a0]*\(([{UPPER}][{UPPER}\d&]+)\)")
_GAP = re.compile(r"[ \t\u00a0]+(\w+)[ \t\u00a0]+")


def join_split_names(
    candidates: Sequence[Candidate], text: str, rules: NameRules
) -> list[Candidate]:
    """``candidates`` (in text order) with each pair of neighbours that is one name joined."""
    out: list[Candidate] = []
    for c in candidates:
        if out and _one_name(out[-1], c, text, rules):
            before = out.pop()
            votes = Votes(before.votes)
            votes.add(c.votes)
            out.append(Candidate(before.start, c.end, text[before.start : c.end], votes, c.source))
        else:
            out.append(c)
    return out


def _one_name(left: Candidate, right: Candidate, text: str, rules: NameRules) -> bool:
    if left.end >= right.start:
        return False
    if _NICKNAME.fullmatch(text, left.end, right.start):
        return left.votes.leader() == "PER" and right.votes.leader() == "PER"
    gap = _GAP.fullmatch(text, left.end, right.start)
    if gap is None or gap[1] not in rules.coordinators:
        return False
    right_words = WORD.findall(right.text)
    abbreviation = _ABBREVIATION.match(text, right.end)
    return (
        abbreviation is not None
        and rules.head_label(right_words[-1]) == "ORG"
        and rules.head_label(WORD.findall(left.text)[-1]) is None
        and abbreviation[1][0] == left.text[0]
        and abbreviation[1][0] != right_words[0][0]
    )
