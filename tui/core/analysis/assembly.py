"""From the per-document results to the timeline's model: names merged across documents,
then each document's events, in time order.

Two shapes of the same steps: :func:`assemble` builds the whole :class:`Analysis` (the
explorer, JSON); :func:`assemble_stream` gives one document at a time, so that a corpus is
written as it goes and its events are never all in memory (JSON Lines, CSV).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from tui.core.analysis.options import AnalysisOptions
from tui.core.analysis.per_document import DocumentResult
from tui.core.analysis.runners import Runner, SerialRunner
from tui.core.entities import merge_names, model_problem
from tui.core.entities.candidates import Candidate
from tui.core.events import build_events
from tui.core.language import language_name, supported_languages
from tui.core.model import (
    Analysis,
    Document,
    DocumentAnalysis,
    DocumentEvents,
    DocumentFailure,
    Entity,
    Event,
    Mention,
    Timex,
)
from tui.core.spans import SpanSet

#: A document's language and name candidates: all that merging names needs of it.
Names = tuple[str, list[Candidate]]


class EventsCache(Protocol):
    """Where built events are kept (the analysis store), by the document, its per-document
    result's key and its merged names."""

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


@dataclass(frozen=True, slots=True)
class Cached:
    """Events kept in ``cache``; ``keys[i]`` is the i-th document's result key."""

    cache: EventsCache
    keys: Sequence[str]


def assemble(
    documents: Sequence[Document],
    results: Sequence[DocumentResult | Exception],
    options: AnalysisOptions,
    *,
    runner: Runner | None = None,
    cached: Cached | None = None,
    progress: Callable[[int], None] | None = None,
) -> Analysis:
    """The analysis of ``documents`` from their results (an exception: that document
    failed). ``progress(n)``: the events of ``n`` documents are built."""
    analysis = Analysis()
    kept: list[tuple[int, DocumentResult]] = []
    for index, (document, result) in enumerate(zip(documents, results, strict=True)):
        if isinstance(result, Exception):
            analysis.failures.append(DocumentFailure(document, result))
        else:
            kept.append((index, result))
    analysis.warnings.extend(language_warnings([(documents[i], r.lang) for i, r in kept]))
    analysis.warnings.extend(dict.fromkeys(r.problem for _, r in kept if r.problem is not None))
    # A document whose events fail is left out, and the names are merged again without it:
    # its mentions must not count.
    run = _Run(options, runner or SerialRunner(), cached)
    while failed := _names_and_events(analysis, documents, kept, run, progress):
        analysis.failures.extend(failed)
        left_out = {id(failure.document) for failure in failed}
        kept = [(i, r) for i, r in kept if id(documents[i]) not in left_out]
    return analysis


def _names_and_events(
    analysis: Analysis,
    documents: Sequence[Document],
    kept: list[tuple[int, DocumentResult]],
    run: _Run,
    progress: Callable[[int], None] | None,
) -> list[DocumentFailure]:
    mentions, entities = merge_names([(result.lang, result.names) for _, result in kept])
    items = (
        (index, document_analysis(documents[index], result, doc_mentions))
        for (index, result), doc_mentions in zip(kept, mentions, strict=True)
    )
    done_items: list[DocumentAnalysis] = []
    events: list[Event] = []
    failed: list[DocumentFailure] = []
    for done, (_, item, built) in enumerate(run.events_in_order(items), start=1):
        if isinstance(built, Exception):  # this document's failure, reported by its name
            failed.append(DocumentFailure(item.document, built))
        else:
            done_items.append(item)
            events.extend(built)
        if progress is not None:
            progress(done)
    if failed:
        return failed
    order = {item.document.id: index for index, item in enumerate(done_items)}
    events.sort(key=lambda e: (*e.date.sort_key, order[e.document], e.start))
    analysis.documents, analysis.entities, analysis.events = done_items, entities, events
    return []


def assemble_stream(
    documents: Sequence[Document],
    names: Sequence[Names | None],
    result_of: Callable[[int], DocumentResult],
    options: AnalysisOptions,
    failures: list[DocumentFailure],
    *,
    runner: Runner | None = None,
    cached: Cached | None = None,
) -> tuple[list[Entity], Iterator[DocumentEvents]]:
    """The merged entities, and each document with its events, built as they are asked for.

    ``names[i]`` is None for a document that failed before; ``result_of(i)`` gives a
    document's result when its events are built. A document whose events fail is added to
    ``failures`` and left out (its mentions still count in the entities, which are final
    before the first document is given out).
    """
    indexes = [i for i, found in enumerate(names) if found is not None]
    mentions, entities = merge_names([found for found in names if found is not None])
    run = _Run(options, runner or SerialRunner(), cached)

    def parts() -> Iterator[DocumentEvents]:
        items = (
            (index, document_analysis(documents[index], result_of(index), doc_mentions))
            for index, doc_mentions in zip(indexes, mentions, strict=True)
        )
        for _, item, built in run.events_in_order(items):
            if isinstance(built, Exception):  # this document's failure, reported by its name
                failures.append(DocumentFailure(item.document, built))
            else:
                yield DocumentEvents(item, built)

    return entities, parts()


def document_analysis(
    document: Document, result: DocumentResult, mentions: list[Mention]
) -> DocumentAnalysis:
    """One document's analysis, with its names as merged across the corpus."""
    return DocumentAnalysis(
        document=document,
        lang=result.lang,
        sentences=result.sentences,
        paragraphs=result.paragraphs,
        timexes=_outside_person_names(result.timexes, mentions),
        mentions=mentions,
    )


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
class _Run:
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


def _outside_person_names(timexes: list[Timex], mentions: list[Mention]) -> list[Timex]:
    """A person's name is no date: "Heinrich Sommer", "Frau Winter"."""
    people = SpanSet((m.start, m.end) for m in mentions if m.label == "PER")
    return [t for t in timexes if not people.contains(t.start, t.end)]


def language_warnings(documents: Sequence[tuple[Document, str]]) -> list[str]:
    """A line per document in an unsupported language, and one per language without names."""
    warnings = []
    supported = supported_languages()
    for document, lang in documents:
        if lang not in supported:
            names = ", ".join(language_name(code) for code in supported)
            warnings.append(
                f"{document.origin or document.id}: language {language_name(lang)!r} is"
                f" not supported ({names} are); only language-independent dates are found"
            )
    for lang in dict.fromkeys(lang for _, lang in documents):
        if problem := model_problem(lang):
            warnings.append(problem)
    return warnings
