"""The status keys, shared by every screen that has a finding (or several) under the cursor.

Fixed, dismissed and to do are one key press; accepted asks why, snoozed asks how long.
The decision is saved at once, so quitting never loses it.  A decision about a group or
about ticked rows is asked once and recorded for each finding, then saved once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen

from audit.errors import AuditError
from audit.model import Finding
from audit.state import Status
from tui.labels import kind_one
from tui.screens.prompts import ReasonPrompt, snooze_prompt
from tui.session import STATUS_LABELS

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


def mark(screen: Screen[Any], finding: Finding | None, status: Status) -> None:
    """Ask what is needed for `status`, then have the app record and save it."""
    if finding is None:
        return
    app: AuditApp = screen.app  # type: ignore[assignment]
    subject = Content.assemble((f"{kind_one(finding.kind)}: ", "bold"), Content(finding.value))
    ask(screen, status, subject, lambda reason, days: app.decide(finding, status, reason=reason, snooze_days=days))


def mark_many(
    screen: Screen[Any],
    findings: Sequence[Finding],
    status: Status,
    subject: Content,
    done: Callable[[], None] | None = None,
) -> None:
    """The same decision for every finding of a group or of the ticked rows, asked once."""
    if len(findings) == 1:
        mark(screen, findings[0], status)
        return
    if not findings:
        return
    app: AuditApp = screen.app  # type: ignore[assignment]

    def decided(reason: str, days: int) -> None:
        if decide_all(app, findings, status, reason, days) and done is not None:
            done()

    ask(screen, status, subject, decided, f"Accept these {len(findings)} findings")


def ask(
    screen: Screen[Any],
    status: Status,
    subject: Content,
    then: Callable[[str, int], None],
    accept_title: str = "Accept this finding",
) -> None:
    """Ask why (accepted) or how long (snoozed) and go on with the answer; the rest at once."""
    if status == "accepted":

        def accepted(reason: str | None) -> None:
            if reason is not None:
                then(reason, 0)

        screen.app.push_screen(ReasonPrompt(accept_title, subject), accepted)
    elif status == "snoozed":

        def snoozed(days: str | None) -> None:
            if days is not None:
                then("", int(days))

        screen.app.push_screen(snooze_prompt(subject), snoozed)
    else:
        then("", 0)


def decide_all(app: AuditApp, findings: Sequence[Finding], status: Status, reason: str, snooze_days: int) -> bool:
    """Record one decision per finding and save once; every screen then refills.

    `app.decided` is left None, which tells the screens that more than one finding changed.
    """
    session = app.session
    until = date.today() + timedelta(days=snooze_days) if status == "snoozed" else None
    for finding in findings:
        session.state.decide(finding, status, reason=reason, snooze_until=until)
    try:
        app.save_state()  # at once when small; a thread of its own past 5,000 sightings
    except AuditError as error:
        app.notify(str(error), title="Not saved", severity="error", markup=False)
        return False
    app.decided = None
    app.decisions += 1
    app.notify(f"Marked {len(findings)} findings {STATUS_LABELS[status]}.", timeout=3)
    return True
