"""The analysis: documents in, the timeline's model (:class:`~tui.core.model.Analysis`) out.

The one way documents flow: each document is analysed on its own (:mod:`.per_document`:
language, sentences, dates, name candidates), here, in worker processes or on a cluster
(:mod:`.runners`), or read back from the analysis store; then names are merged across
documents and each document's events are built (:mod:`.assembly`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.analysis.assembly import assemble
from tui.core.analysis.options import GENRES, AnalysisOptions
from tui.core.analysis.per_document import DocumentResult, analyse_batch, analyse_document
from tui.core.analysis.progress import Progress, ProgressReport
from tui.core.analysis.runners import PoolRunner, Runner, SerialRunner, batches_of
from tui.core.model import Analysis, Document

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
    if isinstance(store, Path):
        from tui.core.store import AnalysisStore, analyser_version

        with AnalysisStore(store, analyser_version()) as opened:
            return analyse(
                documents, lang=lang, genre=genre, dct=dct, jobs=jobs, runner=runner,
                store=opened, progress=progress,
            )  # fmt: skip
    options = AnalysisOptions(lang=lang, genre=genre, dct=dct)
    report = progress or (lambda _: None)
    documents = [replace(d, dct=dct) if dct and not d.dct else d for d in documents]
    total = len(documents)
    results: list[DocumentResult | Exception | None] = [None] * total
    keys: list[str] = []
    if store is not None:
        from tui.core.store import document_key

        keys = [document_key(d, options) for d in documents]
        stored = store.get_many(keys)
        for index, key in enumerate(keys):
            results[index] = stored.get(key)
    missing = [i for i, result in enumerate(results) if result is None]
    from_store = total - len(missing)
    done = from_store
    report(ProgressReport("analysed", done, total, from_store))
    if runner is None:
        pooled = jobs > 1 and len(missing) >= MIN_POOL_DOCUMENTS
        runner = PoolRunner(jobs) if pooled else SerialRunner()
    batches = batches_of(
        [documents[i] for i in missing], max_chars=BATCH_CHARS, max_documents=BATCH_DOCUMENTS
    )
    # Where each batch's documents go: positions in ``missing``, consecutive per batch.
    starts = [0]
    for batch in batches:
        starts.append(starts[-1] + len(batch))
    for index, batch_results in runner.run(batches, options):
        new: list[tuple[str, DocumentResult]] = []
        for offset, result in enumerate(batch_results):
            position = missing[starts[index] + offset]
            results[position] = result
            if keys and not isinstance(result, Exception):
                new.append((keys[position], result))
        if store is not None:
            store.put_many(new)
        done += len(batch_results)
        report(ProgressReport("analysed", done, total, from_store))
    complete = [r for r in results if r is not None]
    assert len(complete) == total, "every batch comes back"
    analysis = assemble(
        documents,
        complete,
        options,
        progress=lambda n: report(ProgressReport("events", n, total, from_store)),
    )
    analysis.warnings.extend(runner.problems)
    if store is not None:
        analysis.warnings.extend(store.problems)
    return analysis
