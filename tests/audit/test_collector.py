"""`audit.collector`: during a scan the collector skips what existed before it, and afterwards
everything is as it was (thresholds, nothing left frozen, cycles made meanwhile collected)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from audit.collector import MIDDLE_THRESHOLD, quiet_collector


class Node:
    """Something that can be part of a reference cycle and be watched (weakref) as it goes."""

    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture(autouse=True)
def nothing_frozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_objects_are_frozen_and_the_middle_generation_waits_then_all_is_restored() -> None:
    before = gc.get_threshold()
    with quiet_collector():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[1] == max(before[1], MIDDLE_THRESHOLD)
        assert gc.get_threshold()[0] == before[0]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_scans_at_once_share_one_freeze_lifted_by_the_last() -> None:
    outer = quiet_collector()
    outer.__enter__()
    with quiet_collector():
        pass
    assert gc.get_freeze_count() > 0, "the first scan still runs"
    outer.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0


def test_a_freeze_made_by_someone_else_is_left_to_them() -> None:
    gc.freeze()
    with quiet_collector():
        pass
    assert gc.get_freeze_count() > 0


def test_a_cycle_made_during_the_scan_is_still_collected() -> None:
    with quiet_collector():
        first, second = Node(), Node()
        first.other, second.other = second, first
        watched = weakref.ref(first)
        del first, second
        gc.collect()
        assert watched() is None


def test_a_cycle_frozen_with_the_rest_is_collected_once_the_scan_ends() -> None:
    first, second = Node(), Node()
    first.other, second.other = second, first
    watched = weakref.ref(first)
    with quiet_collector():
        del first, second
        gc.collect()
        assert watched() is not None, "frozen: the collector skips it"
    gc.collect()
    assert watched() is None


def test_an_error_in_the_scan_still_restores_the_collector() -> None:
    before = gc.get_threshold()
    with pytest.raises(KeyError), quiet_collector():
        raise KeyError("boom")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_threads_entering_at_once_leave_nothing_frozen() -> None:
    def scan() -> None:
        for _ in range(200):
            with quiet_collector():
                pass

    threads = [threading.Thread(target=scan) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.get_freeze_count() == 0
