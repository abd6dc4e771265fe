"""A role the writer gives themselves in passing, on invented sentences (`role_context.owned`): "X by day, Y by night",
and a peripatetic, infant or reception teacher said with the words people put before the role."""

from __future__ import annotations

import pytest

from detectors import nlp
from detectors.job_title import JobTitleDetector, read_roles
from tests.conftest import text_item


def _roles(text: str) -> list[str]:
    item = text_item(text)
    detector = JobTitleDetector()
    return [m.value for m in detector.detect_batch([item])[0]] if detector.wants(item) else []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Exams officer by day, bread baker by night. Sourdough orders open for Saturday", "exams officer"),
        ("Cover supervisor by day, DJ by night 🎧 booking for summer weddings now", "cover supervisor"),
        ("Anyone want a violin? I'm a peri music teacher and I've got two spare half-size ones. £40", "music teacher"),
    ],
)
def test_a_role_given_in_passing_is_the_writers(text: str, role: str) -> None:
    assert _roles(text) == [role], text


def test_a_role_by_day_of_someone_else_is_not_claimed() -> None:
    assert _roles("My husband: accountant by day, terrible golfer by night") == []


@pytest.mark.parametrize(
    ("text", "mine"),
    [
        ("Head of Music at Wrenfield Academy. Views my own.", True),
        ("Assistant Head | Oakfield School | tweets are my own, RTs ≠ endorsements", True),
        ("Opinions mine, not my employer's", True),
        ("Head of Music at Wrenfield Academy, speaking at 10:15 in Hall B", False),
    ],
)
def test_a_disclaimer_of_ones_own_views(text: str, mine: bool) -> None:
    from detectors.role_context import OWN_VIEWS

    assert (OWN_VIEWS.search(text) is not None) is mine, text


@pytest.mark.parametrize(
    "text",
    [
        "Kit's applying for a job at the infants as a lunchtime supervisor!! fingers crossed for her",
        "Ravi's just qualified as a teacher and his mum has told the whole street",
        "Noor's off to work as a TA in September, we'll miss her at the salon",
    ],
)
def test_a_friends_news_is_not_the_writers_role(text: str) -> None:
    reading = read_roles(text_item(text), nlp.doc(text))
    assert reading.claimed == [], text


@pytest.mark.parametrize(
    "text",
    ["Monday's my first day as a TA, eek", "Today's my last day as a school cook after 19 years"],
)
def test_a_days_news_is_still_the_writers(text: str) -> None:
    reading = read_roles(text_item(text), nlp.doc(text))
    assert reading.claimed, text


@pytest.mark.parametrize(
    "text",
    [
        "I'm a teacher again! Back to it on Monday",
        "Honestly I am a qualified TA and nobody at the council listens",
        "Quick one: I'm a school business manager, any tips on the new payroll software?",
    ],
)
def test_i_am_a_school_role_said_plainly_always_makes_a_finding(text: str) -> None:
    found = JobTitleDetector().detect_batch([text_item(text)])[0]
    assert found and found[0].tier in ("likely", "worth a look"), text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("I'm a teacher again! Back to it on Monday", True),
        ("people always think I'm a teacher because of the lanyard", False),
        ("I'm a TA... in the tabletop game, obviously", False),
        ("I'm a careers adviser at the jobcentre", False),
    ],
)
def test_a_plain_claim_is_told_from_a_guess_or_a_joke(text: str, plain: bool) -> None:
    reading = read_roles(text_item(text), nlp.doc(text))
    assert any("in so many words" in why for *_, why, _ in reading.claimed) is plain, text


@pytest.mark.parametrize(
    ("text", "section", "role"),
    [
        ("PGCE trainee | weekend barista | will explain photosynthesis for a flat white", "profile", "trainee teacher"),
        ("SCITT student, mum of two, powered by toast", "profile", "trainee teacher"),
        ("EYTA @ a village primary | Makaton signer | loose parts fan", "profile", "teaching assistant"),
        ("HT of a small rural primary. Views my own.", "post", "headteacher"),
    ],
)
def test_a_role_in_the_spelling_staff_abbreviate_it(text: str, section: str, role: str) -> None:
    item = text_item(text, section=section)
    reading = read_roles(item, nlp.docs([text])[0])
    assert [value for value, *_ in reading.claimed] == [role], text


def test_ht_alone_is_no_role() -> None:
    item = text_item("HT: 1-0 to the Rovers, HT to @localpaper for the photo")
    reading = read_roles(item, nlp.docs([item.text or ""])[0])
    assert reading.claimed == [] and reading.mentioned == []
