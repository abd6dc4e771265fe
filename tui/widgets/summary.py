"""The at-a-glance view: how exposed the person is, by kind, platform and audience.

Three count boxes and a headline, then the riskiest findings as a list the person can
open, its columns lined up, and a last line saying how many more the Findings tab has.
Everything is built as plain `Content`; finding values go through `Content(...)` and are
never parsed as markup.  The counts come from the scan's `ScanTally`, made once off the UI
thread, so showing the summary (again after every decision) never walks 100,000 findings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from audit.fetchers import WEB_PLATFORM
from audit.model import Finding
from audit.pipeline import ScanResult
from audit.report import VISIBILITY_RISK
from tui.labels import (
    kind_count_title,
    kind_short,
    platform_short,
    platform_title,
    seen_by_short,
    visibility_short,
    when,
)
from tui.session import STATUS_LABELS
from tui.session_tally import ScanTally, count_scan

RISKIEST = 12
"""How many findings the summary lists; the Findings tab has them all."""
VALUE_WIDTH = 30
"""The widest value the riskiest list lines up; a longer one is cut with "…"."""


def count_lines(counts: Counter[str], label: Callable[[str], str], order: Callable[[str], Any] = str) -> Content:
    """One `label ... n` line per key, aligned; a dash when there is nothing."""
    if not counts:
        return Content("—")
    width = max(len(label(key)) for key in counts) + 2
    lines = [Content(f"{label(key):<{width}}{counts[key]:>3}") for key in sorted(counts, key=order)]
    return Content("\n").join(lines)


def sources_words(result: ScanResult) -> str:
    """ "1 export", "2 exports and 1 public page": a page fetched is not called an export."""
    pages = sum(1 for report in result.sources if report.platform == WEB_PLATFORM)
    exports = len(result.sources) - pages
    parts = [f"{exports} export{'s' if exports != 1 else ''}"] if exports or not pages else []
    if pages:
        parts.append(f"{pages} public page{'s' if pages != 1 else ''}")
    return " and ".join(parts)


def headline(
    result: ScanResult, findings: Sequence[Finding], status_counts: dict[str, int], counted: ScanTally | None = None
) -> Content:
    """ "10 findings in 1 export · 5 public" and a line of progress by status (`counted`: the
    findings' tally, when it was made already)."""
    counted = counted if counted is not None else count_scan(findings)
    items = sum(report.items for report in result.sources)
    total = counted.total
    first = Content.assemble(
        (f"{total} finding{'s' if total != 1 else ''}", "bold"),
        f" in {sources_words(result)} ({items:,} items read)",
        audience(counted.public, counted.unknown),
    )
    done = [f"{n} {STATUS_LABELS[status]}" for status, n in status_counts.items() if n]
    second = Content.styled("Progress: " + (", ".join(done) if done else "nothing yet"), "dim")
    unreadable = sum(len(report.unreadable) for report in result.sources)
    parts = [first, second]
    if unreadable:
        parts.append(Content.styled(f"{unreadable} file(s) could not be read: see Export for the list", "$warning"))
    if result.cancelled:
        parts.append(Content.styled("The scan was stopped part-way: these are only the findings so far.", "$warning"))
    return Content("\n").join(parts)


def audience(public: int, unknown: int) -> Content:
    """Who can see the findings, never implying a safety the export cannot show: an audience the
    export does not record is "can't tell", not "not public"."""
    if public:
        return Content.styled(f"  ·  {public} public", "bold $error")
    if unknown:
        return Content.styled(f"  ·  can't tell who sees {unknown}: check each on the platform", "bold $warning")
    return Content("  ·  none public")


def risk_prompt(
    finding: Finding,
    status: str,
    kind_width: int = 8,
    value_width: int | None = None,
    tier_width: int | None = None,
) -> Content:
    """One line for the riskiest list: status, kind, value, how sure, then who can see it and
    where.  With `value_width` and `tier_width` (see `line_widths`) every part starts in the
    same column on every line; a value longer than `VALUE_WIDTH` is cut with "…"."""
    value = finding.value
    if value_width is not None and len(value) > value_width:
        value = value[: value_width - 1] + "…"
    padding = " " * (value_width - len(value)) if value_width is not None else ""
    tier = f"{finding.tier:<{tier_width}}" if tier_width is not None else finding.tier
    return Content.assemble(
        (f"{STATUS_LABELS.get(status, status):<10}", "dim"),
        (f"{kind_short(finding.kind):<{kind_width}}", "bold"),
        Content(value),
        padding,
        (f"  {tier}", "italic" if finding.tier == "likely" else "dim italic"),
        (f" · {seen_by_short(finding)} · {platform_short(finding.platform)} · {when(finding)}", "dim"),
    )


def line_widths(findings: Sequence[Finding]) -> tuple[int, int, int]:
    """The kind, value and tier widths that line up `risk_prompt` lines for these findings."""
    kind = max((len(kind_short(f.kind)) for f in findings), default=0) + 2
    value = min(max((len(f.value) for f in findings), default=0), VALUE_WIDTH)
    tier = max((len(f.tier) for f in findings), default=0)
    return kind, value, tier


def more_line(shown: int, total: int) -> Option:
    """The line after a cut list: how many more, and where they are."""
    rest = total - shown
    return Option(Content.styled(f"… and {rest} more in the Findings tab (press 2)", "dim italic"), disabled=True)


class SummaryView(Vertical):
    """Headline, counts by kind/platform/visibility, and the riskiest findings."""

    def compose(self) -> ComposeResult:
        yield Static(Content("Scanning…"), id="headline")
        with Horizontal(id="counts"):
            yield Static(Content("—"), id="by-kind", classes="count-box")
            yield Static(Content("—"), id="by-platform", classes="count-box")
            yield Static(Content("—"), id="by-visibility", classes="count-box")
        yield OptionList(id="riskiest", markup=False)

    def on_mount(self) -> None:
        self.query_one("#by-kind").border_title = "By kind"
        self.query_one("#by-platform").border_title = "By platform"
        self.query_one("#by-visibility").border_title = "Who can see it"
        self.query_one("#riskiest").border_title = "Riskiest first (Enter opens)"

    def show(
        self,
        result: ScanResult,
        findings: Sequence[Finding],
        status_of: Callable[[Finding], str],
        counts: dict[str, int],
        counted: ScanTally | None = None,
    ) -> None:
        """Fill every part from one scan; `findings` come riskiest first, `counted` is their
        tally (`Session.tally`; made here if not given)."""
        counted = counted if counted is not None and counted.total == len(findings) else count_scan(findings)
        self.query_one("#headline", Static).update(headline(result, findings, counts, counted))
        kinds: Counter[str] = Counter()
        for kind, n in counted.kinds.items():
            kinds[kind_count_title(kind)] += n
        self.query_one("#by-kind", Static).update(count_lines(kinds, str))
        self.query_one("#by-platform", Static).update(count_lines(counted.platforms, platform_title))
        self.query_one("#by-visibility", Static).update(
            count_lines(counted.audiences, visibility_short, lambda v: VISIBILITY_RISK.get(v, 1))
        )
        riskiest = self.query_one("#riskiest", OptionList)
        highlighted = riskiest.highlighted
        top = findings[:RISKIEST]
        widths = line_widths(top)
        options = [Option(risk_prompt(f, status_of(f), *widths), id=f.id) for f in top]
        if len(findings) > len(top):
            options.append(more_line(len(top), len(findings)))
        riskiest.set_options(options)
        if not findings:
            riskiest.set_options(
                [Option(Content("Nothing found: nothing here breaks the rules checked."), disabled=True)]
            )
        else:
            riskiest.highlighted = min(highlighted or 0, len(top) - 1)
