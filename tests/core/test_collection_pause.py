"""The collector is paused while any pause is open, in any thread, and runs again after."""

from __future__ import annotations

import gc
import threading

from tui.core.collection_pause import collection_paused


def test_nested_and_threaded_pauses_end_with_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collection_paused():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with collection_paused():
        thread.start()
        entered.wait(5)
        with collection_paused():
            assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's pause is still open
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
