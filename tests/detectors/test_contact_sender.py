"""The "a sender's detail" filter of the phone and e-mail detectors, on its own and in the detectors, on
invented sentences with Ofcom's drama numbers, the reserved North American 555-01xx range and
example.com/.org/.net mailboxes."""

from __future__ import annotations

import pytest

from detectors.contact_sender import A_SENDERS_DETAIL
from detectors.email import EmailDetector
from detectors.phone import PhoneDetector
from tests.conftest import text_item


def _applies(text: str, value: str) -> bool:
    start = text.index(value)
    return A_SENDERS_DETAIL(text, start, start + len(value))


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # the sender of a text, a call or an e-mail that reached the writer
        ("Dodgy parcel text again this morning, came from 07700 900311", "07700 900311", True),
        ("Had a 'bank' call from +1 (415) 555-0133 asking for my PIN. Hung up", "+1 (415) 555-0133", True),
        ("The agency keep ringing me from 0113 496 0312 about roles I never applied for", "0113 496 0312", True),
        ("Your engineer will call from 0161 496 0313 on the day", "0161 496 0313", True),
        ("The message said to reply on that number 07700 900314 to release the parcel", "07700 900314", True),
        (
            "Got a 'refund' email, the sender was refunds-team@pay.example.net, total scam",
            "refunds-team@pay.example.net",
            True,
        ),
        ("Pretty sure 'secure-login@bank.example.org' isn't really my bank", "secure-login@bank.example.org", True),
        ("Phishing alert: the number was 07700 900315, do not reply", "07700 900315", True),
        # labelled as whoever reached the writer, or the warning elsewhere in the post
        ("Had a call off 0161 496 0323 asking if I could hear them", "0161 496 0323", True),
        ("Text just now from 07700 900324: your bill is overdue, pay here", "07700 900324", True),
        ("[screenshot]\nSender: 07700 900325\nYour parcel is waiting", "07700 900325", True),
        ("the robocall number came up as 020 7946 0326. hung up", "020 7946 0326", True),
        ("Anyone know who 0113 496 0327 is? Three calls, no message", "0113 496 0327", True),
        ("Mine is 07700 900328, theirs is 07700 900329, please don't reply to them", "07700 900329", True),
        (
            "PLEASE READ. Fake Student Finance text this morning. From 07700 900331 and very convincing.",
            "07700 900331",
            True,
        ),
        ("Got a whatsapp from 07700 900332 saying 'hi mum, this is my new number'", "07700 900332", True),
        # a real person's: kept
        ("Fake ads are using her name. Her real number is 07700 900333, it's not her", "07700 900333", False),
        (
            "Mum's email was hacked, if you get anything from jo.mum@mail.example.com ignore it, it's a scam",
            "jo.mum@mail.example.com",
            False,
        ),
        ("The host's number on the listing is 07700 900334 and nobody answers", "07700 900334", False),
        # the writer's own, or another private person's: kept
        ("Scam texts everywhere today. My real number is 07700 900316 if you need me", "07700 900316", False),
        ("Text me on 07700 900317 if the courier turns up, I'm at work", "07700 900317", False),
        ("my sister rang me from 0491 570 157 at dawn, she is in Brisbane now", "0491 570 157", False),
        ("she texted me from 07700 900318 last night, new phone apparently", "07700 900318", False),
        ("Noor's number is 07700 900319 but do not call before noon", "07700 900319", False),
        ("Not a scam, honest: it's me, Priya, on 07700 900320 now", "07700 900320", False),
        (
            "Got an email address at last which is nan.and.grandad@example.net, don't fret if I am slow to answer",
            "nan.and.grandad@example.net",
            False,
        ),
    ],
)
def test_filter(text: str, value: str, expected: bool) -> None:
    assert _applies(text, value) is expected


def test_the_phone_detector_leaves_a_scam_sender_and_keeps_the_writers_own_number() -> None:
    text = "Fake delivery text came from 07700 900321. Blocked. If you need me, text me on 07700 900322"
    found = {match.value for match in PhoneDetector().detect(text_item(text))}
    assert found == {"+447700900322"}


def test_the_email_detector_leaves_a_phishing_sender() -> None:
    text = "Email from 'your bank' came from alerts-secure@verify.example.com asking me to log in. Reported it."
    assert [match.value for match in EmailDetector().detect(text_item(text))] == []
