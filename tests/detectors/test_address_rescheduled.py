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
        ("Netball has moved to Friday 4:30 on the courts, Quill Road", "Friday 4:30 on the courts, Quill Road", True),
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
        ("Gym club moved to Weds 6:15, hall 2, £5 a week as before", []),
        ("Under 10s training moved to Friday 6:30 at the astro, Quill Road, £2 subs", []),
        ("new address: 4 Larch Rise, Oakley", ["4 Larch Rise"]),
    ],
)
def test_detector_drops_rescheduled_slots(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected
