"""The pipeline survives hostile and odd text: no crash, offsets always point into the text."""

from __future__ import annotations

import random

import pytest

from tui.core.analysis import analyse
from tui.core.model import Document

FRAGMENTS = [
    "am",
    "6.",
    "Januar",
    "2021",
    "bis",
    "–",
    "-",
    "/",
    "Uhr",
    "14:30",
    "vor",
    "zwei",
    "Jahren",
    "the",
    "last",
    "week",
    "Friday",
    "night",
    "1850/51",
    "Q3",
    "H2",
    "1990s",
    "20er",
    "Jahre",
    "[bold]",
    "[/]",
    "\x1b[31m",
    "•",
    "\n",
    "\n\n",
    ".",
    "!",
    "?",
    "„",
    "“",
    '"',
    "(",
    ")",
    "Zuckerberg",
    "Meta-CEO",
    "US-Regierung",
    "9/11",
    "31.02.2021",
    "2021-13-45",
    "0000",
    "9999",
    "P2Y",
    "XXXX",
    "z. B.",
    "Dr.",
    "U.S.",
    "seit",
    "damals",
    "daraufhin",
    "\t",
    "\ufeff",
    "🙂",
    "ß",
    "İ",
    "\u200b",
    "\r\n",
    "date 2024-12 •",
    "Redaktion",
    "kürzlich",
    "morgen",
]


@pytest.mark.parametrize("seed", range(40))
def test_random_fragments_never_break_the_pipeline(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 120)))
    lang = rng.choice(["de", "en", "auto"])
    dct = rng.choice([None, "2024", "2024-12", "2024-12-05"])
    analysis = analyse([Document(id="x", text=text, dct=dct)], lang=lang)
    (doc,) = analysis.documents
    for timex in doc.timexes:
        assert text[timex.start : timex.end] == timex.text
    for mention in doc.mentions:
        assert text[mention.start : mention.end] == mention.text
    for event in analysis.events:
        assert text[event.start : event.end] == event.text
        assert event.date.earliest <= event.date.latest
    starts = [t.start for t in doc.timexes]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(doc.timexes, doc.timexes[1:], strict=False))


def test_a_sentence_with_thousands_of_dates_gives_all_its_events() -> None:
    """Each date is an event of the one sentence: its title is made from a bounded start of
    the sentence, and all its events share one copy of the sentence's text (issue 16); this
    was quadratic (growth measured by benchmarks/fuzz_inputs.py)."""

    dates = ", ".join(f"am {d % 28 + 1}. Mai {2000 + d % 20}" for d in range(1_500))
    text = f"Er kam {dates}."
    analysis = analyse([Document(id="x", text=text, dct="2024-12-05")], lang="de")
    assert len(analysis.events) == 1_500
    assert all(event.text is analysis.events[0].text for event in analysis.events)
    assert all(len(event.title) <= 100 for event in analysis.events)
