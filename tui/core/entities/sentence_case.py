"""A word capitalised only because it starts a sentence is no name when the document writes
it in lower case elsewhere and never capitalised inside a sentence ("Security was tight."
beside "security forces"; "Overnight, ..." beside "overnight"), nor, read as a person, when
the language lists it as a common word (English ``entities_common_words.toml``:
"Troops"). Names the model reads at a sentence start keep their capital inside sentences
too ("Brown said" beside "Gordon Brown"), so they stay; and a person's name is never all
lower case ("mosquito" read as a person)."""

from __future__ import annotations

import re

from tui.core.entities.candidates import Candidate
from tui.core.entities.language_rules import NameRules

_WORD = re.compile(r"\w[\w'’-]*")
#: What ends the word before a word inside a sentence: a letter, a digit, a comma.
_INSIDE = re.compile(r"[\w,;]\s+$")
_LOOK_BACK = 3


class DocumentCase:
    """How one document writes its words: which in lower case, which capitalised inside a
    sentence (after a word or a comma, not after a full stop, a colon or a line break)."""

    def __init__(self, text: str) -> None:
        self.lower: set[str] = set()
        self.capitalised_inside: set[str] = set()
        for m in _WORD.finditer(text):
            word = m.group()
            if word.islower():
                self.lower.add(word)
            elif word[:1].isupper() and _INSIDE.search(
                text, max(0, m.start() - _LOOK_BACK), m.start()
            ):
                self.capitalised_inside.add(word)

    def only_sentence_case(self, word: str) -> bool:
        """Whether ``word`` (capitalised) is a lower-case word of the document, capitalised
        only where a sentence starts."""
        return (
            word[:1].isupper()
            and word[1:].islower()
            and word.lower() in self.lower
            and word not in self.capitalised_inside
        )


def no_name_by_case(
    candidate: Candidate, case: DocumentCase, at_start: bool, rules: NameRules
) -> bool:
    """Whether the model's ``candidate`` is no name by how the document writes it: one word
    at a sentence's start (``at_start``) that is a lower-case word of the document, or one
    read as a person that the language's common words hold (``common_words``), or a
    person's name without a capital."""
    text = candidate.text
    person = bool(candidate.votes) and candidate.votes.leader() == "PER"
    sentence_case = " " not in text and at_start and text not in case.capitalised_inside
    if sentence_case and (
        case.only_sentence_case(text) or (person and text.lower() in rules.common_words)
    ):
        return True
    return person and text == text.lower()
