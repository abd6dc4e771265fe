"""An activity moved to another day and time, read as a move of house: "gym club moved to Weds 6:15, hall 2"
(clause 2.3.2).  One named, separately tested drop filter (tests/detectors/test_address_rescheduled.py),
`RESCHEDULED`.

"Moved to" is one of the strongest labels of a new address ("we've moved to 4 Larch Rise"), so
`address_label.labelled_addresses` reads what follows it as the address even with no street word.  But clubs,
lessons and training sessions are "moved to" a new slot far more often than people move house, and the slot is a
day and a time: "ballet moved to Weds 5:15, room 2", "practice is now Friday 4:30 by the nets".  No
address starts with a weekday and a time, so a candidate that does is a timetable, not a home.

"Friday Street" is a street, so a weekday alone is not enough: it must be followed by a time ("5:15", "6pm", "at
6"), a part of the day ("Tuesday evening") or "week"/"instead"/a comma-and-number.  A street line found inside a
rescheduled sentence ("now Friday 4:30 at Fernbank Road") is still read on its own by the street patterns
and their cues: the filter drops only the candidate that starts with the slot.

Decisions on the edge cases:

- "moved to tomorrow", "moved to next week": a slot with no time is still a slot, when a time or a part of the
  day follows it;
- a time alone ("moved to 6.30pm, lane 2") is a slot too: no house number is written with a colon, a dot and two
  digits, or with "am"/"pm";
- the candidate must start with a letter or digit where the slot begins: a quoted or bracketed address ("moved
  to '4 Larch Rise'") is read by the label patterns as before.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_DAY = r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|tomorrow|tonight|today|next[ \t]+week"
_SLOT = re.compile(
    r"(?i)(?:" + _DAY + r")\.?,?[ \t]+(?:from[ \t]+|at[ \t]+|@[ \t]*)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:am|pm|[-–]|\b)|(?:morning|afternoon|evening|night|lunch(?:time)?|after[ \t]+school)s?\b)"
    r"|(?i:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:am|pm)|\d{1,2}[:.]\d\d)\b"
)
"""A day and a time, or a time alone, at the start of a candidate: "Thurs 4:45", "Tuesday evening", "6.30pm"."""


def _rescheduled(text: str, start: int, end: int) -> bool:
    """ "Gym club moved to Weds 6:15, hall 2": a candidate that starts with a day and a time."""
    if not text[start : start + 1].isalnum():
        return False
    return _SLOT.match(text, start, end) is not None


RESCHEDULED = Filter(
    "rescheduled, not moved house",
    "drop",
    "an activity moved to a new day and time (gym club moved to Weds 6:15), not a home moved to",
    _rescheduled,
)
