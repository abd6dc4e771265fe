"""First screen when no export was given: where to get one, and a box to type its path.

A new member of staff may not know the platforms let them download their data; this
screen says where, and offers the bundled demo so they can see what the tool does first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Markdown

if TYPE_CHECKING:
    from tui.app import AuditApp

WELCOME = """\
## Check what your social media shows about you

Reads the archive a platform lets you download and checks it against your school's
social-media policy. **Nothing leaves this computer.**

1. Download your data (a `.zip`, ready after a day or two). On X: *Settings and
   privacy > Your account > Download an archive of your data*. On Facebook or
   Instagram: *Accounts Centre > Your information and permissions > Download your
   information* (choose JSON).
2. Type the path of the `.zip` or the unpacked folder below, then press **Enter**.

Not ready? **Try the demo**: a fictional teacher's account, nothing saved.
"""


class WelcomeScreen(Screen[None]):
    """Explains where exports come from and takes the path of one."""

    BINDINGS = [Binding("ctrl+o", "demo", "Try the demo", id="demo")]
    AUTO_FOCUS = "#source"

    @property
    def audit_app(self) -> AuditApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="welcome"):
            yield Markdown(WELCOME + self.last_scan_line())
            yield Input(placeholder="~/Downloads/twitter-2024-11-01.zip", id="source")
            with Horizontal(id="welcome-buttons"):
                yield Button("Scan", id="scan", variant="primary")
                yield Button("Try the demo", id="demo")
        yield Footer()

    def last_scan_line(self) -> str:
        """Next year's visit: remind them their progress is kept and a new scan is compared."""
        scans = self.audit_app.session.state.scans
        if not scans:
            return ""
        return f"\nYour progress from the scan of {scans[-1]} is kept: scan a new export to see what changed.\n"

    @on(Input.Submitted)
    @on(Button.Pressed, "#scan")
    def _scan(self) -> None:
        text = self.query_one("#source", Input).value.strip()
        if not text:
            self.notify("Type the path of an export first.", severity="warning", markup=False)
            return
        path = Path(text).expanduser()
        if not path.exists():
            self.notify("There is nothing at that path.", severity="error", markup=False)
            return
        self.dismiss()
        self.audit_app.open_sources([path])

    @on(Button.Pressed, "#demo")
    def action_demo(self) -> None:
        """Pick a persona; this screen stays until one is chosen (opening it closes this)."""
        self.audit_app.action_open_persona()
