"""Issue 10's e-mail classes from batch 7: role mailboxes in other forms (`email_role_forms`), a mailbox name spaced
at its dots (`email_spaced_name`), mailboxes the text calls an organisation's or that wrote to the writer
(`email_org_called`), a login to a machine (`email_login`), stand-in mailboxes made of stand-in words and a public
body's word as one hyphenated part of a domain.  Invented text; reserved example domains only."""

from __future__ import annotations

import pytest

from detectors.email import EmailDetector
from detectors.email_login import LOGIN_TO_A_MACHINE
from detectors.email_org_called import MAILBOX_CALLED_AN_ORGANISATIONS, SENDERS_MAILBOX
from detectors.email_org_domain import PUBLIC_BODYS_MAILBOX
from detectors.email_role_forms import role_in_another_form, word_forms
from detectors.email_roles import is_role_mailbox
from detectors.email_spaced_name import spaced_name_start
from detectors.email_template import TEMPLATE_ADDRESS
from tests.conftest import filter_applies, text_item


def emails(text: str, section: str = "post") -> list[str]:
    return [m.value for m in EmailDetector().detect(text_item(text, section=section))]  # type: ignore[arg-type]


def test_word_forms_give_the_singular_and_the_plural() -> None:
    assert word_forms("volunteer") == {"volunteer", "volunteers"}
    assert {"delivery", "deliveries"} <= word_forms("deliveries")
    assert {"delivery", "deliveries"} <= word_forms("delivery")


@pytest.mark.parametrize(
    ("candidate", "role"),
    [
        ("volunteer@hospice.example.org", True),  # the list has "volunteers"
        ("delivery@florist.example.com", True),  # the list has "deliveries"
        ("shop.0231@grocer.example.com", True),  # a branch's number after the function
        ("investor.relations@firm.example.com", True),
        ("appeals.advice@example.org", False),  # neither piece alone is a listed role piece
        ("advice@bureau.example.org", True),
        ("ceo@firm.example.com", True),
        ("ymholiadau@cyngor.example.org", True),  # Welsh: enquiries
        ("jo.reed84@example.com", False),
        ("tom.chair@example.com", False),  # a surname that is also a role word
        ("james@example.com", False),
    ],
)
def test_role_mailboxes_in_other_forms(candidate: str, role: bool) -> None:
    assert is_role_mailbox(candidate) is role


def test_role_in_another_form_needs_a_named_piece() -> None:
    assert not role_in_another_form(["2024"], lambda word: True)
    assert role_in_another_form(["shop", "12"], {"shop"}.__contains__)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add me: kit . morrow @ example . net (spaced for the bots)", ["kit.morrow@example.net"]),
        ("— bea . l . quince @ example . org —", ["bea.l.quince@example.org"]),
        ("sorted . morrow @ example.net", []),  # the domain is not spaced: no name read back
    ],
)
def test_a_name_spaced_at_its_dots(text: str, expected: list[str]) -> None:
    assert emails(text) == expected


def test_spaced_name_start_only_after_a_spaced_dot() -> None:
    text = "write to kit . morrow @ example . net"
    assert spaced_name_start(text, text.index("morrow"), len(text)) == text.index("kit")
    assert spaced_name_start("morrow @ example . net", 0, 22) is None


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("I've written to the surgery email (admin@pellsurgery.example.org) twice", "admin@pellsurgery.example.org", True),
        ("Useless letting agents. Their main email is lettings@quillhomes.example.com", "lettings@quillhomes.example.com",
         True),
        ("Not this branch, ask head office: partners@wrenco.example.com", "partners@wrenco.example.com", True),
        ("the council's inbox: streets@quillby.example.org", "streets@quillby.example.org", True),
        ("her email is jo.reed@example.com", "jo.reed@example.com", False),  # a person's
        ("my email: tess.marlow@example.net", "tess.marlow@example.net", False),
        ("their email is reedfamily@example.com", "reedfamily@example.com", False),  # a household's, not called shared
    ],
)  # fmt: skip
def test_mailbox_called_an_organisations(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(MAILBOX_CALLED_AN_ORGANISATIONS, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("Got my match report from press@quillbyrfc.example.org again", "press@quillbyrfc.example.org", True),
        ("I asked for a refund and support@gadgets.example.com wrote back within the hour",
         "support@gadgets.example.com", True),
        ("an email from jo.reed@example.com about Saturday", "jo.reed@example.com", False),  # a person's
        ("email me at orders@tessbakes.example.com", "orders@tessbakes.example.com", False),
    ],
)  # fmt: skip
def test_senders_mailbox(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(SENDERS_MAILBOX, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("clone git@code.example.org:quill/garden-app.git first", "git@code.example.org", True),
        ("then ssh deploy@build.example.net and restart it", "deploy@build.example.net", True),
        ("copy it to jo@box.example.org:~/notes", "jo@box.example.org", True),
        ("email jo@example.com: she'll reply", "jo@example.com", False),
        ("thanks jo@example.com:)", "jo@example.com", False),
    ],
)
def test_login_to_a_machine(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(LOGIN_TO_A_MACHINE, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ('config = {"email": "demo.account@example.com"}', "demo.account@example.com", True),
        ("tester.name@example.org in the sign-up box", "tester.name@example.org", True),
        ("demo.jo@example.com is mine", "demo.jo@example.com", False),  # a piece of a name
    ],
)
def test_stand_in_mailboxes(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(TEMPLATE_ADDRESS, text, candidate) is expected


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("leader@quillby-brass-events.example.org", True),  # "brass" as one hyphenated part of the label
        ("help@cyngor-quillby.example.org", True),  # a Welsh council's
        ("jo@reed-family.example.com", False),
    ],
)
def test_a_public_bodys_word_as_one_part_of_a_domain(candidate: str, expected: bool) -> None:
    assert filter_applies(PUBLIC_BODYS_MAILBOX, f"write to {candidate}", candidate) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the van's missed you, email delivery@florist.example.com with your order number", []),
        ("The surgery email (admin@pellsurgery.example.org) never answers. My own is tess.m@example.net",
         ["tess.m@example.net"]),
        ("Our running club's results now come from results@quillbyharriers.example.org", []),
        ("Email me: jo.reed@example.com", ["jo.reed@example.com"]),
    ],
)  # fmt: skip
def test_detector(text: str, expected: list[str]) -> None:
    assert emails(text) == expected
