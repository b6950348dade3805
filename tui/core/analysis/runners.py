"""Where the analysis's per-document work runs: here, in a pool of processes, or on a
cluster (:mod:`.cluster`).

A runner calls a module-level function on batches: the same function on the same batches
whichever runner it is, so the results, and the output built from them, are the same. Batches
come back as they finish; the caller puts them in place by their index. Batches are taken
from their iterable only as workers free up, so a large corpus is never all queued, and a
runner keeps its workers from one call to the next (the per-document stage, then the events)
until it is closed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, Protocol

from tui.core.analysis.worker_preload import LANGUAGES

if TYPE_CHECKING:
    # Imported when a pool is used: a run in this process needs neither.
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

#: A module-level function from a batch to its results, one per item (picklable).
BatchFunction = Callable[[Sequence[Any]], list[Any]]


class Runner(Protocol):
    #: What went wrong on the way that the user should know (the run went on), one line each.
    problems: list[str]

    def run(
        self, function: BatchFunction, batches: Iterable[Sequence[Any]]
    ) -> Iterator[tuple[int, list[Any]]]:
        """(index of the batch, ``function(batch)``), for every batch, as they finish."""
        ...

    def close(self) -> None:
        """Stop the workers, if any."""
        ...


class SerialRunner:
    """In this process, one batch after the other."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def run(
        self, function: BatchFunction, batches: Iterable[Sequence[Any]]
    ) -> Iterator[tuple[int, list[Any]]]:
        for index, batch in enumerate(batches):
            yield index, function(batch)

    def close(self) -> None:
        pass


class PoolRunner:
    """In ``jobs`` worker processes on this machine.

    Workers are not forked from this process: the explorer runs this from a thread, and a
    fork of a process with threads can inherit a held lock. Where the system can, they are
    forked from a server process (``forkserver``, one thread) that has loaded the analysis
    and the models of ``languages`` (:mod:`.worker_preload`), so that they share that memory;
    elsewhere they are spawned, and each one loads the models it needs once. At most two
    batches per worker are in flight. When the pool breaks (a worker killed, out of memory),
    the batches left run here.
    """

    def __init__(
        self, jobs: int, *, languages: Sequence[str] | Callable[[], Sequence[str]] = ()
    ) -> None:
        self.jobs = jobs
        #: The languages whose models the workers are likely to need (a hint), or what
        #: tells them when the workers start (no work, no question).
        self.languages = languages
        self.problems: list[str] = []
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False
        #: Batches were still running when the caller stopped taking results (it failed or
        #: was interrupted): nobody wants them, so closing does not wait for them.
        self._abandoned = False

    def run(
        self, function: BatchFunction, batches: Iterable[Sequence[Any]]
    ) -> Iterator[tuple[int, list[Any]]]:
        from concurrent.futures.process import BrokenProcessPool

        upcoming = iter(enumerate(batches))
        in_flight: dict[int, Sequence[Any]] = {}
        try:
            if not self._broken:
                for index, results in self._pooled(function, upcoming, in_flight):
                    yield index, results
        except BrokenProcessPool as error:
            self._broken = True
            self.problems.append(
                f"the worker processes stopped ({error}); the rest is analysed in one process"
            )
        for index, batch in [*sorted(in_flight.items()), *upcoming]:
            yield index, function(batch)

    def _pooled(
        self,
        function: BatchFunction,
        upcoming: Iterator[tuple[int, Sequence[Any]]],
        in_flight: dict[int, Sequence[Any]],
    ) -> Iterator[tuple[int, list[Any]]]:
        from concurrent.futures import FIRST_COMPLETED, wait

        pending: dict[Future[list[Any]], int] = {}
        try:
            while True:
                ready: list[tuple[int, list[Any]]] = []
                for index, batch in upcoming:
                    if not batch:  # nothing to send a worker (and no reason to start one)
                        ready.append((index, function(batch)))
                    else:
                        in_flight[index] = batch  # first: if the pool breaks, it runs here
                        pending[self._started().submit(function, batch)] = index
                    if len(pending) + len(ready) >= 2 * self.jobs:
                        break
                yield from ready
                if not pending:
                    if ready:
                        continue
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    index = pending.pop(future)
                    results = future.result()
                    del in_flight[index]
                    yield index, results
        finally:
            for future in pending:
                if not future.cancel():  # running: only stopping its worker ends it
                    self._abandoned = True

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            try:
                with _stderr_with_a_descriptor():
                    context = _worker_context(self._languages())
                    self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
            except (OSError, ValueError) as error:
                raise BrokenProcessPool(f"they could not be started: {error}") from error
        return self._pool

    def _languages(self) -> Sequence[str]:
        if not callable(self.languages):
            return self.languages
        try:
            return self.languages()
        except Exception:  # only a hint: the workers then load what they need themselves
            return ()

    def close(self) -> None:
        if self._pool is not None:
            if self._abandoned:
                _stop_workers(self._pool)
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's worker processes now, whatever they are doing (quitting the explorer
    during an analysis waited seconds for the batches under way). Python 3.14 has this as a
    method; before, the pool's processes are only reachable by its private attribute."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list(getattr(pool, "_processes", {}).values()):
        with suppress(OSError, ValueError):
            process.terminate()


def _worker_context(languages: Sequence[str]) -> BaseContext:
    """Forked from a server that has loaded what workers need (see :class:`PoolRunner`), or
    spawned where there is no such server. The server is started here, with the languages
    to load in its environment; it serves every later pool of this process as it is."""
    import multiprocessing
    from multiprocessing import forkserver

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tui.core.analysis.worker_preload"])
    with _environment(LANGUAGES, ",".join(languages)):
        forkserver.ensure_running()
    return context


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    """``os.environ[name]`` is ``value`` inside, and as it was after."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            del os.environ[name]
        else:
            os.environ[name] = before


@contextmanager
def _stderr_with_a_descriptor() -> Iterator[None]:
    """Multiprocessing hands its helper process the standard error's descriptor; under the
    explorer, Textual has replaced ``sys.stderr`` with an object without a real one."""
    try:
        os.fstat(sys.stderr.fileno())  # Textual's stand-in says -1
        usable = True
    except (AttributeError, ValueError, OSError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield
        return
    replaced, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = replaced
