"""The evidence line highlights the words the detector matched, even when the value is normalised."""

from __future__ import annotations

from tui.widgets.evidence import HIGHLIGHT, highlighted


def styled(content: object) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in content.spans if str(span.style) == HIGHLIGHT]  # type: ignore[attr-defined]


def test_the_matched_words_are_highlighted_as_written() -> None:
    excerpt = "Fell runner Y4 teacher | DM or 07700 900794"
    start = excerpt.index("Y4")
    assert styled(highlighted("year 4 teacher", excerpt, (start, start + 10))) == [(start, start + 10)]


def test_without_a_span_the_value_is_found_again() -> None:
    excerpt = "ring 07700-900-457 after 6pm"
    assert styled(highlighted("+447700900457", excerpt)) == [(5, 18)]


def test_nothing_is_highlighted_when_the_value_is_not_there() -> None:
    assert styled(highlighted("year 4 teacher", "Y4 teacher")) == []


def test_detail_says_where_to_check_who_sees_an_unknown_finding() -> None:
    from dataclasses import replace

    from tests.audit.findings import finding
    from tui.screens.detail import _who_can_see

    known = replace(finding("+447700900123", platform="facebook"), visibility="public")
    unknown = replace(known, visibility="unknown")
    assert _who_can_see(known) == "Public: anyone"
    assert _who_can_see(unknown).startswith("Not known. Open the post and look at the audience icon")
