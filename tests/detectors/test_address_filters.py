"""The address detector's named filters, each on its own, and the hard forms in the detector."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_filters import (
    MEASURE_OR_FRACTION,
    PREMISES_RANGE,
    SAINT_NOT_STREET,
    TITLE_OF_A_WORK,
    VENUE_OR_BUSINESS,
)
from detectors.base import Item, Provenance
from detectors.filters import Filter


def _applies(rule: Filter, text: str, candidate: str) -> bool:
    start = text.index(candidate)
    return rule(text, start, start + len(candidate))


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (TITLE_OF_A_WORK, "Rewatched 9 Foxglove Lane last night, still tense", "9 Foxglove Lane", True),
        (TITLE_OF_A_WORK, "current read: 12 Wren Road 📖", "12 Wren Road", True),
        (TITLE_OF_A_WORK, "watched the fireworks from our house, 12 Wren Road", "12 Wren Road", False),
        (VENUE_OR_BUSINESS, "Sunday roast at The Red Lion, 5 High Street", "5 High Street", True),
        (VENUE_OR_BUSINESS, "Collection from Unit 7, Kiln Retail Park, LS6 9ZZ", "LS6 9ZZ", True),
        (VENUE_OR_BUSINESS, "Best chips: The Golden Fry, 9 Harbour Street, open till 9", "9 Harbour Street", True),
        (VENUE_OR_BUSINESS, "Cards to Rev Hughes at The Vicarage, 1 Church Walk", "1 Church Walk", False),
        (VENUE_OR_BUSINESS, "It's 63 Quarry Grove, Leeds LS6 9ZZ", "63 Quarry Grove", False),
        (VENUE_OR_BUSINESS, "party at mine, 6 Poppy Way", "6 Poppy Way", False),
        (PREMISES_RANGE, "Luxury watches, 34-36 Bruton Street", "36 Bruton Street", True),
        (PREMISES_RANGE, "We live at 36 Bruton Street", "36 Bruton Street", False),
        (SAINT_NOT_STREET, "I lived in Port St. Lucie my whole life", "Port St", True),
        (SAINT_NOT_STREET, "We live on Port St now", "Port St", False),
        (MEASURE_OR_FRACTION, "my 500 gb external drive is full", "500 gb external drive", True),
        (MEASURE_OR_FRACTION, "59 and 1/2 Mulberry Street, c1890", "2 Mulberry Street", True),
        (MEASURE_OR_FRACTION, "we live at 2 Mulberry Street", "2 Mulberry Street", False),
    ],
)
def test_each_filter(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert _applies(rule, text, candidate) is expected


def _found(text: str) -> list[tuple[str, str]]:
    item = Item(Provenance("x", "f", None, "text"), text=text)
    detector = AddressDetector()
    return [(m.value, m.tier) for m in detector.detect(item)] if detector.wants(item) else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keys collected, it's 2 Threlkeld Cottages, Keswick CA12 4ZT, come up", [("CA12 4ZT", "likely")]),
        ("We're on Elderberry Way now, the house with the yellow door", [("Elderberry Way", "likely")]),
        ("My grandad's on Kestrel Avenue, visit him", [("Kestrel Avenue", "likely")]),
        ("the lads meet at 19 Swan Lane first", [("19 Swan Lane", "worth a look")]),
        (
            "Lost cat near Hawthorn Road last night. We're at number 42, knock any time",
            [("42 Hawthorn Road", "likely")],
        ),
        ("Meet me at ours, not the café: 8 Tawny Close, back gate's open", [("8 Tawny Close", "likely")]),
        ("Roadworks on Hawthorn Road again, number 42 bus diverted for 3 hours", []),
        ("Nokia S60 5th Edition phones", []),  # an ordinal is not an inward code
        ("Printer model is an HP LS6 9ZZ-something", []),
        ("Not that I live in Leeds anymore, but go to Lygon Street", []),
        ("I'm at Busch Gardens today", []),
        ("I cut my finger drumming with my shoes on state street", []),
        ("my dream home? 10 Downing Street, SW1A 2AA, obviously", []),
    ],
)
def test_the_detector_on_the_hard_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
