"""Classes of batch 4's train and dev errors (issue 10), each in invented sentences with reserved values:
community groups' mailboxes known by their domain, a number's country named by its calling code, whose
number it is when two are given or a bracket says so, and mailboxes invited by an envelope or a call."""

from __future__ import annotations

import pytest

from detectors.email import EmailDetector
from detectors.email_org_domain import PUBLIC_BODYS_MAILBOX
from detectors.phone import PhoneDetector
from detectors.phone_regions import regions_pointed_to
from tests.conftest import filter_applies, text_item


def _phones(text: str) -> list[str]:
    return [m.value for m in PhoneDetector().detect(text_item(text))]


def _emails(text: str) -> list[str]:
    return [m.value for m in EmailDetector().detect(text_item(text))]


@pytest.mark.parametrize(
    ("text", "address", "expected"),
    [
        ("hire enquiries: hire@oakleyvillagehall.example.org", "hire@oakleyvillagehall.example.org", True),
        ("plot waiting list via plots@wrenfieldallotments.example.org", "plots@wrenfieldallotments.example.org", True),
        ("minutes from clerk@oakleypc.example.org", "clerk@oakleypc.example.org", True),
        ("rota questions to flowers@stmichaelsoakley.example.org", "flowers@stmichaelsoakley.example.org", True),
        ("new members: nets@oakleycc.example.org", "nets@oakleycc.example.org", True),
        ("spelt out: tenors[at]oakleychoir.example.org", "tenors[at]oakleychoir.example.org", True),
        ("my own: priya.shah@oakleycc.example.org", "priya.shah@oakleycc.example.org", False),
        ("write to stuart@example.com", "stuart@example.com", False),
        ("cake orders: bakes@stephaniescakes.example.com", "bakes@stephaniescakes.example.com", False),
    ],
)
def test_community_groups_mailboxes_by_their_domain(text: str, address: str, expected: bool) -> None:
    assert filter_applies(PUBLIC_BODYS_MAILBOX, text, address) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("host family in Verona: my mobile is 333 000 0128, from the UK add +39.", "IT"),
        ("our number there is 087 000 0123 (country code 353)", "IE"),
        ("text her, she's in Rome (+39)", "IT"),
        ("ring +44 7700 900123", None),  # a number's own code, not a pointer
        ("we won +20 on the day and +39 overall", None),  # scores, not calling codes
    ],
)
def test_a_calling_code_named_alone_points_to_its_country(text: str, expected: str | None) -> None:
    regions = regions_pointed_to(text.replace("Rome", "the city"), 0)
    assert (regions[0] if regions else None) == expected


def test_a_number_abroad_with_its_calling_code_named_apart() -> None:
    assert _phones("Staying with Marta in Verona, her mobile 333 000 0128 (from the UK add +39)") == ["+393330000128"]


def test_what_is_named_before_a_second_number_is_that_numbers() -> None:
    text = "Need a scorer Sat. Ring Dev on 0113 496 0771 or the clubhouse 0113 496 0300 after 6"
    assert _phones(text) == ["+441134960771"]
    assert _phones("call Gaz on 0113 496 0771 (it's a garage)") == []


def test_a_bracket_after_a_number_can_make_it_a_persons() -> None:
    text = "Out of hours, contact the parish office or Deacon Tim on 07700 900807 (his own mobile, be kind)"
    assert _phones(text) == ["+447700900807"]
    assert _phones("Out of hours, contact the parish office on 07700 900807") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Driving lessons | 📧 ria.kaur @ example.net | 📱 07700 900360", ["ria.kaur@example.net"]),
        ("Ring Dot on 07700 900063 or dotscleans AT example DOT net", ["dotscleans@example.net"]),
        ("dinner @ home.Going to bed early", []),
        ("Shopping at bargainshop dot example dot org today", []),
    ],
)
def test_mailboxes_invited_by_an_envelope_or_a_call(text: str, expected: list[str]) -> None:
    assert _emails(text) == expected
