"""The analysis pipeline: documents in, the timeline's model (``Analysis``) out.

Per document: language, sentences, temporal expressions; then named entities for all
documents at once (so that entities merge across documents); then events, sorted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from tui.core import entities as entity_recognition
from tui.core import temporal
from tui.core.events import build_events
from tui.core.language import detect, language_name, supported_languages
from tui.core.model import (
    Analysis,
    Document,
    DocumentAnalysis,
    DocumentFailure,
    Event,
    Mention,
    Timex,
)
from tui.core.sentences import paragraphs, sentences
from tui.core.spans import SpanSet

GENRES = ("news", "narrative")
#: ``progress(done, total, stage)``: ``done`` of ``total`` documents have finished ``stage``.
Progress = Callable[[int, int, str], None]


def analyse(
    documents: Sequence[Document],
    *,
    lang: str = "auto",
    genre: str = "news",
    dct: str | None = None,
    progress: Progress | None = None,
) -> Analysis:
    """Analyse ``documents``; ``lang`` overrides detection, ``dct`` fills missing dates."""
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}: expected one of {', '.join(GENRES)}")
    analysis = Analysis()
    report = progress or (lambda done, total, stage: None)
    total = len(documents)
    for done, document in enumerate(documents, start=1):
        if dct and not document.dct:
            document = replace(document, dct=dct)
        try:
            analysis.documents.append(_dates(document, lang, genre, analysis.warnings))
        except Exception as error:  # this document's failure, reported by its name
            analysis.failures.append(DocumentFailure(document, error))
        report(done, total, "dates")
    found_dates = {id(item): item.timexes for item in analysis.documents}
    # Entities merge across documents: a document that fails there or in its events is left
    # out, and the others are analysed again without it.
    while failed := _entities_and_events(analysis, genre, lambda n: report(n, total, "entities")):
        analysis.failures.extend(failed)
        left_out = {id(failure.document) for failure in failed}
        analysis.documents = [d for d in analysis.documents if id(d.document) not in left_out]
        for item in analysis.documents:
            item.timexes = found_dates[id(item)]
    report(total, total, "events")
    return analysis


def _dates(document: Document, lang: str, genre: str, warnings: list[str]) -> DocumentAnalysis:
    """Language, sentences and temporal expressions of one document."""
    doc_lang = _language(document, lang, warnings)
    doc_sentences = sentences(document.text, doc_lang, document.ignored)
    timexes = temporal.tag(
        document.text,
        lang=doc_lang,
        dct=document.dct,
        genre=genre,
        sentences=doc_sentences,
        ignored=document.ignored,
    )
    return DocumentAnalysis(
        document=document,
        lang=doc_lang,
        sentences=doc_sentences,
        paragraphs=paragraphs(document.text, document.ignored),
        timexes=timexes,
    )


def _entity_input(item: DocumentAnalysis) -> entity_recognition.EntityInput:
    return entity_recognition.EntityInput(
        doc_id=item.document.id,
        text=item.document.text,
        lang=item.lang,
        sentences=item.sentences,
        ignored=item.document.ignored,
    )


def _entities_and_events(
    analysis: Analysis, genre: str, progress: Callable[[int], None]
) -> list[DocumentFailure]:
    """Entities over all documents, then each one's events; the documents that fail, if any
    (then ``analysis`` has no entities and events yet)."""
    items = analysis.documents
    warnings: list[str] = []
    try:
        mentions, entities = entity_recognition.recognise(
            [_entity_input(item) for item in items], warn=warnings.append, progress=progress
        )
    except Exception:
        if failed := _failing_alone(items):
            return failed
        raise  # no document fails on its own: not a document's fault
    for item, doc_mentions in zip(items, mentions, strict=True):
        item.mentions = doc_mentions
        item.timexes = _outside_person_names(item.timexes, doc_mentions)
    events: list[Event] = []
    failed = []
    for item in items:
        try:
            events.extend(build_events(item, genre=genre))
        except Exception as error:  # this document's failure, reported by its name
            failed.append(DocumentFailure(item.document, error))
    if failed:
        return failed
    order = {item.document.id: index for index, item in enumerate(items)}
    events.sort(key=lambda e: (*e.date.sort_key, order[e.document], e.start))
    analysis.entities, analysis.events = entities, events
    analysis.warnings.extend(warnings)
    return []


def _failing_alone(items: Sequence[DocumentAnalysis]) -> list[DocumentFailure]:
    failed = []
    for item in items:
        try:
            entity_recognition.recognise([_entity_input(item)])
        except Exception as error:
            failed.append(DocumentFailure(item.document, error))
    return failed


def _outside_person_names(timexes: list[Timex], mentions: list[Mention]) -> list[Timex]:
    """A person's name is no date: "Heinrich Sommer", "Frau Winter"."""
    people = SpanSet((m.start, m.end) for m in mentions if m.label == "PER")
    return [t for t in timexes if not people.contains(t.start, t.end)]


def _language(document: Document, requested: str, warnings: list[str]) -> str:
    """The language to analyse ``document`` in; unsupported ones are warned about."""
    if requested != "auto":
        return requested
    if document.lang:
        lang = document.lang.split("-")[0].split("_")[0].lower()
        name = language_name(lang)
    else:
        detection = detect(document.text)
        lang, name = detection.lang, detection.name
    if lang not in supported_languages():
        names = ", ".join(language_name(code) for code in supported_languages())
        warnings.append(
            f"{document.origin or document.id}: language {name!r} is not supported"
            f" ({names} are); only language-independent dates are found"
        )
    return lang
