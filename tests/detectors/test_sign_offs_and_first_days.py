"""A role the writer signs a post with, a first or last day of teaching, an HLTA gained: invented sentences
(`role_context.SIGN_OFF`, `role_events`).  Each makes at least a "worth a look" finding however the classifier
scores the rest of the post, and none when the words are someone else's."""

from __future__ import annotations

import pytest

from detectors.job_title import JobTitleDetector
from detectors.role_context import SIGN_OFF
from detectors.role_events import career_events
from tests.conftest import text_item


def _found(text: str) -> list[tuple[str, str]]:
    item = text_item(text)
    detector = JobTitleDetector()
    return [(m.value, m.tier) for m in detector.detect_batch([item])[0]] if detector.wants(item) else []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Free pizza does not fix the workload. Signed, a worn-out geography teacher", "geography teacher"),
        ("Please label the coats!! Love, a frazzled TA who found nine identical ones", "teaching assistant"),
        ("That's my view on the new phonics scheme. Yours, a reception teacher", "reception teacher"),
        ("kind regards, a lunchtime supervisor who has seen every sandwich in the county", "lunchtime supervisor"),
    ],
)
def test_a_role_signed_off_with_is_the_writers(text: str, role: str) -> None:
    found = _found(text)
    assert [value for value, _ in found] == [role], text
    assert found[0][1] in ("likely", "worth a look")


@pytest.mark.parametrize(
    "text",
    [
        "Cheers, a grateful mum of two",  # no school role signed
        "Love, the Year 6 teachers",  # a group's sign-off: nobody's own role
        "I'd love a teacher like that for my son",  # "love" without the comma of a sign-off
        "Thanks to a brilliant teacher at the library talk tonight",
    ],
)
def test_no_sign_off_no_role_of_the_writers(text: str) -> None:
    item = text_item(text)
    detector = JobTitleDetector()
    found = detector.detect_batch([item])[0] if detector.wants(item) else []
    assert not any(m.explanation and any(SIGN_OFF in cue for cue in (m.explanation.reason,)) for m in found), text


@pytest.mark.parametrize(
    "text",
    [
        "Survived my first day of teaching, going to bed at 7",
        "my last week of teaching ever. retiring on friday and I will cry",
        "First term of supply teaching done 🎉",
        "Passed my HLTA assessment!! thank you to everyone in Willow class",
    ],
)
def test_a_first_day_or_an_hlta_gained_is_a_career_event(text: str) -> None:
    assert career_events(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Our Sam survived his first full week of teaching, sending him a lasagne",
        "My daughter's first day of teaching tomorrow, so proud",
        "first day of teaching yoga classes at the leisure centre, come along",
        "Your first year of teaching is the hardest, they say",
    ],
)
def test_someone_elses_first_day_or_another_subject_is_not(text: str) -> None:
    assert [e for e in career_events(text) if "teaching" in e.what] == [], text
