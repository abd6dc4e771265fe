"""The function's one-word mailbox and the mailbox written to (`detectors.email_function_mailbox`), on invented text."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_function_mailbox import FUNCTION_WORD_MAILBOX, MAILBOX_WRITTEN_TO


def _span(text: str, address: str) -> tuple[str, int, int]:
    start = text.index(address)
    return text, start, start + len(address)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Stallholders, forms go to stalls@greenmeadowfair.example.org by Friday.",
            "stalls@greenmeadowfair.example.org",
        ),
        ("Funding questions: grants@quarrytrust.example.net (replies within a week)", "grants@quarrytrust.example.net"),
        ("Found a bug? Report it to bugs@pebbleworks.example.com with a screenshot.", "bugs@pebbleworks.example.com"),
        (
            "Timesheets must reach wages@kettlewellhaulage.example.com on Mondays.",
            "wages@kettlewellhaulage.example.com",
        ),
    ],
)
def test_a_function_word_at_an_organisations_domain_is_dropped(text: str, address: str) -> None:
    assert FUNCTION_WORD_MAILBOX(*_span(text, address))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ask Fenna about the stall, fenna@greenmeadowfair.example.org", "fenna@greenmeadowfair.example.org"),  # named
        ("Cakes to order, wren@wrenbakes.example.com", "wren@wrenbakes.example.com"),  # business after the person
        ("Portraits by Odile Marsh: studio@odilemarsh.example.net", "studio@odilemarsh.example.net"),  # role word
        ("Commissions open, write to quill@inkwell.example.org, I answer weekly", "quill@inkwell.example.org"),  # I
        ("Tabletop nights at Marlow's: dice@marlowsgames.example.com", "dice@marlowsgames.example.com"),  # name in it
        ("New mailbox: otter@example.com", "otter@example.com"),  # a mail service's domain
        ("Stallholders: j.pike@greenmeadowfair.example.org", "j.pike@greenmeadowfair.example.org"),  # a person's
        ("Scores to darts42@publeague.example.net", "darts42@publeague.example.net"),  # digits
    ],
)
def test_a_person_or_the_writer_keeps_the_mailbox(text: str, address: str) -> None:
    assert not FUNCTION_WORD_MAILBOX(*_span(text, address))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I emailed support@pebbleworks.example.com twice last week.", "support@pebbleworks.example.com"),
        ("I've tried refunds@quickparcel.example.com, nothing yet", "refunds@quickparcel.example.com"),
        ("My landlord ignored it so I sent it to lettings@oakmere.example.com", "lettings@oakmere.example.com"),
        ("I cc'd grants@quarrytrust.example.net on my reply", "grants@quarrytrust.example.net"),
    ],
)
def test_a_function_mailbox_the_writer_wrote_to_is_dropped(text: str, address: str) -> None:
    assert MAILBOX_WRITTEN_TO(*_span(text, address))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I emailed dee.hart@example.com about the lift share", "dee.hart@example.com"),  # a person's
        ("Email me at info@myname.example.com please", "info@myname.example.com"),  # not written to
    ],
)
def test_a_persons_mailbox_written_to_is_left_alone(text: str, address: str) -> None:
    assert not MAILBOX_WRITTEN_TO(*_span(text, address))


def test_the_detector_keeps_a_bios_one_word_mailbox() -> None:
    detector = EmailDetector()
    text = "Wood turning, bowls and spoons | spoons@lathehouse.example.com"
    bio = Item(Provenance("x", "f", None, "bio", section="profile"), text=text)
    post = Item(Provenance("x", "f", None, "text", section="post"), text=text)
    assert [m.value for m in detector.detect(bio)] == ["spoons@lathehouse.example.com"]
    assert list(detector.detect(post)) == []


def test_a_one_person_business_keeps_its_one_word_mailbox() -> None:
    text = "Chimney sweep, 1-man band, Kendal area. Quotes: brush@fellsweep.example.com"
    start = text.index("brush@")
    assert not FUNCTION_WORD_MAILBOX(text, start, start + len("brush@fellsweep.example.com"))
