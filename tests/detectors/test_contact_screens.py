"""The phone and e-mail batch screens (issue 16) never turn away a text their gate would accept.

A screen searches the whole batch as one buffer (`detectors.batch_scan`) for conditions its detector's
`wants` cannot do without; these tests hold each one against `wants` (and `wants` against `detect`)
on invented texts built from the forms the two detectors read: numbers in every layout, typed with
the letter O, spelt out in words, in links; addresses plain, spaced, bracketed, spelt out, broken by
a line, with a character to swap; in capitals, with case twins, other scripts' digits and spaces, and
texts made to trip a buffer (a NUL inside a text, a long text, an empty one).  Reserved values only.
"""

from __future__ import annotations

import random
import re

from detectors.base import Item, Provenance, Section
from detectors.contact_screens import AT_ADDRESS_SHAPE, SPELT_SHAPE, email_screen, phone_screen, whole_words
from detectors.email import _OBFUSCATED, _PLAIN, _SPACED, EmailDetector
from detectors.email_broken import may_swap, with_swapped_at
from detectors.gate_batch import TextBatch
from detectors.phone import PhoneDetector
from detectors.phone_words import _HINTS
from detectors.words import words

FRAGMENTS = (
    # numbers
    "07700 900123", "07700900123", "+44 7700 900 123", "+44 (0)7700 900123", "0044 7700 900123", "(0113) 496 0123",
    "0113 496 0123", "020 7946 0321", "O77OO 9OO 8O4", "0 7 7 0 0 9 0 0 1 2 3", "(312) 555-0147", "3125550147",
    "98200 00101", "965 000 150", "+61 2 5550 1234", "wa.me/447700900123", "tel:+447700900123", "WA.ME/447700900123",
    "sms:07700900123", "t.me/+447700900123", "signal.me/#p/+447700900123", "10:30", "2009", "100%", "1", "12", "7a",
    "٠٧٧٠٠ ٩٠٠١٢٣", "0770\u00a0900\u00a0123", "07700-900-123", "07700.900.123", "£12", "#123",
    # numbers spelt out
    "oh seven seven double oh", "nine double oh one two three", "zero seven seven oh oh nine oh oh one two three",
    "seven seven double oh, nine double oh, one two three", "OH SEVEN SEVEN", "triple five", "nought", "o", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "double", "zero", "oh", "Oh", "ſeven", "fıve",
    "ninety", "forty four", "nine hundred", "hundred and", "treble", "eleven", "plus four four", "PLUS", "then",
    "and then", "07700 then 900", ", then 496", "THEN", "9oo", "5o6", "0l6l 496 O5l9", "O77OO 9OO4l2", "+34 6OO OOO l2l",
    "0113 496 O 7 5 2", "(312) 555-Ol47", "l", "I", "|", "SOS", "BOO",
    # e-mail
    "@", "@sam", "jo@example.com", "JO@EXAMPLE.COM", "jo @ example.com", "jo @ example . com", "jo@example[.]com", "jo@mail.exam ple.org", "ann@example.co m",
    "jo (at) example (dot) com", "jo [at] example [dot] org", "jo{at}example(dot)net", "jo at example dot com",
    "jo AT example DOT com", "k dot osei 90 at example dot org", "k-o-f-i dot o-s-e-i at example dot com",
    "jo arroba example punto com", "jo <at> example <.> com", "jo @example.com", "tam.\nrowe@example.com",
    "ola.bright@\nstudent.example.net", "tam.rowe#example.net", "(replace the # with @)", "swap the & for an @",
    "REPLACE", "place", "wap", "at", "AT", "(at)", "[dot]", "dot", "arroba", "punto", "example", ".com", "org",
    "pat.k", "%", "+", "e\u212ample", "mail", "email me", "write to", "Contact:",
    "at sign", "AT SYMBOL", "sign", "symbol", ", then the at, then", "then", "at sign,", "@ e x", "e x a m p l e", "no spaces", "one word", "p a t", "r, u, t, h", "for quotes",
    # noise
    "the", "and", "hello", "great", "olives", "price", "call me on", "text", "ring", "my number is",
)  # fmt: skip
JOINS = (" ", " ", " ", "", ", ", ". ", "\n", "-", "'", "\u00a0", "\u2009", "…", "_", "🙂", ": ", "\t")
TWINS = str.maketrans({"s": "ſ", "i": "ı", "k": "\u212a"})
ODD = ["", "a\x00b 07700 900123", "\x00", "jo@exam\x00ple.com", "x" * 1200 + " 07700 900123 jo@example.com",
       "\ud800 07700 900123 jo@example.com", "jo@example.com \ud800"]  # fmt: skip


def _texts(count: int = 4000, seed: int = 161) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = "".join(rng.choice(FRAGMENTS) + rng.choice(JOINS) for _ in range(rng.randint(1, 12)))
        roll = rng.random()
        if roll < 0.1:
            text = text.upper()
        elif roll < 0.15:
            text = text.translate(TWINS)
        out.append(text)
    return out


TEXTS = [*ODD, *_texts()]


def _items(texts: list[str]) -> list[Item]:
    sections: tuple[Section, ...] = ("post", "profile", "comment", "account")
    return [
        Item(Provenance("x", "tweets.js", str(n), "full_text", sections[n % 4]), text=text or None)
        for n, text in enumerate(texts)
    ]


BATCHES = [TextBatch(_items(TEXTS[at : at + 256])) for at in range(0, len(TEXTS), 256)]


def test_the_phone_screen_lets_through_every_text_the_phone_gate_accepts() -> None:
    detector, accepted = PhoneDetector(), 0
    for batch in BATCHES:
        screened = phone_screen(batch)
        for position, item in enumerate(batch.items):
            if detector.wants(item):
                accepted += 1
                assert position in screened, item.text
    assert accepted > 1000


def test_the_email_screen_lets_through_every_text_the_email_gate_accepts() -> None:
    detector, accepted = EmailDetector(), 0
    for batch in BATCHES:
        screened = email_screen(batch)
        for position, item in enumerate(batch.items):
            if detector.wants(item):
                accepted += 1
                assert position in screened, item.text
    assert accepted > 1000


def test_the_email_gate_lets_through_every_text_it_finds_an_address_in() -> None:
    detector, found = EmailDetector(), 0
    for item in _items(TEXTS):
        if list(detector.detect(item)):
            found += 1
            assert detector.wants(item), item.text
    assert found > 500
    assert not detector.wants(_items(["thanks @sam, see you @jo at the park!"])[0])


def test_the_screens_turn_most_texts_away() -> None:
    texts = ["thanks @sam, see you at 10:30!", "oh no, the 2009 final", "place your bets @jo", "the kids were great"]
    batch = TextBatch(_items(texts * 4))
    assert phone_screen(batch) == set()
    assert email_screen(batch) == {2, 6, 10, 14}  # "lace" and an @: `wants` then looks for the instruction to swap


def test_spelt_words_are_found_as_the_word_split_has_them() -> None:
    patterns = whole_words(_HINTS)
    for batch in BATCHES:
        found = set().union(*(batch.joined.matching(pattern) for pattern in patterns))
        assert found == {n for n, text in enumerate(batch.texts) if not _HINTS.isdisjoint(words(text))}
    assert len(whole_words([b"seven", b"five"])) == 1  # one pattern from their shared letter, "v"


def test_a_match_is_put_down_to_its_own_text() -> None:
    texts = ["", "café 7", "\x00x", "a\x00b 7", "ſ7", "🙂 7", "no", "7"]
    joined = TextBatch(_items(texts)).joined
    assert joined.matching(re.compile(rb"0")) == {1, 3, 4, 5, 7}
    assert joined.containing(b"x") == {2}
    assert joined.matching_among(re.compile(rb"[a-z]"), [0, 1, 2, 7]) == {1, 2}


def test_each_shape_is_in_every_address_its_pattern_finds() -> None:
    shaped = spaced = 0
    for text in TEXTS:
        if _OBFUSCATED.search(text):
            shaped += 1
            assert SPELT_SHAPE.search(text), text
        if _PLAIN.search(text) or _SPACED.search(text):
            spaced += 1
            assert AT_ADDRESS_SHAPE.search(text), text
        if "wap" in text or "lace" in text:
            assert may_swap(text) or not list(with_swapped_at(text, r"[A-Za-z0-9_%+-]+")), text
    assert shaped > 500 and spaced > 500
    assert may_swap("tam.rowe#example.net (replace the # with @)")
    assert not may_swap("my favourite place @sam")
