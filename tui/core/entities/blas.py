"""How the recognisers' networks multiply matrices: with numpy's OpenBLAS, one thread.

thinc multiplies through its bundled BLIS by default, which on the development machine
takes about twice the time of numpy's OpenBLAS for the recognisers' shapes (a few hundred
rows of 128 to 896 columns). OpenBLAS left to itself starts a thread per core, and on
matrices this small their spinning costs more CPU than they save (a sentence at a time it is
several times slower than BLIS). So a reading (:func:`one_blas_thread`) holds OpenBLAS to
one thread through ``threadpoolctl``, which sets the library's own thread count whatever it
is called and however numpy was loaded, and restores it afterwards; and the models' layers
(:func:`use_numpy_blas`) multiply through numpy during a reading and through BLIS, as
before, otherwise (a model called directly, as the training scripts and the model's own
benchmark do). The process's other numpy work keeps the threads the user set, except while
a reading runs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from thinc.api import NumpyOps

#: How many readings hold OpenBLAS to one thread now (in any thread of the process).
_readers = 0


@cache
def _reading_ops() -> NumpyOps:
    from thinc.api import NumpyOps, Ops

    class ReadingOps(NumpyOps):
        """thinc's operations, whose matrix products go through numpy during a reading."""

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False,
                 trans2: bool = False) -> Any:  # fmt: skip
            if _readers:
                return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)

    return ReadingOps()


def use_numpy_blas(nlp: Language) -> None:
    """Every layer of every component of ``nlp`` multiplies through numpy during a reading
    (its other operations, thinc's compiled kernels, stay as they are)."""
    ops = _reading_ops()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            layer.ops = ops


def reading_now() -> bool:
    """Whether a reading runs now (in any thread of the process)."""
    return _readers > 0


@cache
def _controller() -> Any:
    # Found once per process: it looks through the loaded libraries (about 10 ms).
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


_lock = threading.Lock()
_limit: Any = None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """OpenBLAS (any BLAS threadpoolctl knows) runs on one thread inside the block. Readings
    in several threads at once share one limit, set by the first and lifted by the last:
    one lifting it while another still reads would leave the other with all the threads,
    and two restoring in the wrong order would leave the process with one."""
    global _readers, _limit
    with _lock:
        if _readers == 0:
            _limit = _controller().limit(limits=1, user_api="blas")
        _readers += 1
    try:
        yield
    finally:
        with _lock:
            _readers -= 1
            if _readers == 0:
                _limit.restore_original_limits()
                _limit = None
