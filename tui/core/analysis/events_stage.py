"""Events for a run of documents, in their order: kept ones from the analysis store, the
others built on the runner a batch at a time (in worker processes, or on a cluster)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from tui.core.analysis.corpus_codec import KeptCorpus
from tui.core.analysis.names_codec import MergedNames
from tui.core.analysis.options import AnalysisOptions
from tui.core.analysis.runners import Runner
from tui.core.model import Document, DocumentAnalysis, Event, Mention


class EventsCache(Protocol):
    """Where built events are kept (the analysis store), by the document, its per-document
    result's key and its merged names; and a corpus's merged names and its whole analysis
    (all its events among it), by its documents (and their result keys)."""

    def merged_names(self, document_keys: Sequence[str]) -> MergedNames | None: ...

    def keep_merged_names(self, document_keys: Sequence[str], merged: MergedNames) -> None: ...

    def events_for(
        self, document: Document, document_key: str, mentions: Sequence[Mention]
    ) -> list[Event] | None: ...

    def keep_events(
        self,
        document: Document,
        document_key: str,
        mentions: Sequence[Mention],
        events: list[Event],
    ) -> None: ...

    def corpus_analysis(
        self, documents: Sequence[Document], document_keys: Sequence[str]
    ) -> KeptCorpus | None: ...

    def keep_corpus_analysis(
        self, documents: Sequence[Document], document_keys: Sequence[str], corpus: KeptCorpus
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class Cached:
    """Events kept in ``cache``; ``keys[i]`` is the i-th document's result key."""

    cache: EventsCache
    keys: Sequence[str]


def build_events(item: DocumentAnalysis, *, genre: str) -> list[Event]:
    """:func:`tui.core.events.build_events`, imported at the first call: a corpus whose
    events are all kept never loads the events engine (a quarter of a second)."""
    from tui.core.events import build_events as build

    return build(item, genre=genre)


def events_batch(items: Sequence[DocumentAnalysis], genre: str) -> list[list[Event] | Exception]:
    """Each document's events in time order, or the error it failed with (a module-level
    function, so that worker processes can be sent it)."""
    out: list[list[Event] | Exception] = []
    for item in items:
        try:
            events = build_events(item, genre=genre)
        except Exception as error:  # this document's failure, reported by its name
            out.append(error)
            continue
        events.sort(key=lambda e: (*e.date.sort_key, e.start))
        out.append(events)
    return out


#: Documents whose events are built in one batch (a worker's share at a time).
EVENTS_BATCH = 32

#: [index, item, its events or error, or None while they are being built]
_Slot = list[Any]


@dataclass(frozen=True, slots=True)
class EventsRun:
    """How events are built: the options, where (``runner``), and where they are kept."""

    options: AnalysisOptions
    runner: Runner
    cached: Cached | None

    def events_in_order(
        self, items: Iterable[tuple[int, DocumentAnalysis]]
    ) -> Iterator[tuple[int, DocumentAnalysis, list[Event] | Exception]]:
        """(index, item, its events or error) for each of ``items``, in their order: kept
        events where there are, the others built on the runner, a batch at a time. Only a
        few batches are ever ahead of the one given out."""
        queue: deque[_Slot] = deque()
        to_build: dict[int, list[_Slot]] = {}

        def batches() -> Iterator[list[DocumentAnalysis]]:
            for number, chunk in enumerate(_chunks(items, EVENTS_BATCH)):
                slots = [[index, item, self._kept(index, item)] for index, item in chunk]
                queue.extend(slots)
                to_build[number] = [slot for slot in slots if slot[2] is None]
                yield [slot[1] for slot in to_build[number]]

        finished = self.runner.run(partial(events_batch, genre=self.options.genre), batches())
        while True:
            while not queue or queue[0][2] is None:
                number, built = next(finished, (None, None))
                if number is None:
                    break
                self._fill(to_build.pop(number), built)
            if not queue:
                return
            index, item, events = queue.popleft()
            assert events is not None, "every batch comes back"
            yield index, item, events

    def _kept(self, index: int, item: DocumentAnalysis) -> list[Event] | None:
        if self.cached is None:
            return None
        key = self.cached.keys[index]
        return self.cached.cache.events_for(item.document, key, item.mentions)

    def _fill(self, slots: list[_Slot], built: list[list[Event] | Exception] | None) -> None:
        assert built is not None
        for slot, events in zip(slots, built, strict=True):
            slot[2] = events
            if self.cached is not None and not isinstance(events, Exception):
                key = self.cached.keys[slot[0]]
                self.cached.cache.keep_events(slot[1].document, key, slot[1].mentions, events)


def _chunks(
    items: Iterable[tuple[int, DocumentAnalysis]], size: int
) -> Iterator[list[tuple[int, DocumentAnalysis]]]:
    chunk: list[tuple[int, DocumentAnalysis]] = []
    for entry in items:
        chunk.append(entry)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
