"""Messages the scan worker posts from its thread; the only way it talks to the UI.

Dataclasses, like toolong's: small, typed, and easy to assert on in tests with
`run_test(message_hook=...)`.  Each carries the session it scanned for, so a scan that was
stopped because the person opened another persona cannot land in the new session.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from audit.pipeline import Progress, ScanResult


@dataclass
class ScanProgress(Message):
    """How far the scan has got; a newer one replaces one still queued for the same export
    (never one for another export: the bar counts the exports it has seen)."""

    progress: Progress
    session: object = None

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ScanProgress) and message.progress.source == self.progress.source


@dataclass
class ScanFinished(Message):
    """The scan ended (completely, or cancelled part-way: see `result.cancelled`)."""

    result: ScanResult
    session: object = None


@dataclass
class ScanFailed(Message):
    """The scan could not run; `error` is a one-line reason that never quotes a value found."""

    error: str
    session: object = None
