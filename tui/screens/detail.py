"""One finding, in full: what was found and where, who can see it, the policy's words,
and how to fix it on that platform.

The excerpt and every value are the person's own text: they are shown as plain `Content`.
The fix steps are our packaged Markdown, rendered with Textual's `Markdown` widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown, Static

from audit.guidance import guidance_for
from audit.model import Finding
from audit.policy import clause_text
from audit.state import Status
from audit.visibility import how_to_check
from tui.labels import kind_one, platform_title, visibility_label, when
from tui.screens.marking import STATUS_BINDINGS, mark
from tui.session import STATUS_LABELS
from tui.widgets.evidence import Evidence

if TYPE_CHECKING:
    from tui.app import AuditApp


def facts(app: AuditApp, finding: Finding) -> Content:
    """Label/value lines: found, where, who can see it, date, confidence, status."""
    session = app.session
    status = session.status_of(finding)
    status_text = STATUS_LABELS[status]
    if status == "accepted" and session.reason_of(finding):
        status_text += f": {session.reason_of(finding)}"
    if status == "snoozed" and session.snoozed_until(finding):
        status_text += f" until {session.snoozed_until(finding)}"
    rows = [
        ("Found", finding.value),
        ("Where", f"{platform_title(finding.platform)} · {finding.file} · {finding.field}"),
        *([("Item", finding.item_id)] if finding.item_id else []),
        ("Who can see it", _who_can_see(finding)),
        ("Date", when(finding)),
        ("How sure", f"{finding.tier} ({round(finding.confidence * 100)}% of findings like this are right)"),
        ("Why", finding.why),
        ("Status", status_text),
    ]
    return Content("\n").join(Content.assemble((f"{label:<15}", "bold"), Content(value)) for label, value in rows)


def _who_can_see(finding: Finding) -> str:
    """The audience; where the export does not say, where on the platform to look (2.4.4)."""
    if finding.visibility == "unknown":
        return f"{visibility_label('unknown')}. {how_to_check(finding.platform)}"
    return visibility_label(finding.visibility)


def clauses(finding: Finding) -> Content:
    """Each clause number with its words from the policy."""
    parts = [
        Content.assemble((number, "bold $accent"), "  ", Content(clause_text(number) or "(not in this policy)"))
        for number in finding.clauses
    ]
    return Content("\n\n").join(parts) if parts else Content("No clause cited.")


class FindingScreen(Screen[None]):
    """The detail of one finding; n/p step through the list it was opened from."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        *STATUS_BINDINGS,
        Binding("n", "step(1)", "Next", id="next"),
        Binding("p", "step(-1)", "Previous", id="previous", show=False),
    ]
    HELP = """\
## A finding

The words around it (the value highlighted), where it is, who can see it, the policy
clause it touches and how to fix it on that platform.  Mark it when you have dealt with it.
"""

    def __init__(self, finding_id: str, order: list[str]) -> None:
        super().__init__()
        self.finding_id = finding_id
        self.order = order or [finding_id]

    @property
    def audit_app(self) -> AuditApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield Static(id="detail-title")
            yield Evidence(id="evidence")
            yield Static(id="facts")
            yield Static(id="clauses")
            yield Markdown(id="fix")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#evidence").border_title = "What it says"
        self.query_one("#clauses").border_title = "Policy"
        self.watch(self.app, "decisions", self.fill)

    @property
    def finding(self) -> Finding | None:
        return self.audit_app.session.finding(self.finding_id)

    def fill(self, _: object = None) -> None:
        finding = self.finding
        if finding is None:
            return
        position = f"{self.order.index(finding.id) + 1} of {len(self.order)}" if finding.id in self.order else ""
        self.query_one("#detail-title", Static).update(
            Content.assemble((kind_one(finding.kind), "bold"), (f"   {position}", "dim"))
        )
        self.query_one(Evidence).show(finding.value, finding.excerpt, finding.evidence)
        self.query_one("#facts", Static).update(facts(self.audit_app, finding))
        self.query_one("#clauses", Static).update(clauses(finding))
        fix = self.query_one("#fix", Markdown)
        fix.border_title = f"How to fix it on {platform_title(finding.platform)}"
        fix.update(guidance_for(finding.platform, finding.kind))

    def action_back(self) -> None:
        self.dismiss()

    def action_mark(self, status: Status) -> None:
        mark(self, self.finding, status)

    def action_step(self, by: int) -> None:
        if self.finding_id not in self.order:
            return
        index = (self.order.index(self.finding_id) + by) % len(self.order)
        self.finding_id = self.order[index]
        self.fill()
        self.query_one("#detail", VerticalScroll).scroll_home(animate=False)
