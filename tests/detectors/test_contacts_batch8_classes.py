"""Issue 10's classes from batch 8: shared and team mailboxes and a firm's role mailbox (`email_shared_inbox`,
`email_role_forms.team_or_list_form`), a landline of a desk or with opening hours (`phone_desk_hours`) and a
workplace's address (`address_workplace`).  Invented text; reserved numbers, example domains, invented units."""

from __future__ import annotations

import pytest

from detectors.address_workplace import WORKPLACE
from detectors.email import EmailDetector
from detectors.email_role_forms import team_or_list_form
from detectors.email_roles import ROLE_MAILBOXES, is_role_mailbox
from detectors.email_shared_inbox import ORGANISATIONS_ROLE_MAILBOX, SHARED_INBOX_NAMED
from detectors.phone import PhoneDetector
from detectors.phone_desk_hours import LANDLINE_OF_A_DESK
from tests.conftest import address_values, filter_applies, text_item


def emails(text: str) -> list[str]:
    return [m.value for m in EmailDetector().detect(text_item(text))]  # type: ignore[arg-type]


def phones(text: str) -> list[str]:
    return [m.value for m in PhoneDetector().detect(text_item(text))]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["billingteam"], True),
        (["support", "team"], True),
        (["help", "desk"], True),
        (["all", "staff"], True),
        (["everyone"], True),
        (["steam"], False),  # "team" run on to nothing that is a role
        (["priya", "team"], False),  # a person's name before "team"
        (["jo", "reed84"], False),
    ],
)
def test_team_or_list_form(pieces: list[str], expected: bool) -> None:
    assert team_or_list_form(pieces, ROLE_MAILBOXES.__contains__) is expected


def test_team_forms_are_role_mailboxes() -> None:
    assert is_role_mailbox("ordersteam@mill.example.com")
    assert is_role_mailbox("all-staff@brookvale.example.org")
    assert not is_role_mailbox("marta.steam@example.net")


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        ("Our team inbox is hi@quillworks.example.com, four of us read it", "hi@quillworks.example.com", True),
        ("the department email (planning.admin@example.org) bounced", "planning.admin@example.org", True),
        ("Sent it to the HR mailbox: people@firm.example.com", "people@firm.example.com", True),
        ("The distribution list allhands@firm.example.com pinged again", "allhands@firm.example.com", True),
        ("Use me, not the team inbox: rosa.vine@example.net", "rosa.vine@example.net", False),
        ("My email is tom.lark@example.org", "tom.lark@example.org", False),
    ],
)
def test_shared_inbox_named(text: str, candidate: str, applies: bool) -> None:
    assert filter_applies(SHARED_INBOX_NAMED, text, candidate) is applies


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        (
            "Suppliers to the company: please send quotes to enquiries@pellow.example.com",
            "enquiries@pellow.example.com",
            True,
        ),
        ("Talks by our CEO: please go via press@pellow.example.com", "press@pellow.example.com", True),
        ("Our office:\n- Phone: 0113 496 0111\n- Sales: sales@pellow.example.com", "sales@pellow.example.com", True),
        ("Our office is my kitchen. I take orders at orders@pellow.example.com", "orders@pellow.example.com", False),
        ("The company is me now: hello@pellow.example.com", "hello@pellow.example.com", False),
        ("Ask the company for Dan: dan.pellow@example.com", "dan.pellow@example.com", False),  # not a role mailbox
    ],
)
def test_organisations_role_mailbox(text: str, candidate: str, applies: bool) -> None:
    assert filter_applies(ORGANISATIONS_ROLE_MAILBOX, text, candidate) is applies


def test_detector_drops_shared_and_firms_mailboxes_and_keeps_a_persons() -> None:
    assert emails("Our team inbox is hi@quillworks.example.com") == []
    assert emails("For urgent queries contact invoicesteam@quillworks.example.com") == []
    assert emails("Sessions: shoots@lunafoto.example.com - only me answering, replies within a day") == [
        "shoots@lunafoto.example.com"
    ]
    assert emails("my own one is kit.moss@example.net") == ["kit.moss@example.net"]


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        ("Evenings and weekends the duty desk takes calls: 0113 496 0421", "0113 496 0421", True),
        ("Complaints go through the proper channels, 0113 496 0422", "0113 496 0422", True),
        ("Depot | 0113 496 0423 | Mon–Fri 8–6", "0113 496 0423", True),
        ("Tel 0113 496 0424 for the trade counter (open 7am–3pm)", "0113 496 0424", True),
        ("Ring me on 0113 496 0425, Mon–Fri after six", "0113 496 0425", False),
        ("Spaces Tue–Thu. Call Wendy on 0113 496 0426", "0113 496 0426", False),  # a person asked for by name
        ("Self-employed bookkeeper. Phone: 0113 496 0427 (Mon–Fri)", "0113 496 0427", False),
        ("Duty desk said to text 07700 900428", "07700 900428", False),  # mobiles are left alone
    ],
)
def test_landline_of_a_desk(text: str, candidate: str, applies: bool) -> None:
    assert filter_applies(LANDLINE_OF_A_DESK, text, candidate) is applies


def test_phone_detector_drops_a_desks_line_and_keeps_a_persons() -> None:
    assert phones("Claims desk: 0113 496 0430 | Mon–Sat 9–5") == []
    assert phones("Text me on 07700 900431, Mon–Fri") == ["+447700900431"]


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        ("Candidates: Floor 4, Tanner House, Leeds LS2 9ZQ, report to the front desk", "LS2 9ZQ", True),
        ("Deliveries for the team come to our building, LS2 9ZR, post room on the left", "LS2 9ZR", True),
        ("Visitors: the postcode for the car park is LS2 9ZS (sat navs love it)", "LS2 9ZS", True),
        ("Head office moves to Suite 3, 12 Cobble Yard, LS2 9ZT next month", "LS2 9ZT", True),
        ("My office is the spare room at 7 Pipit Close, LS6 9ZU", "LS6 9ZU", False),
        ("Party at ours, ground floor, 14 Wren Walk, LS6 9ZV", "LS6 9ZV", False),
        ("New flat! Top floor of 3 Heron Row, LS6 9ZW", "LS6 9ZW", False),
    ],
)
def test_workplace(text: str, candidate: str, applies: bool) -> None:
    assert filter_applies(WORKPLACE, text, candidate) is applies


def test_address_detector_drops_a_workplace_and_keeps_a_home() -> None:
    assert address_values("Signed the lease: our new office is Suite 9, Glebe Court, LS2 9ZX.") == []
    assert "LS6 9ZY" in address_values("We've moved! New home: 5 Linnet Way, LS6 9ZY")
