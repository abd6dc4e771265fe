"""What each row of the findings list says: a finding, a group of the same value, a member.

The list's cells for one finding, one group ("▸ 3× St Aidan's", with the members' common
status) and a group's member (indented, named by where it is rather than by the value the
group row already shows).  Kept apart from the widget so the words can be checked without
a terminal.  Every cell holding the person's text is `rich.text.Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text

from audit.grouping import MIXED, Group, group_status, group_title
from audit.model import Finding
from audit.wording import place_of
from tui.labels import kind_short, platform_short, seen_by_short, when
from tui.session import STATUS_LABELS

TICK, STATUS, KIND, SURE, FOUND, PLATFORM, SEEN, DATE, WORDS = (
    "tick",
    "Status",
    "Kind",
    "Sure",
    "Found",
    "Platform",
    "Seen by",
    "Date",
    "Words around it",
)
COLUMNS = (TICK, STATUS, KIND, SURE, FOUND, PLATFORM, SEEN, DATE, WORDS)
TITLES = {TICK: " "}
"""Column headings where the key is not the heading: the tick column has none."""
STATUS_STYLES = {
    "todo": "bold",
    "fixed": "green",
    "accepted": "cyan",
    "dismissed": "dim",
    "snoozed": "yellow",
    MIXED: "italic",
}
TIER_CELLS = {"likely": ("likely", "bold"), "worth a look": ("look?", "dim italic")}
"""The tier in six letters: "likely", or "look?" for a finding that is only worth a look."""
CLOSED, OPEN, INDENT, TICKED = "▸", "▾", "  ", "✓"

Cells = dict[str, Text]


def status_cell(status: str) -> Text:
    return Text(STATUS_LABELS.get(status, status), style=STATUS_STYLES.get(status, ""))


def tick_cell(ticked: bool) -> Text:
    return Text(TICKED if ticked else " ", style="bold" if ticked else "")


def finding_cells(finding: Finding, status: str, ticked: bool = False) -> Cells:
    """A finding on its own row."""
    return {
        TICK: tick_cell(ticked),
        STATUS: status_cell(status),
        KIND: Text(kind_short(finding.kind)),
        SURE: Text(*TIER_CELLS.get(finding.tier, (finding.tier, ""))),
        FOUND: Text(finding.value, overflow="ellipsis", no_wrap=True),
        PLATFORM: Text(platform_short(finding.platform)),
        SEEN: Text(seen_by_short(finding)),
        DATE: Text(when(finding)),
        WORDS: Text(finding.excerpt, overflow="ellipsis", no_wrap=True),
    }


def member_cells(finding: Finding, status: str, ticked: bool = False) -> Cells:
    """A member of an open group: indented, and named by its place (the group row has the value)."""
    cells = finding_cells(finding, status, ticked)
    cells[FOUND] = Text(f"{INDENT}{place_of(finding).words}", style="italic", overflow="ellipsis", no_wrap=True)
    return cells


def group_cells(group: Group, status_of: Callable[[Finding], str], opened: bool, ticked: bool = False) -> Cells:
    """One row for findings of the same kind and value: how many, their common status, the
    riskiest audience (members come riskiest first) and the years they span."""
    status = group_status(status_of(member) for member in group.members)
    platforms = group.platforms
    best = "likely" if any(member.tier == "likely" for member in group.members) else group.first.tier
    found = Text.assemble((f"{OPEN if opened else CLOSED} ", "bold"), (f"{len(group)}× ", "bold"), group.value)
    found.no_wrap, found.overflow = True, "ellipsis"
    return {
        TICK: tick_cell(ticked),
        STATUS: status_cell(status),
        KIND: Text(kind_short(group.kind)),
        SURE: Text(*TIER_CELLS.get(best, (best, ""))),
        FOUND: found,
        PLATFORM: Text(platform_short(platforms[0]) if len(platforms) == 1 else f"{len(platforms)} sites"),
        SEEN: Text(seen_by_short(group.first)),
        DATE: Text(date_span(group.members)),
        WORDS: Text(f"{group_title(group)} (Enter shows each)", overflow="ellipsis", no_wrap=True),
    }


def date_span(findings: Sequence[Finding]) -> str:
    """ "2016-05-14" for one date, "2013–2018" for several years, "no date" for none."""
    dates = sorted(f.created_at.date() for f in findings if f.created_at)
    if not dates:
        return "no date"
    if dates[0] == dates[-1]:
        return dates[0].isoformat()
    if dates[0].year == dates[-1].year:
        return str(dates[0].year)
    return f"{dates[0].year}–{dates[-1].year}"
