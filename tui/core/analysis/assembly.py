"""From the per-document results to the timeline's model: names merged across documents,
then each document's events, in time order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tui.core.analysis.options import AnalysisOptions
from tui.core.analysis.per_document import DocumentResult
from tui.core.entities import merge_names, model_problem
from tui.core.events import build_events
from tui.core.language import language_name, supported_languages
from tui.core.model import (
    Analysis,
    Document,
    DocumentAnalysis,
    DocumentFailure,
    Event,
    Mention,
    Timex,
)
from tui.core.spans import SpanSet


def assemble(
    documents: Sequence[Document],
    results: Sequence[DocumentResult | Exception],
    options: AnalysisOptions,
    *,
    progress: Callable[[int], None] | None = None,
) -> Analysis:
    """The analysis of ``documents`` from their results (an exception: that document
    failed). ``progress(n)``: the events of ``n`` documents are built."""
    analysis = Analysis()
    kept: list[tuple[Document, DocumentResult]] = []
    for document, result in zip(documents, results, strict=True):
        if isinstance(result, Exception):
            analysis.failures.append(DocumentFailure(document, result))
        else:
            kept.append((document, result))
    analysis.warnings.extend(_language_warnings(kept))
    # A document whose events fail is left out, and the names are merged again without it:
    # its mentions must not count.
    while failed := _names_and_events(analysis, kept, options, progress):
        analysis.failures.extend(failed)
        left_out = {id(failure.document) for failure in failed}
        kept = [(d, r) for d, r in kept if id(d) not in left_out]
    return analysis


def _names_and_events(
    analysis: Analysis,
    kept: list[tuple[Document, DocumentResult]],
    options: AnalysisOptions,
    progress: Callable[[int], None] | None,
) -> list[DocumentFailure]:
    mentions, entities = merge_names([(result.lang, result.names) for _, result in kept])
    items: list[DocumentAnalysis] = []
    events: list[Event] = []
    failed: list[DocumentFailure] = []
    for done, ((document, result), doc_mentions) in enumerate(
        zip(kept, mentions, strict=True), start=1
    ):
        item = DocumentAnalysis(
            document=document,
            lang=result.lang,
            sentences=result.sentences,
            paragraphs=result.paragraphs,
            timexes=_outside_person_names(result.timexes, doc_mentions),
            mentions=doc_mentions,
        )
        try:
            events.extend(build_events(item, genre=options.genre))
        except Exception as error:  # this document's failure, reported by its name
            failed.append(DocumentFailure(document, error))
        items.append(item)
        if progress is not None:
            progress(done)
    if failed:
        return failed
    order = {item.document.id: index for index, item in enumerate(items)}
    events.sort(key=lambda e: (*e.date.sort_key, order[e.document], e.start))
    analysis.documents, analysis.entities, analysis.events = items, entities, events
    return []


def _outside_person_names(timexes: list[Timex], mentions: list[Mention]) -> list[Timex]:
    """A person's name is no date: "Heinrich Sommer", "Frau Winter"."""
    people = SpanSet((m.start, m.end) for m in mentions if m.label == "PER")
    return [t for t in timexes if not people.contains(t.start, t.end)]


def _language_warnings(kept: Sequence[tuple[Document, DocumentResult]]) -> list[str]:
    """A line per document in an unsupported language, and one per language without names."""
    warnings = []
    supported = supported_languages()
    for document, result in kept:
        if result.lang not in supported:
            names = ", ".join(language_name(code) for code in supported)
            warnings.append(
                f"{document.origin or document.id}: language {language_name(result.lang)!r} is"
                f" not supported ({names} are); only language-independent dates are found"
            )
    for lang in dict.fromkeys(result.lang for _, result in kept):
        if problem := model_problem(lang):
            warnings.append(problem)
    return warnings
