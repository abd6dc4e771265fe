"""Whose number or mailbox it is, the classes met in threads and paper (batch 6): a line for enquiries, a
recommended trader's landline, a trade's own advert, a person's contact block, a service line abroad, a
number of a named country's length; role mailboxes at a university's, a band's or a school's domain, a
contact card's label, a relative's mailbox, a name spelt out letter by letter.  Invented text, reserved values."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.filters import Filter
from detectors.phone import PhoneDetector, judge
from detectors.phone_abroad import is_service_line
from detectors.phone_contact_block import persons_contact_block
from detectors.phone_trade_filters import (
    LANDLINE_FOR_ENQUIRIES,
    LANDLINE_IN_AN_ORGANISATIONS_ADVERT,
    LANDLINE_OF_A_RECOMMENDED_TRADER,
)


def _applies(rule: Filter, text: str, number: str) -> bool:
    start = text.index(number)
    return rule(text, start, start + len(number))


def _item(text: str, section: str = "post") -> Item:
    return Item(Provenance("x", "posts.json", "1", "text", section=section), text=text)  # type: ignore[arg-type]


def _phones(text: str, section: str = "post") -> list[str]:
    """What the phone rules keep, before the learned judgement (`test_contact_judgement`) has its say."""
    return [m.value for m in PhoneDetector().candidates(_item(text, section))[0]]


def _emails(text: str, section: str = "post") -> list[str]:
    return [m.value for m in EmailDetector().detect(_item(text, section))]


@pytest.mark.parametrize(
    ("rule", "text", "number", "expected"),
    [
        (LANDLINE_FOR_ENQUIRIES, "Auto-reply: for billing queries please email billing@example.com or call 0113 496 0210.",
         "0113 496 0210", True),
        (LANDLINE_FOR_ENQUIRIES, "Report faulty streetlights: 0114 496 0211", "0114 496 0211", True),
        (LANDLINE_FOR_ENQUIRIES, "Panto tickets £6 from the church office or 0115 496 0212", "0115 496 0212", True),
        (LANDLINE_FOR_ENQUIRIES, "For any questions about the rota ring my mum on 0116 496 0213", "0116 496 0213", False),
        (LANDLINE_FOR_ENQUIRIES, "For enquiries call 07700 900214", "07700 900214", False),  # a mobile
        (LANDLINE_OF_A_RECOMMENDED_TRADER, "Try Golden Shears on Kestrel Road, 0117 496 0220, they did my fringe",
         "0117 496 0220", True),
        (LANDLINE_OF_A_RECOMMENDED_TRADER, "The bakery on Fenwick Street does gluten free, 0118 496 0221",
         "0118 496 0221", True),
        (LANDLINE_OF_A_RECOMMENDED_TRADER, "Brightwell's are brilliant. They're on 0121 496 0222", "0121 496 0222", True),
        (LANDLINE_OF_A_RECOMMENDED_TRADER, "My parents are home tonight, they're on 0131 496 0223", "0131 496 0223", False),
        (LANDLINE_OF_A_RECOMMENDED_TRADER, "Mrs Pell on Ash Road does alterations, 0141 496 0224", "0141 496 0224", False),
        (LANDLINE_IN_AN_ORGANISATIONS_ADVERT, "Fenwick & Co | 4 branches | 0151 496 0230", "0151 496 0230", True),
        (LANDLINE_IN_AN_ORGANISATIONS_ADVERT, "Small choir, 12 members. Questions to our chair Odile – 0161 496 0231",
         "0161 496 0231", False),
        (LANDLINE_IN_AN_ORGANISATIONS_ADVERT, "Sole trader, VAT registered. 0113 496 0232", "0113 496 0232", False),
    ],
)  # fmt: skip
def test_each_filter(rule: Filter, text: str, number: str, expected: bool) -> None:
    assert _applies(rule, text, number) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parish notes. FOR SALE: pram. Mrs P. Oduya, 4 Larch Row. Tel 0114 496 0240", True),
        ("Name: Tomasz Adler\nAddress: 9 Heron Way, Leeds LS6 9ZZ\nPhone: 0113 496 0241", True),
        ("HELENA MARSH\n22 Quarry Street, Leeds LS6 9ZZ\nTel: 0113 496 0242", True),
        ("Help wanted for Mr Abbot, Tuesdays. Please contact him on 0115 496 0243", True),
        ("Oakfield Road surgery. Practice manager: Mrs J. Rowe. Tel: 0116 496 0244", False),  # no home between
        ("FERNLEA PRIMARY SCHOOL\n5 Mill Lane, Leeds LS6 9ZZ\nTel 0113 496 0245", False),
    ],
)
def test_persons_contact_block(text: str, expected: bool) -> None:
    number = text[text.index("0", text.rindex(" 01") if " 01" in text else 0) :]
    assert persons_contact_block(text, text.index(number)) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Holiday cottage agency in Maine, toll-free (800) 555-0112", []),
        ("Retired in Kyoto now 🌸 my number is 090-0000-0160", ["+819000000160"]),
        ("Staying in Rotterdam 🇳🇱 till June, my number: 06 0000 0161", ["+31600000161"]),
        ("Gran in Pune still has the landline 033 0000 0162", ["+913300000162"]),
        ("Sign-up sheet:\n1. Ade — 07700 900 163\n2. Bea — bea@example.com", ["+447700900163"]),
        ("Form for Gran:\nMrs Ida Kerr\n3 Birch Row\nLeeds LS6 9ZZ\n0113 496 0164", ["+441134960164"]),
        ("Off sick, Dara's number is 07700 900 165 while I'm at the hospital", ["+447700900165"]),
        ("Quote from our solicitor, Fenn & Co. Direct line 0161 496 0166", []),
        ("Visiting Grandad? Please ring the home first on 0117 496 0167", []),
    ],
)
def test_whose_number_in_the_detector(text: str, found: list[str]) -> None:
    assert _phones(text) == found


def test_a_service_line_abroad_is_no_ones_phone() -> None:
    assert is_service_line("+18005550112") and not is_service_line("+13125550147")
    assert judge("(888) 555-0113") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dept enquiries: history@lowmoor-uni.example.org", []),
        ("Bandroom Thursdays. Email: info@ketleybrass.example.org", []),
        ("Newsletter: spare uniform from pta@ashgroveprimary.example.org", []),
        ("Leaflet from the nursery:\nLittle Wrens Nursery\nEmail: office@littlewrens.example.org", []),
        ("I'd rather you used my work email: purchasing@tealfreight.example.com", []),
        ("Same as my handle here @ example.com", []),
        ("it's k a t . o s e i @ example . com, sorry, dictating", ["kat.osei@example.com"]),
        ("send it to kat.osei @ oseiframing.example.com – it's just me", ["kat.osei@oseiframing.example.com"]),
        ("Dad says use his email not mine, it's ron.hale@example.net", ["ron.hale@example.net"]),
        ("Referee: Mrs J. Pike, former manager, j.pike@example.org", ["j.pike@example.org"]),
        (
            "Jam made to order from my kitchen in Otley. Orders: hello@otleyjam.example.com",
            ["hello@otleyjam.example.com"],
        ),
        ("📷 Tom Vance Studio\nportraits\n✉️ tom@vancestudio.example.com", ["tom@vancestudio.example.com"]),
    ],
)
def test_whose_mailbox_in_the_detector(text: str, found: list[str]) -> None:
    assert _emails(text) == found
