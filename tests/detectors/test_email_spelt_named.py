"""Issue 10's spelt-out address whose mailbox is named after the person named right before it
(`detectors.email_spelt_named`).  Invented people; reserved domains."""

from __future__ import annotations

import pytest

from detectors.email import EmailDetector
from detectors.email_spelt_named import SPELT_FOR_A_NAMED_PERSON, named_before
from tests.conftest import text_item


@pytest.mark.parametrize(
    ("text", "local", "expected"),
    [
        ("for the birthday cake ask Bridie Koss, bridiekoss at example dot org", "bridiekoss", True),
        ("Tamsin Quarrie: quarriecrafts at example dot net", "quarriecrafts", True),
        ("Happy Birthday, shopping at bargainshop dot example dot org", "shopping", False),
        ("Tom Hale, out at sea dot com", "out", False),
        ("Bridie Koss, totally at random dot com", "totally", False),
    ],
)
def test_named_before(text: str, local: str, expected: bool) -> None:
    assert named_before(text, text.index(f"{local} at"), local) is expected


def test_detector_reads_a_mailbox_named_for_the_person_before_it() -> None:
    text = "Our wedding flowers were by Bridie Koss, bridiekoss at example dot org"
    matches = list(EmailDetector().detect(text_item(text)))
    assert [(m.value, m.rule) for m in matches] == [("bridiekoss@example.org", SPELT_FOR_A_NAMED_PERSON)]


def test_a_sentence_that_says_at_and_dot_stays_quiet() -> None:
    text = "Happy Birthday, shopping at bargainshop dot example dot org later"
    assert list(EmailDetector().detect(text_item(text))) == []
