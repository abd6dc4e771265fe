"""How wide each column of the findings list is, so that the list fits the terminal.

At 80 columns, with findings from several platforms, every column at its natural width comes
to some 90 cells: the list was cut or scrolled sideways.  Here the columns give way in the
order that loses least: the words around the value go first (the detail shows them), then
the value narrows to `MIN_FOUND`, then who can see it, the platform and the kind are cut
with "…" down to a few letters each.  One space sits before every column.
"""

from __future__ import annotations

from rich.text import Text

from tui.widgets.group_rows import COLUMNS, DATE, FOUND, KIND, PLATFORM, SEEN, STATUS, SURE, TICK, TITLES, WORDS

FIXED_WIDTHS = {TICK: 1, STATUS: 9, SURE: 6, DATE: 10}
"""Columns whose cells never change width; Kind, Platform and Seen by fit the scan's words."""
MIN_FOUND = 16
MIN_WORDS = 12
"""Narrower than this, the words around the value are left to the detail screen."""
GIVE_WAY = ((SEEN, 7), (PLATFORM, 6), (FOUND, 12), (KIND, 6))
"""Columns cut, in this order and down to these widths, when the list is still too wide."""
GAP = 1
"""Space before each column."""


def columns_shown(several_platforms: bool) -> list[str]:
    """The list's columns: Platform only when the scan read more than one."""
    return [column for column in COLUMNS if column != PLATFORM or several_platforms]


def fit(columns: list[str], natural: dict[str, int], longest_value: int, room: int) -> dict[str, int]:
    """Each shown column's width within `room` cells (Words 0 when left out).

    `natural` holds the widest words of Kind, Platform and Seen by over the whole scan (so a
    filter never moves a column); `longest_value` the widest value in the list.
    """
    widths = {c: FIXED_WIDTHS.get(c, max(len(TITLES.get(c, c)), natural.get(c, 0))) for c in columns}
    others = sum(width for c, width in widths.items() if c not in (FOUND, WORDS))
    left = room - others - GAP * len(columns)  # what Found and Words share
    least = max(len(FOUND), min(MIN_FOUND, longest_value))
    found = min(longest_value, left - MIN_WORDS)
    if found >= least:  # room for both
        widths[FOUND], widths[WORDS] = found, left - found
    else:  # the words around it go first; the detail shows them
        widths[FOUND], widths[WORDS] = max(least, min(longest_value, left + GAP)), 0
    over = total(widths) - room
    for column, least in GIVE_WAY:
        if over <= 0:
            break
        if column in widths and widths[column] > least:
            cut = min(over, widths[column] - least)
            widths[column] -= cut
            over -= cut
    return widths


def total(widths: dict[str, int]) -> int:
    """Cells the row takes: every shown column and the space before each."""
    shown = [width for width in widths.values() if width]
    return sum(shown) + GAP * len(shown)


def line(cells: dict[str, Text], widths: dict[str, int]) -> Text:
    """One row: each cell cut with "…" or padded to its column, a space before each."""
    parts = Text(no_wrap=True, overflow="crop")
    for column, width in widths.items():
        if not width:
            continue
        cell = cells[column].copy()
        cell.no_wrap = True
        cell.truncate(width, overflow="ellipsis", pad=True)
        parts.append(" " * GAP)
        parts.append_text(cell)
    return parts


def heading(widths: dict[str, int]) -> Text:
    return line({column: Text(TITLES.get(column, column)) for column in widths}, widths)
