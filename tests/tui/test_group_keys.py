"""The list groups a value however it was written (case, spacing, curly quotes), keeping the
list's order for groups and members: what `audit.grouping.group_findings` does, checked on the
list's own filling (`build_listing`), which groups a big scan by value first (issue 16)."""

from __future__ import annotations

from dataclasses import replace

from audit.grouping import Group, group_findings
from audit.model import Finding
from tests.tui.test_groups import grouped_findings
from tui.widgets.filters import Filters
from tui.widgets.listing import ScanIndex, build_listing


def written_differently() -> list[Finding]:
    """The school's posts with the name spelt three ways, between two findings of their own."""
    school = [f for f in grouped_findings() if f.kind == "school"]
    others = [f for f in grouped_findings() if f.kind != "school"]
    return [
        others[0],
        school[0],
        replace(school[1], id="a1" * 12, value="st aidan’s c of e  primary school"),
        others[1],
        replace(school[2], id="b2" * 12, value="ST AIDAN'S C OF E PRIMARY SCHOOL "),
        replace(others[0], id="c3" * 12),
    ]


def shape(groups: list[Group]) -> list[tuple[str, list[str]]]:
    return [(group.key, group.ids()) for group in groups]


def test_values_written_differently_are_one_group_in_the_lists_order() -> None:
    findings = written_differently()
    listing = build_listing(ScanIndex(findings), Filters(), lambda _: "todo", grouped=True)
    assert listing is not None
    assert shape(listing.groups) == shape(group_findings(findings))
    school = next(group for group in listing.groups if group.kind == "school")
    assert school.ids() == [findings[1].id, findings[2].id, findings[4].id]
    assert listing.order == [f.id for group in listing.groups for f in group.members]
    assert [group.first.id for group in listing.groups] == [findings[0].id, findings[1].id, findings[3].id]
