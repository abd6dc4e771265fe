"""What changed since the last scan, in the order that matters.

"Marked fixed but still found" comes first (the fix did not take), then new findings,
then those still there, then what has gone since last time.  One list with headings the
cursor steps over, so the whole view is one keyboard stop.  A re-check of a big export
can list 100,000 findings: the lines are worked out once (`Line`, cheap) and each is
worded only when it scrolls into view (`VirtualRows`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.content import Content

from audit.model import Finding
from audit.recheck import Recheck
from audit.report import sort_by_risk
from tui.labels import kind_one, platform_title
from tui.widgets.summary import line_widths, risk_prompt
from tui.widgets.virtual_rows import VirtualRows

SECTIONS = (
    ("marked_fixed_but_found", "Marked fixed but still found", "$error"),
    ("new", "New since last time", "$warning"),
    ("still_there", "Still there", "$foreground"),
)


@dataclass(frozen=True)
class Line:
    """One line of the view: a finding (`id` set), or words the cursor steps over."""

    id: str | None = None
    words: Content | None = None
    finding: Finding | None = None

    @property
    def disabled(self) -> bool:
        return self.finding is None


def heading(title: str, count: int, style: str) -> Line:
    return Line(words=Content.assemble((f"{title} ({count})", f"bold {style}")))


def finding_prompt(finding: Finding, status: str, widths: tuple[int, int, int] | None = None) -> Content:
    """The riskiest list's line, indented under its heading: status first, so 80 columns show it."""
    return Content.assemble("  ", risk_prompt(finding, status, *(widths or line_widths([finding]))))


def column_widths(recheck: Recheck | None) -> tuple[int, int, int] | None:
    """Widths of the kind, value and tier columns, so lines line up across sections."""
    return line_widths(recheck.found) if recheck else None


def build_lines(recheck: Recheck, first_scan: bool) -> list[Line]:
    """The view's lines: a heading per section, then its findings, riskiest first."""
    if first_scan:
        return [Line(words=Content("First scan: everything found is new. Scan again later to see what changed."))]
    lines = [Line(words=Content(f"Compared with the scan of {recheck.previous_scan}."))]
    for attribute, title, style in SECTIONS:
        findings: list[Finding] = sort_by_risk(getattr(recheck, attribute))
        lines.append(heading(title, len(findings), style))
        lines.extend(Line(finding.id, finding=finding) for finding in findings)
    gone = recheck.fixed_since
    lines.append(heading("Gone since last time", len(gone), "$success"))
    for seen in gone.values():
        label = f"  {kind_one(seen.kind)} on {platform_title(seen.platform)}, first seen {seen.first_seen}"
        lines.append(Line(words=Content(label)))
    return lines


class RecheckView(VirtualRows):
    """The re-check list; Enter on a finding opens it."""

    HELP = """\
## Re-check

After a new scan: what you marked fixed but is still there comes first, then what is
new, what is still there, and what has gone since the last scan.
"""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.recheck: Recheck | None = None
        """The comparison shown."""
        self.status_of: Callable[[Finding], str] = lambda _: "todo"
        self._lines: list[Line] = [Line(words=Content("Nothing scanned yet."))]
        self._widths: tuple[int, int, int] | None = None
        self._rows_of: dict[str, int] | None = None

    def show(
        self,
        recheck: Recheck | None,
        first_scan: bool,
        status_of: Callable[[Finding], str],
        lines: list[Line] | None = None,
        widths: tuple[int, int, int] | None = None,
    ) -> None:
        """Show a comparison (`lines` from `build_lines` and `widths` from `column_widths`, when
        a worker worked them out already)."""
        self.recheck, self.status_of = recheck, status_of
        if recheck is None:
            self._lines, self._widths = [Line(words=Content("Nothing scanned yet."))], None
        else:
            self._lines = lines if lines is not None else build_lines(recheck, first_scan)
            self._widths = widths if lines is not None else column_widths(recheck)
        self._rows_of = None
        first = next((n for n, line in enumerate(self._lines) if line.id), 0)
        self.rows_changed(first)  # the first finding: a fix that did not take, if any

    @property
    def row_count(self) -> int:
        return len(self._lines)

    def row_enabled(self, index: int) -> bool:
        return not self._lines[index].disabled

    def row_content(self, index: int) -> Content:
        line = self._lines[index]
        if line.finding is not None:
            return finding_prompt(line.finding, self.status_of(line.finding), self._widths)
        return line.words or Content("")

    def update_status(self, finding: Finding, status: str) -> None:
        """Re-word one finding's line in place after a decision."""
        if self._rows_of is None:
            self._rows_of = {line.id: n for n, line in enumerate(self._lines) if line.id}
        if finding.id in self._rows_of:
            self.row_changed(self._rows_of[finding.id])

    # What the screen and the tests read, as an `OptionList` offered it.

    @property
    def option_count(self) -> int:
        return len(self._lines)

    @property
    def highlighted(self) -> int | None:
        return self.cursor_row if self._lines and self.row_enabled(self.cursor_row) else None

    def get_option_at_index(self, index: int) -> OptionLike:
        return OptionLike(self._lines[index].id, self.row_content(index), self._lines[index].disabled)

    @property
    def current_id(self) -> str | None:
        return self._lines[self.cursor_row].id if self._lines else None

    def ids(self) -> list[str]:
        """Every finding listed, in order (the detail screen's next and previous)."""
        return [line.id for line in self._lines if line.id]


@dataclass(frozen=True)
class OptionLike:
    """A line as an `OptionList` option: its id, words and whether it can be chosen."""

    id: str | None
    prompt: Content
    disabled: bool
