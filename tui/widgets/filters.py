"""What narrows and orders the findings list: status, kind, platform, order, and a search.

The bar owns no findings; it posts `FilterBar.Changed` with the chosen `Filters` (data, in
`tui.widgets.listing`, which builds the list from them) and the screen re-fills the list
(messages up, attributes down).  Searching looks through each
finding's value, the words around it and where it is (`audit.grouping.matches`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Select

from audit.grouping import SORTS
from audit.model import Finding
from tui.labels import kind_title, platform_title
from tui.session import STATUS_LABELS, STATUSES
from tui.widgets.listing import ANY, Filters

__all__ = ["ANY", "OPEN", "FilterBar", "Filters"]

OPEN = "open"
"""Pseudo-status: everything still needing attention (to do)."""
SORT_ORDER = tuple(SORTS)


class FilterBar(Horizontal):
    """Status, kind, platform, order and the search box, in one row."""

    DEFAULT_CSS = """
    FilterBar #search {
        width: 1fr;
    }
    """

    BINDINGS = [Binding("escape", "clear_search", "Clear the search", show=False, id="clear-search")]

    @dataclass
    class Changed(Message):
        """The person picked another filter, order or search."""

        filters: Filters

    class Done(Message):
        """The person has finished with the search box (Enter or Esc): back to the list."""

    def compose(self) -> ComposeResult:
        statuses = [("Any status", ANY)] + [(STATUS_LABELS[s].capitalize(), s) for s in STATUSES]
        yield Select(statuses, value=ANY, allow_blank=False, id="filter-status", compact=True)
        yield Select([("Any kind", ANY)], value=ANY, allow_blank=False, id="filter-kind", compact=True)
        yield Select([("Any platform", ANY)], value=ANY, allow_blank=False, id="filter-platform", compact=True)
        sorts = [(title, key) for key, title in SORTS.items()]
        yield Select(sorts, value="risk", allow_blank=False, id="filter-sort", compact=True)
        yield Input(placeholder="/ Search", id="search", compact=True)

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
        def value(selector: str, default: str = ANY) -> str:
            chosen = self.query_one(selector, Select).value
            return chosen if isinstance(chosen, str) else default

        return Filters(
            value("#filter-status"),
            value("#filter-kind"),
            value("#filter-platform"),
            self.query_one("#search", Input).value,
            value("#filter-sort", "risk"),
        )

    def next_sort(self) -> str:
        """Move to the next order (the `s` key); returns its title."""
        select: Select[str] = self.query_one("#filter-sort", Select)
        current = select.value if isinstance(select.value, str) else "risk"
        following = SORT_ORDER[(SORT_ORDER.index(current) + 1) % len(SORT_ORDER)]
        select.value = following  # posts Select.Changed: the list re-fills
        return SORTS[following]

    def focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    @on(Select.Changed)
    @on(Input.Changed, "#search")
    def _changed(self, event: Select.Changed | Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.filters))

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_search":
            return self.query_one("#search", Input).has_focus
        return True

    def action_clear_search(self) -> None:
        """Esc in the search box: empty it and go back to the list."""
        search = self.query_one("#search", Input)
        if search.value:
            search.value = ""  # posts Input.Changed: the list re-fills
        self.post_message(self.Done())
