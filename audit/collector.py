"""Python's cyclic garbage collector during a scan: kept off what lives for the whole scan.

A scan allocates millions of short-lived containers (each post's parsed JSON, its items, their
findings).  CPython's collector counts them and, every so often, walks its oldest generation: every
tracked object of the process, which by then holds the detectors' rules and models and, in the
app, the app itself.  On a 100,000-post X archive with `--jobs 2`, that was 3.7 s of the scan
process's 8.9 CPU seconds (24 full collections at 0.11 s each, 276 middle ones at 3 ms), while
almost nothing the scan makes lives long enough to need it: reference counting frees a post's
containers as soon as it is read.

`quiet_collector()` moves what exists when the scan starts reading into the collector's
permanent generation (`gc.freeze`), which collections skip, and collects the middle generation
ten times less often (`MIDDLE_THRESHOLD`): what reaches it is mostly items in flight, which
reference counting frees within a few batches, so a rarer collection there walks only what is
still alive.  Together: 3.7 -> 0.8 s of collections on that archive.  Nothing is lost: frozen
objects are still freed by reference counting, and cycles among them are collected once the
scan ends and they are unfrozen.  Scans running at once (the app's) share one freeze: the last
to end lifts it.

`collector_paused()` is the app's other case: work whose objects all live on (a scan's sorted
findings, its list, its comparison with last time), during which the collector is simply off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

MIDDLE_THRESHOLD = 100
"""Collections of the youngest generation between two of the middle one during a scan (CPython's
default is 10)."""

_lock = threading.Lock()
_active = [0]
_saved: list[tuple[tuple[int, int, int], bool]] = []
"""While a scan runs: the thresholds it found, and whether something else had frozen objects already."""


@contextmanager
def quiet_collector() -> Iterator[None]:
    """Within it, the collector skips the objects that existed when it began (see the module)."""
    with _lock:
        if _active[0] == 0:
            threshold = gc.get_threshold()
            _saved[:] = [(threshold, gc.get_freeze_count() > 0)]
            gc.freeze()
            gc.set_threshold(threshold[0], max(threshold[1], MIDDLE_THRESHOLD), threshold[2])
        _active[0] += 1
    try:
        yield
    finally:
        with _lock:
            _active[0] -= 1
            if _active[0] == 0:
                threshold, frozen_before = _saved.pop()
                gc.set_threshold(*threshold)
                if not frozen_before:  # someone else's freeze is theirs to lift
                    gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off meanwhile (back on after, if it was on).

    For work that makes a great many objects that all live on (a scan's sorted findings, its
    list, its comparison with last time): making them sets off collections that walk every
    object the program holds, and none of them is garbage.  At 100,000 findings, in CPU
    seconds (`bench/app_scale.py`, "collector on" beside each): recording a first scan 0.28 to
    0.08, listing every finding on its own row 0.40 to 0.16, the re-check list's lines 0.38 to
    0.17; taking a scan is about the same either way (0.25), unless a full collection lands in it.
    Anything left over meanwhile is collected by the next collection after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
