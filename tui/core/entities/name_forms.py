"""Other forms of one name, for merging: the acronym its initials spell (``UAE``, "United
Arab Emirates"), an organisation's short form from its first word (``Greens``, "Green
Party"), and another name the text says it is known as ("X, also known as Y")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from tui.core.entities.candidates import Candidate
from tui.core.entities.language_rules import NameRules
from tui.core.letters import UPPER

#: An acronym: two to six capitals, maybe with periods ("UAE", "U.S.").
_ACRONYM = re.compile(rf"(?:[{UPPER}]\.?){{2,6}}")
_PART = re.compile(r"[^\W\d_]+")


def acronym_letters(name: str) -> str | None:
    """The letters of ``name`` if it is an acronym ("U.S." → "US"), else None."""
    return name.replace(".", "") if _ACRONYM.fullmatch(name) else None


def initials(name: str, rules: NameRules) -> str:
    """The capital initials of a multi-word name's words and hyphen parts, function words
    left out ("Landesbank Baden-Württemberg" → "LBW", "Federal Bureau of Investigation" →
    "FBI"); "" for a one-word name."""
    words = name.split()
    if len(words) < 2:
        return ""
    letters = []
    for word in words:
        for part in _PART.findall(word):
            if part[:1].isupper() and not (
                part.lower() in rules.function_words and part != words[0]
            ):
                letters.append(part[0])
    return "".join(letters)


def short_forms(name: str, rules: NameRules) -> set[str]:
    """What an organisation's name is called for short by its first word: "Green Party" →
    "Green", "Greens"; none unless its last word says it is an organisation."""
    words = name.split()
    if len(words) < 2 or rules.head_label(words[-1]) != "ORG":
        return set()
    first = words[0]
    return {first, *(first + ending for ending in rules.short_form_endings)}


def mark_aliases(found: Sequence[Candidate], text: str, rules: NameRules) -> None:
    """ "X, also known as Y" (the language's ``alias_links``): Y is another name of X."""
    ordered = sorted(found, key=lambda c: c.start)
    for a, b in itertools.pairwise(ordered):
        between = text[a.end : b.start]
        if b.alias_of or not between.strip(" ,"):
            continue
        if any(
            between.rstrip() == link or between.strip() == link.strip(", ")
            for link in rules.alias_links
        ):
            b.alias_of = a.text
