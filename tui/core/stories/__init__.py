"""The story across articles: events of different articles that report the same happening
merged into story events (:func:`build_stories`), and a corpus's key dates, each with the
sentences that say what happened (:func:`summarise`).

Everything here works on a finished :class:`~tui.core.model.Analysis` (the analysis store
makes that instant for a corpus seen before); language knowledge comes from
``resources/<lang>/stories.toml``.
"""

from __future__ import annotations

from tui.core.stories.building import build_stories
from tui.core.stories.corpus import Corpus, corpus_of
from tui.core.stories.merging import MergeRule
from tui.core.stories.model import KeyDate, KeySentence, Stories, StoryEvent, Summary
from tui.core.stories.salience import DayWeights
from tui.core.stories.selection import SelectionRule
from tui.core.stories.summary import DEFAULT_SENTENCES, default_dates, summarise

__all__ = [
    "DEFAULT_SENTENCES",
    "Corpus",
    "DayWeights",
    "KeyDate",
    "KeySentence",
    "MergeRule",
    "SelectionRule",
    "Stories",
    "StoryEvent",
    "Summary",
    "build_stories",
    "corpus_of",
    "default_dates",
    "summarise",
]
