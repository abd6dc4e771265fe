"""The app's own keys and commands, on every screen: help, re-scan, export, report, theme,
the command palette's (Ctrl+P) commands and finding search; and how the app ends: `q`, Ctrl+C
(exit code 130), or a bug (a traceback without the person's data).

These are the app's methods, bound to `AuditApp` under Textual's names (`action_help`, …).
The help screen and the palette's module (`tui.commands`, with the detail screen it opens)
are imported when first used: the app's first screen draws without them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.segment import Segments
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

if TYPE_CHECKING:
    from textual.command import Provider  # its module is loaded with the palette, not the app

    from tui.app import AuditApp

DARK, LIGHT = "textual-dark", "textual-light"
BINDINGS: list[BindingType] = [
    Binding("question_mark", "help", "Help", id="help"),
    Binding("r", "rescan", "Re-scan", id="rescan"),
    Binding("e", "export", "Export", tooltip="Export findings as JSON", show=False, id="export"),
    Binding("h", "export_report", "Report", tooltip="Export a report to keep or share (HTML)", show=False, id="report"),
    Binding("t", "toggle_theme", "Theme", tooltip="Switch between light and dark", show=False, id="toggle-theme"),
    Binding("q", "quit", "Quit", id="quit"),
]
NEEDS_A_SCAN = ("rescan", "export", "export_report")
"""Actions shown but disabled while a scan runs."""


def findings_provider() -> type[Provider]:
    """The palette's finding search (`App.COMMANDS` takes a function: loaded when Ctrl+P opens)."""
    from tui.commands import FindingsProvider

    return FindingsProvider


def system_commands(app: AuditApp, screen: Screen[object]) -> Iterable[SystemCommand]:
    """Our commands first in the palette, then Textual's own."""
    from tui.commands import app_commands

    yield from app_commands(app)
    yield from App.get_system_commands(app, screen)


def check_action(app: AuditApp, action: str, parameters: tuple[object, ...]) -> bool | None:
    """Re-scan and the exports are shown greyed out while a scan runs."""
    if action in NEEDS_A_SCAN:
        return None if app.scanning else True
    return True


def show_help(app: AuditApp) -> None:
    """`?`: the keys live on the screen underneath, and what the statuses mean."""
    from tui.screens.help import HelpScreen

    if not isinstance(app.screen, HelpScreen):
        app.push_screen(HelpScreen(app.screen))


def quit_interrupted(app: AuditApp) -> None:
    """Ctrl+C quits, as in any terminal program, with exit code 130 like an interrupted scan
    (Textual's own Ctrl+C only says to press Ctrl+Q).  Decisions are already saved."""
    app.exit(return_code=130)


def fatal_error(app: AuditApp) -> None:
    """Textual's crash report (its `_fatal_error`) without local variables: Textual shows every
    frame's, and here they could hold a phone number, an address or a post from the person's
    export, printed on their terminal and kept in its scroll-back."""
    from rich.traceback import Traceback

    app.bell()
    traceback = Traceback(show_locals=False, width=None)
    app._exit_renderables.append(Segments(app.console.render(traceback, app.console.options)))
    app._close_messages_no_wait()


def toggle_theme(app: AuditApp) -> None:
    """`t`: light or dark."""
    app.theme = LIGHT if app.current_theme.dark else DARK


def rescan(app: AuditApp) -> None:
    """`r`: back to the main screen and scan the same exports again."""
    if app.scanning:
        return
    if not app.session.sources:
        app.notify("Open an export first.", severity="warning")
        return
    while len(app.screen_stack) > 1:
        app.pop_screen()
    app.start_scan()
