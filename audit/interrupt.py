"""Ctrl+C that is never lost.

Python turns SIGINT into a KeyboardInterrupt raised wherever the main thread happens to be.
When that is a finaliser (`__del__`, a weakref callback) or a library's broad `except`, the
exception is printed as "ignored" or swallowed, and the scan carries on to the end and exits 1
("findings") as if nobody had pressed Ctrl+C.  `remembered()` installs a handler that notes the
interrupt before raising, so the command can still answer 130 when the raise went astray.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_pressed = threading.Event()


def _note_and_raise(signum: int, frame: FrameType | None) -> None:
    _pressed.set()
    raise KeyboardInterrupt


def requested() -> bool:
    """Whether Ctrl+C (SIGINT) arrived while `remembered()` was active."""
    return _pressed.is_set()


@contextmanager
def remembered() -> Iterator[None]:
    """Within the block, SIGINT is remembered as well as raised; the previous handler comes back after.

    Only Python's default handler is replaced: a SIGINT ignored by the shell (a background job)
    stays ignored, and a handler someone else installed (the app's own) is left alone.
    """
    _pressed.clear()
    on_main_thread = threading.current_thread() is threading.main_thread()
    if not on_main_thread or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    signal.signal(signal.SIGINT, _note_and_raise)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        _pressed.clear()  # nothing after the command (the next test, the app) sees an old Ctrl+C
