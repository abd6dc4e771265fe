"""Phone detector: every written form people use, and the numbers that are not phones."""

from __future__ import annotations

import pytest

from detectors.base import SchoolProfile
from detectors.phone import PhoneDetector, normalise_phone
from tests.conftest import text_item

FOUND = [
    ("ring me on 07700 900123 x", "+447700900123"),
    ("+44 (0)7700 900123", "+447700900123"),
    ("+44 7700 900123", "+447700900123"),
    ("+447700900123", "+447700900123"),
    ("07700-900-123", "+447700900123"),
    ("07700.900.123", "+447700900123"),
    ("0044 7700 900 123", "+447700900123"),
    ("0044 (0) 7700 900123", "+447700900123"),
    ("(0117) 496 0123", "+441174960123"),
    ("0117 496 0123", "+441174960123"),
    ("call 0161 496 0000 after six", "+441614960000"),
    ("landline 01632 960123", "+441632960123"),
    ("London: 020 7946 0123", "+442079460123"),
    ("020-7946-0999.", "+442079460999"),
    ("mob:07700900999", "+447700900999"),
    ("WhatsApp me 07700 900 321!", "+447700900321"),
    ("US cell +1 202-555-0143", "+12025550143"),
    ("Paris +33 1 23 45 67 89", "+33123456789"),
    ("new no. (07700) 900124", "+447700900124"),
    ("chat: https://wa.me/447700900222", "+447700900222"),
    ("<a href='tel:+447700900223'>me</a>", "+447700900223"),
    ("https://api.whatsapp.com/send?phone=447700900224", "+447700900224"),
    ("Message me on WhatsApp: wa.me/447700900512", "+447700900512"),
    ("vet's number is in my phone, mine is 07700 900225", "+447700900225"),
    ("soooo bored, someone text meee!! 2025550188", "+12025550188"),
    ("lost my old phone. call me Priya!!! 2025550177 x", "+12025550177"),
]

NOT_FOUND = [
    "born 02/03/2014 at 10:30",
    "Term starts 04/09/2024 at 08:45",
    "2014-03-02T10:00:00",
    "tickets £1,234,567 raised",
    "price £07700900123",
    "final score 3-0, 1-1 last week",
    "back in 1990 and 2014",
    "Order #07700900123 arrived",
    "order no. 07700 900123",
    "tracking number: 07700 900123",
    "ISBN 0306406152",
    "ISBN 978-0-306-40615-7",
    "https://twitter.com/someone/status/1690000000000000001",
    "https://example.com/track?id=07700900123",
    "tweet 1690000000000000001 went viral",
    "helpline 0800 030 5182 free",
    "premium line 0906 496 0000",
    "sort code 07-70-09",
    "parkrun PB 24:31",
    "call 0117 496 01",
    "count 0 1 2 3 4 5 6 7 8 9 10",
    "#07700900123",
    "case id 07700900123",
    "The council tax line is 0113 496 0519, forty minutes of hold music",
    "Dentist: 01632 960520 for bookings, they're lovely",
    "The vet's out-of-hours line 0116 496 0521 saved us last night",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_finds_numbers_in_every_written_form(text: str, value: str) -> None:
    """What the rules keep (the learned judgement after them has its own tests, `test_contact_judgement`)."""
    detector = PhoneDetector()
    item = text_item(text)
    assert detector.wants(item)
    assert [m.value for m in detector.candidates(item)[0]] == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ignores_things_that_only_look_like_numbers(text: str) -> None:
    detector = PhoneDetector()
    item = text_item(text)
    assert not detector.wants(item) or list(detector.detect(item)) == []


def test_drama_numbers_that_phonenumbers_calls_invalid_are_found() -> None:
    found = list(PhoneDetector().detect(text_item("07700 900000 and 01632 960999")))
    assert [m.value for m in found] == ["+447700900000", "+441632960999"]


def test_the_schools_own_number_is_allowed() -> None:
    school = SchoolProfile(phones=("+441134960000",))
    found = list(PhoneDetector(school).detect(text_item("office 0113 496 0000, me 07700 900111")))
    assert [m.value for m in found] == ["+447700900111"]


def test_evidence_span_and_confidence() -> None:
    text = "text me on 07700 900123 please"
    [match] = PhoneDetector().detect(text_item(text))
    assert text[match.start : match.end] == "07700 900123"
    assert match.kind == "phone" and match.clauses == ("2.3.2", "2.4.2", "2.1.5")
    assert "offered as a contact" in match.rule and match.confidence > 0.95


def test_a_profile_phone_field_is_near_certain() -> None:
    [match] = PhoneDetector().detect(text_item("+447700900789", section="account", field="phoneNumber"))
    assert match.confidence >= 0.98


def test_mobile_outranks_landline() -> None:
    mobile, landline = PhoneDetector().detect(text_item("07700 900123 or 0117 496 0123"))
    assert mobile.confidence > landline.confidence


@pytest.mark.parametrize(
    ("raw", "e164"),
    [("0113 496 0000", "+441134960000"), ("+44 (0)113 496 0000", "+441134960000"), ("banana", None)],
)
def test_normalise_phone(raw: str, e164: str | None) -> None:
    assert normalise_phone(raw) == e164


def test_two_numbers_joined_by_a_slash() -> None:
    found = PhoneDetector().detect(text_item("07700900514/07700900515 either will do"))
    assert [m.value for m in found] == ["+447700900514", "+447700900515"]


def test_a_uk_redirect_prefix_offered_as_a_contact_is_a_mobile_abroad() -> None:
    """ "070..." is a UK personal-redirect number nobody gives out, but a Nigerian mobile prefix."""
    bio = text_item("Bookings: 0703 000 0142", section="profile", field="bio")
    assert [m.value for m in PhoneDetector().detect(bio)] == ["+2347030000142"]
    assert list(PhoneDetector().detect(text_item("ref 0703 000 0142 on the form"))) == []


def test_a_uk_freephone_number_is_never_read_as_a_number_abroad() -> None:
    bio = text_item("Call us free: 0808 157 0123", section="profile", field="bio")
    assert list(PhoneDetector().detect(bio)) == []


def test_ten_digits_run_together_are_only_worth_a_look() -> None:
    """A bare run may be an order number, so a valid North American number with no cue is held low."""
    [match] = PhoneDetector().detect(text_item("lost my phone, try 2125550147 instead"))
    assert match.value == "+12125550147" and match.tier == "worth a look"
    assert list(PhoneDetector().detect(text_item("order 1235550147 shipped"))) == []  # no area code 123
