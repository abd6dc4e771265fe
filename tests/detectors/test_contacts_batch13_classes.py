"""Classes of the thirteenth contacts batch (`jobhunt`, `brands`), on invented sentences: an interview's or an
employer's premises are no one's home (`address_workplace.WORKPLACE`), and a firm's hiring and pay desks are
role mailboxes (`email_roles`).  A sender's number or mailbox has its own file (`test_contact_sender.py`)."""

from __future__ import annotations

import pytest

from detectors.address_postcode_filters import PLACE_TO_DRIVE_TO
from detectors.address_workplace import WORKPLACE
from detectors.email_roles import is_role_mailbox
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        ("The interview's at 12 Canal Wharf, Leeds LS11 5ZQ, ask for Sam at the gate", "LS11 5ZQ", True),
        ("The academy I'm interviewing at on Friday is on Pellow Road, BD7 1ZR", "BD7 1ZR", True),
        ("Their site is at Unit 4, Mill Lane, WF3 2ZD, use the visitor car park", "WF3 2ZD", True),
        ("The campus postcode is HU6 7ZX, by the sports hall", "HU6 7ZX", True),
        ("Interview went well! Now home to 9 Larch Close, LS6 9ZZ for a nap", "LS6 9ZZ", False),
        ("Interviewing nannies at ours, 14 Poplar Grove, S10 2ZL, from 10", "S10 2ZL", False),
    ],
)
def test_workplace_interviews_and_premises(text: str, candidate: str, applies: bool) -> None:
    assert filter_applies(WORKPLACE, text, candidate) is applies


def test_address_detector_drops_an_interview_venue() -> None:
    assert address_values("Nervous! The interview is at 2 Quayside Plaza, Salford M50 2ZE at 10am") == []


@pytest.mark.parametrize(
    ("mailbox", "expected"),
    [
        ("talent@firm.example.com", True),
        ("timesheets@agency.example.net", True),
        ("payroll@council.example.org", True),
        ("vacancies@trust.example.org", True),
        ("appeals@parkingfirm.example.com", True),  # a parking company's disputes desk
        ("claims@insurer.example.net", True),
        ("tala.ent@example.com", False),
    ],
)
def test_hiring_and_pay_desks_are_role_mailboxes(mailbox: str, expected: bool) -> None:
    assert is_role_mailbox(mailbox) is expected


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        ("Long stay car park at the airport, WA15 8ZX, shuttle every ten minutes", "WA15 8ZX", True),
        ("Ferry terminal postcode is HU9 5ZQ, check in an hour before sailing", "HU9 5ZQ", True),
        ("Port postcode SO14 3ZT for the cruise, parking is pre-booked", "SO14 3ZT", True),
        ("Parking is on the drive at ours, LS17 6ZW, the house with the green door", "LS17 6ZW", False),
        ("Park and ride is full so come to mine instead, we live at DN4 7ZR", "DN4 7ZR", False),
    ],
)
def test_a_postcode_of_a_car_park_port_or_terminal(text: str, candidate: str, applies: bool) -> None:
    assert filter_applies(PLACE_TO_DRIVE_TO, text, candidate) is applies
