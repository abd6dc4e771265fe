"""A school support role the writer gives themselves (`detectors.role_support`), and a support job's work done by
the writer (`detectors.role_support_work`): where they find it, what they leave alone, and the findings they make."""

from __future__ import annotations

import pytest

from detectors.role_support import support_roles
from detectors.role_support_work import support_work

ROLES: list[tuple[str, bool]] = [
    ("I'm a school groundsman, and the new goalposts are finally up", True),
    ("School porter | Brightwater Grammar | keeper of the keys", True),
    ("Cook at Larchfield Primary. Jacket potato Wednesdays are my legacy", True),
    ("Back to work next week, my job in the school office starts Monday at 8", True),
    ("After 12 years as a school network manager I'm going freelance", True),
    ("IT technician at Quillby Primary. Have you tried turning it off and on again", True),
    ("Not a teacher, but I work in a school kitchen and I see everything", True),
    ("Food hygiene level 2 passed! Starting at the school kitchen on Monday", True),
    ("I do the school dinners round here and a lady in Aldi thanked me for the pasta bake", True),
    ("My son starts at the school office for work experience next week", False),
    # someone else's, a subject's verb, or a business that shares the words
    ("My brother is a school groundsman and he hates leaf season", False),
    ("School nurse phoned about the nits letter again", False),
    ("The cook at our school does the best crumble in Kent", False),
    ("Cook at the Red Lion. Sunday roasts from noon", False),
    ("Network manager at a bank, twenty years of firewalls", False),
]
WORK: list[tuple[str, bool]] = [
    ("Invigilating the French listening paper today, not one cough allowed", True),
    ("Reprographics queue reaches the staffroom and the laminator has jammed again", True),
    ("Six persistent absence letters out before lunch", True),
    ("Titration practicals all week, the prep room smells of vinegar", True),
    ("Can you leave work for 8Y? I'm covering her period 4 tomorrow", True),
    # a pupil's, a kitchen's, someone else's
    ("The invigilator in our maths exam walked up and down in squeaky shoes", False),
    ("Restaurant prep room flooded again, service starts at six", False),
    ("Hoping the insurance will cover their period of unemployment", False),
]


@pytest.mark.parametrize(("text", "found"), ROLES)
def test_support_roles(text: str, found: bool) -> None:
    assert bool(support_roles(text)) is found


@pytest.mark.parametrize(("text", "found"), WORK)
def test_support_work(text: str, found: bool) -> None:
    assert bool(support_work(text)) is found


def test_the_profession_detector_makes_a_worth_a_look_finding_of_a_support_role_and_its_work() -> None:
    from detectors.job_title import JobTitleDetector
    from tests.conftest import text_item

    detector = JobTitleDetector()
    for text in ("I'm a school groundsman, and the new goalposts are finally up",
                 "Invigilating the French listening paper today, not one cough allowed"):  # fmt: skip
        (found,) = detector.detect(text_item(text))
        assert found.tier == "worth a look" and found.explanation is not None
    assert detector.detect(text_item("Restaurant prep room flooded again, service starts at six")) == []
