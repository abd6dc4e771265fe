"""The findings list: one row per finding, or per group of findings with the same value.

Findings of one kind that share a value ("St Aidan's" in 38 posts) are one row,
"▸ 38× St Aidan's", that Enter opens to show each member; a mark key on it marks them all.
Space ticks rows, so one mark key can deal with several at once.  Row keys are finding ids,
or `GROUP_KEY` and the group's key, so the cursor survives refills.

It paints only the rows on screen (`VirtualRows`): the screen hands it a `Listing` built off
the UI thread, and a row's cells (`tui.widgets.group_rows`) are made when it scrolls into
view, so 100,000 findings show as fast as ten.  The columns fit the terminal
(`tui.widgets.table_columns`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.message import Message

from audit.grouping import Group
from audit.model import Finding
from tui.widgets.group_rows import Cells, finding_cells, group_cells, member_cells
from tui.widgets.listing import GROUP_KEY, Listing, ScanIndex
from tui.widgets.table_columns import columns_shown, fit, heading, line, total
from tui.widgets.virtual_rows import VirtualRows

__all__ = ["GROUP_KEY", "FindingTable", "list_count"]
BORDERS = 2


@dataclass(frozen=True)
class Column:
    """A column as the tests and the screen read it: its width in cells (0: left out)."""

    width: int


class FindingTable(VirtualRows):
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

    header_height = 1
    zebra_stripes = True

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = ScanIndex(())
        """The whole scan: its words set the narrow columns' widths (filters never move them)."""
        self.grouped = True
        self.opened: set[str] = set()
        """Keys of the groups showing their members."""
        self.ticked: set[str] = set()
        """Row keys ticked with Space."""
        self.groups: dict[str, Group] = {}
        self.order: list[str] = []
        self.narrowed = False
        self.searching = False
        """Set by the screen from the filters, for the count in the list's border."""
        self.finding: Callable[[str], Finding | None] = lambda _: None
        self.status_of: Callable[[Finding], str] = lambda _: "todo"
        self._listing = Listing([], True, [], 0)
        self._keys: list[str] = []
        self._rows_of: dict[str, int] | None = None
        self._member_group: dict[str, str] = {}
        self._widths: tuple[int, int, dict[str, int]] | None = None

    # Filling.

    def show(self, listing: Listing, keep: str | None = None) -> None:
        """Replace the rows, keeping the cursor on the same row (`keep`, else the current one)."""
        keep = keep or self.current_key
        self._listing, self.grouped = listing, listing.grouped
        self.groups = listing.by_key
        self.order = listing.order
        self.opened &= set(self.groups)
        self._relist(keep)

    def _relist(self, keep: str | None) -> None:
        keys: list[str] = []
        members: dict[str, str] = {}
        for group in self._listing.groups:
            if len(group) == 1:
                keys.append(group.first.id)
                continue
            key = GROUP_KEY + group.key
            keys.append(key)
            if key in self.opened:
                for member in group.members:
                    keys.append(member.id)
                    members[member.id] = key
        self._keys, self._member_group, self._rows_of, self._widths = keys, members, None, None
        self.ticked &= set(self._row_index())
        self.rows_changed(self._row_index().get(keep, self.cursor_row) if keep else self.cursor_row)
        self.retitle()

    def _row_index(self) -> dict[str, int]:
        if self._rows_of is None:
            self._rows_of = {key: n for n, key in enumerate(self._keys)}
        return self._rows_of

    def retitle(self) -> None:
        total_findings = len(self.index.findings)
        self.border_title = list_count(
            total_findings, len(self.order), len(self._keys), len(self.groups), len(self.ticked),
            self.narrowed, self.searching,
        )  # fmt: skip

    # Rows, painted on demand.

    @property
    def row_count(self) -> int:
        return len(self._keys)

    def _cells(self, key: str) -> Cells:
        group = self.groups.get(key)
        if group is not None:
            return group_cells(group, self.status_of, key in self.opened, key in self.ticked)
        finding = self.finding(key)
        if finding is None:
            return {}
        status = self.status_of(finding)
        if key in self._member_group:
            return member_cells(finding, status, key in self.ticked)
        return finding_cells(finding, status, key in self.ticked)

    def _column_widths(self) -> dict[str, int]:
        room = self.scrollable_content_region.width or max(0, self.app.size.width - BORDERS - 2)
        if self._widths is None or self._widths[:2] != (room, len(self._keys)):
            longest = self._listing.longest_value
            for member in self._member_group:
                finding = self.finding(member)
                if finding is not None:
                    longest = max(longest, member_cells(finding, "todo")["Found"].cell_len)
            columns = columns_shown(self.index.several_platforms)
            self._widths = (room, len(self._keys), fit(columns, self.index.widths, longest, room))
        return self._widths[2]

    def content_width(self) -> int:
        return max(self.scrollable_content_region.width, total(self._column_widths()))

    def row_content(self, index: int) -> Content:
        cells = self._cells(self._keys[index])
        if not cells:
            return Content("")
        return Content.from_rich_text(line(cells, self._column_widths()))

    def header_content(self) -> Content:
        return Content.from_rich_text(heading(self._column_widths()))

    def on_resize(self) -> None:
        self._widths = None

    # What the tests and the screen read, as a `DataTable` offered it.

    @property
    def columns(self) -> dict[str, Column]:
        return {name: Column(width) for name, width in self._column_widths().items()}

    def get_row_index(self, key: str) -> int:
        return self._row_index()[key]

    def get_row(self, key: str) -> list[Text]:
        """The row's cells, every column of the list (even one too narrow to show)."""
        cells = self._cells(key)
        return [cells[column] for column in columns_shown(self.index.several_platforms)]

    def get_row_at(self, index: int) -> list[Text]:
        return self.get_row(self._keys[index])

    def key_at(self, index: int) -> str | None:
        return self._keys[index] if 0 <= index < len(self._keys) else None

    # What is under the cursor, and what is ticked.

    @property
    def current_key(self) -> str | None:
        """The row key under the cursor: a finding id or a group's key."""
        return self.key_at(self.cursor_row)

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
        keys = [key for key in self._keys if key in self.ticked] if self.ticked else []
        keys = keys or ([self.current_key] if self.current_key else [])
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
        self._relist(key)

    def update_status(self, finding: Finding, status: str) -> None:
        """Re-word one finding's row, and its group's, in place: a refill is slow on big exports."""
        rows = self._row_index()
        if finding.id in rows:
            self.row_changed(rows[finding.id])
        group = GROUP_KEY + self.index.group_key(finding)
        if group in rows:
            self.row_changed(rows[group])

    def untick_all(self) -> None:
        rows = self._row_index()
        for key in list(self.ticked):
            self.ticked.discard(key)
            if key in rows:
                self.row_changed(rows[key])
        self.retitle()
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
        self.row_changed(self.cursor_row)
        self.retitle()
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
