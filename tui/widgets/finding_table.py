"""The findings list: one row per finding, riskiest first, keyed by fingerprint.

A `DataTable` subclass so the list is keyboard-first (arrows, Home/End, Enter) and the
mouse works.  Cells holding the person's text are `rich.text.Text`, which the table
shows as-is: a bio containing `[link=...]` is never read as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.widgets import DataTable

from audit.model import Finding
from tui.labels import kind_short, platform_title, visibility_short, when
from tui.session import STATUS_LABELS

STATUS_STYLES = {"todo": "bold", "fixed": "green", "accepted": "cyan", "dismissed": "dim", "snoozed": "yellow"}
COLUMNS = ("Status", "Kind", "Found", "Platform", "Who can see it", "Date", "Words around it")
PLATFORM = "Platform"
"""Shown only when the scan covers more than one platform: 80 columns are precious."""


class FindingTable(DataTable[Text]):
    """Findings as rows; the row key is the finding id, so the cursor survives refreshes."""

    HELP = """\
## Findings

Riskiest first: what anyone can see comes before what only you can see.

- **Enter** opens the finding with its fix steps.
- **f** fixed, **a** accepted, **d** dismissed, **z** snoozed, **u** back to do.
"""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.order: list[str] = []
        self.several_platforms = False
        """Set by the screen from the whole scan, so filtering never moves the columns."""

    def show(self, findings: Sequence[Finding], status_of: Callable[[Finding], str]) -> None:
        """Replace the rows, keeping the cursor on the same finding where it is still listed."""
        keep = self.current_id
        self.clear(columns=True)
        columns = [c for c in COLUMNS if c != PLATFORM or self.several_platforms]
        for title in columns:
            self.add_column(title, key=title)
        self.order = [finding.id for finding in findings]
        for finding in findings:
            status = status_of(finding)
            cells = {
                "Status": Text(STATUS_LABELS.get(status, status), style=STATUS_STYLES.get(status, "")),
                "Kind": Text(kind_short(finding.kind)),
                "Found": Text(finding.value),
                PLATFORM: Text(platform_title(finding.platform)),
                "Who can see it": Text(visibility_short(finding.visibility)),
                "Date": Text(when(finding)),
                "Words around it": Text(finding.excerpt),
            }
            self.add_row(*(cells[c] for c in columns), key=finding.id)
        if keep in self.order:
            self.move_cursor(row=self.order.index(keep))

    @property
    def current_id(self) -> str | None:
        """The finding under the cursor, if any."""
        if not self.order or not 0 <= self.cursor_row < len(self.order):
            return None
        return self.order[self.cursor_row]
