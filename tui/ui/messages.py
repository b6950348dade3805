"""Messages the app's parts send each other (and that tests listen for)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from tui.core.model import Analysis, Event
from tui.core.view.timeline import TimelineModel

if TYPE_CHECKING:
    # The analysis package imports the whole pipeline, and the stories their language data:
    # not before the first frame.
    from tui.core.analysis.progress import ProgressReport
    from tui.core.curation import CurationSession
    from tui.core.stories import Corpus, Stories


@dataclass
class AnalysisProgress(Message):
    """How far the analysis worker is (documents done of total, per stage)."""

    report: ProgressReport

    def can_replace(self, message: Message) -> bool:
        # Only the newest progress matters when the UI falls behind.
        return isinstance(message, AnalysisProgress)


@dataclass
class AnalysisFinished(Message):
    analysis: Analysis
    model: TimelineModel
    #: The reader's curation of the analysis (``analysis`` is its curated analysis).
    session: CurationSession | None = None


@dataclass
class AnalysisFailed(Message):
    """A document (or, if ``fatal``, the whole analysis) failed."""

    error: str
    fatal: bool = False


@dataclass
class EventHighlighted(Message):
    """The timeline's selection moved (``event`` is None when nothing is visible)."""

    event: Event | None


@dataclass
class EventActivated(Message):
    """The user asked to see an event in its article."""

    event: Event


@dataclass
class EntityToggled(Message):
    """The user toggled an entity in or out of the filter."""

    entity_id: str


@dataclass
class FiltersChanged(Message):
    """The entity filter or the search changed what the timeline shows."""

    model: TimelineModel


@dataclass
class TimeBarSelected(Message):
    """The user picked a bar of the time axis: select its first event (a position)."""

    position: int


@dataclass
class StoriesBuilt(Message):
    """The story events of a corpus are ready (built off the UI thread), with their view."""

    model: TimelineModel
    stories: Stories
    corpus: Corpus
    #: Which request it answers (a later one makes it stale: see StoryViews).
    request: int = 0
