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
FOUND, PLATFORM, WORDS = "Found", "Platform", "Words around it"
SURE = "Sure"
COLUMNS = ("Status", "Kind", SURE, FOUND, PLATFORM, "Seen by", "Date", WORDS)
FIXED_WIDTHS = {"Status": 9, "Kind": 11, SURE: 6, PLATFORM: 9, "Seen by": 11, "Date": 10}
TIER_CELLS = {"likely": ("likely", "bold"), "worth a look": ("look?", "dim italic")}
"""The tier in six letters: "likely", or "look?" for a finding that is only worth a look."""
"""Widest cell of each short column; `Found` takes what is left of the terminal, then the words."""
MIN_FOUND = 16


def platform_short(platform: str) -> str:
    """ "X (Twitter)" -> "X": the list's column is narrow; the detail spells it out."""
    return platform_title(platform).split(" (")[0]


class FindingTable(DataTable[Text]):
    """Findings as rows; the row key is the finding id, so the cursor survives refreshes."""

    HELP = """\
## Findings

Riskiest first: what anyone can see comes before what only you can see, and
**likely** findings before those only worth a look (**look?**).

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
            self.add_column(title, key=title, width=self._width(title, columns, findings))
        self.order = [finding.id for finding in findings]
        for finding in findings:
            status = status_of(finding)
            cells = {
                "Status": Text(STATUS_LABELS.get(status, status), style=STATUS_STYLES.get(status, "")),
                "Kind": Text(kind_short(finding.kind)),
                SURE: Text(*TIER_CELLS.get(finding.tier, (finding.tier, ""))),
                FOUND: Text(finding.value, overflow="ellipsis", no_wrap=True),
                PLATFORM: Text(platform_short(finding.platform)),
                "Seen by": Text(visibility_short(finding.visibility)),
                "Date": Text(when(finding)),
                WORDS: Text(finding.excerpt, overflow="ellipsis", no_wrap=True),
            }
            self.add_row(*(cells[c] for c in columns), key=finding.id)
        if keep in self.order:
            self.move_cursor(row=self.order.index(keep))

    def _width(self, title: str, columns: list[str], findings: Sequence[Finding]) -> int | None:
        """Short columns are fixed; `Found` fits the terminal (80 columns show every column but
        the words); the words column sizes itself."""
        if title in FIXED_WIDTHS:
            return FIXED_WIDTHS[title]
        if title != FOUND:
            return None
        others = sum(FIXED_WIDTHS[c] for c in columns if c in FIXED_WIDTHS)
        padding = 2 * (len(columns) - 1) + 2
        room = self.app.size.width - others - padding - 2
        longest = max((len(f.value) for f in findings), default=MIN_FOUND)
        return max(MIN_FOUND, min(longest, room))

    def update_status(self, finding: Finding, status: str) -> None:
        """Change one row's status cell in place: a full refill is slow on big exports."""
        if finding.id in self.rows:
            cell = Text(STATUS_LABELS.get(status, status), style=STATUS_STYLES.get(status, ""))
            self.update_cell(finding.id, "Status", cell)

    @property
    def current_id(self) -> str | None:
        """The finding under the cursor, if any."""
        if not self.order or not 0 <= self.cursor_row < len(self.order):
            return None
        return self.order[self.cursor_row]
