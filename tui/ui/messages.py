"""Messages the app's parts send each other (and that tests listen for).

Plain classes rather than dataclasses: making a dataclass costs about a millisecond at
import, and these are imported before the first frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    # The analysis package imports the whole pipeline, and the stories their language data:
    # not before the first frame.
    from tui.core.analysis.progress import ProgressReport
    from tui.core.curation import CurationSession
    from tui.core.documents import ReadResult
    from tui.core.model import Analysis, Event
    from tui.core.stories import Stories
    from tui.core.view.timeline import TimelineModel
    from tui.ui.screens.dates_first import Preview


class AnalysisProgress(Message):
    """How far the analysis worker is (documents done of total, per stage)."""

    def __init__(self, report: ProgressReport) -> None:
        super().__init__()
        self.report = report

    def can_replace(self, message: Message) -> bool:
        # Only the newest progress matters when the UI falls behind.
        return isinstance(message, AnalysisProgress)


class InputsRead(Message):
    """The inputs given are read (after the first frame): their documents and problems."""

    def __init__(self, result: ReadResult) -> None:
        super().__init__()
        self.result = result


class AnalysisPreviewed(Message):
    """The documents' dates are analysed, their names not yet: a preliminary timeline."""

    def __init__(self, analysis: Analysis, preview: Preview) -> None:
        super().__init__()
        self.analysis = analysis
        self.preview = preview


class AnalysisFinished(Message):
    def __init__(
        self, analysis: Analysis, model: TimelineModel, session: CurationSession | None = None
    ) -> None:
        super().__init__()
        self.analysis = analysis
        self.model = model
        #: The reader's curation of the analysis (``analysis`` is its curated analysis).
        self.session = session


class AnalysisFailed(Message):
    """A document (or, if ``fatal``, the whole analysis) failed."""

    def __init__(self, error: str, fatal: bool = False) -> None:
        super().__init__()
        self.error = error
        self.fatal = fatal


class EventHighlighted(Message):
    """The timeline's selection moved (``event`` is None when nothing is visible)."""

    def __init__(self, event: Event | None) -> None:
        super().__init__()
        self.event = event


class EventActivated(Message):
    """The user asked to see an event in its article."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event


class EntityToggled(Message):
    """The user toggled an entity in or out of the filter."""

    def __init__(self, entity_id: str) -> None:
        super().__init__()
        self.entity_id = entity_id


class FiltersChanged(Message):
    """The entity filter or the search changed what the timeline shows."""

    def __init__(self, model: TimelineModel) -> None:
        super().__init__()
        self.model = model


class TimeBarSelected(Message):
    """The user picked a bar of the time axis: select its first event (a position)."""

    def __init__(self, position: int) -> None:
        super().__init__()
        self.position = position


class StoriesBuilt(Message):
    """The story events of a corpus are ready (built off the UI thread), with their view."""

    def __init__(self, model: TimelineModel, stories: Stories, request: int = 0) -> None:
        super().__init__()
        self.model = model
        self.stories = stories
        #: Which request it answers (a later one makes it stale: see StoryViews).
        self.request = request
