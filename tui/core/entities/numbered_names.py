"""A name with a number after it names one of a series, a product, a launcher, a project
("Xanto 6", "Zentor 737", "Lindau 21"): the number belongs to the name, and the name is
MISC, never a person (people take no numbers; a regnal number is Roman) nor the place it
starts with, unless it is a road's (``numbered_places``: "A 7", "Bundesstraße 7", a place).

The number has one to three digits (a year after a name is a date, "Paris 2024") and ends
the words of the name: a period after it makes an ordinal or a date ("am 6. Mai"), a
dash or colon a result ("Italy 3-1"), a comma a list of figures unless a clause follows
("Xanto 25, Fobra 22"; "der Xanto 5, die …" is one),
and a unit or a counted noun after it a quantity ("Lindau 2 Punkte", "Doe 20 points").
"""

from __future__ import annotations

import re

from tui.core.entities.candidates import HEAD_VOTE, WORD, Votes
from tui.core.entities.language_rules import NameRules

#: A number right after a name, then nothing that makes it a figure.
_NUMBER_AFTER = re.compile(r"[ \u00a0](\d{1,3})(?=$|[ \t\u00a0\n;!?)\"“”»«]|, [a-zäöüß])")
#: A number that ends a span the model found ("Vega 3").
_NUMBER_AT_END = re.compile(r"[ \u00a0](\d{1,3})$")
#: A Roman number of two letters or more ("II", "XIV", "LVIII"; "I", "V" are words too).
ROMAN = re.compile(r"(?=[IVXL]{2,6}\b)L?X{0,3}(?:IX|IV|V?I{0,3})\b")
_ROMAN_AFTER = re.compile(r"[ \u00a0](?=[IVXL]{2,6}\b)L?X{0,3}(?:IX|IV|V?I{0,3})\b(?![-‐'’])")
_NEXT_WORD = re.compile(r"[ \t\u00a0]*([^\W\d_][\w.]*)")


def numbered_name(
    text: str, start: int, end: int, votes: Votes, rules: NameRules
) -> tuple[int, Votes]:
    """The end of the name ``text[start:end]`` with a series number after it taken in,
    and its votes with the number's vote for MISC; unchanged without such a number."""
    if not rules.number_units:
        return end, votes
    if (roman := _ROMAN_AFTER.match(text, end)) is not None:
        return roman.end(), _roman_votes(text[start:end], votes, rules)
    if (inside := _NUMBER_AT_END.search(text, start, end)) and inside.start() > start:
        name_end, number_end = inside.start(), end
    elif (after := _NUMBER_AFTER.match(text, end)) is not None:
        name_end, number_end = end, after.end()
    else:
        return end, votes
    words = WORD.findall(text, start, name_end)
    if (
        not words
        or not words[-1][:1].isupper()
        or rules.head_label(words[-1].rstrip(".")) is not None
        or (len(words) > 1 and words[0] in rules.given_names)
        or _counts(text, number_end, rules)
    ):
        return end, votes
    # Roads take numbers too ("Bundesstraße 7", "A 7", "Route 9"): places.
    label = "LOC" if words[-1] in rules.numbered_places else "MISC"
    numbered = Votes(votes)
    numbered.add({label: HEAD_VOTE + sum(votes.values())})
    return number_end, numbered


def roman_votes(name: str, rules: NameRules) -> Votes:
    """The votes of ``name`` with a Roman number after it, found by no model."""
    return _roman_votes(name, Votes(), rules)


def _roman_votes(name: str, votes: Votes, rules: NameRules) -> Votes:
    """A Roman number after a given name is a regnal one ("Ludwig II": the person); after
    another name it counts a series, of ships, events, works ("Xanto II": MISC)."""
    regnal = name.split(" ", 1)[0] in rules.given_names or (votes and votes.leader() == "PER")
    if regnal:
        return votes
    numbered = Votes(votes)
    numbered.add({"MISC": HEAD_VOTE + sum(votes.values())})
    return numbered


def _counts(text: str, end: int, rules: NameRules) -> bool:
    """Whether the word after a number makes it a quantity ("2 Punkte", "20 points")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or "\n" in text[end : m.start(1)]:
        return False
    word = m.group(1).rstrip(".")
    return word.casefold() in rules.number_units or (
        word[:1].isupper() and rules.is_common_noun(word)
    )
