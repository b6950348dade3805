"""Which events an export holds: the one place where the reader's curation filters them.

Hidden events are left out unless asked for; "starred only" keeps the starred ones. The
filter reads only :attr:`Analysis.marks`, so an analysis as the analyser made it (no marks)
is exported whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from tui.core.model import Analysis, DocumentEvents, Event, EventMark


@dataclass(frozen=True, slots=True)
class ExportOptions:
    include_hidden: bool = False
    starred_only: bool = False
    #: TimelineJS: the name (or an alias) of the entity whose events form a group of their
    #: own; None groups events by article.
    group_entity: str | None = None


def exported(event: Event, marks: Mapping[str, EventMark], options: ExportOptions) -> bool:
    mark = marks.get(event.id)
    if mark is None:
        return not options.starred_only
    if mark.hidden and not options.include_hidden:
        return False
    return mark.starred or not options.starred_only


def selected(analysis: Analysis, options: ExportOptions) -> Analysis:
    """``analysis`` with only the events to export (the same documents, entities, marks)."""
    events = [e for e in analysis.events if exported(e, analysis.marks, options)]
    return dataclasses.replace(analysis, events=events)


def selected_parts(
    parts: Iterable[DocumentEvents], marks: Mapping[str, EventMark], options: ExportOptions
) -> Iterator[DocumentEvents]:
    """Each document of ``parts`` with only its events to export, as they come."""
    for part in parts:
        events = [e for e in part.events if exported(e, marks, options)]
        yield DocumentEvents(part.item, events)
