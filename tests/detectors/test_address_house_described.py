"""Issue 10's house described right after its address (`detectors.address_house_described`): "the one with the
pond" overrules the count-before-plural filter.  Invented streets and people."""

from __future__ import annotations

import pytest

from detectors.address_house_described import house_described_after
from detectors.address_name_filters import COUNT_BEFORE_PLURAL
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("ok so we're 23 larks way, the one with the pond", "23 larks way", True),
        ("4 Pennock View (blue door)", "4 Pennock View", True),
        ("6 Tansy Close - the house opposite the bakery", "6 Tansy Close", True),
        ("7 Fennick Rise, the one with the porch", "7 Fennick Rise", True),
        ("the 3 Hills Walk, the one with Henry Fonda", "3 Hills Walk", False),
        ("4 Pennock View, the blue one", "4 Pennock View", False),
        ("4 Pennock View", "4 Pennock View", False),
    ],
)
def test_house_described_after(text: str, line: str, expected: bool) -> None:
    assert house_described_after(text, text.index(line) + len(line)) is expected


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("sleepover at ours then, 23 larks way, the one with the pond", "23 larks way", False),
        ("doing the 3 Hills Walk this weekend", "3 Hills Walk", True),
    ],
)
def test_count_before_plural_yields_to_a_described_house(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(COUNT_BEFORE_PLURAL, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dad says fine. We're at 23 larks way, the one with the pond. Bring a sleeping bag", ["23 larks way"]),
        ("its 3 Hills Walk this weekend, who's in", []),
    ],
)
def test_detector_reads_described_houses(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected
