"""The "number out of use" and "number called old" phone filters, on their own and in the detector,
on invented sentences with Ofcom's drama numbers and the reserved North American 555-01xx range."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.filters import Filter
from detectors.phone import PhoneDetector
from detectors.phone_out_of_use import NUMBER_CALLED_OLD, NUMBER_OUT_OF_USE


def _applies(text: str, number: str, rule: Filter = NUMBER_OUT_OF_USE) -> bool:
    start = text.index(number)
    return rule(text, start, start + len(number))


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Old number!! 07700 900101 is dead, new one soon", "07700 900101", True),
        ("our old landline (0113 496 0102) has been cut off", "0113 496 0102", True),
        ("my Ohio cell (312) 555-0104 is cancelled, don't use it", "(312) 555-0104", True),
        ("work phone 07700 900105 will be off while I'm away", "07700 900105", True),
        ("rang 07700 900106 and it says not recognised", "07700 900106", True),
        ("07700 900107 is disconnected", "07700 900107", True),
        ("Nan's number was 01632 960 115 for years. I still know it. Someone else has it now", "01632 960 115", True),
        ("old one's dead, new number is 07700 900108", "07700 900108", False),
        ("still on the old number, 07700 900109, nothing changed", "07700 900109", False),
        ("text me on 07700 900110, phone's off during lessons", "07700 900110", False),
        ("home 0161 496 0111, the other one's off till I'm back", "0161 496 0111", False),
        ("Old phone went in the sink, it's 0113 496 0112 at home for now", "0113 496 0112", False),
    ],
)
def test_filter(text: str, number: str, expected: bool) -> None:
    assert _applies(text, number) is expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Grandpa's old number was 01632 960 103 for decades", "01632 960 103", True),
        ("archived: old mobile 07700 900113", "07700 900113", True),
        ("old one's dead, new number is 07700 900108", "07700 900108", False),
        ("still on the old number, 07700 900109, nothing changed", "07700 900109", False),
        ("old number 07700 900114 still works", "07700 900114", False),
    ],
)
def test_called_old(text: str, number: str, expected: bool) -> None:
    assert _applies(text, number, NUMBER_CALLED_OLD) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("PSA my work mobile 07700 900120 is handed back. New one is 07700 900121", ["+447700900121"]),
        ("Calgary number (403) 555-0122 is closed now, ring the UK one", []),
        ("my new number: 07700 900123 (the old one is dead)", ["+447700900123"]),
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    assert [m.value for m in PhoneDetector().detect(item)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Grandad's old number 01632 960130 still works, try that",
        "(0113) 496 0131 is the home number if my mobile's dead",
    ],
)
def test_a_number_still_in_use(text: str) -> None:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    assert len(list(PhoneDetector().detect(item))) == 1
