"""`email_copied_in.COPIED_IN` on invented pasted headers."""

from __future__ import annotations

import pytest

from detectors.email_copied_in import COPIED_IN


def _fires(text: str, address: str) -> bool:
    start = text.index(address)
    return COPIED_IN(text, start, start + len(address))


@pytest.mark.parametrize(
    ("text", "address", "fires"),
    [
        ("Cc: office@brackenhomes.example.com, j.lee@brackenhomes.example.com", "j.lee@brackenhomes.example.com", True),
        ("I've copied in my councillor, Bcc: cllr.reed@westmere.example.org", "cllr.reed@westmere.example.org", True),
        ("the To: was me and Cc: was help@fibreco.example.com, typical", "help@fibreco.example.com", True),
        ("From: Sam Reed <sam.reed@mail.example.com>\nCc: Finance", "sam.reed@mail.example.com", False),
        ("To: tom.bell@post.example.net\nSubject: lift rota", "tom.bell@post.example.net", False),
        ("Cc: Finance\nreply to me on kay.ward@example.org", "kay.ward@example.org", False),
    ],
)
def test_a_copied_in_recipient(text: str, address: str, fires: bool) -> None:
    assert _fires(text, address) is fires, text
