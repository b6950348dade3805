"""A news dateline names a place: ``SPRINGVALE (AP) —``, ``NORTH FORK, KINGSTON --``,
``MILLBROOK, Ohio —``. The place set in capitals at the start of a line near the top of an
article, before a dash (maybe after a region and a bracketed agency), votes LOC (the model,
seeing a word in capitals, often takes it for an organisation). A convention of news in
any language."""

from __future__ import annotations

import re

from tui.core.entities.candidates import HEAD_VOTE, Candidate, Votes
from tui.core.letters import UPPER

#: Only so near the top of a text stands a dateline.
_TOP = 400
#: The place, maybe a region after a comma, maybe a bracketed agency, then a dash: "SPD,
#: Grüne und Linke" at a line's start is no dateline.
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{UPPER}][{UPPER}.'’-]+(?: [{UPPER}][{UPPER}.'’-]+)*)"
    r"(?=(?:,[^\n,—–]{1,30}?)?\s*(?:\([^)\n]{1,20}\)\s*)?(?:—|–|--|-\s))",
    re.MULTILINE,
)


def dateline_candidates(text: str) -> list[Candidate]:
    """The places of the datelines near the top of ``text``."""
    return [
        Candidate(m.start("place"), m.end("place"), m["place"], Votes(LOC=HEAD_VOTE), "rule")
        for m in _DATELINE.finditer(text, 0, min(len(text), _TOP))
    ]
