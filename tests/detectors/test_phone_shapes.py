"""Numbers written without a country code that are not UK ones, read in their own country: by
their shape, by a place the text names, by whose they are said to be; invented sentences with
Australia's and Ofcom's reserved numbers and the corpus convention for other countries (a real
country's shape, a subscriber part of zeros then 01xx)."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.phone import PhoneDetector, judge
from detectors.phone_regions import australian


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("(02) 5550 7781", "+61255507781"),
        ("(07) 5550 0163", "+61755500163"),
        ("0491 570 156", "+61491570156"),
        ("0113 496 0000", None),  # a UK shape
        ("(0113) 496 0000", None),
        ("02 5550 7781", None),  # no brackets: could be anything
    ],
)
def test_australian_shapes(raw: str, e164: str | None) -> None:
    assert australian(raw) == e164


def _found(text: str, section: str = "post") -> list[tuple[str, str]]:
    item = Item(Provenance("x", "posts.json", "1", "text", section=section), text=text)  # type: ignore[arg-type]
    return [(m.value, m.tier) for m in PhoneDetector().detect(item)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Spare cot going free, call (02) 5550 4410 evenings", [("+61255504410", "likely")]),
        ("Nan's home phone, if you need it, (03) 5550 4411", [("+61355504411", "worth a look")]),
        ("Plant swap on Sunday. Text Rosa 0491 570 157 to reserve", [("+61491570157", "likely")]),
        ("Back in Pune for a month, new sim: 98000 00150", [("+919800000150", "likely")]),
        ("My cousin will meet you in Delhi, 098000 00151", [("+919800000151", "likely")]),
        ("The villa near Alicante has a phone now: 965 000 150", [("+34965000150", "likely")]),
        ("Auntie Funmi here, my new number is 0803 000 0150 o", [("+2348030000150", "worth a look")]),
        ("(087) 000-0150 is Niall's, ring him for a lift", [("+353870000150", "worth a look")]),
        # outside India's known ranges, but offered as a number of India's length: read as India's, worth a look
        ("Our Mumbai landline: 022 0000 0150", [("+912200000150", "worth a look")]),
        ("got a new sim, +44 07700 900483 (typed it with the 0, oops)", [("+447700900483", "likely")]),
        ("Seattle trip booked, 2065550123 points on the card so far", [("+12065550123", "worth a look")]),
    ],
)
def test_numbers_read_in_their_own_country(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


def test_a_uk_premium_rate_reading_gives_way_to_the_named_country() -> None:
    assert judge("098000 00151") is None  # alone, a UK 098 service line: no one's phone
    judged = judge("098000 00151", "meet you in Delhi, 098000 00151", 19)
    assert judged is not None and judged[0] == "+919800000151"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Grandpa's new number is 876-555-0140, he's at 4 Mango Road now", "likely"),
        ("Aunt Flo's mobile is 07700 900 484, she's at 3 Quarry Road now", "likely"),
        ("14 Harbour Road, Portville, ME 04101 · 207.555.0112", "worth a look"),  # a listing
    ],
)
def test_a_private_person_spoken_of_is_no_business_listing(text: str, found: str) -> None:
    [(_, tier)] = _found(text)
    assert tier == found
