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
from tui.core.model import Analysis, Document, DocumentAnalysis, Event, Mention, Timex
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
        doc_lang = _language(document, lang, analysis.warnings)
        doc_sentences = sentences(document.text, doc_lang, document.ignored)
        timexes = temporal.tag(
            document.text,
            lang=doc_lang,
            dct=document.dct,
            genre=genre,
            sentences=doc_sentences,
            ignored=document.ignored,
        )
        analysis.documents.append(
            DocumentAnalysis(
                document=document,
                lang=doc_lang,
                sentences=doc_sentences,
                paragraphs=paragraphs(document.text, document.ignored),
                timexes=timexes,
            )
        )
        report(done, total, "dates")
    inputs = [
        entity_recognition.EntityInput(
            doc_id=item.document.id,
            text=item.document.text,
            lang=item.lang,
            sentences=item.sentences,
            ignored=item.document.ignored,
        )
        for item in analysis.documents
    ]
    mentions, analysis.entities = entity_recognition.recognise(
        inputs,
        warn=analysis.warnings.append,
        progress=lambda done: report(done, total, "entities"),
    )
    for item, doc_mentions in zip(analysis.documents, mentions, strict=True):
        item.mentions = doc_mentions
        item.timexes = _outside_person_names(item.timexes, doc_mentions)
    order = {item.document.id: index for index, item in enumerate(analysis.documents)}
    events: list[Event] = []
    for item in analysis.documents:
        events.extend(build_events(item, genre=genre))
    events.sort(key=lambda e: (*e.date.sort_key, order[e.document], e.start))
    analysis.events = events
    report(total, total, "events")
    return analysis


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
