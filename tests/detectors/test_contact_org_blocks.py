"""The round on organisations' contact details in other languages and long texts, each named unit on its own, then in
the detectors: a function's mailbox of several words, a capital that only opens a sentence, an amount paid at a
site, a landline beside an organisation's mailbox or listed with "tel.", an address in an organisation's contact
block, and a person's landline in a long post that names organisations elsewhere.  Invented text, reserved values."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_contact_block import PREMISES_IN_A_CONTACT_BLOCK
from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_amount import AMOUNT_AT_A_SITE
from detectors.email_function_mailbox import FUNCTION_WORD_MAILBOX, opens_a_sentence, written_as_a_name
from detectors.email_function_words import FUNCTION_WORDS_MAILBOX
from detectors.email_verdict import organisations_mailbox
from detectors.filters import Filter
from detectors.phone import PhoneDetector
from detectors.phone_beside_mailbox import LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX
from detectors.phone_filters import LANDLINE_IN_AN_ORGANISATIONS_POST
from detectors.phone_listed_line import LANDLINE_LISTED_WITH_TEL


def _applies(rule: Filter, text: str, value: str) -> bool:
    start = text.index(value)
    return rule(text, start, start + len(value))


def _item(text: str, section: str = "post") -> Item:
    field = "bio" if section == "profile" else "text"
    return Item(Provenance("x", "f", None, field, section=section), text=text)


# --- e-mail ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "The burial forms go to the register office, burial.forms@fellbrook-council.example.org, by Friday.",
            "burial.forms@fellbrook-council.example.org",
        ),
        (
            "I've emailed the housing office (repairs.north@ashvale-homes.example.org) about the damp.",
            "repairs.north@ashvale-homes.example.org",
        ),
        (
            "Flood grants from the trust: flood.grants@riverbend-trust.example.net, before March.",
            "flood.grants@riverbend-trust.example.net",
        ),
    ],
)
def test_a_function_of_several_words_at_an_organisations_domain_is_dropped(text: str, address: str) -> None:
    assert _applies(FUNCTION_WORDS_MAILBOX, text, address)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a name the text writes inside a sentence
        (
            "Ask Tamsin Gale at the council, tamsin.gale@fellbrook-council.example.org",
            "tamsin.gale@fellbrook-council.example.org",
        ),
        # an initial: a person's shape
        ("The trust's officer: t.gale@riverbend-trust.example.net", "t.gale@riverbend-trust.example.net"),
        # no organisation named: a person's address at a mail service no list holds
        ("Write to me whenever, orla.breen@postbox.example.com", "orla.breen@postbox.example.com"),
        ("New address for the gang: orla.breen@postbox.example.com", "orla.breen@postbox.example.com"),
        # someone spoken of as "she", in a club's post
        (
            "The club organiser is lovely, send yours to book.swaps@readersclub.example.org and she'll pair you",
            "book.swaps@readersclub.example.org",
        ),
        # the bare example domain
        ("Parish office: parish.office@example.org", "parish.office@example.org"),
    ],
)
def test_a_person_or_a_mail_service_keeps_the_mailbox_of_several_words(text: str, address: str) -> None:
    assert not _applies(FUNCTION_WORDS_MAILBOX, text, address)


def test_a_capital_that_only_opens_a_line_is_no_name() -> None:
    text = "Notices\n• Registrations open, write to registrations@kestrelschool.example.org"
    assert opens_a_sentence(text, text.index("Registrations"))
    assert not written_as_a_name(text, "registrations", text.index("registrations@"), len(text))
    assert _applies(FUNCTION_WORD_MAILBOX, text, "registrations@kestrelschool.example.org")


def test_a_capital_opening_a_sentence_is_a_name_when_someone_is_she_or_he() -> None:
    text = "Marnie in our street does cakes, she's marnie@marniebakes.example.com"
    assert written_as_a_name(text, "marnie", text.index("marnie@"), len(text))


def test_a_capital_inside_a_sentence_is_a_name() -> None:
    text = "If you're stuck, ask Wren: wren@thefold.example.org"
    assert written_as_a_name(text, "wren", text.index("wren@"), len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A text said to pay £2.10 at parcel-fees.example.net, a scam", True),
        ("pay 3.50 at tolls.example.com today", True),
        ("old mailbox: 1985.kit at example dot com", False),
    ],
)
def test_an_amount_paid_at_a_site_is_no_mailbox(text: str, expected: bool) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit() or c == "£")
    assert AMOUNT_AT_A_SITE(text, start, text.index(" at ") + 4) is expected


def test_the_email_detector_drops_a_spelt_out_amount() -> None:
    text = "Got a text to pay £1.99 at redelivery-fee dot example dot net, ignore it"
    assert not [m.value for m in EmailDetector().detect(_item(text))]


def test_organisations_mailbox_gives_way_to_a_one_person_business() -> None:
    text = "Just me and my oven! Orders: orders@kitbakes.example.com"
    start = text.index("orders@")
    assert not organisations_mailbox(text, start, len(text))


# --- phone ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Rejestracja: zapisy@szkolka.example.org albo 020 7946 0418 w soboty", "020 7946 0418", True),
        ("Visas: 020 7946 0527 or visas@embassy-uk.example.org", "020 7946 0527", True),
        ("Ring me on 0113 496 0201 or email info@mystudio.example.com", "0113 496 0201", False),
        ("ring Liz on 0113 496 0202, or the club at info@bowlsclub.example.org", "0113 496 0202", False),
        ("Mobile 07700 900202 or info@parcelbus.example.com", "07700 900202", False),  # mobiles are people's
    ],
)
def test_a_landline_beside_an_organisations_mailbox(text: str, number: str, expected: bool) -> None:
    assert _applies(LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX, text, number) is expected


def test_a_bio_keeps_its_own_landline_beside_its_mailbox() -> None:
    text = "Piano teacher, all grades · lessons@keysandme.example.net · 0131 496 0716"
    found = [m.value for m in PhoneDetector().detect(_item(text, "profile"))]
    assert found == ["+441314960716"]


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Pierogi na wynos, 9 Dock Street, tel 01632 960 742", "01632 960 742", True),
        ("Klub szachowy tel. 0116 496 0377, soboty", "0116 496 0377", True),
        ("tel: 0116 496 0288 (home, weekends)", "0116 496 0288", False),
        ("Mr O. Penrose, 7 Larch Close, tel. 01632 960 619", "01632 960 619", False),
        ("call me, tel. 0113 496 0733", "0113 496 0733", False),
        ("Klub tel. 07700 900619", "07700 900619", False),
    ],
)
def test_a_landline_listed_with_tel(text: str, number: str, expected: bool) -> None:
    assert _applies(LANDLINE_LISTED_WITH_TEL, text, number) is expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Gran's been low since the hospital let her home. Her old chapel friends, do give her a ring: "
            "landline 01632 960 581, mornings are best.",
            "01632 960 581",
        ),
        (
            "Rota for Grandpa, and the pharmacy delivers Tuesdays.\nGrandpa's landline: 0131 496 0652, he answers.",
            "0131 496 0652",
        ),
        ("She ran the Brownies for years and her landline is 0121 496 0744 if you'd like to call.", "0121 496 0744"),
        ("The clinic's line is in the letter, ours: home 01632 960 908, ring any time.", "01632 960 908"),
    ],
)
def test_a_persons_landline_in_a_long_post_naming_organisations(text: str, number: str) -> None:
    assert not _applies(LANDLINE_IN_AN_ORGANISATIONS_POST, text, number)
    digits = "".join(c for c in number if c.isdigit())
    assert [m.value for m in PhoneDetector().candidates(_item(text))[0]] == ["+44" + digits[1:]]  # the rules


# --- address --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address", "expected"),
    [
        ("Sklep Jantar, 9 Dock Street, HU1 4ZW, tel 01632 960 742, nowe dostawy!", "9 Dock Street, HU1 4ZW", True),
        (
            "Cena en La Parrilla, 41 Quay Road, Bideford EX39 7ZY, reservas: bookings@laparrilla.example.net",
            "41 Quay Road, Bideford EX39 7ZY",
            True,
        ),
        ("Our new address: 4 Elm Row, LS6 9ZZ, landline 0113 496 0766", "4 Elm Row, LS6 9ZZ", False),
        ("Treasurer: Alma Reyes, 5 Osier Way, 01632 960 893", "5 Osier Way", False),
        (
            "Cakes from my kitchen, collection from 5 Moor Row, HX7 2ZQ, orders hello@mycakes.example.com",
            "5 Moor Row, HX7 2ZQ",
            False,
        ),
    ],
)
def test_premises_in_an_organisations_contact_block(text: str, address: str, expected: bool) -> None:
    assert _applies(PREMISES_IN_A_CONTACT_BLOCK, text, address) is expected


def test_the_address_detector_leaves_a_listed_shop_and_keeps_a_home() -> None:
    shop = "Tienda nueva! Casa Lupe, 18 Pilgrim Street, NE6 3ZU, tel 0141 496 0012, abierto 9-9"
    home = "Moved at last! 18 Pilgrim Street, NE6 3ZU is ours, come round"
    assert not list(AddressDetector().detect(_item(shop)))
    assert [m.value for m in AddressDetector().detect(_item(home))] == ["NE6 3ZU"]


# --- labels in more languages, and a North American shape beside another country's name ----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adresa mătușii pentru felicitare: str. Teilor Vechi 17, lângă poștă. Mersi!", "str. Teilor Vechi 17"),
        ("Senelio adresas atvirukui: Liepų g. 3, Utena. Ačiū", "Liepų g. 3"),
        ("Ei chyfeiriad: Calle Brynmawr 245, Trelew", "Calle Brynmawr 245"),
        ("address ni Kuya pang padala: Villa 40, Street 9, Al Qusais", "Villa 40, Street 9"),
    ],
)
def test_an_address_labelled_with_words_of_whose_or_what_for(text: str, value: str) -> None:
    found = [m.value for m in AddressDetector().detect(_item(text))]
    assert any(value in f for f in found)


def test_a_north_american_shape_is_not_read_in_a_named_country_with_a_trunk_zero() -> None:
    text = "We were posted to France together. Ring me here in Tulsa on (405) 555-0182 whenever you like."
    assert [m.value for m in PhoneDetector().detect(_item(text))] == ["+14055550182"]


@pytest.mark.parametrize(
    "text",
    [
        "Paid through the agent on Kestrel Road, ticket no. 00 4417 208, collect tomorrow",
        "Files are moving to the Harrow branch, 01632 960 517, if you're a customer.",
    ],
)
def test_no_house_number_starts_with_0_or_follows_another_number(text: str) -> None:
    assert not list(AddressDetector().detect(_item(text)))
