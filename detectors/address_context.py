"""Words around a candidate address that the address filters read: the clause before it, the
sentence after it, and whether the writer speaks of themselves or of a home there.

Shared by `detectors.address_filters` and `detectors.address_business` so that "a first-person
word hands the address back to the writer" means the same thing in every filter.
"""

from __future__ import annotations

import re
from functools import lru_cache

FIRST_PERSON = re.compile(r"(?i)\b(?:i|we|my|our|mine|ours|i'?m|we['’]re|i'?ve|we'?ve)\b")
"""The writer speaking of themselves: what turns a title, a listing or road news back into a home ("we're" needs its
apostrophe: "were" is no first person, "Firefighters were called to ...")."""
HOME = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|moving|house|home|flat|address|mine|ours|my|our|i'?m|we['’]re|nan'?s|"
    r"gran'?s|grandma'?s|grandad'?s|mum'?s|dad'?s)\b"
)
"""Words of somebody's home before an address."""
_SENTENCE_BREAK = re.compile(r"(?:(?<!\b[Nn]o)\.|[!?])\s|\n")
"""A sentence end, or a line break: a pasted poster's or a list's lines are separate clauses ("~ All welcome ~\n
Donations to Wren, 4 ..." is Wren's, not the poster's venue).  "No." before a house number ends nothing."""
_BLOCK_BREAK = re.compile(r"(?:(?<!\b[Nn]o)\.|[!?\n])\s")
"""Where a block's clause ends: an address that starts its own line ("Wren & Daughters Bakery\n14 Heron Row") belongs
to the lines above it, the name of a shop's or a venue's letterhead."""
_LINE_OPENING = re.compile(r"(?:^|\n)[^\w\n]*$")


@lru_cache(maxsize=16)
def clause_before(text: str, start: int, width: int = 64) -> str:
    """The clause before `start`: at most `width` characters, not past a sentence end (nor past a line break,
    unless the address opens its line: then the lines above are its heading).

    Kept for the last few calls: the address detector and its filters ask for the same clause of one
    candidate a dozen times (the street's judgement, then each filter), ~8 us a time.  The few texts held
    are the ones being read."""
    window = text[max(0, start - width) : start]
    opening = _LINE_OPENING.search(text, max(0, start - 8), start) is not None
    breaks = _BLOCK_BREAK if opening else _SENTENCE_BREAK
    cut = max((m.end() for m in breaks.finditer(window)), default=0)
    return window[cut:]


def sentence_after(text: str, end: int, width: int = 80) -> str:
    """The rest of the sentence after `end`, at most `width` characters: to a full stop, "!" or "?" before a space
    or the end, or a line break; a point inside a number ("£248.13", "3.30pm") ends nothing."""
    return _SENTENCE_END_AFTER.split(text[end : end + width], maxsplit=1)[0]


_SENTENCE_END_AFTER = re.compile(r"[.!?](?=\s|$)|\n")
