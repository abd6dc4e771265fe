"""The command palette (Ctrl+P): app commands, and jumping straight to a finding.

`app_commands` feeds `App.get_system_commands`; `FindingsProvider` makes every finding of
the last scan searchable by kind, value and platform.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.labels import kind_title, platform_title
from tui.screens.detail import FindingScreen

if TYPE_CHECKING:
    from tui.app import AuditApp


def app_commands(app: AuditApp) -> Iterator[SystemCommand]:
    """Our commands, shown first in the palette."""
    finding_screen = _finding_screen(app)
    if finding_screen is not None:
        yield SystemCommand(
            "Check it's gone",
            "Fetch this finding's public page again, as a stranger sees it, and say whether it has gone (v)",
            finding_screen.action_check_gone,
        )
    yield SystemCommand("Re-scan", "Scan the exports again and compare with your progress", app.action_rescan)
    yield SystemCommand(
        "Export findings",
        "Write the findings as JSON (profile-audit.findings/1), only you can read it",
        app.action_export,
    )
    yield SystemCommand(
        "Open persona", "Open a bundled fictional persona (demo mode, nothing saved)", app.action_open_persona
    )
    yield SystemCommand(
        "Export report",
        "Write a report to keep, or a masked copy to share with a line manager (one web page)",
        app.action_export_report,
    )
    yield SystemCommand("Toggle light/dark", "Switch between the light and the dark theme", app.action_toggle_theme)
    yield SystemCommand("Help", "Keys and what the statuses mean", app.action_help)


def _finding_screen(app: AuditApp) -> FindingScreen | None:
    """The finding's screen the palette was opened over, if it was opened over one."""
    for screen in reversed(app.screen_stack):
        if not isinstance(screen, CommandPalette):
            return screen if isinstance(screen, FindingScreen) else None
    return None


class FindingsProvider(Provider):
    """Search the last scan's findings: "phone x public" finds public phone numbers on X.

    The title holds the person's own value, so it is passed as `Content` (the palette
    would read a plain string as markup); the help line holds only our own words.
    """

    def _candidates(self) -> list[tuple[str, str, str]]:
        app: AuditApp = self.app  # type: ignore[assignment]
        session = app.session
        return [
            (
                f"{kind_title(f.kind)}: {f.value}",
                f"{platform_title(f.platform)} · {f.visibility} · {session.status_of(f)}",
                f.id,
            )
            for f in session.findings
        ]

    async def discover(self) -> Hits:
        for title, help_text, finding_id in self._candidates()[:5]:
            yield DiscoveryHit(Content(title), partial(self._open, finding_id), text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, finding_id in self._candidates():
            score = matcher.match(f"{title} {help_text}")
            if score > 0:
                yield Hit(score, Content(title), partial(self._open, finding_id), text=title, help=help_text)

    def _open(self, finding_id: str) -> None:
        app: AuditApp = self.app  # type: ignore[assignment]
        app.open_finding(finding_id)
