"""The analysis: documents in, the timeline's model (:class:`~tui.core.model.Analysis`) out.

The one way documents flow: each document is analysed on its own (:mod:`.per_document`:
language, sentences, dates, name candidates), here, in worker processes or on a cluster
(:mod:`.runners`), or read back from the analysis store; then names are merged across
documents and each document's events are built (:mod:`.assembly`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.analysis import codec
from tui.core.analysis.assembly import (
    Cached,
    Names,
    assemble,
    assemble_stream,
    language_warnings,
)
from tui.core.analysis.options import GENRES, AnalysisOptions
from tui.core.analysis.per_document import DocumentResult, analyse_batch, analyse_document
from tui.core.analysis.progress import Progress, ProgressReport
from tui.core.analysis.runners import PoolRunner, Runner, SerialRunner
from tui.core.batches import batches_of
from tui.core.model import Analysis, Document, DocumentEvents, DocumentFailure, Entity

if TYPE_CHECKING:
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

#: A batch holds at most this many characters (and documents), so a worker reads many
#: sentences at once and progress still moves often.
BATCH_CHARS = 60_000
BATCH_DOCUMENTS = 32
#: Fewer documents than this to analyse are not worth starting worker processes for.
MIN_POOL_DOCUMENTS = 8


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
) -> Analysis:
    """Analyse ``documents``; ``lang`` overrides detection, ``dct`` fills missing dates.

    Per-document work runs on ``runner`` if given, else in ``jobs`` processes (1: here);
    results found in ``store`` (a store, or the path of one to open) are not computed
    again, and new ones are put there.
    """
    options = AnalysisOptions(lang=lang, genre=genre, dct=dct)
    report = progress or (lambda _: None)
    documents = _with_dct(documents, dct)
    runner = runner or _local_runner(jobs, len(documents))
    with _opened(store) as opened, closing(runner):
        keys = _document_keys(documents, options, opened)
        if (analysis := _kept_analysis(documents, keys, opened, report)) is None:
            analysis = _analysed(documents, options, runner, opened, report, keys)
        analysis.warnings.extend(_problems(runner, opened))
    return analysis


def _analysed(
    documents: Sequence[Document],
    options: AnalysisOptions,
    runner: Runner,
    store: AnalysisStore | None,
    report: Progress,
    keys: list[str],
) -> Analysis:
    """The analysis of ``documents``: each one's result from ``store`` or computed, then
    names merged and events built (or as kept)."""
    results: list[DocumentResult | Exception | None] = [None] * len(documents)

    def keep(index: int, result: DocumentResult | Exception) -> None:
        results[index] = result

    stored = _per_document(documents, options, runner, store, report, keep, keys)
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

    def keep(index: int, result: DocumentResult | Exception) -> None:
        if isinstance(result, Exception):
            failures.append(DocumentFailure(documents[index], result))
        else:
            held[index] = codec.encode(result)
            names[index] = (result.lang, result.names)
            langs.append((documents[index], result.lang))
            if result.problem is not None:
                problems_seen[result.problem] = None

    runner = runner or _local_runner(jobs, total)
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


def _local_runner(jobs: int, documents: int) -> Runner:
    """Worker processes for ``jobs`` > 1, unless there are too few documents to be worth
    starting them (they start only when first given work)."""
    return PoolRunner(jobs) if jobs > 1 and documents >= MIN_POOL_DOCUMENTS else SerialRunner()


def _problems(runner: Runner, store: AnalysisStore | None) -> list[str]:
    return [*runner.problems, *(store.problems if store else [])]


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
) -> int:
    """Each document's result, from ``store`` or computed on ``runner``, handed to ``keep``
    (index, result) as it comes; how many came from the store (``keys``: the documents'
    keys in it, none without a store)."""
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
    work = ([documents[i] for i in batch] for batch in batches)
    for number, batch_results in runner.run(partial(analyse_batch, options=options), work):
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


def _document_keys(
    documents: Sequence[Document], options: AnalysisOptions, store: AnalysisStore | None
) -> list[str]:
    """The documents' keys in ``store`` (none without one)."""
    if store is None:
        return []
    from tui.core.store import document_key

    return [document_key(d, options) for d in documents]
