"""A day told in the story's own words outranks a day that as many articles mention in
passing: how central a day's sentences are to the corpus is part of its score."""

from __future__ import annotations

import datetime as dt
from functools import cache

from tui.core.analysis import analyse
from tui.core.model import Analysis, Document
from tui.core.stories import DayWeights, summarise

ASIDE = dt.date(2024, 4, 1)
FLOOD_DAYS = [dt.date(2024, 4, 9), dt.date(2024, 4, 16)]


def _article(id: str, dct: str, text: str) -> Document:
    return Document(id=id, dct=dct, title=id, text=text)


@cache
def _flood_and_an_aside() -> Analysis:
    """Two days of a flood, each reported by two articles, and the day before them, that two
    articles of the same corpus mention for a concert: as many articles, as large a story
    event, and the earliest day, which wins a tie."""
    flood = [
        ("2024-04-09", "the river Elbe flooded the old town of Dresden and rescue teams "
         "evacuated the homes along its banks"),
        ("2024-04-16", "the river Elbe flooded Dresden again and rescue teams evacuated the "
         "homes of the old town along its banks"),
    ]  # fmt: skip
    documents = []
    for index, (day, what) in enumerate(flood):
        for copy in range(2):
            text = (
                f"On {day}, {what}.\n"
                "The flood of the Elbe left the old town of Dresden under water.\n"
            )
            documents.append(_article(f"flood-{index}-{copy}", day, text))
    aside = (
        "On 1 April 2024, a choir from Leipzig sang cantatas by Bach in a church concert "
        "for the Easter holidays.\n"
    )
    documents += [_article(f"aside-{copy}", "2024-04-01", aside) for copy in range(2)]
    return analyse(documents, lang="en")


def _days(weights: DayWeights | None = None) -> list[dt.date]:
    summary = summarise(_flood_and_an_aside(), dates=2, sentences=1, weights=weights)
    return [key.date for key in summary.dates]


def test_the_day_of_the_story_outranks_an_aside_as_widely_reported() -> None:
    assert _days() == FLOOD_DAYS


def test_without_the_weight_of_centrality_the_aside_wins_the_tie() -> None:
    # The corpus really ties the two: only how central the days' sentences are parts them.
    assert _days(DayWeights(central=0.0)) == [ASIDE, FLOOD_DAYS[0]]


def test_each_day_knows_how_central_its_sentences_are() -> None:
    summary = summarise(_flood_and_an_aside(), dates=3, sentences=1)
    scores = {key.date: key.score for key in summary.dates}
    assert scores[FLOOD_DAYS[0]] > scores[ASIDE]
    assert scores[FLOOD_DAYS[1]] > scores[ASIDE]
