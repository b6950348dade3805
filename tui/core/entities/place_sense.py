"""One label per one-word name in a document when what is said of it shows a place.

The model reads a village's or a valley's name it never saw as a surname ("Kaltenau",
"Xantental"): the form is a person's. The document says otherwise when the name follows a
place preposition without an article ("aus Kaltenau", "in Kaltenau", "im Xantental"; a
person follows none of these), when it ends in a place word ("-tal", "-amt", "-dorf"), or
when it is listed with a known place ("Bozen, Kaltenau und Meran"; "Kaltenau, Tirol").
Such a name, if nothing but the model calls it a person (no title, no speaker's cue, no
full person name it is the surname of), has the model's PER votes counted for LOC on every
mention in the document, so that it is one place throughout.

A genitive after a preposition is a possessor, not the place ("in Hubers Haus", "aus
Buurmanns Nachlass"): only a bare name with no capitalised word after it counts as cued.
The prepositions and endings are the language's data (``place_prepositions``,
``place_name_endings``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from tui.core.entities.candidates import Candidate
from tui.core.entities.company_sense import ModelVotes, move_votes, one_word_mentions
from tui.core.entities.language_rules import NameRules
from tui.core.letters import UPPER

_PER = "PER"
_LOC = "LOC"
#: The word right before a position, on the same line.
_WORD_BEFORE = re.compile(r"(\w+)[ \t\u00a0]+$")
#: A capitalised word right after a name, on the same line.
_NEXT_CAPITALISED = re.compile(rf"[ \t\u00a0]+[{UPPER}]")
#: How far back the word before a name is looked for.
_LOOK_BACK = 30
#: The fewest letters a name keeps before a place ending ("Tal" alone is no place's name).
_MIN_STEM = 3


def settle_places(
    found: Iterable[Candidate], model: ModelVotes, text: str, rules: NameRules
) -> None:
    """Count the model's PER votes for LOC on every mention of a one-word name the document
    shows to be a place (:mod:`place_sense`), when no rule says person."""
    if not rules.place_prepositions and not rules.place_name_endings:
        return
    found = list(found)
    names = {c.text.strip() for c in found if " " not in c.text.strip()}
    by_name = one_word_mentions(found, rules, names, lambda name: name[:1].isupper())
    listed = _listed_with_places(found, text, rules)
    for name, mentions in by_name.items():
        person = sum(model.person(c) for c in mentions)
        if not person or _person_cued(mentions, model):
            continue
        if not (
            _place_ending(name, rules)
            or _cued_mentions(name, mentions, text, rules)
            or any(id(c) in listed for c in mentions)
        ):
            continue
        for c in mentions:
            move_votes(c, _PER, _LOC, model.person(c))


def _person_cued(mentions: list[Candidate], model: ModelVotes) -> bool:
    """Whether a rule voted PER for a mention: a title, a speaker's verb, a given name."""
    return any(c.votes[_PER] > model.person(c) for c in mentions)


def _place_ending(name: str, rules: NameRules) -> bool:
    lowered = name.lower()
    return any(
        lowered.endswith(ending) and len(name) - len(ending) >= _MIN_STEM
        for ending in rules.place_name_endings
    )


def _cued_mentions(name: str, mentions: list[Candidate], text: str, rules: NameRules) -> bool:
    for c in mentions:
        if c.text.strip() != name:
            continue
        before = _WORD_BEFORE.search(text, max(0, c.start - _LOOK_BACK), c.start)
        if (
            before
            and before[1].casefold() in rules.place_prepositions
            # A capitalised word after it is what the name has: "aus Hubers Nachlass".
            and not _NEXT_CAPITALISED.match(text, c.end)
        ):
            return True
    return False


def _listed_with_places(found: list[Candidate], text: str, rules: NameRules) -> set[int]:
    """The ids of the candidates listed next to a known place, with a comma or a
    coordinator between them on the same line ("Bozen, Kaltenau und Meran"; "Kaltenau,
    Tirol")."""
    ordered = sorted(found, key=lambda c: c.start)
    out: set[int] = set()
    for left, right in pairwise(ordered):
        gap = text[left.end : right.start]
        if "\n" in gap or not (gap.strip() == "," or gap.strip() in rules.coordinators):
            continue
        for one, other in ((left, right), (right, left)):
            # A known place: the model's own places may be a team's players
            # ("Colmano, Sferrazza, Vitti") it misread.
            # Given names listed are people ("die Kinder Dietmar, Julian und Adrian").
            if (
                other.text.strip() in rules.places
                and not {
                    one.text.strip(),
                    other.text.strip(),
                }
                & rules.given_names
            ):
                out.add(id(one))
    return out
