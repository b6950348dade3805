"""Tense clues around an expression decide past or future (no POS tagger)."""

from __future__ import annotations

import pytest

from tui.core.temporal.grammar import grammar
from tui.core.temporal.tense import tense_at

# (language, sentence with the expression in [brackets], expected: -1 past, 1 future, 0)
CASES = [
    ("en", "The bomb exploded on [Friday].", -1),
    ("en", "They will meet on [Friday].", 1),
    ("en", "Officials said [Friday] that it was over.", -1),
    ("en", "The talks were postponed until [Tuesday].", 1),
    ("en", "Members would be formally admitted at the summit in [April].", 1),
    ("en", "The summit takes place in [April].", 0),
    ("en", "He said the summit, which many observers see as crucial, is in [April].", 0),
    ("de", "Die Schule wurde am [Montag] eröffnet.", -1),
    ("de", "Die Schule wird am [Montag] eröffnet.", 1),
    ("de", "Seit [Montag] ist die Straße gesperrt.", -1),
    ("de", "Die Straße bleibt bis [Montag] gesperrt.", 1),
    ("de", "Das Fest ist am [Montag].", 0),
]


@pytest.mark.parametrize(("lang", "marked", "expected"), CASES)
def test_tense_around_an_expression(lang, marked, expected):
    at = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    assert tense_at(text, 0, len(text), at, grammar(lang).tense) == expected
