"""Whose a quoted mailbox is: the writer's (or a private person's), or an organisation's.  Table
tests of the e-mail filters' ownership rules on invented sentences with example domains."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_filters import (
    AGENTS_MAILBOX,
    ORGANISATION_MAILBOX,
    ORGANISATION_NAMED_IN_THE_TEXT,
    TEMPLATE_ADDRESS,
    is_role_mailbox,
)
from detectors.filters import Filter
from tests.conftest import filter_applies


@pytest.mark.parametrize(
    ("local", "role"),
    [
        ("info@x.example.com", True),
        ("customer.service@x.example.com", True),  # its pieces run together: "customerservice"
        ("olive.service@x.example.com", False),  # a surname that is also a word
        ("sales.uk@x.example.com", True),
        ("consular.lisbon@x.example.org", True),
        ("hello.jo84@example.com", False),  # "hello" starts people's own names too
        ("e-mail@example.com", False),
        ("ola.bright@example.com", False),
    ],
)
def test_a_role_mailbox_by_its_name_or_its_first_or_last_piece(local: str, role: bool) -> None:
    assert is_role_mailbox(local) is role


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (
            ORGANISATION_MAILBOX,
            "The hotel desk told us to email customerservice@stays.example.com about it",
            "customerservice@stays.example.com",
            True,  # "told us to email": us, the ones told, not the mailbox's owners
        ),
        (ORGANISATION_MAILBOX, "email us at info@ourbakes.example.com", "info@ourbakes.example.com", False),
        (
            ORGANISATION_MAILBOX,
            "Taking commissions now: orders@paintsbyola.example.com or DM me",
            "orders@paintsbyola.example.com",
            False,  # the offer right after makes it the writer's
        ),
        (
            AGENTS_MAILBOX,
            "The club has its own inbox now, not my personal one: raffle@club.example.org",
            "raffle@club.example.org",
            True,
        ),
        (AGENTS_MAILBOX, "Face painter, no agency, just me: paintedola@example.net", "paintedola@example.net", False),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "My colour came out great at Tess's Salon. Book at tesssalon@mail.example.net",
            "tesssalon@mail.example.net",
            True,  # the business's name as its mailbox, at a mail service's domain
        ),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "Marsh & Finch Lettings | lettings@marshfinch.example.com",
            "lettings@marshfinch.example.com",
            True,
        ),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "Piano & theory lessons 🎹 lessons@olapiano.example.net",
            "lessons@olapiano.example.net",
            False,  # one capitalised word is too weak to be a business's name
        ),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "Westmoor Council is asking for views: highways.consultation@westmoor-council.example.org",
            "highways.consultation@westmoor-council.example.org",
            True,
        ),
        (
            TEMPLATE_ADDRESS,
            "the form says 'a.smith at club dot example dot org' but that's only the template",
            "a.smith at club dot example dot org",
            True,
        ),
        (
            TEMPLATE_ADDRESS,
            "type forename dot surname at example dot org",
            "forename dot surname at example dot org",
            True,
        ),
        (
            TEMPLATE_ADDRESS,
            "my gran only does email, ola.moss@example.com, she'd be chuffed",
            "ola.moss@example.com",
            False,
        ),
    ],
)
def test_each_rule(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


def _found(text: str, section: str = "post") -> list[tuple[str, str]]:
    item = Item(Provenance("x", "f", "1", "text", section=section), text=text)  # type: ignore[arg-type]
    return [(m.value, m.tier) for m in EmailDetector().detect(item)]


def test_a_business_named_in_a_first_person_bio_is_the_writers_own() -> None:
    bio = "Candles by Ola 🕯️ poured in my spare room | olacandles@candles.example.com"
    assert _found(bio, "profile") == [("olacandles@candles.example.com", "likely")]
    bio = "I volunteer with a charity called Open Door Trust. To help, apply through them at join@opendoortrust.example.org"
    assert _found(bio, "profile") == []


def test_a_role_mailbox_in_an_organisations_own_account_is_dropped() -> None:
    text = "Hire our hut for parties: write to office@scouthut.example.org. Registered charity no. 1"
    assert _found(text, "profile") == []
