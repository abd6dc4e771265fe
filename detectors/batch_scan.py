"""A batch's texts searched as one buffer: which texts hold a pattern, found in C, not text by text.

A screen asked of each text is a Python call per text (~0.1-1 us), and most texts hold nothing a
detector wants; a screen that searches one buffer holding the whole batch pays Python only for the
texts it finds.  `re` searches fastest for a pattern that opens with a literal byte (it skips ahead to
it in a tight loop: ~0.3 ms for the 1.5 MB of 20,000 tweets), and slowest for one that opens with a
choice (a regex of a dozen words tries each at every byte: 15-150 ms), so the screens anchor on a
literal ("@", "a", a digit, a word's rarest letter) and check what must be around it in the same
pattern (look-behinds, possessive runs).

The buffer is the batch's texts in UTF-8, joined by NUL, with ASCII letters lower-cased and the digits
1-9 written as 0 (so one literal, "0", anchors every run of digits): one `join`, `encode` and
`translate`, byte for byte the texts.  Where each text starts is counted from the texts' lengths, so a
match's offset says which text it is in, and a NUL inside a text is no trouble (no pattern here matches
one, in the buffer or in a text).  Typographic punctuation (curly quotes, "…", dashes) is spaces, byte for byte,
as in the shared word split (`detectors.words.spaced`).  Everything else is as written, so a bytes pattern over it is the
`str` pattern it stands for on an ASCII text, with `\\s` spelt out as ASCII's whitespace (`SPACE`).  A
text beyond ASCII can hold what such a pattern misses (other scripts' digits and spaces, case twins
such as "ſ" and the Kelvin sign): screens let those through to their gate whole (`TextBatch.non_ascii`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from itertools import accumulate

from detectors.words import spaced

SPACE = rb"[\t\n\x0b\x0c\r\x1c-\x1f ]"
"""What `\\s` of a `str` pattern matches in an ASCII text (the separators \\x1c-\\x1f too)."""
WORD_BYTE = rb"[a-z0-9_\x80-\xff]"
"""A byte of a word of the shared word split (`detectors.words`), in the buffer."""
_TABLE = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ123456789", b"abcdefghijklmnopqrstuvwxyz000000000")


def spelt(part: bytes) -> bytes:
    """`part` as the buffer spells it (ASCII letters in lower case, every digit a 0)."""
    return part.translate(_TABLE)


class JoinedTexts:
    """A batch's texts as one buffer (see the module's docstring), and the texts a pattern is found in."""

    def __init__(self, buffer: bytes, starts: list[int]) -> None:
        self.buffer = buffer
        self.starts = starts
        """Where each text starts in the buffer, and where one more would (the buffer's length + 1)."""

    @classmethod
    def of(cls, joined: str, texts: Sequence[str], non_ascii: Collection[int]) -> JoinedTexts:
        """The buffer of some texts (`joined`: them joined by NUL).  `non_ascii`: the positions of the texts
        beyond ASCII, whose UTF-8 is longer than they are."""
        lengths: Iterable[int] = map(len, texts)
        if non_ascii:
            lengths = list(lengths)
            for position in non_ascii:
                lengths[position] = len(texts[position].encode("utf-8", "surrogatepass"))
        buffer = spaced(joined.encode("utf-8", "surrogatepass")).translate(_TABLE)  # "five…" parts as words() does
        return cls(buffer, [0, *accumulate(map((1).__add__, lengths))])

    def matching(self, pattern: re.Pattern[bytes]) -> set[int]:
        """Positions of the texts in which `pattern` finds something (a pattern that cannot match a NUL)."""
        buffer, search, starts = self.buffer, pattern.search, self.starts
        found: set[int] = set()
        position = 0
        while (hit := search(buffer, position)) is not None:
            text = bisect_right(starts, hit.start()) - 1
            found.add(text)
            position = starts[text + 1]
        return found

    def matching_among(self, pattern: re.Pattern[bytes], positions: Iterable[int]) -> set[int]:
        """Those of the texts at `positions` in which `pattern` finds something, each searched on its own
        (for a pattern too costly to run over the whole buffer, asked of the few texts another found)."""
        buffer, search, starts = self.buffer, pattern.search, self.starts
        return {position for position in positions if search(buffer, starts[position], starts[position + 1] - 1)}

    def containing(self, part: bytes) -> set[int]:
        """Positions of the texts that hold `part` (as the buffer spells it: in any case, any digit a 0)."""
        find, starts = self.buffer.find, self.starts
        found: set[int] = set()
        position = 0
        while (at := find(part, position)) != -1:
            text = bisect_right(starts, at) - 1
            found.add(text)
            position = starts[text + 1]
        return found
