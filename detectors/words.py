"""Lower-case words of a text, fast and cached: the currency of every detector's gate.

Kept apart from `detectors.nlp` so that gates can use it without importing spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

_WORD_BYTES = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if byte >= 128 or byte == 95 or chr(byte).isalnum() else 32
    for byte in range(256)
)
"""ASCII letters lower-cased, digits, `_` and non-ASCII bytes kept, everything else a space."""
_JOINED_BYTES = b"\x00" + _WORD_BYTES[1:]
"""`_WORD_BYTES` that keeps NUL: the separator of a batch folded in one call (`fold_all`)."""
_PUNCTUATION = tuple(
    (mark.encode("utf-8"), b" " * len(mark.encode("utf-8")))
    for mark in "\u2018\u2019\u201c\u201d\u2026\u2013\u2014\u2022\u00a0"
)
"""Punctuation phones and word processors type beyond ASCII (curly quotes, "…", dashes, a bullet, a no-break space):
spaces, as their ASCII twins are, each byte for one byte, so that "SENCo…" and "“Year 6 teacher”" hold their words."""
_LEAD_BYTES = (b"\xe2\x80", b"\xc2\xa0")


def words(text: str) -> list[bytes]:
    """The lower-case words of a text (letters, digits, `_`), UTF-8 encoded, for keyword gates.

    `not KEYWORDS.isdisjoint(words(text))` is the cheapest gate Python offers: a regular
    expression with dozens of alternatives scans at 2-5 MB/s, `re.findall` + `frozenset` at
    ~40 MB/s, this (one `bytes.translate` that lower-cases and blanks punctuation, then
    `split`) at ~90 MB/s.  Cached, because every detector of a batch gates the same strings
    one after the other (CPython keeps a str's hash: a cache hit is a dict lookup), and filled
    a batch at a time by `remember` (`detectors.gate_batch`).  Keywords are therefore bytes:
    `keywords("teacher", ...)`.  Texts longer than `WORDS_CACHED_CHARS` are not cached, so the
    cache stays under ~4 MB of text.
    """
    found = _words.get(text)
    if found is None:
        found = _fold(text).split()
        if len(text) <= WORDS_CACHED_CHARS:
            _keep(_words, text, found)
    return found


WORDS_CACHED_CHARS = 1000
CACHED_TEXTS = 4096
"""Texts whose words and folded bytes are kept: a few batches (one is all the sharing needs)."""


def folded(text: str) -> bytes:
    """The text as `words()` sees it before the split: UTF-8, ASCII letters lower-cased, other ASCII
    bytes that are not letters, digits or `_` made spaces (one byte for one byte).

    For substring pre-screens (`detectors.gate`): a bytes regex over this runs several times faster
    than a case-insensitive one over the text.  Cached like `words()`."""
    found = _folded.get(text)
    if found is None:
        found = _fold(text)
        if len(text) <= WORDS_CACHED_CHARS:
            _keep(_folded, text, found)
    return found


def fold_all(texts: Sequence[str]) -> list[bytes] | None:
    """`folded(text)` of every text, made in one `encode` and one `translate` (about half the cost of
    one call a text); None when a text holds a NUL, the separator that splits them apart again."""
    parts = spaced("\x00".join(texts).encode("utf-8", "surrogatepass")).translate(_JOINED_BYTES).split(b"\x00")
    return parts if len(parts) == len(texts) else None


def remember(texts: Sequence[str], foldeds: Sequence[bytes], splits: Sequence[list[bytes]]) -> None:
    """Keep the folded bytes and words of a batch's texts, made for all of them at once, so that
    `folded()` and `words()` answer from the cache (the texts too long to be cached are left out)."""
    if len(texts) > CACHED_TEXTS:
        return
    if len(_words) + len(texts) > CACHED_TEXTS:
        _words.clear()  # the batch before is what the sharing needs, and it is already judged
    if len(_folded) + len(texts) > CACHED_TEXTS:
        _folded.clear()
    _words.update(zip(texts, splits, strict=True))
    _folded.update(zip(texts, foldeds, strict=True))
    if max(map(len, texts), default=0) > WORDS_CACHED_CHARS:
        for text in texts:
            if len(text) > WORDS_CACHED_CHARS:
                _folded.pop(text, None)
                _words.pop(text, None)


def forget() -> None:
    """Empty both caches (benchmarks: so that a run splits every text afresh)."""
    _words.clear()
    _folded.clear()


def _fold(text: str) -> bytes:
    return spaced(text.encode("utf-8", "surrogatepass")).translate(_WORD_BYTES)


def spaced(encoded: bytes) -> bytes:
    """`encoded` with `_PUNCTUATION` made spaces (nothing to do in the ASCII texts that are most)."""
    if _LEAD_BYTES[0] not in encoded and _LEAD_BYTES[1] not in encoded:
        return encoded
    for mark, spaces in _PUNCTUATION:
        encoded = encoded.replace(mark, spaces)
    return encoded


_V = TypeVar("_V")


def _keep(cache: dict[str, _V], text: str, value: _V) -> None:
    if len(cache) >= CACHED_TEXTS:
        cache.clear()  # cheaper than keeping an order; a batch refills it in one `remember`
    cache[text] = value


_words: dict[str, list[bytes]] = {}
_folded: dict[str, bytes] = {}


def keywords(*texts: str) -> frozenset[bytes]:
    """The words of some texts, spelled as `words()` spells them."""
    return frozenset(word for text in texts for word in words(text))
