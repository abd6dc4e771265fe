"""`detectors.role_trades`: a school role word used as another trade's rank or post.

Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from detectors.job_title import JobTitleDetector
from detectors.role_trades import RANK_IN_ANOTHER_TRADE
from tests.conftest import text_item


def _applies(text: str, role: str) -> bool:
    start = text.lower().index(role)
    return RANK_IN_ANOTHER_TRADE(text, start, start + len(role))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Principal Engineer at a wind-farm firm, dad of two", "principal"),
        ("Our managing principal wants the deck by noon", "principal"),
        ("Twenty years as principal viola before the arthritis", "principal"),
        ("Site manager on the Larchfield Homes estate, 80 plots to go", "site manager"),
        ("Office manager at Brook & Vale Solicitors since March", "office manager"),
        ("Receptionist at the Grand Harbour Hotel, nights mostly", "receptionist"),
        ("Former head girl of Ashcombe Grammar, now a vet", "former head"),
        ("Acting head chef at the Wheatsheaf this week, send help", "acting head"),
        ("Promoted to deputy head gardener at Lowther Hall", "deputy head"),
    ],
)
def test_another_trades_rank_is_no_school_role(text: str, role: str) -> None:
    assert _applies(text, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Principal at Thornbury Academy, proud of every one of them", "principal"),
        ("Assistant principal | physics | runner", "principal"),
        ("Site manager at Holly Bank Primary & Nursery for nine years", "site manager"),
        ("Office manager at a busy infant school", "office manager"),
        ("Principal consultant by day, school governor by night", "governor"),
        ("Retired head, still dreaming about timetables", "retired head"),
        ("i was a ta for six years then went into insurance and never looked back", "ta"),
    ],
)
def test_a_school_role_is_left_alone(text: str, role: str) -> None:
    assert not _applies(text, role)


def test_a_rank_in_another_trade_is_not_the_writers_school_job() -> None:
    found = JobTitleDetector().detect(
        text_item("Principal Consultant at Marlow & Finch LLP. Views my own.", section="profile")
    )
    assert not found
