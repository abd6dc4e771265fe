"""Issue 10's e-mail classes: a venue's or a holiday let's booking mailbox (`VENUE_BOOKING_MAILBOX`), and a mailbox
name with a space before its digits ("jo.reed 1999 @ …").  Invented businesses and people; reserved domains."""

from __future__ import annotations

import pytest

from detectors.email import EmailDetector
from detectors.email_venue import VENUE_BOOKING_MAILBOX
from tests.conftest import filter_applies, text_item


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("Puffin Loft, 4 Quay Row — sleeps 6, book via our site or hello@puffinloft.example.com",
         "hello@puffinloft.example.com", True),
        ("The Tallow Arms | bookings@tallowarms.example.net | Food served 12-8 | Beer garden",
         "bookings@tallowarms.example.net", True),
        ("B&B rooms from £70 a night, enquiries@wrenhouse.example.org", "enquiries@wrenhouse.example.org", True),
        ("Holiday let cleaning, it's just me: hello@sparkle.example.com", "hello@sparkle.example.com", False),
        ("sleeps 4, ask the owner: jo.reed@example.com", "jo.reed@example.com", False),
        ("Kids' parties, email hello@bouncy.example.com", "hello@bouncy.example.com", False),
    ],
)  # fmt: skip
def test_venue_booking_mailbox(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(VENUE_BOOKING_MAILBOX, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("Puffin Loft — sleeps 6, book via our site or hello@puffinloft.example.com", "post", []),
        (
            "Website: tallowarms.example.net | Bookings: bookings@tallowarms.example.net | Food served 12-8",
            "profile",
            [],
        ),
        ("my email is ted.orme 1987 @ example.com (no spaces)", "post", ["ted.orme1987@example.com"]),
        ("email me: ted_orme 42 @ example.org", "post", ["ted_orme42@example.org"]),
    ],
)
def test_detector(text: str, section: str, expected: list[str]) -> None:
    found = EmailDetector().detect(text_item(text, section=section))  # type: ignore[arg-type]
    assert [m.value for m in found] == expected
