"""An address whose domain a machine reading a screenshot split with a space ("jo@mail.exam ple.org"): the
join on its own and in the detector, on invented sentences with reserved domains only."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_split_domain import rejoined_end


@pytest.mark.parametrize(
    ("text", "address", "rest"),
    [
        ("mail me: jo@mail.exam ple.org thanks", "jo@mail.exam", " ple.org"),
        ("E: ann@shop.example.co m", "ann@shop.example.co", " m"),
        ("it's ben@example.ne t.", "ben@example.ne", " t"),
        ("write to jo@example.com and.org too", "jo@example.com", None),  # finished: the next piece is prose
        ("jo@example.co me too", "jo@example.co", None),  # "me" is a word, not the rest of "com"
        ("jo@mail.exam ple", "jo@mail.exam", None),  # no top-level label after it
    ],
)
def test_rejoined_end(text: str, address: str, rest: str | None) -> None:
    end = text.index(address) + len(address)
    joined = rejoined_end(text, end, address)
    if rest is None:
        assert joined is None
    else:
        assert text[end:joined] == rest


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the screenshot cut it but her email was kit.fen@mail.exam ple.org, add her", ["kit.fen@mail.example.org"]),
        ("OCR'd my card:\nT: 07700 900 123\nE: robin@robinsews.example.co m", ["robin@robinsews.example.com"]),
        ("email jo@example.com or.. whatever", ["jo@example.com"]),
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    assert [m.value for m in EmailDetector().detect(item)] == found
