"""Ending the ``timeline`` process at once when its work is done.

The interpreter's own exit takes every module apart and frees every object one by one:
with spaCy and a model loaded, about 0.3 s of CPU, a tenth of a cold ``timeline extract``
(``benchmarks/pipeline_speed.py``). By the time a command returns its output is written and
its files are closed, so the process ends with :func:`os._exit` after the part of the
normal exit that matters: the standard streams flushed and the ``atexit`` functions run.

The normal exit is kept whenever the shortcut could lose something: another thread is
still alive (its work would be cut short), a standard stream cannot be flushed (the
interpreter reports that and exits 120, as before), or the interpreter lacks the hook.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def exit_process(code: int) -> NoReturn:
    """End the process with ``code``, without the interpreter's slow tear-down when safe."""
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is not None and threading.active_count() == 1 and _flushed():
        run_exit_functions()
        if _flushed():  # an exit function may have written a last line
            os._exit(code)
    sys.exit(code)


def _flushed() -> bool:
    """Whether every standard stream (the replaced ones and the originals) is flushed."""
    streams = {id(s): s for s in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)}
    for stream in streams.values():
        if stream is None:  # closed when the process started
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            return False
    return True
