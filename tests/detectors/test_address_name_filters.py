"""The named filters on a street's name (fiction, sayings, counts), each on its own and in the detector."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_filters import ADDRESS_FILTERS
from detectors.address_name_filters import COUNT_BEFORE_PLURAL, NAME_FILTERS, STREET_OF_FICTION, STREET_SAYING
from detectors.filters import Filter
from tests.conftest import filter_applies, text_item


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (STREET_OF_FICTION, "I was talking about Booker from 21 Jump Street", "21 Jump Street", True),
        (STREET_OF_FICTION, "Season 2 of Coronation Street is on", "Coronation Street", True),
        (STREET_OF_FICTION, "who lives at 12 Wisteria Lane anyway", "12 Wisteria Lane", True),
        (STREET_OF_FICTION, "we live at 11 Coronation Street, Brackenford", "11 Coronation Street", False),
        (STREET_OF_FICTION, "my nan's at 4 Coronation Street", "4 Coronation Street", False),
        (STREET_OF_FICTION, "who lives at 12 Larkspur Close", "12 Larkspur Close", False),
        (STREET_SAYING, "a trip down Memory Lane", "Memory Lane", True),
        (STREET_SAYING, "I'm off to live on Easy Street", "Easy Street", True),
        (STREET_SAYING, "we live on Memorial Lane", "Memorial Lane", False),
        (COUNT_BEFORE_PLURAL, "3 Peaks Walk this weekend!", "3 Peaks Walk", True),
        (COUNT_BEFORE_PLURAL, "the 5 Valleys Way was muddy", "5 Valleys Way", True),
        (COUNT_BEFORE_PLURAL, "we're at 3 Meadows Walk", "3 Meadows Walk", False),
        (COUNT_BEFORE_PLURAL, "it's on 7 Sisters Road", "7 Sisters Road", False),
        (COUNT_BEFORE_PLURAL, "party at 40 Willows Way", "40 Willows Way", False),
        (COUNT_BEFORE_PLURAL, "3 Grass Walk", "3 Grass Walk", False),
    ],
)
def test_each_name_filter(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected
    assert rule in NAME_FILTERS and rule in ADDRESS_FILTERS


@pytest.mark.parametrize(
    "text",
    [
        "Who lives at 21 Jump Street anyway",
        "Loved the trip down memory lane with you lot",
        "He's living on Easy Street now, lucky him",
        "3 Peaks Walk this weekend!",
    ],
)
def test_the_detector_leaves_them_alone(text: str) -> None:
    detector = AddressDetector()
    item = text_item(text)
    assert not detector.wants(item) or list(detector.detect(item)) == []
