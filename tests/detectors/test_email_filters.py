"""The e-mail detector's named filters, each on its own, and what the detector does with them."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_filters import (
    AGENTS_MAILBOX,
    FEDIVERSE_HANDLE,
    FILE_NAME,
    ORGANISATION_MAILBOX,
    ORGANISATION_NAMED_IN_THE_TEXT,
    SPACED_PROSE,
    TEMPLATE_ADDRESS,
    WEB_ADDRESS,
)
from detectors.filters import Filter
from tests.conftest import filter_applies


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (FILE_NAME, "uploaded hero@3x.webp for the site", "hero@3x.webp", True),
        (FILE_NAME, "can't open minutes@v2.docx at all", "minutes@v2.docx", True),
        (FILE_NAME, "write to ola.b@example.com", "ola.b@example.com", False),
        (WEB_ADDRESS, "my blog http://cakes@blog.example.com", "cakes@blog.example.com", True),
        (WEB_ADDRESS, "mail cakes@blog.example.com", "cakes@blog.example.com", False),
        (SPACED_PROSE, "tea @ the.Crown later", "tea @ the.Crown", True),
        (SPACED_PROSE, "vote @ www.awards.example.com now", "vote @ www.awards.example.com", True),
        (SPACED_PROSE, "lunch @ home.Going out after", "lunch @ home.Going", True),
        (SPACED_PROSE, "email me: ola @ example.com", "ola @ example.com", False),
        (SPACED_PROSE, "ola@example.com", "ola@example.com", False),
        (
            ORGANISATION_MAILBOX,
            "Book the hall: bookings@villagehall.example.org",
            "bookings@villagehall.example.org",
            True,
        ),
        (ORGANISATION_MAILBOX, "Questions to info@council.example.org please", "info@council.example.org", True),
        (
            ORGANISATION_MAILBOX,
            "orders go through my agency: hello@agency.example.com",
            "hello@agency.example.com",
            True,
        ),
        (
            ORGANISATION_MAILBOX,
            "cakes made by me! email me at hello@bakes.example.com",
            "hello@bakes.example.com",
            False,
        ),
        (ORGANISATION_MAILBOX, "email me at ola.b@example.com", "ola.b@example.com", False),
        (AGENTS_MAILBOX, "bookings via my agent: ola@agency.example.com", "ola@agency.example.com", True),
        (AGENTS_MAILBOX, "mgmt: team@label.example.com", "team@label.example.com", True),
        (AGENTS_MAILBOX, "me: ola@example.net", "ola@example.net", False),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "Loved Kit's Salon! Book: kitssalon@kitssalon.example.com",
            "kitssalon@kitssalon.example.com",
            True,
        ),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "Quiz at The Fox & Hounds: quiz@foxandhounds.example.com",
            "quiz@foxandhounds.example.com",
            True,
        ),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "Paws & Go walks, text Megan or megan@pawsandgo.example.com",
            "megan@pawsandgo.example.com",
            False,
        ),
        (
            ORGANISATION_NAMED_IN_THE_TEXT,
            "Reporter, Dale Post. Email ola.b@dalepost.example.com",
            "ola.b@dalepost.example.com",
            False,
        ),
        (FEDIVERSE_HANDLE, "follow me at @ola@social.example.net", "ola@social.example.net", True),
        (FEDIVERSE_HANDLE, "ola@social.example.net", "ola@social.example.net", False),
    ],
)
def test_each_filter(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


def _found(text: str, section: str = "post") -> list[str]:
    item = Item(Provenance("x", "f", None, "text", section=section), text=text)  # type: ignore[arg-type]
    detector = EmailDetector()
    return [m.value for m in detector.detect(item)] if detector.wants(item) else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系我：ola.b@example.net谢谢", ["ola.b@example.net"]),
        ("sorry, net's been down...ola.b@example.com thanks", ["ola.b@example.com"]),
        ("reach me at ola.b@example[.]com", ["ola.b@example.com"]),
        ("ola(at)example(dot)org", ["ola@example.org"]),
        ("ola{at}example{dot}net", ["ola@example.net"]),
        ("email is ola at bakes.example.org", ["ola@bakes.example.org"]),
        ("drop me a line @ ola.b@example.com!", ["ola.b@example.com"]),
        ("ola @ example . com (spaces for the bots)", ["ola@example.com"]),
        ("escríbeme a ola punto b arroba example punto com", ["ola.b@example.com"]),
        ("icon@2x.png and banner@3x.webp are blurry", []),
        ("tea @ the Crown.. lovely", []),
        ("Questions to waste@council.example.org or the helpline", []),
        ("Mastodon: @ola@social.example.net", []),
    ],
)
def test_the_detector_on_the_hard_forms(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


def test_a_role_mailbox_in_a_bio_is_worth_a_look_unless_the_bio_speaks_as_an_organisation() -> None:
    def tiers(text: str) -> list[str]:
        item = Item(Provenance("x", "f", None, "bio", section="profile"), text=text)
        return [m.tier for m in EmailDetector().detect(item)]

    assert tiers("Cake maker, Leeds | orders: hello@bakes.example.com") == ["worth a look"]
    assert tiers("Fernside Bakes Ltd, est. 1987 | hello@bakes.example.com") == []
    assert tiers("Cake maker, Leeds | ola.b@example.com") == ["likely"]


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("user@example.com is only the hint in the login box", "user@example.com", True),
        ("staff addresses are firstname.lastname@example.org", "firstname.lastname@example.org", True),
        ("type it as you@yourdomain.example.com", "you@yourdomain.example.com", True),
        ("YourName@example.net goes in the top box", "YourName@example.net", True),
        ("email me at ola.bright@example.com", "ola.bright@example.com", False),
        ("write to username99@example.com", "username99@example.com", False),
        ("jo@domains.example.com for orders", "jo@domains.example.com", False),
    ],
)
def test_a_placeholder_address_stands_for_anyones(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(TEMPLATE_ADDRESS, text, candidate) is expected


def test_the_detector_drops_a_placeholder_but_keeps_an_address_beside_it() -> None:
    text = "not user@example.com, that's the hint: mine is ola.bright@example.com"
    values = [match.value for match in EmailDetector().detect(Item(Provenance("x", "f", "1", "text"), text=text))]
    assert values == ["ola.bright@example.com"]
