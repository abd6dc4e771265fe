"""Issue 10's house described right after its address (`detectors.address_house_described`): "the one with the
trampoline" overrules the count-before-plural filter.  Invented streets and people."""

from __future__ import annotations

import pytest

from detectors.address_house_described import house_described_after
from detectors.address_name_filters import COUNT_BEFORE_PLURAL
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("its 19 quillets way, the one with the trampoline lol", "19 quillets way", True),
        ("4 Pennock View (blue door)", "4 Pennock View", True),
        ("it's 6 Tansy Close – the house next to the chippy", "6 Tansy Close", True),
        ("7 Fennick Rise, the one with the big monkey puzzle", "7 Fennick Rise", True),
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
        ("omg u can stay!! its 19 quillets way, the one with the trampoline", "19 quillets way", False),
        ("doing the 3 Hills Walk this weekend", "3 Hills Walk", True),
    ],
)
def test_count_before_plural_yields_to_a_described_house(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(COUNT_BEFORE_PLURAL, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("omg my mum said yes!! its 19 quillets way, the one with the trampoline. bring ur pjs", ["19 quillets way"]),
        ("its 3 Hills Walk this weekend, who's in", []),
    ],
)
def test_detector_reads_described_houses(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected
