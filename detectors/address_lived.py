"""A home someone lives or lived in, said of anyone, in any tense: a named cue (clause 2.3.2).

`address_residents.HOME_LEFT_OR_LIVED_IN` reads "we lived on ...", "grew up on ...": a pronoun right before the
verb and the street right after it.  Stories across a family's life place people more loosely: a relative or a
named person as the subject ("Grandad lived on ...", "Aunt Rose lived two doors down from us on ..."), a verb of being
born or brought up with no subject at all ("Born and raised on ..."), a plural of people ("three generations of
us now live on ..."), and words between the verb and the street ("lived above us at ...", "lived round the
corner on ...", "was at 22 ... until 1980").  `LIVED_THERE` reads the clause before the street for a verb of
living, then at most four words that place the home (next door, above, opposite, for years), then on/at/in.

Not a wish or a hypothesis ("I'd love to live on ...", "wouldn't live on ... if you paid me"): a modal or "to"
right before the verb says the person does not live there.  "Was at" alone is where someone was for an
evening; it counts only with a stretch of time after the street ("until 1980", "for forty years").
"""

from __future__ import annotations

import re

from detectors.address_residents import Cue, resident_cue
from detectors.address_told import told_cue

_PLACING_WORDS = (
    "next door to from us me them him her you mine ours theirs opposite above below over under beside behind across "
    "the road street way round corner up down along near just two three few doors all my his her their our life lives "
    "for years ages decades a while happily quietly alone together there still now then once first later always"
)
_PLACING = r"(?:(?:" + "|".join(sorted(set(_PLACING_WORDS.split()), key=len, reverse=True)) + r")\s+)"
"""Words that place a home between the verb and the street ("next door to us", "across the road from them",
"all her life", "for years"): a closed list, so "lived in Leeds and worked on ..." is no cue."""
_LIVED = re.compile(
    r"(?i)(?:\b(?:we|they|you|i|us|who|both|folks|parents|grandparents|family|families)\s+(?:still\s+|now\s+|all\s+)?"
    r"(?:live|living)|\b(?:lived|lives|grew\s+up|born(?:\s+and\s+(?:raised|bred|brought\s+up))?|brought\s+up|raised|"
    r"resided|lodged))\s+"
    rf"{_PLACING}{{0,6}}(?:on|at|off)\s+(?:number\s+|no\.?\s*)?$"
)
"""A verb of living, a few words that place the home, and the preposition before the street.  "Live" and
"living" need a subject of people ("live at Brixton" is a recording, "the joys of living in ..." a place's
praise); "in" is no street's preposition ("lived in the Silver Crescent" is a region)."""
_WAS_AT = re.compile(r"(?i)\b(?:was|were)\s+(?:still\s+)?at\s+(?:number\s+|no\.?\s*)?$")
_STRETCH_AFTER = re.compile(
    r"(?i)^[^.!?\n]{0,40}?\b(?:until|till|til|up\s+to|for\s+(?:\d+|[a-z]+)\s+(?:years|decades)|since\s+(?:19|20)\d\d)\b"
)
"""A stretch of time after the street: "until 1980", "for forty years", "since 1962"."""
_UNREAL_BEFORE = re.compile(r"(?i)\b(?:want(?:ed)?|wish|love|hate|dream(?:ed)?|imagine|if)\b[^.!?\n]{0,16}$")
"""A wish or a hypothesis just before the verb: "I'd love to live on ...", "imagine living on ..."."""


def _lived_there(clause: str, after: str) -> bool:
    """A verb of living (any subject, any tense) and what places the home, right before the street; or "was at"
    with a stretch of time after it."""
    lived = _LIVED.search(clause)
    if lived is not None:
        return _UNREAL_BEFORE.search(clause, 0, lived.start()) is None
    return _WAS_AT.search(clause) is not None and _STRETCH_AFTER.match(after) is not None


LIVED_THERE = Cue(
    "street of a home someone lives or lived in (Grandad lived on ..., born and raised on ..., was at ... until)",
    0.85,
    _lived_there,
)


def home_cue(clause: str, after: str, numbered: bool) -> Cue | None:
    """The cue that the clause before a street (and the words after it) give of somebody's home, strongest first:
    `address_residents`' cues, then `LIVED_THERE`, then a home told in chat (`address_told`)."""
    cue = resident_cue(clause, after)
    if cue is None and _lived_there(clause, after):
        cue = LIVED_THERE
    return cue if cue is not None else told_cue(clause, after, numbered)
