"""Photo credits and roles glued to names by a slash: ``Ann Doe/AP``, ``Presenter/Ann Doe``,
``Ann Doe/AFP/Getty Images The death toll``.

A caption's credit runs the photographer, the agency and the caption's next words together,
and the model reads them as one name. A span with a slash (also written ``\\/``, as
detokenised text has it) parts at it when one of its parts is a credit's agency or role
(the language's ``news_agencies`` and ``credit_roles``): an agency is an organisation, the
name before it a person (the photographer), a role word no name and the name after it a
person; what follows an agency in
the same part starts the caption and keeps the model's reading. A span whose parts are none
of these stays whole ("AC/DC", "Münstertal/Reschen").
"""

from __future__ import annotations

import re

from tui.core.entities.candidates import Candidate, Votes
from tui.core.entities.language_rules import NameRules
from tui.core.sentences import stripped

_SLASH = re.compile(r"\\?/")


def parted_credits(candidate: Candidate, rules: NameRules) -> list[Candidate]:
    """``candidate`` parted at its slashes when it holds a credit, else as it is."""
    text, base = candidate.text, candidate.start
    if "/" not in text or not (rules.news_agencies or rules.credit_roles):
        return [candidate]
    parts: list[tuple[int, int]] = []
    pos = 0
    for slash in _SLASH.finditer(text):
        parts.append(stripped(text, pos, slash.start()))
        pos = slash.end()
    parts.append(stripped(text, pos, len(text)))
    agencies = [_agency_end(text[a:b], rules) for a, b in parts]
    roles = [text[a:b] in rules.credit_roles for a, b in parts]
    if not any(agencies) and not any(roles):
        return [candidate]
    out: list[Candidate] = []
    for i, (a, b) in enumerate(parts):
        if a == b or roles[i]:
            continue
        if cut := agencies[i]:
            out.append(_part(candidate, base + a, base + a + cut, Votes(ORG=1)))
            rest = stripped(text, a + cut, b)
            if rest[0] < rest[1]:  # the caption's first words: the model's reading
                out.append(_part(candidate, base + rest[0], base + rest[1], candidate.votes))
        elif (i + 1 < len(parts) and agencies[i + 1]) or (i and roles[i - 1]):
            # The photographer, or the one a role credits ("Presenter/Ann Doe").
            out.append(_part(candidate, base + a, base + b, Votes(PER=1)))
        else:
            out.append(_part(candidate, base + a, base + b, candidate.votes))
    return out


def _agency_end(part: str, rules: NameRules) -> int:
    """The length of the agency ``part`` starts with (a whole word or words), or 0."""
    for agency in rules.news_agencies:  # longest first
        if part.startswith(agency) and (len(part) == len(agency) or part[len(agency)] == " "):
            return len(agency)
    return 0


def _part(candidate: Candidate, start: int, end: int, votes: Votes) -> Candidate:
    text = candidate.text[start - candidate.start : end - candidate.start]
    return Candidate(start, end, text, Votes(votes), candidate.source)
