"""Three drop-downs that narrow the findings list: status, kind and platform.

The bar owns no findings; it posts `FilterBar.Changed` with the chosen `Filters` and the
screen re-fills the list (messages up, attributes down).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Select

from audit.model import Finding
from tui.labels import kind_title, platform_title
from tui.session import STATUS_LABELS, STATUSES

ANY = "any"
OPEN = "open"
"""Pseudo-status: everything still needing attention (to do)."""


@dataclass(frozen=True)
class Filters:
    """What the list shows; `ANY` means no restriction."""

    status: str = ANY
    kind: str = ANY
    platform: str = ANY

    def keep(self, finding: Finding, status_of: Callable[[Finding], str]) -> bool:
        return (
            (self.kind in (ANY, finding.kind))
            and (self.platform in (ANY, finding.platform))
            and (self.status == ANY or status_of(finding) == self.status)
        )


class FilterBar(Horizontal):
    """Status, kind and platform choosers in one row."""

    @dataclass
    class Changed(Message):
        """The person picked another filter."""

        filters: Filters

    def compose(self) -> ComposeResult:
        statuses = [("Any status", ANY)] + [(STATUS_LABELS[s].capitalize(), s) for s in STATUSES]
        yield Select(statuses, value=ANY, allow_blank=False, id="filter-status", compact=True)
        yield Select([("Any kind", ANY)], value=ANY, allow_blank=False, id="filter-kind", compact=True)
        yield Select([("Any platform", ANY)], value=ANY, allow_blank=False, id="filter-platform", compact=True)

    def offer(self, findings: Iterable[Finding]) -> None:
        """Offer only the kinds and platforms present in the scan."""
        findings = list(findings)
        kinds = sorted({f.kind for f in findings})
        platforms = sorted({f.platform for f in findings})
        self._reset("#filter-kind", [("Any kind", ANY)] + [(kind_title(k), k) for k in kinds])
        self._reset("#filter-platform", [("Any platform", ANY)] + [(platform_title(p), p) for p in platforms])

    def _reset(self, selector: str, options: list[tuple[str, str]]) -> None:
        select: Select[str] = self.query_one(selector, Select)
        current = select.value
        with self.prevent(Select.Changed):
            select.set_options(options)
            select.value = current if current in {value for _, value in options} else ANY

    @property
    def filters(self) -> Filters:
        def value(selector: str) -> str:
            chosen = self.query_one(selector, Select).value
            return chosen if isinstance(chosen, str) else ANY

        return Filters(value("#filter-status"), value("#filter-kind"), value("#filter-platform"))

    @on(Select.Changed)
    def _changed(self, event: Select.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.filters))
