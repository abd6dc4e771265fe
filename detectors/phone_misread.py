"""Phone numbers damaged by a machine reading a screenshot or a photo: "0l6l 496 O5l9", "+34 6OO OOO l44".

Text pasted from a screenshot, a photographed card or a scanned note carries the reader's mistakes: a letter
that looks like a digit in the digit's place (l, I and | for 1; O and o for 0; S for 5; B for 8; Z for 2) and
spaces inside a group of digits ("0113 496 O 7 5 2").  A person reads the number at once, so it is as exposed
as one typed cleanly (clause 2.4.2); the detector's own pattern reads only a typed "O" for zero.

A span is read as a damaged number only when it has the shape of one, so that no word becomes a number:

- it starts the way a number does: a 0 or an O (the national trunk prefix), "+" or "(" before a digit
  (a bare "4O1 233 5566" is an NHS number or a reference far more often than a number abroad);
- its groups are digits and look-alike letters only; a group with no digit in it is at most four letters,
  all of O, l, I and | (a lone "S" or "B" is a word or an initial; "lol", "oo" are words);
- it holds at least four real digits and at least one look-alike letter or a group written apart;
- trailing groups of letters only ("… O233 I think") are dropped until the digits read as a number.

The caller (`phone.PhoneDetector.detect`) judges the digits like any other number (`phone.judge`): only a
valid number shape is ever reported, and the named filters still apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LOOK_ALIKES = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0", "S": "5", "B": "8", "Z": "2"})
"""The letters a machine reads for a digit, and the digit each stands for."""
_CHAR = r"[0-9OolI|SBZ]"
_SPAN = re.compile(
    rf"(?<![\w#=.@+£$€/|-])(?:\+[ ]?\d|\([ ]?\d|[0O](?=[0-9OolI|SBZ ]))"
    rf"(?:{_CHAR}|\)[ ]?|[ .-]{{1,2}}(?=[(]?{_CHAR})|[ \t]?\n[ \t]?(?={_CHAR})){{6,26}}"
    r"(?<=[0-9OolI|SBZ])(?![\w|-])"
)
"""A run of digits, look-alike letters and the separators of a number, from a 0 or an O (a national number), a
"+" or a "(" before a digit, to a digit or a look-alike letter; a line break may split it once the way a narrow screenshot wraps it."""
_GROUP_SPLIT = re.compile(r"[ \t\n.()+-]+")
_LETTERS_ONLY = re.compile(r"[OlI|]{1,4}")
"""A group with no digit that may still be part of a number: "OOO", "l", "Ol"."""
_HAS_LOOK_ALIKE = re.compile(r"[OolI|SBZ]")
_APART = re.compile(r"\d \d \d")
"""Digits of one group written apart ("O 7 5 2"): the reader's spaces, not the writer's groups."""
MIN_REAL_DIGITS = 4


def misread_numbers(text: str) -> Iterator[tuple[str, int, int]]:
    """(digits, start, end) of each span that reads as a number once its look-alike letters are read as digits:
    a "+" kept in front for a number given with its country code.  The readings are tried longest first, each
    trailing group of letters only dropped in turn; the caller judges each and keeps the first valid one."""
    for span in _SPAN.finditer(text):
        for digits, end in readings(span.group(), span.start()):
            yield digits, span.start(), end


def readings(raw: str, start: int) -> list[tuple[str, int]]:
    """The readings of one span, longest first: (digits, end in the text).  Empty when the span is not a
    damaged number's shape (see the module's docstring)."""
    out: list[tuple[str, int]] = []
    pieces = [(m.group(), m.end()) for m in re.finditer(r"[^ \t\n.()+-]+", raw)]
    while pieces:
        if _acceptable(raw[: pieces[-1][1]], [piece for piece, _ in pieces]):
            body = raw[: pieces[-1][1]]
            digits = re.sub(r"\D", "", body.translate(_LOOK_ALIKES))
            out.append(("+" + digits if body.lstrip(" (").startswith("+") else digits, start + pieces[-1][1]))
        if not _LETTERS_ONLY.fullmatch(pieces[-1][0]):
            break
        pieces.pop()
    return out


def _acceptable(body: str, groups: list[str]) -> bool:
    """Whether a span's groups are a damaged number's: look-alikes only where the module allows them, enough
    real digits, and some damage to undo (a clean number is the detector's own pattern's to read)."""
    if _LETTERS_ONLY.fullmatch(groups[-1]) and len(groups[-1]) > 1 and not any(c.isdigit() for c in groups[-1]):
        return False  # ends on a word-like run of letters ("… 496 OIl")
    for group in groups:
        if not any(c.isdigit() for c in group) and not _LETTERS_ONLY.fullmatch(group):
            return False
    if sum(c.isdigit() for c in body) < MIN_REAL_DIGITS:
        return False
    return _HAS_LOOK_ALIKE.search(body) is not None or _APART.search(body) is not None or "\n" in body


SPAN = _SPAN
"""The span pattern, for the batch screen (`contact_screens.phone_screen`): a text it finds nothing in holds no
damaged number."""


def has_misread_number(text: str) -> bool:
    """Whether the text may hold a damaged number (the phone detector's gate asks it)."""
    return any(True for _ in misread_numbers(text))
