"""The phone detector's named filters and country rules, each on its own, then in the detector."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.filters import Filter
from detectors.phone import PhoneDetector, is_drama_number, judge
from detectors.phone_filters import (
    BUSINESS_LISTING,
    LANDLINE_IN_AN_ORGANISATIONS_POST,
    ORGANISATIONS_NUMBER,
    REFERENCE_OR_AMOUNT,
)
from detectors.phone_regions import guessed_mobile, regions_pointed_to
from detectors.voice import ORGANISATIONS_OWN_ACCOUNT


def _applies(rule: Filter, text: str, number: str) -> bool:
    start = text.index(number)
    return rule(text, start, start + len(number))


@pytest.mark.parametrize(
    ("rule", "text", "number", "expected"),
    [
        (REFERENCE_OR_AMOUNT, "order no. 0113 496 0123 still missing", "0113 496 0123", True),
        (REFERENCE_OR_AMOUNT, "tracking 1Z 999 AA1 01 2345 6784 stuck", "01 2345 6784", True),
        (REFERENCE_OR_AMOUNT, "dial in on 020 7946 0999,,123456# now", "020 7946 0999", True),
        (REFERENCE_OR_AMOUNT, "just in case: 07700 900289", "07700 900289", False),
        (REFERENCE_OR_AMOUNT, "bookings: 07700 900289", "07700 900289", False),
        (ORGANISATIONS_NUMBER, "Dentist on Queen St taking patients: 0151 496 0616", "0151 496 0616", True),
        (ORGANISATIONS_NUMBER, "ring the kennels on 0113 496 0781", "0113 496 0781", True),
        (ORGANISATIONS_NUMBER, "book me, not the agency: 07700 900577", "07700 900577", False),
        (
            ORGANISATIONS_NUMBER,
            "Can you add my husband's number to the quiz team chat, 07700 900846, he's captain now",
            "07700 900846",
            False,
        ),
        (
            ORGANISATIONS_NUMBER,
            "Borrowed a trap from Paws Rescue, their number is 07700 900847 if you need one",
            "07700 900847",
            True,
        ),
        (
            ORGANISATIONS_NUMBER,
            "lol I'm not giving you my number, ring the shop like everyone else 0114 496 0733",
            "0114 496 0733",
            True,
        ),
        (ORGANISATIONS_NUMBER, "office 0113 496 0000, me 07700 900111", "07700 900111", False),
        (ORGANISATIONS_NUMBER, "ring my brother's house, not the hotel: (0161) 496 0114", "(0161) 496 0114", False),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "Surgery hours change. Ring 0113 496 0882 for a GP.",
            "0113 496 0882",
            True,
        ),
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "Surgery closed. Call me on 0113 496 0882.", "0113 496 0882", False),
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "Surgery closed. Text 07700 900882.", "07700 900882", False),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "Party contacts: / Me - 07700 900731 / Nana Pat - 0113 496 0874 / Soft play desk - ask at reception",
            "0113 496 0874",
            False,
        ),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "Party contacts: / Sam (dad) - 0113 496 0875 / the soft play reception",
            "0113 496 0875",
            False,
        ),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "Sash window repairs, one-man business since 2009. Tel: 0113 496 0644",
            "0113 496 0644",
            False,
        ),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "Tell your dad to give me a bell about the plots: 0114 496 0172. Alan, bowls club",
            "0114 496 0172",
            False,
        ),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "The bowls club has a new kitchen, ring my dad at home for keys, 0114 496 0173",
            "0114 496 0173",
            False,
        ),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "Sash window repairs by Tansy Joinery Ltd, 12 staff. Tel: 0113 496 0645",
            "0113 496 0645",
            True,
        ),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "I was at the food bank all day. You can get me at home after 6, 0161 496 0883",
            "0161 496 0883",
            False,
        ),
        (
            LANDLINE_IN_AN_ORGANISATIONS_POST,
            "Could the hospital radio ring Mum on ward 23? Or ring her at home, 0151 496 0884",
            "0151 496 0884",
            False,
        ),
        (ORGANISATIONS_OWN_ACCOUNT, "Family butchers, est. 1987 · 0113 496 0342", "0113 496 0342", True),
        (
            ORGANISATIONS_OWN_ACCOUNT,
            "Dalefold Link is a befriending service for carers. 0113 496 0342",
            "0113 496 0342",
            True,
        ),
        (ORGANISATIONS_OWN_ACCOUNT, "Street light broken again, council pls: 0113 496 0342", "0113 496 0342", False),
        (BUSINESS_LISTING, "9 Harbour Street, Whitby · 0113 496 0342 · fish & chips", "0113 496 0342", True),
        (BUSINESS_LISTING, "we live at 9 Harbour Street, ring 0113 496 0342", "0113 496 0342", False),
        (ORGANISATIONS_OWN_ACCOUNT, "I bake cakes, est. 2019 · 07700 900342", "07700 900342", False),
    ],
)
def test_each_filter(rule: Filter, text: str, number: str, expected: bool) -> None:
    assert _applies(rule, text, number) is expected


def test_drama_ranges_are_allowed_explicitly_and_nothing_next_to_them() -> None:
    assert all(map(is_drama_number, ("07700900123", "01632960999", "01154960582", "02079460000", "08081570312")))
    assert not any(map(is_drama_number, ("01632961000", "01194960582", "02079461000")))


def test_a_real_uk_number_is_validated_by_phonenumbers() -> None:
    assert judge("0113 496 0123") is not None  # a drama range that phonenumbers also accepts
    assert judge("01000 123456") is None  # no such area code


def test_regions_are_read_off_the_text_nearest_first() -> None:
    text = "Back in Lagos 🇳🇬 now, my mum in Melbourne says hi: 0491 570 156"
    assert regions_pointed_to(text, text.index("0491"))[:2] == ["AU", "NG"]
    assert regions_pointed_to("Jordan made a Turkey sandwich", 0) == []


def test_a_mobile_with_no_country_given_is_guessed_only_among_mobiles() -> None:
    assert guessed_mobile("0803 000 0142") == ("+2348030000142", "NG")
    assert guessed_mobile("0113 496 0123") is None


def _found(text: str, section: str = "post") -> list[str]:
    item = Item(Provenance("x", "f", None, "text", section=section), text=text)  # type: ignore[arg-type]
    detector = PhoneDetector()
    return [m.value for m in detector.detect(item)] if detector.wants(item) else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grandad's back in Melbourne, his landline is (03) 5550 1234", ["+61355501234"]),
        ("Lagos number while I visit mum: 0803 000 0142 (WhatsApp)", ["+2348030000142"]),
        ("cell: (312) 555-0147, a text is quickest", ["+13125550147"]),
        ("text me if you have ideas 3125550147", ["+13125550147"]),
        ("Meine Nummer in Madrid: +34 612 000 134", ["+34612000134"]),
        ("mine is 07700 9OO 3O4 (sorry, phone keyboard)", ["+447700900304"]),
        ("ring me 0 7 7 0 0 9 0 0 3 0 5 tonight", ["+447700900305"]),
        ("my number:\n07700\n900123", ["+447700900123"]),
        ("The GP practice changed its number to 0161 496 0233, hold music is grim", []),
        ("Free helpline 0808 157 0312, they are lovely", []),
        ("PNR 4512389076, coach B3", []),
        ("got 2 for £5 at 10:30, scored 3-1", []),
    ],
)
def test_the_detector_on_the_hard_forms(text: str, expected: list[str]) -> None:
    assert _found(text) == expected
