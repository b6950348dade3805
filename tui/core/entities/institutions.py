"""An institution named by its kind and its place is one organisation's name:
"Landgericht Xanten", "Polizei Oberhausen", "Universität Gießen" (the language's
``institution_words`` before a known place). The place inside is no mention of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.entities.candidates import HEAD_VOTE, Candidate, Votes, Word
from tui.core.entities.language_rules import NameRules


def institution_candidates(words: Sequence[Word], text: str, rules: NameRules) -> list[Candidate]:
    """The "<institution> <place>" names of one sentence's ``words``."""
    if not rules.institution_words:
        return []
    out: list[Candidate] = []
    for i in range(len(words) - 1):
        kind, place = words[i], words[i + 1]
        if (
            kind.text in rules.institution_words
            and place.text in rules.places
            and text[kind.end : place.start] == " "
            # "Polizei Oberhausen Mitte" goes on: a longer name the model knows better.
            and not (
                i + 2 < len(words)
                and text[place.end : words[i + 2].start] == " "
                and words[i + 2].text[:1].isupper()
                and not rules.is_common(words[i + 2].text)
            )
        ):
            surface = text[kind.start : place.end]
            out.append(Candidate(kind.start, place.end, surface, Votes(ORG=HEAD_VOTE), "rule"))
    return out
