"""Phone numbers spelt out in words: "zero seven seven double oh, nine double oh, three four five".

People who do not want a scraper to read their number write it digit by digit in words; a person
reads it at once, so it is as exposed as the digits (clause 2.4.2).  A run of at least ten digit
words ("oh", "nought", "double oh", "triple five"), joined by spaces, commas or hyphens, is turned
into digits and judged like any other number (`phone.judge`): a UK number first, then the country
the text points to.  Ten digits starting with 7 are a UK mobile with its leading 0 left off on
purpose ("add the zero at the start").  Fewer than ten digit words is a count, a score or a
sentence with numbers in it, never a phone number.

Said aloud, a number also comes in pairs and hundreds ("zero seven seven zero zero, nine hundred, forty
four, eleven"), with "treble", with "plus four four" for the country code, and in chunks of digits read
out with "then" between them ("07700 then 900 then 123": `chunked_numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.words import keywords, words

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
_TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
    "ninety": "9",
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3, "treble": 3}
_WORD = (
    r"(?:zero|o(?:h|ne)?|n(?:ought|ine(?:teen|ty)?)|t(?:wo|hree|hirteen|hirty|en|welve|wenty|riple|reble)|"
    r"f(?:our(?:teen)?|ive|ifteen|ifty|orty)|s(?:ix(?:teen|ty)?|even(?:teen|ty)?)|e(?:ight(?:een|y)?|leven)|"
    r"double|hundred(?:\s+and)?|plus)"
)
NUMBER_WORD = _WORD
"""A word of a number said aloud: a digit, a repeat ("double", "treble"), a pair said as one ("ninety",
"forty four", "fifteen"), a group's "hundred" ("nine hundred and twelve"), a "plus" before the country code."""
MIN_WORDS = 6
"""Fewer words than this in a row is a count, a score or a sentence with numbers in it; a number said with
pairs and hundreds ("zero seven seven zero zero, nine hundred, eighty one") has as few as six."""
_RUN = re.compile(rf"(?i)(?<![\w'-]){_WORD}(?:[\s,.-]{{1,3}}{_WORD}){{{MIN_WORDS - 1},}}(?![\w'-])")
"""Six or more number words in a row (a "double" counts as one word but two digits)."""
_HINTS = keywords("seven double five nine three oh zero")
"""Words one of which any spelt-out phone number holds (a UK one's leading "oh" or "zero", a drama range's nine): checked on the shared, cached word split
(`detectors.words`) before the regex runs, so a text with no digit costs the gate a set lookup."""
MIN_DIGITS = 10


def might_spell_a_number(text: str) -> bool:
    """A cheap look (the cached word split) for a text that could hold a number spelt out in words."""
    return not _HINTS.isdisjoint(words(text))


def spelt_numbers(text: str) -> Iterator[tuple[str, int, int]]:
    """(digits, start, end) of each run of number words long enough to be a phone number, read the first way
    (`digits_said`), or read the other way (`other_reading`, which the detector then tries)."""
    if not might_spell_a_number(text):
        return
    for run in _RUN.finditer(text):
        digits = digits_said(run.group())
        other = other_reading(run.group()) if digits is not None and len(digits.lstrip("+")) < MIN_DIGITS else None
        if digits is None or len((other or digits).lstrip("+")) < MIN_DIGITS:
            continue  # too short either way ("nine hundred, eleven, seven" is long enough read the other way)
        if len(digits) == MIN_DIGITS and digits.startswith("7"):
            digits = "0" + digits  # "seven seven double oh, …": the UK mobile's 0 left off
        yield digits, run.start(), run.end()


def other_reading(said: str) -> str | None:
    """The second reading of number words with a "hundred" in them, a hundred closing its group ("nine hundred
    eleven" 90011, not 911), or None when there is no other: the detector tries it when the first is no number."""
    if "hundred" not in said.lower():
        return None
    other = digits_said(said, hundred_alone=True)
    return other if other is not None and other != digits_said(said) else None


def digits_said(said: str, *, hundred_alone: bool = False) -> str | None:
    """The digits the words say, or None if they cannot be one number: a "double" with no digit after
    it, a "plus" anywhere but first, a "hundred" after anything but one digit.

    A pair said as one is two digits ("forty four" 44, "ninety" 90, "fifteen" 15); "nine hundred" is 900,
    but "nine hundred and five" and "nine hundred ninety nine" are 905 and 999: a group of three said as
    one number, the way people read out the middle of a mobile.  With `hundred_alone`, a "hundred" closes its
    group ("nine hundred, eleven" 90011): the other reading, tried when the first is too short for a number."""
    out: list[str] = []
    repeat = 1
    tens_open = False  # "ninety" just said: a digit after it is its second digit ("ninety nine" 99)
    hundred_open = False  # "nine hundred" just said: a pair or "and …" after it fills the last two digits
    and_said = False
    for word in re.split(r"[\s,.-]+", said.lower()):
        if not word:
            continue
        if word in _REPEATS:
            if repeat != 1:
                return None
            repeat = _REPEATS[word]
            tens_open = hundred_open = False
            continue
        if word == "plus":
            if out:
                return None
            out.append("+")
            continue
        if word == "and":
            if not hundred_open and not (hundred_alone and out and out[-1].endswith("00")):
                return None
            and_said = True
            continue
        if word == "hundred":
            if not out or len(out[-1]) != 1 or not out[-1].isdigit() or repeat != 1:
                return None
            out[-1] += "00"
            hundred_open, tens_open, and_said = not hundred_alone, False, False
            continue
        if word in _TENS:
            piece = _TENS[word] + "0"
            if hundred_open:
                out[-1] = out[-1][0] + piece
            else:
                out.append(piece * repeat)
            tens_open, hundred_open, and_said, repeat = repeat == 1, False, False, 1
            continue
        if word in _TEENS:
            piece = _TEENS[word]
            if hundred_open:
                out[-1] = out[-1][0] + piece
            else:
                out.append(piece * repeat)
            tens_open = hundred_open = and_said = False
            repeat = 1
            continue
        digit = _DIGIT_WORDS[word]
        if tens_open and repeat == 1 and digit != "0":
            out[-1] = out[-1][:-1] + digit  # "forty four": 44; "nine hundred thirty one": 931
        elif hundred_open and and_said and repeat == 1:
            out[-1] = out[-1][:-1] + digit  # "nine hundred and five": 905
        else:
            out.append(digit * repeat)
        tens_open = hundred_open = and_said = False
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


_THEN = r"(?:[ \t]*,[ \t]*|[ \t]+)(?:and[ \t]+)?then[ \t]+"
_CHUNKED = re.compile(rf"(?i)(?<![\w+.,-])\+?\d{{2,5}}(?:{_THEN}\d{{1,5}}(?:[ \t-]\d{{1,5}}){{0,3}})+(?![\w-])")
"""A number read out in chunks with "then" between them, as it is dictated: "07700 then 900 then 123",
"0113, and then 496 0123"."""


def chunked_numbers(text: str) -> Iterator[tuple[str, int, int]]:
    """(digits, start, end) of each number read out in chunks joined by "then", ten to thirteen digits long."""
    if not has_chunked_number(text):
        return
    for run in _CHUNKED.finditer(text):
        digits = re.sub(r"\D", "", run.group())
        if MIN_DIGITS <= len(digits) <= 13:
            yield ("+" if run.group().startswith("+") else "") + digits, run.start(), run.end()


def has_chunked_number(text: str) -> bool:
    """Whether the text holds a number read out in chunks (the phone detector's gate asks it): a "then"
    first, a substring test, as few texts with digits have one."""
    return ("then" in text or "THEN" in text or "Then" in text) and _CHUNKED.search(text) is not None
