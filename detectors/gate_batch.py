"""A batch's texts read once for every detector's gate: which items may a gate accept at all?

Most texts are turned away by every gate, and asking each gate of each text is a Python call and a
few lookups per text per detector (~1 us).  A detector's `screen` (`detectors.base.Detector.screen`)
answers for the whole batch with the conditions its `wants` cannot do without (a word of a set, a
pattern, a character), each evaluated over all the texts in C (`map`, set operations); `wants` is
then asked only of the items that met one.  A screen is a necessary condition of `wants` and `wants`
still decides, so no gate's answer and no finding changes.  What it saves is the calls, not the
scans: a pattern still reads every text, and a screen that needs a Python step for a third of the
texts (the e-mail gate's @, in tweets) costs more than it saves.  The phone and e-mail screens search
the batch as one buffer instead (`joined`, `detectors.batch_scan`), so Python sees only what they find.

The words are the shared word split (`detectors.words`), made here for the whole batch in one
`encode` and `translate` and kept in its cache, so the gates and detectors that ask for them later
find them there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import not_

from detectors.base import Detector, Item
from detectors.batch_scan import JoinedTexts
from detectors.words import fold_all, folded, remember

Positions = set[int]
"""Positions of items in a `TextBatch`."""

_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = b"0123456789"


class TextBatch:
    """The items of one batch that have no media, with their texts as every screen reads them."""

    def __init__(self, items: Sequence[Item], vocabulary: frozenset[bytes] = frozenset()) -> None:
        self.items = items
        self.vocabulary = vocabulary
        """The words of every screen that will ask (`vocabulary`): `with_words` looks only among the
        texts with one of them."""
        self._worded: list[int] | None = None
        self.texts = [item.text or "" for item in items]
        self._all = range(len(self.texts))
        self._folded: list[bytes] | None = None
        self._words: list[list[bytes]] | None = None
        self._non_ascii: Positions | None = None
        self._digits: Positions | None = None
        self._containing: dict[str, Positions] = {}
        self._joined: JoinedTexts | None = None

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def folded(self) -> list[bytes]:
        """Each text's folded bytes (`detectors.words.folded`), made once for the batch."""
        if self._folded is None:
            self._folded = fold_all(self.texts) or [folded(text) for text in self.texts]
        return self._folded

    @property
    def words(self) -> list[list[bytes]]:
        """Each text's words (`detectors.words.words`), made once for the batch and kept in its cache."""
        if self._words is None:
            self._words = list(map(bytes.split, self.folded))
            remember(self.texts, self.folded, self._words)
        return self._words

    @property
    def joined(self) -> JoinedTexts:
        """The texts as one buffer that screens search in C (`detectors.batch_scan`), made once for the batch."""
        if self._joined is None:
            text = "\x00".join(self.texts)
            if self._non_ascii is None and text.isascii():
                self._non_ascii = set()  # `non_ascii` without a second join
            self._joined = JoinedTexts.of(text, self.texts, self.non_ascii())
        return self._joined

    def with_place(self) -> Positions:
        """Items that carry a place's name (a check-in), which some gates read besides the text."""
        return {position for position, item in enumerate(self.items) if item.place}

    def non_ascii(self) -> Positions:
        """Texts with a character beyond ASCII (case twins of ASCII letters, other scripts' digits)."""
        if self._non_ascii is None:
            ascii_only = "".join(self.texts).isascii()
            self._non_ascii = set() if ascii_only else self._where(map(not_, map(str.isascii, self.texts)))
        return self._non_ascii

    def with_words(self, keywords: frozenset[bytes], among: Iterable[int] | None = None) -> Positions:
        """Texts whose word split holds one of `keywords` (`not keywords.isdisjoint(words(text))`)."""
        split = self.words
        if among is None and self.vocabulary and keywords <= self.vocabulary:
            if self._worded is None:
                self._worded = list(compress(self._all, map(not_, map(self.vocabulary.isdisjoint, split))))
            among = self._worded
        if among is None:
            return self._where(map(not_, map(keywords.isdisjoint, split)))
        return {position for position in among if not keywords.isdisjoint(split[position])}

    def containing(self, part: str) -> Positions:
        """Texts that hold `part` as it is written (`part in text`); kept, as several screens ask for "@"."""
        found = self._containing.get(part)
        if found is None:
            found = self._containing[part] = self._where(map(str.__contains__, self.texts, repeat(part)))
        return found

    def searching(self, pattern: re.Pattern[str], among: Iterable[int] | None = None) -> Positions:
        """Texts in which `pattern.search` finds something."""
        if among is None:
            return self._where(map(pattern.search, self.texts))
        search, texts = pattern.search, self.texts
        return {position for position in among if search(texts[position]) is not None}

    def searching_folded(self, pattern: re.Pattern[bytes], among: Iterable[int] | None = None) -> Positions:
        """Texts in whose folded bytes `pattern.search` finds something."""
        if among is None:
            return self._where(map(pattern.search, self.folded))
        search, spelled = pattern.search, self.folded
        return {position for position in among if search(spelled[position]) is not None}

    def with_digit(self) -> Positions:
        """Texts that hold a decimal digit of any script (`detectors.gate.has_digit`): the ASCII ones are
        found by deleting 0-9 from their folded bytes, the others by the pattern.  Kept, as several
        screens ask for it."""
        if self._digits is None:
            lengths = map(len, self.folded)
            shorter = map(len, map(bytes.translate, self.folded, repeat(None), repeat(_ASCII_DIGITS)))
            found = self._where(map(int.__ne__, lengths, shorter))
            others = self.non_ascii() - found
            self._digits = found | self.searching(_DIGIT, others) if others else found
        return self._digits

    def _where(self, flags: Iterable[object]) -> Positions:
        return set(compress(self._all, flags))


@lru_cache(maxsize=4)
def vocabulary(detectors: tuple[Detector, ...]) -> frozenset[bytes]:
    """The words the screens of some detectors look for in every text (`Detector.screen_words`)."""
    return frozenset().union(*(detector.screen_words() for detector in detectors))


def wanted(batch: TextBatch, wants: Callable[[Item], bool], screened: Iterable[int] | None) -> list[int]:
    """Positions of the items `wants` accepts, in order; only those `screened` lets through are asked
    (None: every item)."""
    items = batch.items
    positions = range(len(items)) if screened is None else sorted(screened)
    return [position for position in positions if wants(items[position])]
