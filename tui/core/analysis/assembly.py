"""From the per-document results to the timeline's model: names merged across documents,
then each document's events, in time order.

Two shapes of the same steps: :func:`assemble` builds the whole :class:`Analysis` (the
explorer, JSON); :func:`assemble_stream` gives one document at a time, so that a corpus is
written as it goes and its events are never all in memory (JSON Lines, CSV).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from tui.core.analysis.corpus_codec import KeptCorpus
from tui.core.analysis.events_stage import Cached, EventsRun
from tui.core.analysis.names_codec import MergedNames
from tui.core.analysis.options import AnalysisOptions
from tui.core.analysis.runners import Runner, SerialRunner
from tui.core.entities import merge_names, model_problem
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

if TYPE_CHECKING:
    # Not imported to run: an analysis read back whole from the store needs neither the
    # per-document analysis nor the names' candidates.
    from tui.core.analysis.per_document import DocumentResult
    from tui.core.entities.candidates import Candidate

#: A document's language and name candidates: all that merging names needs of it.
Names = tuple[str, list["Candidate"]]


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
    run = EventsRun(options, runner or SerialRunner(), cached)
    while failed := _names_and_events(analysis, documents, kept, run, progress):
        analysis.failures.extend(failed)
        left_out = {id(failure.document) for failure in failed}
        kept = [(i, r) for i, r in kept if id(documents[i]) not in left_out]
    return analysis


def _names_and_events(
    analysis: Analysis,
    documents: Sequence[Document],
    kept: list[tuple[int, DocumentResult]],
    run: EventsRun,
    progress: Callable[[int], None] | None,
) -> list[DocumentFailure]:
    indexes = [index for index, _ in kept]
    corpus = [documents[index] for index in indexes]
    corpus_keys = [run.cached.keys[index] for index in indexes] if run.cached else []
    found = run.cached.cache.corpus_analysis(corpus, corpus_keys) if run.cached else None
    if found is not None:
        if progress is not None:
            progress(len(corpus))
        analysis.documents, analysis.entities, analysis.events = (
            found.items,
            found.entities,
            found.events,
        )
        return []
    mentions, entities = merged_names(
        indexes, [(result.lang, result.names) for _, result in kept], run
    )
    items = [
        (index, document_analysis(documents[index], result, doc_mentions))
        for (index, result), doc_mentions in zip(kept, mentions, strict=True)
    ]
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
    if run.cached:
        run.cached.cache.keep_corpus_analysis(
            corpus, corpus_keys, KeptCorpus(done_items, entities, events)
        )
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
    run = EventsRun(options, runner or SerialRunner(), cached)
    mentions, entities = merged_names(indexes, [found for found in names if found is not None], run)

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


def merged_names(indexes: Sequence[int], names: Sequence[Names], run: EventsRun) -> MergedNames:
    """The names of the documents at ``indexes`` merged (:func:`merge_names`), or as kept
    from the last time the same documents were merged."""
    cached = run.cached
    if cached is None:
        return merge_names(names)
    keys = [cached.keys[index] for index in indexes]
    kept = cached.cache.merged_names(keys)
    if kept is None:
        kept = merge_names(names)
        cached.cache.keep_merged_names(keys, kept)
    return kept


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
