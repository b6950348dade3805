"""Words of time are no names: a time zone ("2153 GMT", "BST Greenpeace"), a month alone
("April" read as a place or a person), a date written with names ("Mon Mar 2"). The words
are the language's data (``time_zones``, ``months``, ``date_abbreviations`` in ``entities.toml``;
weekdays are ``never_names`` there already)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.language_rules import NameRules

#: A word and the spaces or colon after it ("BST: Greenpeace").
_LEADING_WORD = re.compile(r"(\w+)[:\s]+")
_TRAILING_WORD = re.compile(r"\s+(\w+)$")


def without_time_zones(text: str, start: int, end: int, rules: NameRules) -> tuple[int, int]:
    """``text[start:end]`` without time zones at its edges: "BST NEW YORK" → "NEW YORK"
    (a time zone alone is a common word, no name: ``NameRules.is_common``)."""
    while (m := _LEADING_WORD.match(text, start, end)) and m.group(1) in rules.time_zones:
        start = m.end()
    while (m := _TRAILING_WORD.search(text, start, end)) and m.group(1) in rules.time_zones:
        end = m.start()
    return start, end


def names_a_date(words: Sequence[str], rules: NameRules) -> bool:
    """Whether the words of a name are a date written with an abbreviated month or a weekday
    ("Mon Mar 2", "Tue Jun 23"): only words of a date and numbers. A month and a number
    alone may name an event ("September 11"); a month or a time zone alone is a common
    word (``NameRules.is_common``)."""
    words = [w.rstrip(".") for w in words]
    dated = rules.months | rules.date_abbreviations | rules.never_names
    return (
        all(w in dated or w.isdigit() for w in words)
        and any(w.isdigit() for w in words)
        and any(w in rules.date_abbreviations for w in words)
    )
