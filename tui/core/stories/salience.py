"""How much a day matters to a corpus: the evidence each day gathers, and its score.

The signals are those of timeline summarisation: how many articles report an event on the
day, how many date it from their own words rather than from their publication date, how
many come back to it later, how many articles the day's largest story event has, and how
central the day's names are to the corpus. Their weights were chosen on the development
topics (benchmarks/tls_tune.py --days, leaving each topic out in turn) and name nothing of
them: the number of articles carries most and the largest story event adds a little;
central names, mentions in the articles' own words and later references did not help
there, and weigh nothing by default. How central the sentences chosen for a day are to the
whole corpus breaks the many near-ties of the days that a few articles report: a day told in
the story's own words is more often one of the journalists' days, and its sentences carry
more of their words, than a day of stray mentions (a schedule, an aside).

Days are picked greedily, and a pick lowers the days around it: the days after a big
event repeat it (follow-ups, the next day's papers), and a timeline wants its other days.
How much it lowers them shrinks with the share of the days the timeline keeps.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field

from tui.core.model import Event
from tui.core.stories.model import Stories

#: Anchors that mean the sentence dates itself (a date, a weekday, "yesterday").
TEXT_ANCHORS = frozenset({"explicit", "relative", "previous"})


@dataclass(frozen=True, slots=True)
class DayWeights:
    articles: float = 2.0
    mentions: float = 0.0
    later: float = 0.0
    story: float = 1.0
    names: float = 0.0
    #: Weight of the mean cosine of the day's chosen sentences to the corpus's centroid.
    central: float = 3.0
    #: A picked day lowers the score of the days this close by up to ``nearby``, less the
    #: farther they are.
    radius: int = 2
    nearby: float = 0.5


@dataclass(slots=True)
class DayEvidence:
    day: dt.date
    events: list[Event] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    #: Articles that date an event to the day in their own words.
    mentions: set[str] = field(default_factory=set)
    #: Articles published after the day that date an event to it.
    later: set[str] = field(default_factory=set)
    #: The most articles one story event of the day has.
    story: int = 0
    #: The share of the corpus's articles that name the day's names, summed over its
    #: three most central names.
    names: float = 0.0
    #: How central the sentences chosen for the day are to the corpus: their mean cosine
    #: to its centroid (set by the summary once it has chosen them).
    central: float = 0.0

    def score(self, weights: DayWeights) -> float:
        return (
            weights.articles * math.log1p(len(self.articles))
            + weights.mentions * math.log1p(len(self.mentions))
            + weights.later * math.log1p(len(self.later))
            + weights.story * math.log1p(self.story)
            + weights.names * self.names
            + weights.central * self.central
        )


def day_evidence(
    events: list[Event],
    published: dict[str, dt.date | None],
    stories: Stories | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> dict[dt.date, DayEvidence]:
    """The evidence of every day (day precision only) inside ``start``..``end``."""
    days: dict[dt.date, DayEvidence] = {}
    for event in events:
        if event.date.precision != "day":
            continue
        day = event.date.earliest
        if (start is not None and day < start) or (end is not None and day > end):
            continue
        evidence = days.get(day)
        if evidence is None:
            evidence = days[day] = DayEvidence(day)
        evidence.events.append(event)
        evidence.articles.add(event.document)
        if event.anchor in TEXT_ANCHORS:
            evidence.mentions.add(event.document)
        when = published.get(event.document)
        if when is not None and when > day:
            evidence.later.add(event.document)
    _add_stories(days, stories)
    _add_names(days, events, len(published))
    return days


def _add_stories(days: dict[dt.date, DayEvidence], stories: Stories | None) -> None:
    if stories is None:
        return
    sizes = {story.id: len(set(story.documents)) for story in stories.stories}
    for evidence in days.values():
        evidence.story = max(
            (sizes.get(stories.of_event.get(e.id, ""), 1) for e in evidence.events), default=0
        )


def _add_names(days: dict[dt.date, DayEvidence], events: list[Event], documents: int) -> None:
    # A name's centrality: the share of articles that name it in an event.
    named: dict[str, set[str]] = {}
    for event in events:
        for entity in event.entities:
            named.setdefault(entity, set()).add(event.document)
    share = {entity: len(docs) / max(documents, 1) for entity, docs in named.items()}
    for evidence in days.values():
        counts: Counter[str] = Counter()
        for event in evidence.events:
            counts.update(set(event.entities))
        central = sorted((share[e] for e in counts), reverse=True)[:3]
        evidence.names = sum(central)


def pick_days(
    days: dict[dt.date, DayEvidence], count: int, weights: DayWeights
) -> list[DayEvidence]:
    """The ``count`` most salient days, each pick lowering its neighbours (see above) the
    more, the more days are left out: asked for nearly every day of the corpus, a timeline
    holds neighbours anyway, and pushing them apart only trades a day for a weaker one."""
    scores = {day: evidence.score(weights) for day, evidence in days.items()}
    crowding = max(0.0, 1.0 - count / len(days)) if days else 0.0
    picked: list[DayEvidence] = []
    while scores and len(picked) < count:
        best = max(scores, key=lambda day: (scores[day], -day.toordinal()))
        del scores[best]
        picked.append(days[best])
        for offset in range(1, weights.radius + 1):
            lowered = crowding * weights.nearby * (weights.radius + 1 - offset) / weights.radius
            for near in (best - dt.timedelta(offset), best + dt.timedelta(offset)):
                if near in scores:
                    scores[near] -= lowered
    return picked
