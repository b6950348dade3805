"""The analysis: documents in, the timeline's model (:class:`~tui.core.model.Analysis`) out.

The one way documents flow: each document is analysed on its own (:mod:`.per_document`:
language, sentences, dates, name candidates), here, in worker processes or on a cluster
(:mod:`.runners`), or read back from the analysis store; then names are merged across
documents and each document's events are built (:mod:`.assembly`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.analysis.assembly import (
    Cached,
    Names,
    assemble,
    assemble_stream,
    language_warnings,
)
from tui.core.analysis.options import GENRES, AnalysisOptions
from tui.core.analysis.progress import Progress, ProgressReport
from tui.core.analysis.runners import BatchFunction, PoolRunner, Runner, SerialRunner
from tui.core.batches import batches_of
from tui.core.lazy_exports import lazy_exports
from tui.core.model import Analysis, Document, DocumentEvents, DocumentFailure, Entity

if TYPE_CHECKING:
    from tui.core.analysis.per_document import DocumentResult, analyse_batch, analyse_document
    from tui.core.store import AnalysisStore

__all__ = [
    "GENRES",
    "AnalysisOptions",
    "DocumentResult",
    "Progress",
    "ProgressReport",
    "analyse",
    "analyse_batch",
    "analyse_document",
    "analyse_stream",
]

# The per-document analysis is imported when a document is to be analysed: a corpus read
# back whole from the store needs none of it (its modules take a tenth of a second).
__getattr__ = lazy_exports(
    __name__,
    {name: "per_document" for name in ("DocumentResult", "analyse_batch", "analyse_document")},
)

#: A batch holds at most this many characters (and documents), so a worker reads many
#: sentences at once and progress still moves often.
BATCH_CHARS = 60_000
BATCH_DOCUMENTS = 32
#: Fewer documents than this to analyse are not worth starting worker processes for.
MIN_POOL_DOCUMENTS = 8
#: Documents to analyse of at most this many characters in all are previewed (dates
#: first, names after): the preliminary events are built in addition to the final ones.
PREVIEW_CHARS = BATCH_CHARS


def analyse(
    documents: Sequence[Document],
    *,
    lang: str = "auto",
    genre: str = "news",
    dct: str | None = None,
    jobs: int = 1,
    runner: Runner | None = None,
    store: AnalysisStore | Path | None = None,
    progress: Progress | None = None,
    preview: Callable[[Analysis], None] | None = None,
) -> Analysis:
    """Analyse ``documents``; ``lang`` overrides detection, ``dct`` fills missing dates.

    Per-document work runs on ``runner`` if given, else in ``jobs`` processes (1: here);
    results found in ``store`` (a store, or the path of one to open) are not computed
    again, and new ones are put there. ``preview`` is given the dates first, when names
    must be looked for in a few documents (:data:`PREVIEW_CHARS`): a preliminary analysis
    without names, before the names model is loaded (its events can differ from the final
    ones: a person's name is no date, and who acts in a sentence dates it).
    """
    options = AnalysisOptions(lang=lang, genre=genre, dct=dct)
    report = progress or (lambda _: None)
    documents = _with_dct(documents, dct)
    runner = runner or _local_runner(jobs, documents, options)
    with _opened(store) as opened, closing(runner):
        keys = _document_keys(documents, options, opened)
        if (analysis := _kept_analysis(documents, keys, opened, report)) is None:
            analysis = _analysed(documents, options, runner, opened, report, keys, preview)
        analysis.warnings.extend(_problems(runner, opened))
    return analysis


def _analysed(
    documents: Sequence[Document],
    options: AnalysisOptions,
    runner: Runner,
    store: AnalysisStore | None,
    report: Progress,
    keys: list[str],
    preview: Callable[[Analysis], None] | None = None,
) -> Analysis:
    """The analysis of ``documents``: each one's result from ``store`` or computed (the
    dates first given to ``preview``, see :func:`analyse`), then names merged and events
    built."""
    results: list[DocumentResult | Exception | None] = [None] * len(documents)

    def keep(index: int, result: DocumentResult | Exception) -> None:
        results[index] = result

    show_dates = (
        None if preview is None else partial(_preview, preview, documents, results, options)
    )
    stored = _per_document(documents, options, runner, store, report, keep, keys, show_dates)
    complete = [r for r in results if r is not None]
    assert len(complete) == len(documents), "every document has a result"
    return assemble(
        documents,
        complete,
        options,
        runner=runner,
        cached=_cached(store, keys),
        progress=lambda n: report(ProgressReport("events", n, len(documents), stored)),
    )


def _kept_analysis(
    documents: Sequence[Document],
    keys: list[str],
    store: AnalysisStore | None,
    report: Progress,
) -> Analysis | None:
    """The analysis of ``documents`` as kept whole in ``store``, if it is: no document's
    result is then decoded, nor any name merged."""
    if store is None or not keys:
        return None
    found = store.corpus_analysis(documents, keys)
    if found is None:
        return None
    total = len(documents)
    report(ProgressReport("analysed", total, total, total))
    report(ProgressReport("events", total, total, total))
    analysis = Analysis(documents=found.items, entities=found.entities, events=found.events)
    analysis.warnings.extend(language_warnings([(i.document, i.lang) for i in found.items]))
    return analysis


@dataclass(slots=True)
class StreamedAnalysis:
    """An analysis given out document by document (:attr:`parts`, consumed once)."""

    entities: list[Entity]
    parts: Iterator[DocumentEvents]
    warnings: list[str] = field(default_factory=list)
    #: Grows while :attr:`parts` is consumed (a document whose events fail).
    failures: list[DocumentFailure] = field(default_factory=list)


def analyse_stream(
    documents: Sequence[Document],
    *,
    lang: str = "auto",
    genre: str = "news",
    dct: str | None = None,
    jobs: int = 1,
    runner: Runner | None = None,
    store: AnalysisStore | Path | None = None,
    progress: Progress | None = None,
) -> StreamedAnalysis:
    """As :func:`analyse`, but each document's events are built only when :attr:`parts`
    reaches it, and the per-document results wait compressed: memory stays small for a
    corpus of any size (names, to be merged, are all that is held of each document)."""
    options = AnalysisOptions(lang=lang, genre=genre, dct=dct)
    report = progress or (lambda _: None)
    documents = _with_dct(documents, dct)
    total = len(documents)
    held: list[bytes | None] = [None] * total
    names: list[Names | None] = [None] * total
    failures: list[DocumentFailure] = []
    langs: list[tuple[Document, str]] = []
    problems_seen: dict[str, None] = {}

    from tui.core.analysis import codec

    def keep(index: int, result: DocumentResult | Exception) -> None:
        if isinstance(result, Exception):
            failures.append(DocumentFailure(documents[index], result))
        else:
            held[index] = codec.encode(result)
            names[index] = (result.lang, result.names)
            langs.append((documents[index], result.lang))
            if result.problem is not None:
                problems_seen[result.problem] = None

    runner = runner or _local_runner(jobs, documents, options)
    # The store and the runner stay open until the last document's events are built.
    scope = ExitStack()
    opened = scope.enter_context(_opened(store))
    scope.enter_context(closing(runner))
    try:
        keys = _document_keys(documents, options, opened)
        stored = _per_document(documents, options, runner, opened, report, keep, keys)
    except BaseException:
        scope.close()
        raise
    problems = _problems(runner, opened)
    # In document order, whatever order the results came in.
    order = {id(document): index for index, document in enumerate(documents)}
    failures.sort(key=lambda failure: order[id(failure.document)])
    langs.sort(key=lambda pair: order[id(pair[0])])
    done = 0

    def result_of(index: int) -> DocumentResult:
        nonlocal done
        payload = held[index]
        assert payload is not None
        held[index] = None  # given out once: the memory goes with it
        done += 1
        report(ProgressReport("events", done, total, stored))
        return codec.decode(payload)

    entities, parts = assemble_stream(
        documents, names, result_of, options, failures, runner=runner, cached=_cached(opened, keys)
    )
    names.clear()  # the merge has what it needs
    warnings = [*language_warnings(langs), *problems_seen, *problems]
    return StreamedAnalysis(entities, _closing(parts, scope), warnings, failures)


def _closing(parts: Iterator[DocumentEvents], scope: ExitStack) -> Iterator[DocumentEvents]:
    """``parts``, then ``scope`` closed (the store stays open while events are built)."""
    with scope:
        yield from parts


@contextmanager
def _opened(store: AnalysisStore | Path | None) -> Iterator[AnalysisStore | None]:
    """``store``, opened if it is a path (and then closed after the analysis)."""
    if not isinstance(store, Path):
        yield store
        return
    from tui.core.store import AnalysisStore, analyser_version, events_version

    with AnalysisStore(store, analyser_version(), events_version=events_version()) as opened:
        yield opened


def _cached(store: AnalysisStore | None, keys: list[str]) -> Cached | None:
    return Cached(store, keys) if store is not None and store.available and keys else None


def _local_runner(jobs: int, documents: Sequence[Document], options: AnalysisOptions) -> Runner:
    """Worker processes for ``jobs`` > 1, unless there are too few documents to be worth
    starting them (they start only when first given work); they are readied for the
    language of the first few documents."""
    if jobs <= 1 or len(documents) < MIN_POOL_DOCUMENTS:
        return SerialRunner()
    return PoolRunner(jobs, languages=partial(_likely_languages, documents, options))


def _likely_languages(documents: Sequence[Document], options: AnalysisOptions) -> list[str]:
    """The languages of the first few documents (asked when the workers start)."""
    from tui.core.analysis.per_document import document_language

    sample = documents[:MIN_POOL_DOCUMENTS]
    return list(dict.fromkeys(document_language(d, options.lang) for d in sample))


def _problems(runner: Runner, store: AnalysisStore | None) -> list[str]:
    return [*runner.problems, *(store.problems if store else [])]


def _preview(
    preview: Callable[[Analysis], None],
    documents: Sequence[Document],
    results: Sequence[DocumentResult | Exception | None],
    options: AnalysisOptions,
    dated: dict[int, DocumentResult | Exception],
) -> None:
    """``preview`` given the analysis of ``results`` (those found in the store) and of the
    ``dated`` ones (by index): the events of every document, without names."""
    known = [dated.get(index, result) for index, result in enumerate(results)]
    complete = [result for result in known if result is not None]
    assert len(complete) == len(documents), "every document has a dated result"
    preview(assemble(documents, complete, options))


def _with_dct(documents: Sequence[Document], dct: str | None) -> list[Document]:
    return [replace(d, dct=dct) if dct and not d.dct else d for d in documents]


def _per_document(
    documents: Sequence[Document],
    options: AnalysisOptions,
    runner: Runner,
    store: AnalysisStore | None,
    report: Progress,
    keep: Callable[[int, DocumentResult | Exception], None],
    keys: list[str],
    show_dates: Callable[[dict[int, DocumentResult | Exception]], None] | None = None,
) -> int:
    """Each document's result, from ``store`` or computed on ``runner``, handed to ``keep``
    (index, result) as it comes; how many came from the store (``keys``: the documents'
    keys in it, none without a store). With ``show_dates``, a few documents to compute
    (:data:`PREVIEW_CHARS`) are dated first, and their dated results (by index) given to it,
    before their names are looked for."""
    total = len(documents)
    missing = list(range(total))
    if store is not None:
        found = store.get_many(keys)
        missing = []
        for index, key in enumerate(keys):
            if (hit := found.pop(key, None)) is not None:
                keep(index, hit)
            else:
                missing.append(index)
    stored = total - len(missing)
    done = stored
    report(ProgressReport("analysed", done, total, stored))
    batches = list(
        batches_of(
            missing,
            lambda i: len(documents[i].text),
            max_size=BATCH_CHARS,
            max_items=BATCH_DOCUMENTS,
        )
    )
    from tui.core.analysis.per_document import analyse_batch, names_batch

    function: BatchFunction = partial(analyse_batch, options=options)
    work: Iterable[Sequence[object]] = ([documents[i] for i in batch] for batch in batches)
    if show_dates is not None and missing and _previewed(documents, missing):
        dated = _dated(documents, batches, options)
        show_dates(dated)
        function = names_batch
        work = ([(documents[i], dated[i]) for i in batch] for batch in batches)
    for number, batch_results in runner.run(function, work):
        new: list[tuple[str, DocumentResult]] = []
        for index, result in zip(batches[number], batch_results, strict=True):
            keep(index, result)
            if keys and not isinstance(result, Exception) and result.problem is None:
                new.append((keys[index], result))
        if store is not None:
            store.put_many(new)
        done += len(batch_results)
        report(ProgressReport("analysed", done, total, stored))
    return stored


def _previewed(documents: Sequence[Document], missing: list[int]) -> bool:
    return sum(len(documents[i].text) for i in missing) <= PREVIEW_CHARS


def _dated(
    documents: Sequence[Document],
    batches: list[list[int]],
    options: AnalysisOptions,
) -> dict[int, DocumentResult | Exception]:
    """The dated part of each document's result (:func:`dates_batch`), by index: here, not
    on the runner (a few documents; worker processes would first have to start and import
    the analysis, and a cluster to be reached)."""
    from tui.core.analysis.per_document import dates_batch

    dated: dict[int, DocumentResult | Exception] = {}
    for batch in batches:
        found = dates_batch([documents[i] for i in batch], options)
        dated.update(zip(batch, found, strict=True))
    return dated


def _document_keys(
    documents: Sequence[Document], options: AnalysisOptions, store: AnalysisStore | None
) -> list[str]:
    """The documents' keys in ``store`` (none without one)."""
    if store is None:
        return []
    from tui.core.store import document_key

    return [document_key(d, options) for d in documents]
