"""Whether a sentence holds the anchors a rule requires (see :mod:`.requirements`).

The token scan of :meth:`.grammar.Grammar.triggers_in` finds most anchors at once: class
words as whole words, prefixes or suffixes, and digits. A class word a pattern glues to
other letters may stand inside a longer word, where the scan does not look ("em" in
"seinem" for ``\\w*{event_noun}``): before a rule is skipped, a class the scan did not find
is looked for as text, each of its words (up to its first space) anywhere in the sentence's
lower-cased text, and so is a literal word. When the text holds a letter that matches
another case-insensitively but lower-cases differently (long s, dotless i), every anchor
counts as present. So a rule is skipped only when it cannot match.
"""

from __future__ import annotations

from functools import cache

from tui.core.temporal.grammar import DIGIT, LITERAL, grammar
from tui.core.temporal.requirements import Requirement

#: Letters that match others case-insensitively but lower-case differently (long s and
#: dotless i match "s" and "i"; a dotted capital I lower-cases with a combining dot).
_CASE_TWINS = frozenset("\u017f\u0131\u0307")


@cache
def _class_texts(lang: str, name: str) -> tuple[str, ...]:
    """The lower-cased text every match of the class holds: each word up to its first space
    (the pattern lets any run of whitespace stand there); none contains another."""
    parts = {word.lower().split()[0] for word in grammar(lang).classes[name] if word.split()}
    return tuple(p for p in parts if not any(q != p and q in p for q in parts))


class SentenceAnchors:
    """The anchors of ``text[start:end]``, given the triggers its token scan found."""

    def __init__(self, lang: str, text: str, start: int, end: int, found: set[str]) -> None:
        self.lang = lang
        self.lowered = text[start:end].lower()
        self.present = found
        self.found: dict[str, bool] = dict.fromkeys(found, True)
        self.twins = not _CASE_TWINS.isdisjoint(self.lowered)

    def holds(self, anchor: str) -> bool:
        known = self.found.get(anchor)
        if known is None:
            known = self.found[anchor] = self._look_for(anchor)
        return known

    def _look_for(self, anchor: str) -> bool:
        if anchor == DIGIT:  # every digit is inside a token the scan saw
            return False
        if self.twins:
            return True
        if anchor.startswith(LITERAL):
            return anchor[len(LITERAL) :] in self.lowered
        lowered = self.lowered
        return any(part in lowered for part in _class_texts(self.lang, anchor))

    def meets(self, required: Requirement) -> bool:
        """Whether every clause of ``required`` has an anchor here."""
        # Loops rather than all(any(...)): this runs for every candidate rule of every
        # sentence, and the generators cost more than the look-ups.
        holds = self.holds
        present = self.present
        for clause in required:
            # Most clauses hold by an anchor the token scan found: one set operation.
            if not clause.isdisjoint(present):
                continue
            for anchor in clause:
                if holds(anchor):
                    break
            else:
                return False
        return True
