"""A news dateline names a place: ``SPRINGVALE (AP) —``, ``NORTH FORK, KINGSTON --``,
``MILLBROOK, Ohio —``, ``ROM (APA). Die``. The place set in capitals at the start of a line
near the top of an article, before a dash or a full stop and a capital (maybe after a
region and a bracketed agency), votes LOC (the model, seeing a word in capitals, often
takes it for an organisation). A convention of news in any language. So is the agency
bracketed after a dateline's place (``Dresden (epd).``, ``SPRINGVALE (AP) —``): an
organisation; a short name in small letters only when one of the bracket's names is a known
agency (the language's ``news_agencies``): ``BOZEN (ab).`` gives a reporter's initials."""

from __future__ import annotations

import re

from tui.core.entities.candidates import HEAD_VOTE, Candidate, Votes
from tui.core.entities.language_rules import NameRules
from tui.core.entities.time_words import without_time_zones
from tui.core.letters import UPPER

#: Only so near the top of a text stands a dateline.
_TOP = 400
#: The place, maybe a region after a comma, maybe a bracketed agency, then a dash: "SPD,
#: Grüne und Linke" at a line's start is no dateline.
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{UPPER}][{UPPER}.'’-]+(?: [{UPPER}][{UPPER}.'’-]+)*)"
    r"(?=(?:,[^\n,—–]{1,30}?)?\s*(?:\([^)\n]{1,20}\)\s*)?"
    rf"(?:—|–|--|-\s|\.[ \t]+[{UPPER}]))",
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

#: A place in capitals right before a bracketed agency and a dash, wherever it stands near
#: the top: a byline can run into the dateline on one line ("By Ann Doe, Health Editor
#: WASHINGTON (Reuters) - ..."). The bracket must name a known agency.
_PLACE_BEFORE_AGENCY = re.compile(
    rf"(?<![\w'’-])(?P<place>[{UPPER}][{UPPER}.'’-]+(?: [{UPPER}][{UPPER}.'’-]+)*)"
    r" ?\((?P<agencies>[^()\n]{2,30})\)\s*(?:—|–|--|-\s)"
)


def dateline_candidates(text: str, rules: NameRules) -> list[Candidate]:
    """The places and agencies of the datelines near the top of ``text``; the language's
    ``news_agencies`` are the known ones (a bracket of names in small letters needs one)."""
    agencies = rules.news_agencies
    top = min(len(text), _TOP)
    out = [
        Candidate(m.start("place"), m.end("place"), m["place"], Votes(LOC=HEAD_VOTE), "rule")
        for m in _DATELINE.finditer(text, 0, top)
    ]
    placed = {(c.start, c.end) for c in out}
    for m in _PLACE_BEFORE_AGENCY.finditer(text, 0, top):
        names = {p[0].strip() for p in _AGENCY_PART.finditer(m["agencies"])}
        if m.span("place") in placed or names.isdisjoint(agencies):
            continue
        # A time zone at its edge is no part of the place ("EDT GENEVA"), nor one alone
        # a place ("4:23pm BST (Reuters)").
        start, end = without_time_zones(text, m.start("place"), m.end("place"), rules)
        if start < end and text[start:end] not in rules.time_zones:
            out.append(Candidate(start, end, text[start:end], Votes(LOC=HEAD_VOTE), "rule"))
    for m in _AGENCY.finditer(text, 0, top):
        parts = list(_AGENCY_PART.finditer(text, m.start("agencies"), m.end("agencies")))
        # An agency's short name is in capitals or small letters ("AP", "epd"); a region
        # in brackets is not ("Hameln (Niedersachsen).").
        if not all(p[0].isupper() or p[0].islower() for p in parts):
            continue
        # Initials in small letters sign a reporter's text ("BOZEN (ab)."), unless a
        # known agency stands with them ("Kiel (dpa/lno)").
        if all(p[0].islower() for p in parts) and not any(p[0] in agencies for p in parts):
            continue
        for part in parts:
            out.append(Candidate(part.start(), part.end(), part[0], Votes(ORG=HEAD_VOTE), "rule"))
    return out
