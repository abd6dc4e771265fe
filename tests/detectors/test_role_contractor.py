"""The named filter of an outside trade's job done at a school (`detectors.role_contractor`)."""

from __future__ import annotations

import pytest

from detectors.role_contractor import OUTSIDE_TRADE_AT_A_SCHOOL
from detectors.role_filters import UNNAMED_ROLE_FILTERS

CASES: list[tuple[str, bool]] = [
    ("Painted new court lines at a secondary over Easter, white paint on everything", True),
    ("Boiler service at a secondary this morning while Year 11 sat a mock upstairs", True),
    ("Gave a water safety workshop at a local academy; the RNLI mascot was mobbed", True),
    ("Your engineer is booked for the printer in your school office on Thursday", True),
    ("Forty years of puppet shows and every school we played still sends a card", True),
    # the school's own staff, or staff to be
    ("Got a job as a dinner lady at the village primary, start Monday", False),
    ("Boiler service in our hall today so assembly moved to the dining room", False),
    ("Our climbing frame finally installed, Year 1 are beside themselves", False),
    ("I teach in a primary where the boiler service takes all of half term", False),
]


@pytest.mark.parametrize(("text", "fires"), CASES)
def test_outside_trade_at_a_school(text: str, fires: bool) -> None:
    assert OUTSIDE_TRADE_AT_A_SCHOOL(text, 0, len(text)) is fires


def test_it_is_one_of_the_filters_of_a_finding_with_no_role_named() -> None:
    assert OUTSIDE_TRADE_AT_A_SCHOOL in UNNAMED_ROLE_FILTERS and OUTSIDE_TRADE_AT_A_SCHOOL.effect == "drop"
