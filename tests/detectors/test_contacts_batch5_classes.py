"""Classes of batch 5's train and dev errors (issue 10), each in invented sentences with reserved values:
mailboxes written with "[@]", a full-width ＠ or "underscore"; placeholders; a business that is one person;
more role mailboxes; a switchboard's extension, a work line, a person's own number said as such, and more
organisations and countries."""

from __future__ import annotations

import pytest

from detectors.email import EmailDetector
from detectors.email_filters import one_person_business_near
from detectors.phone import PhoneDetector
from tests.conftest import text_item


def _phones(text: str) -> list[str]:
    return [m.value for m in PhoneDetector().detect(text_item(text))]


def _emails(text: str, section: str = "post") -> list[str]:
    return [m.value for m in EmailDetector().detect(text_item(text, section=section))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orders: quill-henna[@]example[.]com", ["quill-henna@example.com"]),
        ("mail me on tansy[@]example.net x", ["tansy@example.net"]),
        ("Email: post＠quillpool.example.net (full-width, for the bots)", ["post@quillpool.example.net"]),
        ("email me, it's ada underscore quill at example dot org", ["ada_quill@example.org"]),
        ("write to bo dash tansy at example dot com", ["bo-tansy@example.com"]),
        ("see you at home dot com", []),
    ],
)
def test_obfuscated_at_signs_and_spelt_joiners(text: str, expected: list[str]) -> None:
    assert _emails(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I always type name@example.com when a site insists on an email",
        "fill in test@example.com, it never checks",
    ],
)
def test_placeholder_mailboxes_are_nobodys(text: str) -> None:
    assert _emails(text) == []


def test_a_business_that_is_one_person_keeps_its_mailbox() -> None:
    bio = "Owner of Quill Paws Pet Taxi (just me & my estate car)\n📧 quillpaws@example.com"
    assert _emails(bio, section="profile") == ["quillpaws@example.com"]
    assert one_person_business_near("Ada does the books on her own: ada.books@example.net", 34, 54)
    assert not one_person_business_near("Freelance, it's just me.\n\nCharity matching: match@quill.example.org", 43, 67)


@pytest.mark.parametrize(
    "text",
    [
        "Vintage car hire for your big day, weddings@quillcars.example.net",
        "Deliveries and quotes: procurement@tansyfreight.example.com",
        "Head of Partnerships, Quill Trust | partnerships@quilltrust.example.org",
    ],
)
def test_more_role_mailboxes(text: str) -> None:
    assert _emails(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring me at work on 0113 496 0555 ext 214 or mob 07700 900 826", ["+447700900826"]),
        ("my old signature still says Tel: 0113 496 0918 x42, left in 2019", []),
        ("Quill Tandoori, 20% off collection, call 01632 960 455", []),
        ("Marina berths from £3,200 a year, 01632 960 760", []),
        ("Breakfast club lady childminds too, her number's 07700 900 248", ["+447700900248"]),
    ],
)
def test_whose_number_in_work_and_business_words(text: str, expected: list[str]) -> None:
    assert _phones(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my Kenyan line is 0712 000 123, the UK one is off", ["+254712000123"]),
        ("meine Handynummer: 0151 2000 0132, ruf einfach an", ["+4915120000132"]),
    ],
)
def test_countries_named_by_adjective_or_language(text: str, expected: list[str]) -> None:
    assert _phones(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You're talking to the whole of Tansy Gardens Landscaping, which is me, Tom. Email tom@tansygardens.example.com",
        "Wedding sax. Say hi: hello@ruthsax.example.com, yes that's me, not an agency!",
        "Bike courier, self-employed | Quillby | dan.rides@courier.example.net",
    ],
)
def test_a_one_person_business_said_in_more_ways(text: str) -> None:
    start = text.index("@")
    start = text.rfind(" ", 0, start) + 1
    end = text.find(" ", start) if " " in text[start:] else len(text)
    assert one_person_business_near(text, start, end), text
