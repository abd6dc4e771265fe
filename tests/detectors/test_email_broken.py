"""Addresses broken up in the text (a line break, a character to swap for the @), and spelt-out
addresses whose mailbox name has several words, on invented sentences with example domains."""

from __future__ import annotations

import re

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_broken import across_line_breaks, with_swapped_at

_PLAIN = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def test_an_address_wrapped_after_a_dot_or_the_at_is_joined_with_its_span_in_the_text() -> None:
    text = "my address is tam.\nrowe@example.com"
    [(start, end, address)] = across_line_breaks(text, _PLAIN)
    assert address == "tam.rowe@example.com" and text[start:end] == "tam.\nrowe@example.com"
    [(_, _, address)] = across_line_breaks("use ola.b@\nmail.example.net please", _PLAIN)
    assert address == "ola.b@mail.example.net"


def test_a_line_break_between_sentences_joins_nothing() -> None:
    assert list(across_line_breaks("lovely day.\nola@example.com", _PLAIN)) == []
    assert list(across_line_breaks("no address here.\nSee you", _PLAIN)) == []


def test_a_character_is_read_as_the_at_only_when_the_text_says_so() -> None:
    local = r"(?<![A-Za-z0-9_%+@-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    text = "it's tam.rowe#example.net (replace the # with @)"
    [(start, end, address)] = with_swapped_at(text, local)
    assert address == "tam.rowe@example.net" and text[start:end] == "tam.rowe#example.net"
    assert list(with_swapped_at("ticket tam.rowe#example.net", local)) == []


def _values(text: str) -> list[str]:
    return [m.value for m in EmailDetector().detect(Item(Provenance("x", "f", "1", "text"), text=text))]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("reach me: tam.\nrowe@example.com", ["tam.rowe@example.com"]),  # not rowe@… alone
        ("her college address is ola.bright@\nstudent.example.net", ["ola.bright@student.example.net"]),
        ("drop a line to tam.rowe#example.net, replace the # with an @", ["tam.rowe@example.net"]),
        ("it's k dot osei 90 at example dot net", ["k.osei90@example.net"]),
        ("spelt out: k-o-f-i dot o-s-e-i at example dot org", ["kofi.osei@example.org"]),
    ],
)
def test_in_the_detector(text: str, values: list[str]) -> None:
    assert _values(text) == values
