"""A street with no house number given as someone's home in the words of a chat (clause 2.3.2).

"this is my street 😩 Cromer Terrace", "That's my nan's road! Westbourne Avenue", "I'm only at the end of Rydal
Street", "I think you're Hawthorn Close?", "the one on Birch Lane, that's our house", "Single mum on Orchid Way":
people name their own street, or a relative's, without "we live on".  A bare street (no number, no postcode) is
reported only with a cue of residence (`address_label.RESIDENCE` and the cues of `address_neighbours`); these are
more of them, each said right before or right after the street, in its sentence.

Kept apart from `address_neighbours` (a street's neighbours, a move announced, a house pointed at) because these
read a street as a home by whose road it is, not by where a house on it is.
"""

from __future__ import annotations

import re

_WHOSE_ROAD_BEFORE = re.compile(
    r"(?i)\b(?:my|our|(?:my|our)\s+[a-z]+['’]s|(?-i:[A-Z][a-z]+)['’]s)\s+(?:street|road|lane|avenue|close)\b[^\w\n]{0,8}$"
)
"""Whose road the street is, said right before it: "this is my street 😩 Cromer Terrace", "my nan's road! Westbourne
Avenue"."""
_AT_THE_END_OF = re.compile(
    r"(?i)\b(?:i['’]?m|i\s+am|we['’]re|we\s+are|she['’]s|he['’]s|they['’]re)\s+(?:only\s+|just\s+|right\s+)?"
    r"(?:at|on)\s+the\s+(?:top|bottom|far\s+end|end|corner)\s+of\s+$"
)
"""Someone placed at a part of the street: "I'm only at the end of Rydal Street"."""
_YOU_ARE_BEFORE = re.compile(r"(?i)\byou['’]re\s+(?:on\s+)?$")
_QUESTION_AFTER = re.compile(r"\s*\?")
"""The reader's street asked: "I think you're Hawthorn Close?"."""
_PERSON_ON_BEFORE = re.compile(r"(?i)\b(?:single\s+)?(?:mum|mam|dad|pensioner|widow|family|couple)\s+(?:on|in)\s+$")
"""Someone known by their street: "Single mum on Orchid Way and the boiler's gone" (not "the lollipop lady on Tanner
Street": her crossing)."""
_OUR_HOUSE_AFTER = re.compile(r"(?i)[\s,–—-]*(?:that['’]?s|thats|is)\s+(?:my|our)\s+(?:house|home|place|road|street)\b")
"""The street then "that's our house": "If it's the one on Birch Lane that's our house"."""
WITHIN = 60
"""Characters before the street read for a cue (never past its sentence)."""
_SENTENCE_END = re.compile(r"[.!?\n]")


def street_given_as_home(text: str, start: int, end: int) -> bool:
    """Whether the words right around a bare street give it as someone's home (the module's forms)."""
    window = text[max(0, start - WITHIN) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    before = window[cut:]
    if _WHOSE_ROAD_BEFORE.search(window) or _AT_THE_END_OF.search(before) or _PERSON_ON_BEFORE.search(before):
        return True
    if _YOU_ARE_BEFORE.search(before) and _QUESTION_AFTER.match(text, end):
        return True
    return _OUR_HOUSE_AFTER.match(text, end) is not None
