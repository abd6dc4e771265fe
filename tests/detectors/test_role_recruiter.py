"""`role_recruiter.RECRUITERS_VOICE` on invented recruiters' posts and staff's own."""

from __future__ import annotations

import pytest

from detectors.job_title import JobTitleDetector
from detectors.role_recruiter import RECRUITERS_VOICE
from tests.conftest import text_item


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Our client, a lovely infant school near Wakefield, needs a Year 1 teacher from January", True),
        ("Proud to have placed 30 supply teachers in Calder schools this autumn!", True),
        ("Hello, reaching out from Beacon Staffing: we have an excellent candidate for your SENCo post", True),
        ("We currently have several KS2 roles in Otley, DM for details", True),
        ("Recruitment consultant, education desk | primary and SEND | coffee first", True),
        ("Ex-teacher turned recruiter: I prep every candidate like my old Year 5s", False),
        ("The agency rang at 7am again, supply life", False),
        ("Our internship scheme placed 14 young people into paid work this year", False),
        ("We had three candidates for our TA post and all were brilliant", False),
    ],
)
def test_recruiters_voice(text: str, fires: bool) -> None:
    assert RECRUITERS_VOICE(text, 0, len(text)) is fires, text


def test_a_recruiters_post_gets_no_profession_finding() -> None:
    text = (
        "Recruiting now for our client: Head of Geography, a good 11-16 school in Halifax. TLR 2a, relocation offered."
    )
    item = text_item(text)
    detector = JobTitleDetector()
    assert not detector.wants(item) or detector.detect_batch([item])[0] == []
