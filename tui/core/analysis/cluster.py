"""Per-document analysis on a Dask cluster (the optional extra ``timeline[cluster]``).

The workers run the same :func:`analyse_batch` as a local run, so the results are the same;
they come back as they finish, and at most a few batches per worker are in flight, so the
client never queues a whole corpus at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from tui.core.analysis.options import AnalysisOptions
from tui.core.analysis.per_document import analyse_batch
from tui.core.analysis.runners import BatchResults
from tui.core.model import Document

#: Seconds to wait for the scheduler to answer.
CONNECT_TIMEOUT = 20
#: Batches in flight per worker thread.
IN_FLIGHT_PER_THREAD = 2


class ClusterUnavailable(Exception):
    """The cluster cannot be used; the message says why, in one line."""


class ClusterRunner:
    def __init__(self, address: str, *, timeout: float = CONNECT_TIMEOUT) -> None:
        self.address = address
        self.timeout = timeout
        self.problems: list[str] = []

    def run(
        self, batches: Sequence[Sequence[Document]], options: AnalysisOptions
    ) -> Iterator[tuple[int, BatchResults]]:
        try:
            from distributed import Client, as_completed
        except ImportError:
            raise ClusterUnavailable(
                "running on a cluster needs the extra: pip install 'timeline[cluster]'"
            ) from None
        try:
            client = Client(self.address, timeout=self.timeout)
        except (OSError, TimeoutError) as error:
            raise ClusterUnavailable(
                f"cannot reach the scheduler {self.address}: {error}"
            ) from None
        with client:
            threads = sum(client.nthreads().values()) or 1
            upcoming = iter(enumerate(batches))
            index_of: dict[Any, int] = {}

            def submit(count: int) -> list[Any]:
                futures = []
                for index, batch in upcoming:
                    # pure=False: the key need not hash the documents; each batch runs once.
                    future = client.submit(analyse_batch, list(batch), options, pure=False)
                    index_of[future.key] = index
                    futures.append(future)
                    if len(futures) >= count:
                        break
                return futures

            running = as_completed(submit(IN_FLIGHT_PER_THREAD * threads))
            for future in running:
                results: BatchResults = future.result()
                yield index_of.pop(future.key), results
                for more in submit(1):
                    running.add(more)
