"""A word capitalised only because it starts a sentence is no name when the document writes
it in lower case elsewhere and never capitalised inside a sentence ("Security was tight."
beside "security forces"; "Overnight, ..." beside "overnight"), nor, read as a person, when
the language lists it as a common word (English ``entities_common_words.toml``:
"Troops"). Names the model reads at a sentence start keep their capital inside sentences
too ("Brown said" beside "Gordon Brown"), so they stay; and a person's name is never all
lower case ("mosquito" read as a person). A common word capitalised before a person's title
is the title's domain, not a name ("Health Minister", "Defence Secretary"); a company's
roles are not such titles ("Shell CEO")."""

from __future__ import annotations

import re

from tui.core.entities.candidates import Candidate
from tui.core.entities.language_rules import NameRules

#: A word as the case questions bound it: letters, digits, apostrophes and hyphens.
_WORD = re.compile(r"[\w'’-]+")
#: A word after spaces that follow a letter, a digit, a comma or a semicolon.
_WORD_INSIDE = re.compile(r"(?<=[\w,;])\s+([\w'’-]+)")


class DocumentCase:
    """How one document writes a word: in lower case somewhere, capitalised inside a
    sentence (after a letter, a digit or a comma and spaces; not after a full stop, a
    colon or a quotation mark). The document's words are indexed once, on the first
    question: asking each word with a search of the whole text made a long document's
    time grow with the square of its length."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None
        self._inside: set[str] | None = None

    def written_lower(self, word: str) -> bool:
        lower = word.lower()
        if not _WORD.fullmatch(lower):  # not one word: looked for as it is written
            escaped = re.escape(lower)
            return re.search(rf"(?<![\w'’-]){escaped}(?![\w'’-])", self._text) is not None
        if self._words is None:
            self._words = set(_WORD.findall(self._text))
        return lower in self._words

    def capitalised_inside(self, word: str) -> bool:
        if not _WORD.fullmatch(word):
            pattern = rf"(?<=[\w,;])\s+{re.escape(word)}(?![\w'’-])"
            return re.search(pattern, self._text) is not None
        if self._inside is None:
            self._inside = set(_WORD_INSIDE.findall(self._text))
        return word in self._inside

    def only_sentence_case(self, word: str) -> bool:
        """Whether ``word`` (capitalised) is a lower-case word of the document, capitalised
        only where a sentence starts."""
        return (
            word[:1].isupper()
            and word[1:].islower()
            and self.written_lower(word)
            and not self.capitalised_inside(word)
        )


#: The word right after a name, past spaces.
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([\w.'’-]+)")


def title_domain(candidate: Candidate, text: str, rules: NameRules) -> bool:
    """Whether ``candidate`` is one common word (the language's ``common_words``) right
    before a person's title that is no company role: "Health" in "Health Minister"."""
    word = candidate.text
    if " " in word or word.lower() not in rules.common_words:
        return False
    after = _NEXT_WORD.match(text, candidate.end)
    return (
        after is not None
        and rules.is_title(after[1])
        and after[1] not in rules.company_roles
        and after[1].lower() not in rules.company_roles
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
    if (
        " " not in text
        and at_start
        and (
            case.only_sentence_case(text)
            or (person and text.lower() in rules.common_words and not case.capitalised_inside(text))
        )
    ):
        return True
    return person and text == text.lower()
