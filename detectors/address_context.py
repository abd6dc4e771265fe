"""Words around a candidate address that the address filters read: the clause before it, the
sentence after it, and whether the writer speaks of themselves or of a home there.

Shared by `detectors.address_filters` and `detectors.address_business` so that "a first-person
word hands the address back to the writer" means the same thing in every filter.
"""

from __future__ import annotations

import re

FIRST_PERSON = re.compile(r"(?i)\b(?:i|we|my|our|mine|ours|i'?m|we'?re|i'?ve|we'?ve)\b")
"""The writer speaking of themselves: what turns a title, a listing or road news back into a home."""
HOME = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|moving|house|home|flat|address|mine|ours|my|our|i'?m|we'?re|nan'?s|"
    r"gran'?s|grandma'?s|grandad'?s|mum'?s|dad'?s)\b"
)
"""Words of somebody's home before an address."""
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")


def clause_before(text: str, start: int, width: int = 64) -> str:
    """The clause before `start`: at most `width` characters, not past a sentence end."""
    window = text[max(0, start - width) : start]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
    return window[cut:]


def sentence_after(text: str, end: int, width: int = 80) -> str:
    """The rest of the sentence after `end`, at most `width` characters."""
    return re.split(r"[.!?\n]", text[end : end + width], maxsplit=1)[0]
