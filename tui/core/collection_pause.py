"""Building many objects at once without the cyclic garbage collector.

Decoding a large corpus from the store, or indexing it for the explorer, creates millions
of containers and no cycles; each few hundred new ones start a collection, and the older
generations, rescanned again and again, took about half of a reopen's time. Threads may
nest pauses: the collector runs again when the last one ends (if it ran before the first).

What was built is then moved out of the collector's sight (:func:`gc.freeze`): it is
meant to last, and the first collection after would otherwise scan all of it at once. It
is still freed as usual when no longer referred to; only cycles among it are not.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.freeze()
                gc.enable()
