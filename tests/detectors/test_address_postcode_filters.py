"""The named filters for a lone postcode, each on its own, and through the detector."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_postcode_filters import (
    CODE_LABELLED,
    LANDMARK_NAMED,
    ORDINAL_INWARD,
    POSTCODE_FILTERS,
    SIZE_OR_SPEC,
)
from detectors.filters import Filter
from detectors.postcode import LANDMARKS, parse_postcode
from tests.conftest import filter_applies, text_item


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (CODE_LABELLED, "my flight LS99 9ZZ boards at 6", "LS99 9ZZ", True),
        (CODE_LABELLED, "Order no. LS99 9ZZ has shipped", "LS99 9ZZ", True),
        (CODE_LABELLED, "reg: LS99 9ZZ, silver, one owner", "LS99 9ZZ", True),
        (CODE_LABELLED, "tracking number is LS99 9ZZ", "LS99 9ZZ", True),
        (CODE_LABELLED, "our postcode is LS99 9ZZ", "LS99 9ZZ", False),
        (CODE_LABELLED, "Flight home tomorrow. We're at LS99 9ZZ till then", "LS99 9ZZ", False),
        (ORDINAL_INWARD, "B4 1ST to comment!", "B4 1ST", True),
        (ORDINAL_INWARD, "the S60 5th edition", "S60 5th", True),
        (ORDINAL_INWARD, "send it to LS99 9ZZ", "LS99 9ZZ", False),
        (SIZE_OR_SPEC, "the M1 8GB model is plenty", "M1 8GB", True),
        (SIZE_OR_SPEC, "M2 1TB for £300", "M2 1TB", True),
        (SIZE_OR_SPEC, "our postcode is M1 8GB", "M1 8GB", False),
        (SIZE_OR_SPEC, "M1 8ZZ", "M1 8ZZ", False),
        (LANDMARK_NAMED, "Wembley Stadium, LS99 9ZZ was rocking", "LS99 9ZZ", True),
        (LANDMARK_NAMED, "at the castle LS99 9ZZ", "LS99 9ZZ", True),
        (LANDMARK_NAMED, "we live by the castle, LS99 9ZZ", "LS99 9ZZ", False),
        (LANDMARK_NAMED, "new house, LS99 9ZZ", "LS99 9ZZ", False),
    ],
)
def test_each_postcode_filter(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected
    assert rule in POSTCODE_FILTERS


@pytest.mark.parametrize("code", sorted(LANDMARKS))
def test_landmark_postcodes_are_real_and_never_a_home(code: str) -> None:
    postcode = parse_postcode(code)
    assert postcode is not None and not postcode.is_geographic


@pytest.mark.parametrize(
    "text",
    [
        "Selfie outside Number 10, SW1A 2AA 😂",
        "Match day! HA9 0WS here we come",
        "The Scottish Parliament, EH99 1SP, free tours on Saturdays",
        "flight LS99 9ZZ delayed again",
        "Which is better, the M1 8GB or the M2?",
        "B4 1ST and after the second",
    ],
)
def test_the_detector_leaves_postcode_shaped_codes_alone(text: str) -> None:
    detector = AddressDetector()
    item = text_item(text)
    assert not detector.wants(item) or list(detector.detect(item)) == []


def test_a_home_postcode_is_still_found() -> None:
    matches = list(AddressDetector().detect(text_item("our postcode is LS99 9ZZ if the sat nav plays up")))
    assert [m.value for m in matches] == ["LS99 9ZZ"]
