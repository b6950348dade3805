"""Whether a sentence holds the anchors a rule requires (see :mod:`.requirements`).

The token scan of :meth:`.grammar.Grammar.triggers_in` finds most anchors at once: class
words as whole words, prefixes or suffixes, and digits. An anchor it did not find may still
stand inside a longer word ("em" in "seinem" for ``\\w*{event_noun}``): before a rule is
skipped, the missing class is looked for with the very expression the rule uses for it, and
a missing literal word in the sentence's lower-cased text (with the expression only when the
text is not ASCII, where case-insensitive matching and ``str.lower`` may differ). A rule is
skipped only when it cannot match.
"""

from __future__ import annotations

import re
from functools import cache

from tui.core.temporal.grammar import DIGIT, LITERAL, grammar
from tui.core.temporal.requirements import Requirement


@cache
def _anchor_regex(lang: str, anchor: str) -> re.Pattern[str]:
    if anchor.startswith(LITERAL):
        return re.compile(re.escape(anchor[len(LITERAL) :]), re.IGNORECASE)
    return re.compile(grammar(lang).class_regex[anchor], re.IGNORECASE)


class SentenceAnchors:
    """The anchors of ``text[start:end]``, given the triggers its token scan found."""

    def __init__(self, lang: str, text: str, start: int, end: int, found: set[str]) -> None:
        self.lang = lang
        self.text = text
        self.start = start
        self.end = end
        self.lowered = text[start:end].lower()
        self.found: dict[str, bool] = dict.fromkeys(found, True)

    def holds(self, anchor: str) -> bool:
        known = self.found.get(anchor)
        if known is None:
            known = self.found[anchor] = self._look_for(anchor)
        return known

    def _look_for(self, anchor: str) -> bool:
        if anchor == DIGIT:  # every digit is inside a token the scan saw
            return False
        if anchor.startswith(LITERAL):
            if anchor[len(LITERAL) :] in self.lowered:
                return True
            if self.lowered.isascii():
                return False
        regex = _anchor_regex(self.lang, anchor)
        return regex.search(self.text, self.start, self.end) is not None

    def meets(self, required: Requirement) -> bool:
        """Whether every clause of ``required`` has an anchor here."""
        return all(any(self.holds(anchor) for anchor in clause) for clause in required)
