"""A news dateline names a place: ``SPRINGVALE (AP) —``, ``NORTH FORK, KINGSTON --``,
``MILLBROOK, Ohio —``. The place set in capitals at the start of a line near the top of an
article, before a dash (maybe after a region and a bracketed agency), votes LOC (the model,
seeing a word in capitals, often takes it for an organisation). A convention of news in
any language. So is the agency bracketed after a dateline's place (``Dresden (epd).``,
``SPRINGVALE (AP) —``): an organisation."""

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


#: A dateline's place (any case), maybe a region, then its agencies in brackets and a
#: full stop, colon or dash: "Dresden (epd).", "Kiel (dpa/lno) -".
_AGENCY = re.compile(
    rf"^[ \t]*[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+)*(?:,[^\n,(]{{1,30}}?)?"
    r" ?\((?P<agencies>[^\W\d_]{2,10}(?:/[^\W\d_]{2,10}){0,3})\)\s*(?:[.:—–]|--|-\s)",
    re.MULTILINE,
)
_AGENCY_PART = re.compile(r"[^/]+")


def dateline_candidates(text: str) -> list[Candidate]:
    """The places and agencies of the datelines near the top of ``text``."""
    top = min(len(text), _TOP)
    out = [
        Candidate(m.start("place"), m.end("place"), m["place"], Votes(LOC=HEAD_VOTE), "rule")
        for m in _DATELINE.finditer(text, 0, top)
    ]
    for m in _AGENCY.finditer(text, 0, top):
        parts = list(_AGENCY_PART.finditer(text, m.start("agencies"), m.end("agencies")))
        # An agency's short name is in capitals or small letters ("AP", "epd"); a region
        # in brackets is not ("Hameln (Niedersachsen).").
        if not all(p[0].isupper() or p[0].islower() for p in parts):
            continue
        for part in parts:
            out.append(Candidate(part.start(), part.end(), part[0], Votes(ORG=HEAD_VOTE), "rule"))
    return out
