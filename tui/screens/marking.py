"""The status keys, shared by every screen that has a finding under the cursor.

Fixed, dismissed and to do are one key press; accepted asks why, snoozed asks how long.
The decision is saved by the app at once, so quitting never loses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen

from audit.model import Finding
from audit.state import Status
from tui.labels import kind_one
from tui.screens.prompts import ReasonPrompt, snooze_prompt

if TYPE_CHECKING:
    from tui.app import AuditApp

MARK = Binding.Group("Mark")
STATUS_BINDINGS = [
    Binding("f", "mark('fixed')", "fixed", group=MARK, tooltip="Fixed on the platform", id="mark-fixed"),
    Binding("a", "mark('accepted')", "accept", group=MARK, tooltip="Accepted, with a reason", id="mark-accepted"),
    Binding("d", "mark('dismissed')", "dismiss", group=MARK, tooltip="Dismissed: a false alarm", id="mark-dismissed"),
    Binding("z", "mark('snoozed')", "snooze", group=MARK, tooltip="Snoozed: ask again later", id="mark-snoozed"),
    Binding("u", "mark('todo')", "to do", group=MARK, tooltip="Back to to do", id="mark-todo"),
]
"""One group in the footer ("f a d z u Mark"); the help screen lists each key."""


def mark(screen: Screen[object], finding: Finding | None, status: Status) -> None:
    """Ask what is needed for `status`, then have the app record and save it."""
    if finding is None:
        return
    app: AuditApp = screen.app  # type: ignore[assignment]
    subject = Content.assemble((f"{kind_one(finding.kind)}: ", "bold"), Content(finding.value))
    if status == "accepted":

        def accepted(reason: str | None) -> None:
            if reason is not None:
                app.decide(finding, "accepted", reason=reason)

        screen.app.push_screen(ReasonPrompt("Accept this finding", subject), accepted)
    elif status == "snoozed":

        def snoozed(days: str | None) -> None:
            if days is not None:
                app.decide(finding, "snoozed", snooze_days=int(days))

        screen.app.push_screen(snooze_prompt(subject), snoozed)
    else:
        app.decide(finding, status)
