"""What changed since the last scan, in the order that matters.

"Marked fixed but still found" comes first (the fix did not take), then new findings,
then those still there, then what has gone since last time.  One `OptionList` with
disabled headings, so the whole view is one keyboard stop.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from audit.model import Finding
from audit.recheck import Recheck
from audit.report import sort_by_risk
from tui.labels import kind_one, platform_title
from tui.widgets.summary import line_widths, risk_prompt

SECTIONS = (
    ("marked_fixed_but_found", "Marked fixed but still found", "$error"),
    ("new", "New since last time", "$warning"),
    ("still_there", "Still there", "$foreground"),
)


def heading(title: str, count: int, style: str) -> Option:
    return Option(Content.assemble((f"{title} ({count})", f"bold {style}")), disabled=True)


def finding_prompt(finding: Finding, status: str, widths: tuple[int, int, int] | None = None) -> Content:
    """The riskiest list's line, indented under its heading: status first, so 80 columns show it."""
    return Content.assemble("  ", risk_prompt(finding, status, *(widths or line_widths([finding]))))


def column_widths(recheck: Recheck | None) -> tuple[int, int, int] | None:
    """Widths of the kind, value and tier columns, so lines line up across sections."""
    return line_widths(recheck.found) if recheck else None


def build_options(recheck: Recheck, first_scan: bool, status_of: Callable[[Finding], str]) -> list[Option]:
    """The list's options: a heading per section, then its findings (ids are fingerprints)."""
    if first_scan:
        previous = Option(Content("First scan: everything found is new. Scan again later to see what changed."))
        return [previous]
    options: list[Option] = [
        Option(Content(f"Compared with the scan of {recheck.previous_scan}."), disabled=True),
    ]
    width = column_widths(recheck)
    for attribute, title, style in SECTIONS:
        findings: list[Finding] = sort_by_risk(getattr(recheck, attribute))
        options.append(heading(title, len(findings), style))
        options.extend(Option(finding_prompt(f, status_of(f), width), id=f.id) for f in findings)
    gone = recheck.fixed_since
    options.append(heading("Gone since last time", len(gone), "$success"))
    for seen in gone.values():
        label = f"  {kind_one(seen.kind)} on {platform_title(seen.platform)}, first seen {seen.first_seen}"
        options.append(Option(Content(label), disabled=True))
    return options


class RecheckView(OptionList):
    """The re-check list; Enter on a finding opens it."""

    HELP = """\
## Re-check

After a new scan: what you marked fixed but is still there comes first, then what is
new, what is still there, and what has gone since the last scan.
"""

    recheck: Recheck | None = None
    """The comparison shown, kept to re-word one line at a time."""

    def update_status(self, finding: Finding, status: str) -> None:
        """Re-word one finding's line in place after a decision."""
        with suppress(OptionDoesNotExist):
            self.replace_option_prompt(finding.id, finding_prompt(finding, status, column_widths(self.recheck)))

    def show(self, recheck: Recheck | None, first_scan: bool, status_of: Callable[[Finding], str]) -> None:
        self.recheck = recheck
        if recheck is None:
            self.set_options([Option(Content("Nothing scanned yet."), disabled=True)])
            return
        options = build_options(recheck, first_scan, status_of)
        self.set_options(options)
        first = next((i for i, option in enumerate(options) if option.id), None)
        if first is not None:
            self.highlighted = first  # the first finding: a fix that did not take, if any
