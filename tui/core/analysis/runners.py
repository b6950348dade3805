"""Where the per-document analysis runs: here, in a pool of processes, or on a cluster.

Every runner calls the same function (:func:`analyse_batch`) on the same batches, so the
results, and the output built from them, are the same whichever runs them. Batches come
back as they finish; the caller puts them in place by their index.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from tui.core.analysis.options import AnalysisOptions
from tui.core.analysis.per_document import DocumentResult, analyse_batch
from tui.core.model import Document

BatchResults = list[DocumentResult | Exception]


class Runner(Protocol):
    #: What went wrong on the way that the user should know (the run went on), one line each.
    problems: list[str]

    def run(
        self, batches: Sequence[Sequence[Document]], options: AnalysisOptions
    ) -> Iterator[tuple[int, BatchResults]]:
        """(index of the batch, its results), for every batch, in the order they finish."""
        ...


class SerialRunner:
    """In this process, one batch after the other."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def run(
        self, batches: Sequence[Sequence[Document]], options: AnalysisOptions
    ) -> Iterator[tuple[int, BatchResults]]:
        for index, batch in enumerate(batches):
            yield index, analyse_batch(batch, options)


class PoolRunner:
    """In ``jobs`` worker processes on this machine.

    Workers are spawned, not forked: the explorer runs this from a thread, and a fork of a
    process with threads can inherit a held lock. Each worker loads the models it needs once.
    At most two batches per worker are in flight, so a large corpus is never all queued.
    When the pool breaks (a worker killed, out of memory), the batches left run here.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.problems: list[str] = []

    def run(
        self, batches: Sequence[Sequence[Document]], options: AnalysisOptions
    ) -> Iterator[tuple[int, BatchResults]]:
        finished: set[int] = set()
        try:
            for index, results in self._pooled(batches, options):
                finished.add(index)
                yield index, results
        except BrokenProcessPool as error:
            self.problems.append(
                f"the worker processes stopped ({error}); the rest is analysed in one process"
            )
            for index, batch in enumerate(batches):
                if index not in finished:
                    yield index, analyse_batch(batch, options)

    def _pooled(
        self, batches: Sequence[Sequence[Document]], options: AnalysisOptions
    ) -> Iterator[tuple[int, BatchResults]]:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.jobs, mp_context=context) as pool:
            pending: dict[Future[BatchResults], int] = {}
            upcoming = iter(enumerate(batches))
            try:
                while True:
                    for index, batch in upcoming:
                        pending[pool.submit(analyse_batch, batch, options)] = index
                        if len(pending) >= 2 * self.jobs:
                            break
                    if not pending:
                        return
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield pending.pop(future), future.result()
            finally:
                for future in pending:
                    future.cancel()


def batches_of(
    documents: Sequence[Document], *, max_chars: int, max_documents: int
) -> list[list[Document]]:
    """``documents`` in consecutive batches of at most ``max_documents`` documents and
    (unless one document is longer) ``max_chars`` characters: large enough that a worker
    reads many sentences at once, small enough that progress is seen often."""
    out: list[list[Document]] = []
    batch: list[Document] = []
    size = 0
    for document in documents:
        if batch and (size + len(document.text) > max_chars or len(batch) >= max_documents):
            out.append(batch)
            batch, size = [], 0
        batch.append(document)
        size += len(document.text)
    if batch:
        out.append(batch)
    return out
