"""Exact pre-screens: cheap necessary conditions that run before a gate's costlier regular expressions.

Most texts are turned away by every gate, so what a gate costs on a text that passes nothing is
what the text path costs.  A case-insensitive regular expression of a dozen words (`(?i)addr|
lives|moved...`) scans at 10-15 MB/s; the same words looked for in the text's folded bytes
(`detectors.words.folded`, shared and cached with the word split) at 60-90 MB/s.  Each
pre-screen here only says "cannot match" when the original expression cannot match, and the
original still runs on every text that gets past it, so no gate's answer (and no finding) changes:
they only save time.

Case-insensitive matching of ASCII letters reaches four non-ASCII characters (Python's `re`:
"İ", "ı", "ſ" and the Kelvin sign "K" match "i", "i", "s" and "k"), which the folded bytes do not
lower-case: a text holding one of them is never turned away by a pre-screen.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detectors.words import WORDS_CACHED_CHARS, folded

if TYPE_CHECKING:
    from detectors.gate_batch import Positions, TextBatch

_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")
"""The non-ASCII characters a case-insensitive ASCII letter matches (checked over every code point)."""
_DIGIT = re.compile(r"\d")


def folds_exactly(text: str) -> bool:
    """Whether every case-insensitive match of ASCII words in `text` is a plain match in `folded(text)`."""
    return text.isascii() or _CASE_TWINS.search(text) is None


class Literals:
    """Whether a text may hold one of some ASCII words, in any case, as a substring.

    The pre-screen of a case-insensitive expression that cannot match without one of them:
    `Literals("addr", "lives")(text)` is False only when neither occurs in any case.  Punctuation
    in a word is folded as the text is ("1:1" is looked for as "1 1"), so it still only errs
    towards True.
    """

    def __init__(self, *needles: str) -> None:
        if not needles or not all(needle and needle.isascii() for needle in needles):
            raise ValueError("Literals needs ASCII words")
        spelled = sorted({folded(needle) for needle in needles}, key=lambda needle: (-len(needle), needle))
        self._pattern = re.compile(b"|".join(re.escape(needle) for needle in spelled))
        self._search = self._pattern.search

    def __call__(self, text: str) -> bool:
        return not folds_exactly(text) or self._search(folded(text)) is not None

    def among(self, batch: TextBatch, positions: Positions) -> Positions:
        """The texts at `positions` of a batch that this may pass (`detectors.gate_batch`): every
        non-ASCII one (a superset of those that do not fold exactly) and those holding a word."""
        return batch.searching_folded(self._pattern, positions) | (batch.non_ascii() & positions)


def has_digit(text: str) -> bool:
    """Whether the text holds a decimal digit (`\\d` of a `str` expression: any script's digits).

    An ASCII text's digits are ASCII and its folded bytes (`detectors.words.folded`, shared and
    cached with the word split) keep them: deleting 0-9 from those bytes shortens them only if it
    has one, at about half the cost of a charset scan of the text.  Any other text, and a text too
    long to be cached, gets the charset scan (~6 ns a character)."""
    if text.isascii() and len(text) <= WORDS_CACHED_CHARS:
        spelled = folded(text)
        return len(spelled.translate(None, _ASCII_DIGITS)) != len(spelled)
    return _DIGIT.search(text) is not None


_ASCII_DIGITS = b"0123456789"
