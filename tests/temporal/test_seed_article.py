"""The seed article (issue 2's acceptance test depends on these readings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.core.temporal import tag

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_14dfed328db5f783.txt"


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    marker = re.match(r"\s*date \S+ ", text)
    ignored = ((0, marker.end()),) if marker else ()
    return text, tag(text, lang="de", dct="2024-12", ignored=ignored)


def _at(seed, phrase, occurrence=0):
    text, timexes = seed
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    hits = [t for t in timexes if t.start < start + len(phrase) and start < t.end]
    assert len(hits) == 1, f"{phrase!r}: {hits}"
    return hits[0]


def test_explicit_date(seed):
    timex = _at(seed, "6. Januar 2021")
    assert (timex.type, timex.value, timex.anchor) == ("DATE", "2021-01-06", "explicit")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("Wahl 2020", "2020"), ("Wahl 2024", "2024"), ("Präsidentschaftswahl 2024", "2024")],
)
def test_years_of_elections(seed, phrase, value):
    assert _at(seed, phrase).value == value


def test_vague_references(seed):
    assert (_at(seed, "kürzlich").type, _at(seed, "kürzlich").value) == ("DATE", "PAST_REF")
    coming = _at(seed, "kommenden Monaten")
    assert (coming.type, coming.value, coming.point) == ("DURATION", "PXM", "FUTURE_REF")
    following = _at(seed, "folgenden Jahren")
    assert (following.type, following.value) == ("DURATION", "PXY")


def test_damals_takes_the_previous_reference(seed):
    timex = _at(seed, "Damals")
    assert (timex.value, timex.anchor) == ("2021-01-06", "previous")


def test_no_function_word_and_no_amount_is_tagged(seed):
    text, timexes = seed
    words = {t.text.lower() for t in timexes}
    assert not words & {"die", "mit", "so", "420", "420 millionen"}
    assert all("Millionen" not in t.text for t in timexes)
    assert all(t.start >= text.index("•") for t in timexes)
