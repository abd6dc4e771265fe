"""Issue 10's e-mail classes: an organisation's service mailbox quoted by the writer ("parties@" of a soft play,
"drivers@" of a transport scheme), a domain that abbreviates the organisation the text names ("Quillby Community
Transport" -> "quillbyct"), and a role mailbox given a few lines after "not me".  Invented text, example domains."""

from __future__ import annotations

import pytest

from detectors.email_filters import (
    AGENTS_MAILBOX,
    ORGANISATION_MAILBOX,
    ORGANISATION_NAMED_IN_THE_TEXT,
    is_role_mailbox,
)
from detectors.filters import Filter
from tests.conftest import filter_applies


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (ORGANISATION_MAILBOX, "We went to the trampoline park. Their email is parties@bouncy.example.com",
         "parties@bouncy.example.com", True),
        (ORGANISATION_MAILBOX, "To volunteer, contact the scheme or drivers@quillbyct.example.org",
         "drivers@quillbyct.example.org", True),
        (ORGANISATION_MAILBOX, "Hiring the hall? hire@wrenhall.example.org", "hire@wrenhall.example.org", True),
        (ORGANISATION_MAILBOX, "email me on lessons@tansypiano.example.com to book", "lessons@tansypiano.example.com",
         False),
        (ORGANISATION_NAMED_IN_THE_TEXT, "Call Quillby Community Transport or write to rides@quillbyct.example.org",
         "rides@quillbyct.example.org", True),
        (ORGANISATION_NAMED_IN_THE_TEXT, "Quillby Community Transport drivers: jo.bloggs@quillbyct.example.org",
         "jo.bloggs@quillbyct.example.org", False),
        (ORGANISATION_NAMED_IN_THE_TEXT, "Wedding RSVPs to tam.and.ola@wedding.example.com by June",
         "tam.and.ola@wedding.example.com", False),
        (AGENTS_MAILBOX, "Phone: ring the office, not me\nOffice: 0113 496 0555\nEmail: admin@quill.example.org",
         "admin@quill.example.org", True),
        (AGENTS_MAILBOX, "not me, ask Jo!\nMy email: jo.wren@example.com", "jo.wren@example.com", False),
    ],
)  # fmt: skip
def test_each_filter(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


@pytest.mark.parametrize("local", ["parties", "drivers", "hire", "lessons", "labs-admin", "dept.office"])
def test_service_mailboxes_are_role_mailboxes(local: str) -> None:
    assert is_role_mailbox(f"{local}@example.org")


def test_a_persons_name_is_no_role_mailbox() -> None:
    assert not is_role_mailbox("parveen.wren@example.org")
