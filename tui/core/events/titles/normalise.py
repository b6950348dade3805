"""A sentence as a title's raw text: on one line, without the dateline, lead-in, bullet,
enclosing quotation marks and full stop that a title does not show."""

from __future__ import annotations

import re

from tui.core.letters import LOWER
from tui.core.sentences import QUOTE_MARKS

_SPACES = re.compile(r"\s+")
_LEAD_IN = re.compile(r"^[^\W\d_]{1,12}:\s+")  # "Denn: ...", "Update: ..."
#: A news dateline: "BERLIN (dpa) - ", "Washington, 14. März (Reuters) – ", "PARIS – ": a
#: place, perhaps a date, an agency's short name in brackets, a dash.
_DATELINE = re.compile(
    r"^(?:[^\W\d_][\w.'’/-]*(?:[ ,]+[\w.'’/-]+){0,3}\s*\([^\W\d_][\w-]{1,9}\)"
    rf"|[^\W\d_{LOWER}]{{3,}}(?:[ ,]+[^\W\d_{LOWER}][\w.'’]*){{0,3}}"
    r"(?:\s*[-–—]{1,2}\s*\([^\W\d_][\w-]{1,9}\))?)\s*[-–—]{1,2}\s+"
)
#: Marks that may open a line but never a title: dashes, bullets.
_LEADING_MARKS = "–—-•·*▪ "


def single_spaced(text: str) -> str:
    """``text`` with every run of whitespace, line breaks too, as one space."""
    return _SPACES.sub(" ", text)


def normalise(sentence: str) -> str:
    text = single_spaced(sentence).strip()
    text = _LEAD_IN.sub("", _DATELINE.sub("", text))
    return _without_final_period(_strip_enclosing_quotes(text).lstrip(_LEADING_MARKS))


def _without_final_period(text: str) -> str:
    """The sentence's full stop goes, an abbreviation's stays ("at 2 p.m.", "Acme Inc.")."""
    text = text.rstrip(" ")
    last_word = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and "." in last_word[:-1]:
        return text
    return text.rstrip(" .")


def _strip_enclosing_quotes(text: str) -> str:
    if len(text) > 2 and text[0] in QUOTE_MARKS and text.count(text[0]) + text.count(text[-1]) <= 2:
        stripped = text.strip(QUOTE_MARKS + " ")
        return stripped or text
    return text
