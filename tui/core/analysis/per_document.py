"""The analysis of one document on its own: everything that does not need the others.

Language, sentences, paragraphs, temporal expressions and name candidates depend only on
the document (its text, publication date, declared language and ignored spans) and the
options. So this one function is what a serial run, a process pool and a cluster all call,
and what the analysis store keeps; documents meet only afterwards, when names are merged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from tui.core import temporal
from tui.core.analysis.options import AnalysisOptions
from tui.core.entities import ModelUnavailable, find_names
from tui.core.entities.candidates import Candidate
from tui.core.language import detect
from tui.core.model import Document, Span, Timex
from tui.core.sentences import paragraphs, sentences

ItemT = TypeVar("ItemT")


@dataclass(slots=True)
class DocumentResult:
    lang: str
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    #: The document's name mentions before names are merged across documents.
    names: list[Candidate] = field(default_factory=list)
    #: Why names could not be looked for (a broken model): such a result is not stored.
    problem: str | None = None


def analyse_document(document: Document, options: AnalysisOptions) -> DocumentResult:
    """One document's analysis; ``document.dct`` is the date relative ones count from."""
    return with_names(document, analyse_dates(document, options))


def analyse_dates(document: Document, options: AnalysisOptions) -> DocumentResult:
    """The part of :func:`analyse_document` that needs no names model (no spaCy): language,
    sentences, paragraphs and temporal expressions; no names yet (:func:`with_names`)."""
    lang = document_language(document, options.lang)
    doc_sentences = sentences(document.text, lang, document.ignored)
    timexes = temporal.tag(
        document.text,
        lang=lang,
        dct=document.dct,
        genre=options.genre,
        sentences=doc_sentences,
        ignored=document.ignored,
    )
    return DocumentResult(
        lang=lang,
        sentences=doc_sentences,
        paragraphs=paragraphs(document.text, document.ignored),
        timexes=timexes,
    )


def with_names(document: Document, dated: DocumentResult) -> DocumentResult:
    """``dated`` (from :func:`analyse_dates`) with the document's name candidates (a new
    result: the dated one may still be shown)."""
    try:
        names = find_names(document.text, dated.lang, dated.sentences)
    except ModelUnavailable as problem:  # a broken model must not stop the analysis
        return replace(dated, names=[], problem=str(problem))
    return replace(dated, names=names)


def analyse_batch(
    documents: Sequence[Document], options: AnalysisOptions
) -> list[DocumentResult | Exception]:
    """Each document's result, or the error it failed with (one bad document never costs
    the others theirs). A module-level function, so that worker processes can be sent it."""
    return _each(documents, lambda document: analyse_document(document, options))


def dates_batch(
    documents: Sequence[Document], options: AnalysisOptions
) -> list[DocumentResult | Exception]:
    """As :func:`analyse_batch`, the dated part only (:func:`analyse_dates`)."""
    return _each(documents, lambda document: analyse_dates(document, options))


def names_batch(
    items: Sequence[tuple[Document, DocumentResult | Exception]],
) -> list[DocumentResult | Exception]:
    """Each (document, its :func:`dates_batch` result) completed with names
    (:func:`with_names`); a document that failed before keeps its error."""

    def completed(item: tuple[Document, DocumentResult | Exception]) -> DocumentResult | Exception:
        document, dated = item
        return dated if isinstance(dated, Exception) else with_names(document, dated)

    return _each(items, completed)


def _each(
    items: Sequence[ItemT], analysed: Callable[[ItemT], DocumentResult | Exception]
) -> list[DocumentResult | Exception]:
    results: list[DocumentResult | Exception] = []
    for item in items:
        try:
            results.append(analysed(item))
        except Exception as error:  # this document's failure, reported by its name
            results.append(error)
    return results


def document_language(document: Document, requested: str) -> str:
    """The language to analyse ``document`` in: the requested one, the declared one, or the
    detected one (which may be one without language resources)."""
    if requested != "auto":
        return requested
    if document.lang:
        return document.lang.split("-")[0].split("_")[0].lower()
    return detect(document.text).lang
