"""Issue 10's activity moved to a new day and time (`detectors.address_rescheduled.RESCHEDULED`), not a home moved
to.  Invented clubs, streets and people."""

from __future__ import annotations

import pytest

from detectors.address_rescheduled import RESCHEDULED
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("Ava's ballet moved to Weds 5:15, room 2, £4 a class", "Weds 5:15, room 2, £4 a class", True),
        ("U9s training moved to Tuesday 5:30 at the pitch, Quill Road", "Tuesday 5:30 at the pitch, Quill Road", True),
        ("choir's moved to Thursday evenings, Tansy Hall", "Thursday evenings, Tansy Hall", True),
        ("swimming moved to 6.30pm, lane 2", "6.30pm, lane 2", True),
        ("we moved to Friday Street last year", "Friday Street", False),
        ("we moved to 4 Larch Rise, Oakley", "4 Larch Rise, Oakley", False),
    ],
)
def test_rescheduled(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(RESCHEDULED, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milo's swimming moved to Thurs 4:45, lane 3, £6.50 a session", []),
        ("Under 10s training moved to Friday 6:30 at the astro, Quill Road, £2 subs", []),
        ("new address: 4 Larch Rise, Oakley", ["4 Larch Rise"]),
    ],
)
def test_detector_drops_rescheduled_slots(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected
