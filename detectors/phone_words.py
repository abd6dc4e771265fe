"""Phone numbers spelt out in words: "zero seven seven double oh, nine double oh, three four five".

People who do not want a scraper to read their number write it digit by digit in words; a person
reads it at once, so it is as exposed as the digits (clause 2.4.2).  A run of at least ten digit
words ("oh", "nought", "double oh", "triple five"), joined by spaces, commas or hyphens, is turned
into digits and judged like any other number (`phone.judge`): a UK number first, then the country
the text points to.  Ten digits starting with 7 are a UK mobile with its leading 0 left off on
purpose ("add the zero at the start").  Fewer than ten digit words is a count, a score or a
sentence with numbers in it, never a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.words import keywords, words

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3}
_WORD = r"(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_RUN = re.compile(rf"(?i)(?<![\w'-]){_WORD}(?:[\s,.-]{{1,3}}{_WORD}){{7,}}(?![\w'-])")
"""Eight or more digit words in a row (a "double" counts as one word but two digits)."""
_HINTS = keywords("seven double five nine three oh zero")
"""Words one of which any spelt-out phone number holds: checked on the shared, cached word split
(`detectors.words`) before the regex runs, so a text with no digit costs the gate a set lookup."""
MIN_DIGITS = 10


def might_spell_a_number(text: str) -> bool:
    """A cheap look (the cached word split) for a text that could hold a number spelt out in words."""
    return not _HINTS.isdisjoint(words(text))


def spelt_numbers(text: str) -> Iterator[tuple[str, int, int]]:
    """(digits, start, end) of each run of digit words long enough to be a phone number."""
    if not might_spell_a_number(text):
        return
    for run in _RUN.finditer(text):
        digits = _digits(run.group())
        if digits is None or len(digits) < MIN_DIGITS:
            continue
        if len(digits) == MIN_DIGITS and digits.startswith("7"):
            digits = "0" + digits  # "seven seven double oh, …": the UK mobile's 0 left off
        yield digits, run.start(), run.end()


def _digits(words: str) -> str | None:
    """The digits the words spell, or None if a "double" or "triple" has no digit after it."""
    out: list[str] = []
    repeat = 1
    for word in re.split(r"[\s,.-]+", words.lower()):
        if not word:
            continue
        if word in _REPEATS:
            repeat = _REPEATS[word]
            continue
        out.append(_DIGIT_WORDS[word] * repeat)
        repeat = 1
    return None if repeat != 1 else "".join(out)


_SPACED = re.compile(r"(?<![\w+.,-])\d(?:[ \t,.\-–]{1,3}\d){9,11}(?![\w])")
"""Ten to twelve digits written one by one, each apart ("0 7 7 0 0 9 0 0 4 1 5", "0,1,1,3 4,9,6 ..."):
the same trick against scrapers as words, with digits."""


def spaced_digits(text: str) -> Iterator[tuple[str, int, int]]:
    """(digits, start, end) of each run of single digits written apart, long enough to be a number."""
    for run in _SPACED.finditer(text):
        yield re.sub(r"\D", "", run.group()), run.start(), run.end()


def has_spaced_digits(text: str) -> bool:
    """Whether the text holds a number written digit by digit (the phone detector's gate asks it)."""
    return _SPACED.search(text) is not None


def has_spelt_number(text: str) -> bool:
    """The phone detector's gate for a text with no digits: a run of digit words in it."""
    return might_spell_a_number(text) and _RUN.search(text) is not None
