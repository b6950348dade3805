"""The analysis of one document on its own: everything that does not need the others.

Language, sentences, paragraphs, temporal expressions and name candidates depend only on
the document (its text, publication date, declared language and ignored spans) and the
options. So this one function is what a serial run, a process pool and a cluster all call,
and what the analysis store keeps; documents meet only afterwards, when names are merged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core import temporal
from tui.core.analysis.options import AnalysisOptions
from tui.core.entities import ModelUnavailable, find_names
from tui.core.entities.candidates import Candidate
from tui.core.language import detect
from tui.core.model import Document, Span, Timex
from tui.core.sentences import paragraphs, sentences


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
    result = DocumentResult(
        lang=lang,
        sentences=doc_sentences,
        paragraphs=paragraphs(document.text, document.ignored),
        timexes=timexes,
    )
    try:
        result.names = find_names(document.text, lang, doc_sentences)
    except ModelUnavailable as problem:  # a broken model must not stop the analysis
        result.problem = str(problem)
    return result


def analyse_batch(
    documents: Sequence[Document], options: AnalysisOptions
) -> list[DocumentResult | Exception]:
    """Each document's result, or the error it failed with (one bad document never costs
    the others theirs). A module-level function, so that worker processes can be sent it."""
    results: list[DocumentResult | Exception] = []
    for document in documents:
        try:
            results.append(analyse_document(document, options))
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
