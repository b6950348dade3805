"""A sentence compressed to an event's title of at most about ``TITLE_LIMIT`` characters
that keeps its subject and main verb."""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.events.titles.clues import title_clues
from tui.core.events.titles.cut import MIN_TITLE, cut
from tui.core.events.titles.dropping import drop_appositions, drop_subordinate_clauses
from tui.core.events.titles.fronted import drop_fronted
from tui.core.events.titles.normalise import normalise, single_spaced
from tui.core.events.titles.tokens import lower_words
from tui.core.events.titles.verbs import verb_spans, verb_words

TITLE_LIMIT = 80
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")


def compress(sentence: str, lang: str, limit: int = TITLE_LIMIT, keep: str = "") -> str:
    """``sentence`` as a title of at most about ``limit`` characters that keeps its subject
    and main verb; a side clause that contains ``keep`` (the expression the event is dated
    by) is not dropped.

    Parentheticals, side clauses, appositions and a fronted phrase go first, each only while
    the title is too long and only if the main verb stays; what is still too long is cut at
    a word boundary, in the middle ("hat … die Prognose gesenkt") when the verb's end would
    be lost, with "…" at the cut."""
    text = normalise(sentence)
    if len(text) <= limit:
        return text
    clues = title_clues(lang)
    verbs = verb_words(text, clues)
    keep = single_spaced(keep)
    steps: tuple[Callable[[str], str], ...] = (
        lambda t: _PARENTHETICAL.sub("", t),
        lambda t: drop_subordinate_clauses(t, lang, keep),
        lambda t: drop_appositions(t, clues, keep),
        lambda t: drop_fronted(t, clues, keep),
        # A fronted part that holds the date goes last: the event shows its date anyway.
        lambda t: drop_fronted(t, clues),
    )
    for step in steps:
        shorter = step(text)
        if len(shorter) >= MIN_TITLE and verbs <= lower_words(shorter):
            text = shorter
        if len(text) <= limit:
            return text
    return cut(text, verb_spans(text, clues), limit, clues)
