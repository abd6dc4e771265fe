"""The findings list: one row per finding, or per group of findings with the same value.

A `DataTable` subclass so the list is keyboard-first (arrows, Home/End, Enter) and the
mouse works.  Findings of one kind that share a value ("St Aidan's" in 38 posts) are one
row, "▸ 38× St Aidan's", that Enter opens to show each member; a mark key on it marks them
all.  Space ticks rows, so one mark key can deal with several at once.  Row keys are finding
ids, or `GROUP_KEY` and the group's key, so the cursor survives refreshes.  What each row
says is built in `tui.widgets.group_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from audit.grouping import Group, group_findings
from audit.model import Finding
from tui.labels import kind_short, platform_short, seen_by_short
from tui.widgets.group_rows import (
    COLUMNS,
    DATE,
    FOUND,
    KIND,
    PLATFORM,
    SEEN,
    STATUS,
    SURE,
    TICK,
    TITLES,
    WORDS,
    Cells,
    finding_cells,
    group_cells,
    member_cells,
    status_cell,
    tick_cell,
)

GROUP_KEY = "group:"
"""Row keys of group rows start with this; finding ids are hex and never do."""
FIXED_WIDTHS = {TICK: 1, STATUS: 9, SURE: 6, DATE: 10}
"""Columns whose cells never change width; Kind, Platform and Seen by fit the scan's words."""
MIN_FOUND = 16
BORDERS = 2
"""The list's border, left and right (it shows where the keyboard is)."""


class FindingTable(DataTable[Text]):
    """Findings and groups as rows; `order` is every finding listed, groups' members included."""

    DEFAULT_CSS = """
    FindingTable {
        border: round $primary 40%;
        border-title-color: $text-muted;
    }
    FindingTable:focus {
        border: round $accent;
        border-title-color: $text;
    }
    """
    """A brighter border when the list has the keyboard; its title counts what it shows."""

    BINDINGS = [
        Binding("space", "tick", "Tick", tooltip="Tick the row: a mark key then marks every ticked row", id="tick"),
        Binding("escape", "untick", "Untick all", show=False, id="untick"),
    ]
    HELP = """\
## Findings

Riskiest first: what anyone can see comes before what only you can see, and
**likely** findings before those only worth a look (**look?**).  The same value found
in several places is one row (**▸ 3×**): **Enter** shows each place, and a mark key
marks them all.

- **Enter** opens the finding with its fix steps, or opens a group.
- **Space** ticks rows; a mark key then marks every ticked row (**Esc** unticks).
- **f** fixed, **a** accepted, **d** dismissed, **z** snoozed, **u** back to do.
- **/** searches, **s** changes the order, **g** groups or lists every finding.
"""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.order: list[str] = []
        self.several_platforms = False
        """Set by the screen from the whole scan, so filtering never moves the columns."""
        self.scan_findings: Sequence[Finding] = ()
        """The whole scan, whose words set the narrow columns' widths (filters never move them)."""
        self.grouped = True
        self.opened: set[str] = set()
        """Keys of the groups showing their members."""
        self.ticked: set[str] = set()
        """Row keys ticked with Space."""
        self.groups: dict[str, Group] = {}
        self.narrowed = False
        self.searching = False
        """Set by the screen from the filters, for the count in the list's border."""
        self._keys: list[str] = []
        self._findings: list[Finding] = []
        self._status_of: Callable[[Finding], str] = lambda _: "todo"

    # Filling.

    def show(self, findings: Sequence[Finding], status_of: Callable[[Finding], str]) -> None:
        """Replace the rows, keeping the cursor on the same row where it is still listed."""
        self._findings, self._status_of = list(findings), status_of
        self._rebuild(self.current_key)

    def _rebuild(self, keep: str | None) -> None:
        groups = group_findings(self._findings) if self.grouped else [Group(f.id, (f,)) for f in self._findings]
        self.groups = {GROUP_KEY + group.key: group for group in groups if len(group) > 1}
        self.opened &= set(self.groups)
        self.order = [member.id for group in groups for member in group.members]
        rows = list(self._rows(groups))
        self.ticked &= {key for key, _ in rows}
        self.clear(columns=True)
        columns = [c for c in COLUMNS if c != PLATFORM or self.several_platforms]
        for column in columns:
            self.add_column(TITLES.get(column, column), key=column, width=self._width(column, columns, rows))
        for key, cells in rows:
            self.add_row(*(cells[c] for c in columns), key=key)
        self._keys = [key for key, _ in rows]
        if keep in self._keys:
            self.move_cursor(row=self._keys.index(keep))
        self._retitle()

    def _retitle(self) -> None:
        total = len(self.scan_findings) or len(self._findings)
        self.border_title = list_count(
            total, len(self.order), len(self._keys), len(self.groups), len(self.ticked), self.narrowed, self.searching
        )

    def _rows(self, groups: list[Group]) -> Iterator[tuple[str, Cells]]:
        status_of = self._status_of
        for group in groups:
            if len(group) == 1:
                finding = group.first
                yield finding.id, finding_cells(finding, status_of(finding), finding.id in self.ticked)
                continue
            key = GROUP_KEY + group.key
            yield key, group_cells(group, status_of, key in self.opened, key in self.ticked)
            if key in self.opened:
                for member in group.members:
                    yield member.id, member_cells(member, status_of(member), member.id in self.ticked)

    def _width(self, column: str, columns: list[str], rows: list[tuple[str, Cells]]) -> int | None:
        """Narrow columns fit their words; `Found` fits what is left of the terminal; the words
        column sizes itself."""
        if column in FIXED_WIDTHS:
            return FIXED_WIDTHS[column]
        scan = self.scan_findings or self._findings
        if column == KIND:
            return max([len(KIND), *(len(kind_short(f.kind)) for f in scan)])
        if column == PLATFORM:
            return max([len(PLATFORM), *(len(platform_short(f.platform)) for f in scan)])
        if column == SEEN:
            return max([len(SEEN), *(len(seen_by_short(f)) for f in scan)])
        if column != FOUND:
            return None
        others = sum(self._width(c, columns, rows) or 0 for c in columns if c not in (FOUND, WORDS))
        padding = 2 * (len(columns) - 1) + 2
        room = self.app.size.width - others - padding - 2 - BORDERS
        longest = max((cells[FOUND].cell_len for _, cells in rows), default=MIN_FOUND)
        return max(MIN_FOUND, min(longest, room))

    # What is under the cursor, and what is ticked.

    @property
    def current_key(self) -> str | None:
        """The row key under the cursor: a finding id or a group's key."""
        if not self._keys or not 0 <= self.cursor_row < len(self._keys):
            return None
        return self._keys[self.cursor_row]

    @property
    def current_id(self) -> str | None:
        """The finding under the cursor; None on a group's row."""
        key = self.current_key
        return None if key is None or key.startswith(GROUP_KEY) else key

    @property
    def current_group(self) -> Group | None:
        key = self.current_key
        return self.groups.get(key) if key else None

    def chosen_ids(self) -> list[str]:
        """What a mark key applies to: the ticked rows, else the row under the cursor (a
        group's row stands for all its members)."""
        keys = [key for key in self._keys if key in self.ticked] or ([self.current_key] if self.current_key else [])
        chosen: dict[str, None] = {}
        for key in keys:
            group = self.groups.get(key)
            chosen.update(dict.fromkeys(group.ids() if group else [key]))
        return list(chosen)

    # Changing rows in place.

    def toggle_group(self, key: str) -> None:
        """Show or hide a group's members, the cursor staying on the group's row."""
        if key not in self.groups:
            return
        self.opened ^= {key}
        self._rebuild(key)

    def set_grouped(self, grouped: bool) -> None:
        self.grouped = grouped
        self._rebuild(self.current_id or (self.order[0] if self.order else None))

    def update_status(self, finding: Finding, status: str) -> None:
        """Change one finding's status cell, and its group's, in place: a refill is slow on big exports."""
        if finding.id in self._keys:
            self.update_cell(finding.id, STATUS, status_cell(status))
        for key, group in self.groups.items():
            if finding.id in group.ids():
                cells = group_cells(group, self._status_of, key in self.opened, key in self.ticked)
                self.update_cell(key, STATUS, cells[STATUS])

    def untick_all(self) -> None:
        for key in list(self.ticked):
            self.ticked.discard(key)
            if key in self._keys:
                self.update_cell(key, TICK, tick_cell(False))
        self._retitle()
        self.post_message(self.Ticked())

    # Actions.

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "untick":
            return bool(self.ticked)
        return True

    def action_tick(self) -> None:
        """Tick or untick the row under the cursor, then move down, as in a file manager."""
        key = self.current_key
        if key is None:
            return
        self.ticked ^= {key}
        self.update_cell(key, TICK, tick_cell(key in self.ticked))
        self._retitle()
        self.post_message(self.Ticked())
        self.action_cursor_down()

    def action_untick(self) -> None:
        self.untick_all()

    class Ticked(Message):
        """The ticked rows changed (the screen re-counts)."""


def list_count(total: int, shown: int, rows: int, groups: int, ticked: int, narrowed: bool, searching: bool) -> str:
    """ "19 findings, 10 rows · Enter opens a group · 2 ticked: a mark key marks all"."""
    if not shown:
        if searching:
            return f"None of {total} findings match the search (Esc in the search box clears it)"
        return f"None of {total} findings match these filters" if total else "No findings"
    counted = f"{shown} of {total} findings match" if narrowed else f"{total} finding{'s' if total != 1 else ''}"
    parts = [f"{counted}, {rows} rows" if groups else counted]
    if groups:
        parts.append("Enter opens a group")
    if ticked:
        parts.append(f"{ticked} ticked: a mark key marks all")
    return " · ".join(parts)
