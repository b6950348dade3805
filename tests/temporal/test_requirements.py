"""A rule's required anchors, read from its pattern, and the sentences that hold them."""

from __future__ import annotations

import pytest

from tui.core.temporal.anchors import SentenceAnchors
from tui.core.temporal.grammar import DIGIT, grammar
from tui.core.temporal.requirements import Requirement, requirement

CLASSES = {"month", "unit", "number"}
FRAGMENTS = {"count": r"(?:\d+|{number})", "maybe": "{month}?"}


def _placeholder(name: str) -> Requirement:
    if name in CLASSES:
        return frozenset({frozenset({name})})
    return _read(FRAGMENTS[name])


def _read(pattern: str) -> Requirement:
    return requirement(pattern, _placeholder, digit=DIGIT, literal="=")


def _clauses(pattern: str) -> list[list[str]]:
    return sorted(sorted(clause) for clause in _read(pattern))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("{count} {unit}", [[DIGIT, "number"], ["unit"]]),
        ("vor {count} {unit}", [[DIGIT, "number"], ["unit"]]),  # "vor": too short a word
        ("seit {count} Jahren", [["=jahren"], ["=seit"], [DIGIT, "number"]]),
        ("jahre? {month}", [["=jahr"], ["month"]]),  # "e?" is not part of the word
        ("(?:{month} )?[12][0-9]{3}", [[DIGIT]]),
        ("{maybe} {unit}", [["unit"]]),
        ("{month}|{unit} [0-9]", [["month", "unit"], [DIGIT, "month"]]),
        ("(?<=seit ){month}(?= damals)", [["month"]]),  # lookarounds need nothing
        ("(?P<t>{month}){1,2} (?:heute)*", [["month"]]),
        (r"(?-i:Mai)\x20{unit}", [["unit"]]),
        ("[A-Z]{2}", []),
    ],
)
def test_required_anchors(pattern: str, expected: list[list[str]]) -> None:
    assert _clauses(pattern) == sorted(sorted(clause) for clause in expected)


def test_a_class_word_inside_a_longer_word_is_found() -> None:
    """The token scan sees "em" in "seinem" neither as a word nor as an affix: looked for
    as text, it is there, so a rule that needs the class still runs."""
    text = "Seit seinem 1994 erschienenen Buch"
    g = grammar("de")
    found = g.triggers_in(text, 0, len(text))
    assert "event_noun" not in found
    anchors = SentenceAnchors("de", text, 0, len(text), found)
    assert anchors.holds("event_noun")
    assert not anchors.holds("month")
    assert anchors.holds("=seit") and not anchors.holds("=jahren")


def test_a_letter_that_lower_cases_apart_counts_every_anchor_present() -> None:
    text = "Seit dem ſommer"  # long s: "(?i)s" matches it, "ſ".lower() is not "s"
    anchors = SentenceAnchors("de", text, 0, len(text), set())
    assert anchors.holds("season") and anchors.holds("=jahren")
