"""Issue 10's professional's work mailbox at a named firm, passed on by a client
(`detectors.email_firm_contact.FIRM_CONTACT`).  Invented firms and people; reserved domains and numbers."""

from __future__ import annotations

import pytest

from detectors.email import EmailDetector
from detectors.email_firm_contact import FIRM_CONTACT
from tests.conftest import filter_applies, text_item


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("Contact card for our accountant: Jane Pryor, Pryor & Webb. Direct line 0113 496 0111, "
         "jane.pryor@pryorwebb.example.com", "jane.pryor@pryorwebb.example.com", True),
        ("Mum's conveyancer is Tom Hale at Hale Solicitors, tom@halesolicitors.example.org",
         "tom@halesolicitors.example.org", True),
        ("I'm a solicitor at Pryor & Webb, email me jane.pryor@pryorwebb.example.com",
         "jane.pryor@pryorwebb.example.com", False),
        ("our solicitor is lovely, her own one is jane.p@example.com", "jane.p@example.com", False),
        ("our accountant Jane Pryor, Pryor & Webb, but her personal mail is jp@quillmail.example.net",
         "jp@quillmail.example.net", False),
        ("Sam Okoro Photography, sam@okorophoto.example.com", "sam@okorophoto.example.com", False),
    ],
)  # fmt: skip
def test_firm_contact(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(FIRM_CONTACT, text, candidate) is expected


def test_detector_drops_a_firms_contact_given_by_a_client() -> None:
    text = "Screenshot of our solicitor's card: Jane Pryor, Pryor & Webb, jane.pryor@pryorwebb.example.com"
    assert [m.value for m in EmailDetector().detect(text_item(text))] == []
