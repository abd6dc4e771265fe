"""Phone classes of the nineteenth contacts batch, on invented sentences: a relative's landline stays theirs whatever the
clause says it is for ("his wife's number is ... if you want to check first": `phone_service_filters.LANDLINE_FOR_A_SERVICE`
steps aside), and a fire service's or a police force's non-emergency line is an organisation's
(`phone_cues.ORGANISATION`)."""

from __future__ import annotations

import pytest

from detectors.phone import PhoneDetector
from detectors.phone_service_filters import LANDLINE_FOR_A_SERVICE
from tests.conftest import filter_applies, text_item


def _phones(text: str) -> list[str]:
    return [m.value for m in PhoneDetector().detect(text_item(text))]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gran's in ward 7 now. Her neighbour's number is 0113 496 0214 if you want to check before visiting",
         "+441134960214"),
        ("Ask my sister, she's got the keys: 0161 496 0388 to arrange a time", "+441614960388"),
    ],
)  # fmt: skip
def test_a_relatives_landline_is_not_a_service_line(text: str, number: str) -> None:
    assert not filter_applies(LANDLINE_FOR_A_SERVICE, text, text[text.index("01") :].split(" to ")[0].split(" if ")[0])
    assert _phones(text) == [number], text


def test_a_service_line_is_still_one() -> None:
    text = "Call 0113 496 0555 to reschedule your appointment"
    assert filter_applies(LANDLINE_FOR_A_SERVICE, text, "0113 496 0555")


@pytest.mark.parametrize(
    "text",
    [
        "The police non-emergency number for the area is 0113 496 0999, report the fly-tipping there",
        "Fire station says ring 01632 960 412 for a free home safety visit",
        "Non-emergency line (414) 555-0100, welfare checks only",
    ],
)
def test_a_non_emergency_line_is_an_organisations(text: str) -> None:
    assert _phones(text) == [], text
