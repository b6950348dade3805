"""Names their last word reveals where the model saw none.

- A street or square named after someone is one hyphen compound of capitalised parts that
  ends in a place word (``Konrad-Adenauer-Straße``, ``Willy-Brandt-Platz``): a place.
- A name with a Roman number after it ("Xanto II", a ship; "Ludwig II", a king).
- A capitalised word before a word that only ends companies' names (``Xyzzo Airlines``,
  ``Fobra AG``; ``company_name_endings``) is a company's name, even when that word is a
  common noun elsewhere ("Kranich"). Words that end other names too ("Bank", "Partei",
  "Council") make no name here: in German every noun is capitalised ("Sparkasse Bank"), and
  in English a sentence's first words are ("Five Council members").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.candidates import HEAD_VOTE, Candidate, Votes, Word, is_capitalised
from tui.core.entities.language_rules import NameRules
from tui.core.entities.numbered_names import ROMAN, roman_votes

#: The most words before an organisation's last word that the rule takes in.
_MAX_WORDS_BEFORE = 2
#: A street's compound has at least a given name and a surname before its place word
#: ("Willy-Brandt-Ring"); with one part ("Kant-Straße") only a known name.
_STREET_PARTS = 3
_SPACE = re.compile(r"[ \u00a0]")


def head_candidates(words: Sequence[Word], text: str, rules: NameRules) -> list[Candidate]:
    """The names in one sentence's ``words`` that their last word reveals."""
    out: list[Candidate] = []
    for i, w in enumerate(words):
        if street := _street(w, rules):
            out.append(street)
        elif (
            i + 1 < len(words)
            and ROMAN.fullmatch(words[i + 1].text)
            and _SPACE.fullmatch(text, w.end, words[i + 1].start)
            and _name_word(w.text, rules)
            and not rules.is_common_noun(w.text)
        ):
            end = words[i + 1].end
            out.append(
                Candidate(w.start, end, text[w.start : end], roman_votes(w.text, rules), "rule")
            )
        elif (
            i > 0
            and w.text in rules.company_name_endings
            and (first := _first_name_word(words, i, text, rules)) < i
        ):
            start = words[first].start
            out.append(Candidate(start, w.end, text[start : w.end], Votes(ORG=HEAD_VOTE), "rule"))
    return out


def _street(w: Word, rules: NameRules) -> Candidate | None:
    if "-" not in w.text:  # most words: no compound at all
        return None
    *parts, last = w.text.split("-")
    if not parts or last not in rules.street_endings:
        return None
    named = (
        len(parts) + 1 >= _STREET_PARTS
        or parts[0] in rules.given_names
        or parts[0] in rules.surnames
    )
    if not named or not all(_name_word(p, rules) for p in parts):
        return None
    return Candidate(w.start, w.end, w.text, Votes(LOC=HEAD_VOTE), "rule")


def _first_name_word(words: Sequence[Word], i: int, text: str, rules: NameRules) -> int:
    """The index of the first of the (at most two) name words right before ``words[i]``;
    ``i`` if there is none."""
    first = i
    while (
        first > 0
        and i - first < _MAX_WORDS_BEFORE
        and _SPACE.fullmatch(text, words[first - 1].end, words[first].start)
        and _name_word(words[first - 1].text, rules)
        and words[first - 1].text.casefold() not in rules.leading_determiners
        and words[first - 1].text.casefold() not in rules.quantity_words
    ):
        first -= 1
    return first


def _name_word(word: str, rules: NameRules) -> bool:
    return is_capitalised(word) and not rules.is_common(word)
