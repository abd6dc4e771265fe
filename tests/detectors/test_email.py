"""E-mail detector: plain and spelt-out addresses; the school's own domains are allowed."""

from __future__ import annotations

import socket

import pytest

from detectors.base import SchoolProfile
from detectors.email import EmailDetector
from tests.conftest import text_item

FOUND = [
    ("mail me: jo.bloggs@example.com", "jo.bloggs@example.com", "e-mail address"),
    ("JO@EXAMPLE.COM.", "jo@example.com", "e-mail address"),
    ("<jo+school@example.org>", "jo+school@example.org", "e-mail address"),
    ("mailto:sam_t@example.net?subject=hi", "sam_t@example.net", "e-mail address"),
    ("jo.bloggs at example dot com", "jo.bloggs@example.com", "spelt out in words"),
    ("jo [at] example [dot] org", "jo@example.org", "[at]/[dot]"),
    ("jo(at)mail(dot)example(dot)org", "jo@mail.example.org", "[at]/[dot]"),
    ("jo {at} example {dot} net", "jo@example.net", "[at]/[dot]"),
    ("EMAIL JO AT EXAMPLE DOT ORG", "jo@example.org", "spelt out in words"),
    ("Drop me a line at pat.k{at}example{dot}com", "pat.k@example.com", "[at]/[dot]"),
    ("Send it to quinn dot f at example dot com", "quinn.f@example.com", "spelt out in words"),
    ("Mail jo.marsh @ example.com if you fancy it", "jo.marsh@example.com", "spaces around the @"),
    ("reach me: jo.m [at] example.com", "jo.m@example.com", "[at]/[dot]"),
]

NOT_FOUND = [
    "see you at home dot com",
    "me at school dot dot",
    "meet at six dot",
    "@someone@social.example.org is my handle",
    "look at this dot com bubble",
    "an email@ address",
    "user@localhost",
    "office@staidans.example.org for absences",
    "head@sub.staidans.example.org",
    "Browsing bargainshop dot example dot org again, no regrets",
    "lunch at noon dot com bubble",
]


@pytest.mark.parametrize(("text", "value", "rule"), FOUND)
def test_finds_plain_and_obfuscated_addresses(text: str, value: str, rule: str) -> None:
    detector = EmailDetector()
    item = text_item(text)
    assert detector.wants(item)
    [match] = detector.detect(item)
    assert match.value == value
    assert rule in match.rule


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ignores_prose_handles_and_the_schools_domain(text: str) -> None:
    detector = EmailDetector(SchoolProfile(domains=("staidans.example.org",)))
    item = text_item(text)
    assert not detector.wants(item) or list(detector.detect(item)) == []


def test_spelt_out_forms_are_less_sure_than_plain() -> None:
    detector = EmailDetector()
    [plain] = detector.detect(text_item("jo@example.com"))
    [words] = detector.detect(text_item("email jo at example dot com"))
    assert plain.confidence > words.confidence


def test_never_asks_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("DNS lookup attempted")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    assert [m.value for m in EmailDetector().detect(text_item("jo@example.com"))] == ["jo@example.com"]
