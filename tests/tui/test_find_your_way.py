"""Finding your way, driven by keys and the mouse: `/` searches, `s` orders, focus lands in the
list of the tab shown and shows it, counts of what the filters left, "and N more", aligned
rows, no header icon, and plain words in the list.  Issue 14, points 5 and 7."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from textual.widgets import Input, OptionList, Select, TabbedContent
from textual.widgets._header import HeaderIcon

from audit.fetchers import platform_titles
from audit.grouping import search_text, sort_findings
from audit.report import KIND_TITLES
from audit.wording import audience, where
from tests.tui.conftest import scanned
from tests.tui.test_groups import _JO, quick_jo
from tui.app import AuditApp, make_app
from tui.widgets.finding_table import FindingTable
from tui.widgets.recheck_view import RecheckView
from tui.widgets.summary import RISKIEST


@pytest.fixture
def jo(monkeypatch: pytest.MonkeyPatch) -> Callable[[], AuditApp]:
    return quick_jo(monkeypatch)


INTERNAL = re.compile(r"only_me|custom|undated|todo|\.js\b|\.json\b|full_text|sharecommentary")


async def test_slash_searches_the_value_the_words_and_the_place_from_anywhere(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        total = len(app.session.findings)
        await pilot.press("slash")  # from the summary
        await pilot.pause()
        search = app.screen.query_one("#search", Input)
        assert app.screen.query_one(TabbedContent).active == "findings" and search.has_focus
        target = next(f for f in app.session.findings if f.kind == "email")
        await pilot.press(*target.value)
        await pilot.pause()
        table = app.screen.query_one(FindingTable)
        assert target.id in table.order and len(table.order) < total
        for finding in map(app.session.finding, table.order):
            assert finding and target.value.lower() in (finding.value + finding.excerpt).lower()
        assert str(table.border_title).startswith(f"{len(table.order)} of {total} findings match")

        search.value = "timeline"  # where it is: "a post on your timeline"
        await pilot.pause()
        assert table.order and all(app.session.finding(i).platform == "facebook" for i in table.order)  # type: ignore[union-attr]

        search.value = "no such words anywhere"
        await pilot.pause()
        assert table.row_count == 0 and "None of" in str(table.border_title)

        await pilot.press("escape")  # empties the search and goes back to the list
        await pilot.pause()
        assert search.value == "" and table.has_focus and len(table.order) == total


async def test_enter_in_the_search_box_goes_to_the_list(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        await pilot.press("slash", *"phone", "enter")
        await pilot.pause()
        table = app.screen.query_one(FindingTable)
        assert table.has_focus and table.order


async def test_s_orders_by_date_then_platform_and_back_to_risk(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "g")  # every finding on its own row
        table = app.screen.query_one(FindingTable)
        sort = app.screen.query_one("#filter-sort", Select)
        assert sort.value == "risk" and table.order == [f.id for f in app.session.findings]
        await pilot.press("s")
        await pilot.pause()
        assert sort.value == "newest"
        assert table.order == [f.id for f in sort_findings(app.session.findings, "newest")]
        dates = [app.session.finding(i).created_at for i in table.order]  # type: ignore[union-attr]
        dated = [d for d in dates if d]
        assert dated == sorted(dated, reverse=True) and dates[-1] is None
        await pilot.press("s", "s")
        await pilot.pause()
        assert sort.value == "platform"
        platforms = [app.session.finding(i).platform for i in table.order]  # type: ignore[union-attr]
        assert platforms[0] == "facebook" and platforms[-1] == "x"
        await pilot.press("s")
        await pilot.pause()
        assert sort.value == "risk"


async def test_focus_lands_in_the_list_of_the_tab_shown_by_click_or_key(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        table = app.screen.query_one(FindingTable)
        assert await pilot.click("Tab#--content-tab-findings")
        await pilot.pause()
        assert table.has_focus
        assert await pilot.click("Tab#--content-tab-recheck")
        await pilot.pause()
        assert app.screen.query_one(RecheckView).has_focus
        assert await pilot.click("Tab#--content-tab-summary")
        await pilot.pause()
        assert app.screen.query_one("#riskiest", OptionList).has_focus
        await pilot.press("2")
        assert table.has_focus


async def test_the_list_with_the_keyboard_has_a_brighter_border(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        await pilot.press("2")
        table = app.screen.query_one(FindingTable)
        focused = table.styles.border_top
        app.screen.query_one("#filter-status", Select).focus()
        await pilot.pause()
        unfocused = table.styles.border_top
        assert focused[0] != "" and unfocused[0] != ""
        assert focused[1] != unfocused[1]


async def test_the_summary_says_how_many_more_and_lines_up_its_columns(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(140, 40)) as pilot:
        await scanned(pilot)
        riskiest = app.screen.query_one("#riskiest", OptionList)
        total = len(app.session.findings)
        assert total > RISKIEST
        last = riskiest.get_option_at_index(riskiest.option_count - 1)
        assert last.disabled and str(last.prompt).startswith(f"… and {total - RISKIEST} more in the Findings tab")
        lines = [str(riskiest.get_option_at_index(i).prompt) for i in range(RISKIEST)]
        columns = {line.index(" · ") for line in lines}
        assert len(columns) == 1, lines  # who can see it starts in the same column on every line
        assert not app.screen.query_one(HeaderIcon).display


async def test_the_list_speaks_plain_words() -> None:
    app = make_app(demo="jo-ect")
    async with app.run_test(size=(160, 40)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "g")
        table = app.screen.query_one(FindingTable)
        cells = [str(cell) for i in range(table.row_count) for cell in table.get_row_at(i)[:8]]
        assert not [cell for cell in cells if INTERNAL.search(cell)]
        seen = {str(table.get_row(f.id)[6]) for f in app.session.findings if f.visibility == "only_me"}
        assert "Only me" in seen  # Facebook's own word for it
        assert "no date" in cells


async def test_a_status_filter_count_says_what_is_hidden(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "f")  # the first row (maybe a group): fixed
        await pilot.pause()
        app.screen.query_one("#filter-status", Select).value = "todo"
        await pilot.pause()
        table = app.screen.query_one(FindingTable)
        total = len(app.session.findings)
        left = sum(1 for f in app.session.findings if app.session.status_of(f) == "todo")
        assert left < total
        assert str(table.border_title).startswith(f"{left} of {total} findings match")


def test_a_finding_s_search_text_is_each_thing_the_search_looks_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """What many findings share is worked out once per place, platform and audience (issue 16):
    every finding's text is still its value (and a UK number as written at home), the words
    around it with runs of spaces closed up, where it is with its date, the platform, the
    kind and who can see it."""
    quick_jo(monkeypatch)
    titles = platform_titles()
    for finding in _JO[0].findings:
        value = finding.value
        parts = [
            value,
            "0" + value[3:] if value.startswith("+44") else "",
            " ".join(finding.excerpt.split()),
            where(finding),
            titles.get(finding.platform, finding.platform),
            KIND_TITLES.get(finding.kind, finding.kind),
            audience(finding.platform, finding.visibility, finding.section),
        ]
        assert search_text(finding) == "\n".join(parts).casefold()
