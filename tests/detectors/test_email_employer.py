"""`email_employer.EMPLOYEES_WORK_MAILBOX` on invented texts."""

from __future__ import annotations

import pytest

from detectors.email_employer import EMPLOYEES_WORK_MAILBOX


def _fires(text: str, address: str) -> bool:
    start = text.index(address)
    return EMPLOYEES_WORK_MAILBOX(text, start, start + len(address))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Agents: Pellow & Finch Estates, 2 Market St. Contact: r.pellow@pellowfinch.example.com",
            "r.pellow@pellowfinch.example.com",
        ),
        (
            "The site manager at Larkfield Homes is the one to chase, t.obi@larkfieldhomes.example.com",
            "t.obi@larkfieldhomes.example.com",
        ),
        (
            "Their signature: Dana Roy | Housing Officer | Westmere Housing Trust | d.roy@westmerehousing.example.org",
            "d.roy@westmerehousing.example.org",
        ),
    ],
)
def test_a_named_employees_work_mailbox_passed_on_is_dropped(text: str, address: str) -> None:
    assert _fires(text, address), text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Email me at work if easier: k.shaw@larkfieldhomes.example.com (Larkfield Homes)",
            "k.shaw@larkfieldhomes.example.com",
        ),
        (
            "Family solicitor at Pellow & Finch Law. Happy to help: r.pellow@pellowfinch.example.com",
            "r.pellow@pellowfinch.example.com",
        ),
        ("Sam Okoro Photography, just me and a camera: sam@okorophoto.example.com", "sam@okorophoto.example.com"),
        ("Write to Jo at jo.bell@post.example.net about the Larkfield Homes complaint", "jo.bell@post.example.net"),
    ],
)
def test_the_writers_own_or_a_private_mailbox_is_kept(text: str, address: str) -> None:
    assert not _fires(text, address), text
