"""Two e-mail filters of batch 3's classes (issue 10): a public body's or a club's service mailbox
known by its domain, and a mailbox the writer takes back; invented sentences, example domains."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_org_domain import PUBLIC_BODYS_MAILBOX
from detectors.email_retired import MAILBOX_TAKEN_BACK
from detectors.filters import Filter


def _applies(rule: Filter, text: str, address: str) -> bool:
    start = text.index(address)
    return rule(text, start, start + len(address))


@pytest.mark.parametrize(
    ("text", "address", "expected"),
    [
        ("lost property: email lostkit@oakley-leisure.example.org", "lostkit@oakley-leisure.example.org", True),
        ("write to planning.help@oakleycouncil.example.org", "planning.help@oakleycouncil.example.org", True),
        ("repeat scripts via rx@oakleypharmacy.example.com", "rx@oakleypharmacy.example.com", True),
        ("fixtures go to admin@oakleyjuniorfc.example.org", "admin@oakleyjuniorfc.example.org", True),
        ("bounces from mailer-daemon@mx.example.net all day", "mailer-daemon@mx.example.net", True),
        ("my work one is jo.bloggs@oakley-council.example.org", "jo.bloggs@oakley-council.example.org", False),
        ("our housing officer is d.khan@oakley-council.example.org", "d.khan@oakley-council.example.org", True),
        ("Cllr Amy Ross: amy.ross@oakley-council.example.org", "amy.ross@oakley-council.example.org", True),
        ("the rural crime team, rural.crime@oakleypolice.example.net", "rural.crime@oakleypolice.example.net", True),
        ("Personal email for residents: cllr.j.ross@mail.example.org", "cllr.j.ross@mail.example.org", False),
        (
            "the leisure centre manager is jo.bloggs@oakley-leisure.example.org",
            "jo.bloggs@oakley-leisure.example.org",
            False,
        ),
        ("email me at sam@example.com", "sam@example.com", False),
        ("orders to bakes@cakesbysam.example.net", "bakes@cakesbysam.example.net", False),
    ],
)
def test_public_bodys_mailbox(text: str, address: str, expected: bool) -> None:
    assert _applies(PUBLIC_BODYS_MAILBOX, text, address) is expected


@pytest.mark.parametrize(
    ("text", "address", "expected"),
    [
        ("Do not use pat.old@example.net anymore, I lost the password", "pat.old@example.net", True),
        ("new one is pat.b@example.com (was pat.a@example.com, that one's closed)", "pat.a@example.com", True),
        ("new one is pat.b@example.com (was pat.a@example.com, that one's closed)", "pat.b@example.com", False),
        ("orders to kit@example.net — sorry I mean kit@example.org", "kit@example.net", True),
        ("orders to kit@example.net — sorry I mean kit@example.org", "kit@example.org", False),
        ("my old email: rae@example.net is hacked", "rae@example.net", True),
        ("the fastest way is a plain old email to rae@example.net", "rae@example.net", False),
        ("New email! lee.k@example.com (the old webmail is dead)", "lee.k@example.com", False),
        ("old email was lee84@example.com, still works though", "lee84@example.com", False),
    ],
)
def test_mailbox_taken_back(text: str, address: str, expected: bool) -> None:
    assert _applies(MAILBOX_TAKEN_BACK, text, address) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Swim lessons at the leisure centre, book via swim@oakley-leisure.example.org", []),
        ("Married! now it's kim.ade@example.com (was kim.lee@example.com, that one's closed)", ["kim.ade@example.com"]),
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    assert [m.value for m in EmailDetector().detect(item)] == found
