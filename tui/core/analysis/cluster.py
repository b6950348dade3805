"""Per-document analysis on a Dask cluster (the optional extra ``timeline[cluster]``).

The workers run the same functions as a local run, so the results are the same; they come
back as they finish, and at most a few batches per worker are in flight, so the
client never queues a whole corpus at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tui.core.analysis.runners import BatchFunction

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
        self._client: Any = None

    def run(
        self, function: BatchFunction, batches: Iterable[Sequence[Any]]
    ) -> Iterator[tuple[int, list[Any]]]:
        client = self._connected()
        threads = sum(client.nthreads().values()) or 1
        upcoming = iter(enumerate(batches))
        index_of: dict[Any, int] = {}

        def submit(count: int) -> list[Any]:
            futures = []
            for index, batch in upcoming:
                # pure=False: the key need not hash the documents; each batch runs once.
                future = client.submit(function, list(batch), pure=False)
                index_of[future.key] = index
                futures.append(future)
                if len(futures) >= count:
                    break
            return futures

        from distributed import as_completed

        running = as_completed(submit(IN_FLIGHT_PER_THREAD * threads))
        for future in running:
            results: list[Any] = future.result()
            yield index_of.pop(future.key), results
            for more in submit(1):
                running.add(more)

    def _connected(self) -> Any:
        if self._client is not None:
            return self._client
        try:
            from distributed import Client
        except ImportError:
            raise ClusterUnavailable(
                "running on a cluster needs the extra: pip install 'timeline[cluster]'"
            ) from None
        try:
            self._client = Client(self.address, timeout=self.timeout)
        except (OSError, TimeoutError) as error:
            message = f"cannot reach the scheduler {self.address}: {error}"
            raise ClusterUnavailable(message) from None
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
