"""Lower-case words of a text, fast and cached: the currency of every detector's gate.

Kept apart from `detectors.nlp` so that gates can use it without importing spaCy.
"""

from __future__ import annotations

from functools import lru_cache

_WORD_BYTES = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if byte >= 128 or byte == 95 or chr(byte).isalnum() else 32
    for byte in range(256)
)
"""ASCII letters lower-cased, digits, `_` and non-ASCII bytes kept, everything else a space."""


def words(text: str) -> list[bytes]:
    """The lower-case words of a text (letters, digits, `_`), UTF-8 encoded, for keyword gates.

    `not KEYWORDS.isdisjoint(words(text))` is the cheapest gate Python offers: a regular
    expression with dozens of alternatives scans at 2-5 MB/s, `re.findall` + `frozenset` at
    ~40 MB/s, this (one `bytes.translate` that lower-cases and blanks punctuation, then
    `split`) at ~90 MB/s.  Cached, because every detector of a batch gates the same strings
    one after the other (CPython keeps a str's hash: a cache hit is a dict lookup).
    Keywords are therefore bytes: `keywords("teacher", ...)`.  Texts longer than
    `WORDS_CACHED_CHARS` are not cached, so the cache stays under ~4 MB of text.
    """
    return _cached_words(text) if len(text) <= WORDS_CACHED_CHARS else _split_words(text)


WORDS_CACHED_CHARS = 1000


def folded(text: str) -> bytes:
    """The text as `words()` sees it before the split: UTF-8, ASCII letters lower-cased, other ASCII
    bytes that are not letters, digits or `_` made spaces (one byte for one byte).

    For substring pre-screens (`detectors.gate`): a bytes regex over this runs several times faster
    than a case-insensitive one over the text.  Cached like `words()`."""
    return _cached_folded(text) if len(text) <= WORDS_CACHED_CHARS else _fold(text)


def _fold(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass").translate(_WORD_BYTES)


def _split_words(text: str) -> list[bytes]:
    return folded(text).split()


_cached_words = lru_cache(maxsize=4096)(_split_words)
_cached_folded = lru_cache(maxsize=4096)(_fold)


def keywords(*texts: str) -> frozenset[bytes]:
    """The words of some texts, spelled as `words()` spells them."""
    return frozenset(word for text in texts for word in words(text))
