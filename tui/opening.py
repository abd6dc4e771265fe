"""What the app opens: the session it starts with, an export chosen on the welcome screen, a
fictional persona (Ctrl+P "Open persona"), one finding in full.

These are the app's methods, bound to `AuditApp` under the same names.  Each screen they
push is imported when first pushed, not with the app: the first screen (the main screen,
header and tabs) draws without the detail, welcome or persona screens loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from audit.sources import Source, source_label
from tui.session import Session, demo_session

if TYPE_CHECKING:
    from tui.app import AuditApp


def session_title(session: Session) -> str:
    """The header's second line: the persona in demo mode, else the exports being read."""
    if session.demo:
        return f"DEMO · {session.demo}"
    return ", ".join(source_label(source) for source in session.sources)


def begin(app: AuditApp) -> None:
    """Called by the main screen once it is mounted: scan, or ask for an export."""
    name_session(app)
    if app.session.sources:
        app.start_scan()
    else:
        from tui.screens.welcome import WelcomeScreen

        app.push_screen(WelcomeScreen())


def name_session(app: AuditApp) -> None:
    """The session's name in the header, and its story in demo mode."""
    app.main.show_story()
    app.sub_title = session_title(app.session)


def open_sources(app: AuditApp, sources: Sequence[Source]) -> None:
    """Scan the exports chosen on the welcome screen."""
    app.session.sources = list(sources)
    name_session(app)
    app.start_scan()


def open_finding(app: AuditApp, finding_id: str) -> None:
    """One finding in full, in the order of the whole scan (the palette's search)."""
    from tui.screens.detail import FindingScreen

    app.push_screen(FindingScreen(finding_id, [f.id for f in app.session.findings]))


def choose_persona(app: AuditApp) -> None:
    """Ask which bundled persona to open (the palette's "Open persona")."""
    from audit.demo import persona_names
    from tui.labels import persona_title
    from tui.screens.prompts import ChoicePrompt

    choices = [(f"{name}: {persona_title(name)}", name) for name in persona_names()]
    app.push_screen(ChoicePrompt("Open a fictional persona (demo mode)", choices), partial(_persona_chosen, app))


def _persona_chosen(app: AuditApp, name: str | None) -> None:
    if name:
        app.open_persona(name)


def open_persona(app: AuditApp, name: str) -> None:
    """Switch to a bundled persona with a throwaway state: the real one is never touched."""
    if app.scanning:
        app.stop_scan()
    app.session = demo_session(name)
    while len(app.screen_stack) > 1:
        app.pop_screen()
    name_session(app)
    app.start_scan()
