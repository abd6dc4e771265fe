"""A post signed off as school staff sign what they send to families (`detectors.role_sign_off`), on invented
sentences (never corpus lines)."""

from __future__ import annotations

import pytest

from detectors.job_title import JobTitleDetector
from detectors.role_sign_off import staff_sign_off
from tests.conftest import text_item


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("A goat ate my lanyard on the farm visit. It looks better on him. — Mr Osei, Y4", True),
        ("Reading books back by Friday please! Your child needs one for the holidays. Thanks!! Miss K", True),
        ("£3 spending money is plenty, there is ONE gift shop. - Year 6 team", True),
        ("Coats and wellies for the pond trip. Year 2 team, Tansy Primary", True),
        ("The canteen lunch: the kids did not. Geography department, signing off.", True),
        ("Forgot the trip form again. Sorry Mrs Hodge", False),
        ("Lovely trip today, thank you Mrs Osei", False),
        ("19 years on and I'm a solicitor now, Mrs Grant", False),
        ("Complaint sent about the parking on Quill Lane. Mrs Hale", False),
    ],
)
def test_staff_sign_off(text: str, signed: bool) -> None:
    assert bool(staff_sign_off(text)) is signed, text


def test_the_profession_detector_makes_a_worth_a_look_finding_of_it() -> None:
    item = text_item("Can confirm a parrot stole my pen at the zoo. It suits him. — Mr Osei, Y4")
    found = JobTitleDetector().detect(item)
    assert [m.tier for m in found] == ["worth a look"]
    assert found[0].explanation is not None and "signs off as school staff do" in found[0].explanation.reason
