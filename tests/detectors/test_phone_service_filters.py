"""The phone filters for a line given for a service and a number taken back, on their own and in
the detector, on invented sentences with Ofcom's drama numbers."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.filters import Filter
from detectors.phone import PhoneDetector
from detectors.phone_service_filters import LANDLINE_FOR_A_SERVICE, NUMBER_TAKEN_BACK


def _applies(rule: Filter, text: str, number: str) -> bool:
    start = text.index(number)
    return rule(text, start, start + len(number))


@pytest.mark.parametrize(
    ("rule", "text", "number", "expected"),
    [
        (LANDLINE_FOR_A_SERVICE, "Quiz night upstairs at the Anchor, booking on 0115 496 0123", "0115 496 0123", True),
        (LANDLINE_FOR_A_SERVICE, "Appointment set for Tues. Call 0131 496 0001 to reschedule.", "0131 496 0001", True),
        (LANDLINE_FOR_A_SERVICE, "the letter says phone 0161 496 0002 and quote your reference", "0161 496 0002", True),
        (LANDLINE_FOR_A_SERVICE, "Viewings with the agent: 020 7946 0003", "020 7946 0003", True),
        (LANDLINE_FOR_A_SERVICE, "ring me on 0113 496 0004 to book a lesson", "0113 496 0004", False),
        (LANDLINE_FOR_A_SERVICE, "text 07700 900123 to book a lesson", "07700 900123", False),  # a mobile
        (LANDLINE_FOR_A_SERVICE, "the house phone is 0113 496 0005", "0113 496 0005", False),
        (NUMBER_TAKEN_BACK, "it's 07700 900 480, sorry, 07700 900 408", "07700 900 480", True),
        (NUMBER_TAKEN_BACK, "it's 07700 900 480, sorry, 07700 900 408", "07700 900 408", False),
        (NUMBER_TAKEN_BACK, "07700 900 4O8 (oops, 408, autocorrect)", "07700 900 4O8", False),  # a fragment
    ],
)
def test_each_filter(rule: Filter, text: str, number: str, expected: bool) -> None:
    assert _applies(rule, text, number) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Plough's number is 0161 496 0006, ask about the function room", []),
        ("Hired a gazebo for the party. Booking on 0116 496 0007 took two minutes", []),
        ("is 0113 496 0008 for the nursery? need to report a sick day", []),
        ("Train sorted, PNR 8123405567, platform 4 at Pune", []),
        ("my new one's 07700 900 480, no wait, 07700 900 408 🙈", ["+447700900408"]),
        ("give the cash to my aunt, she's sorting the venue: Rosa, 07700 900 471", ["+447700900471"]),
        ("Thanks to Tess's Salon, my home-made fringe is rescued. Book on 01632 960 010", []),
        ("The council moved bin day again. Phone 0114 496 0011 to ask, mine came late.", []),
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    assert [m.value for m in PhoneDetector().detect(item)] == found
