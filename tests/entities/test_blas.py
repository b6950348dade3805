"""The recognisers' matrix products: numpy's BLAS on one thread during a reading only."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from tui.core.entities import blas, models


def _blas_threads() -> list[int]:
    libraries = ThreadpoolController().info()
    return [lib["num_threads"] for lib in libraries if lib["user_api"] == "blas"]


@pytest.fixture
def two_blas_threads():
    controller = ThreadpoolController()
    if not controller.select(user_api="blas").lib_controllers:
        pytest.skip("numpy has no BLAS that threadpoolctl knows")
    with controller.limit(limits=2, user_api="blas"):
        yield


def test_one_thread_inside_a_reading_and_the_users_setting_after(two_blas_threads):
    with blas.one_blas_thread():
        assert set(_blas_threads()) == {1}
    assert set(_blas_threads()) == {2}


class _Controller:
    """Stands in for threadpoolctl's controller: counts limits set and lifted."""

    def __init__(self) -> None:
        self.active = 0
        self.set = 0

    def limit(self, limits: int, user_api: str) -> _Controller:
        assert (limits, user_api) == (1, "blas")
        self.active += 1
        self.set += 1
        return self

    def restore_original_limits(self) -> None:
        self.active -= 1


def test_overlapping_readings_share_one_limit(monkeypatch):
    controller = _Controller()
    monkeypatch.setattr(blas, "_controller", lambda: controller)
    first_in = threading.Event()
    second_in = threading.Event()
    first_out = threading.Event()
    seen: list[int] = []

    def first() -> None:
        with blas.one_blas_thread():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with blas.one_blas_thread():
        second_in.set()
        first_out.wait(5)
        # The first reading has ended, this one has not: the limit holds.
        seen.append(controller.active)
    thread.join(5)
    assert seen == [1]
    assert (controller.active, controller.set) == (0, 1)


def test_the_limit_is_lifted_when_a_reading_fails(two_blas_threads):
    with pytest.raises(RuntimeError), blas.one_blas_thread():
        raise RuntimeError("boom")
    assert set(_blas_threads()) == {2}


def test_products_go_through_numpy_in_a_reading_and_blis_otherwise():
    ops = blas._reading_ops()
    rng = np.random.default_rng(0)
    x = rng.random((37, 96), dtype=np.float32)
    y = rng.random((64, 96), dtype=np.float32)
    outside = ops.gemm(x, y, trans2=True)
    assert np.array_equal(outside, NumpyOps().gemm(x, y, trans2=True))
    with blas.one_blas_thread():
        inside = ops.gemm(x, y, trans2=True)
    assert np.array_equal(inside, x @ y.T)


def test_every_layer_of_a_loaded_model_uses_these_operations():
    nlp = models.load(models.choose("de"))
    ops = blas._reading_ops()
    layers = [layer for _, c in nlp.components if hasattr(c, "model") for layer in c.model.walk()]
    assert layers
    assert all(layer.ops is ops for layer in layers)
