"""Named phone filter for a number the writer says no longer reaches anyone it belonged to.

"Old number!! 07700 … is DEAD", "the old landline (0113 …) is disconnected", "my Calgary number
(403) … is cancelled so don't use it", "Smart number (+63 …) will be off": the post tells people
*not* to use the number, so it exposes no way to reach the writer (and a number "someone else has
now" is a stranger's).  The policy is about contact details people can use, so such a number is
dropped, the same way a number corrected at once is (`phone_service_filters.NUMBER_TAKEN_BACK`).

Two filters:

- `NUMBER_OUT_OF_USE` (drop): after the number it is said to be dead, disconnected, cancelled,
  closed, handed back, not in use, switched off for a while, or not to be used ("don't text it",
  "someone else has it now"), unless it "still works";
- `NUMBER_CALLED_OLD` (demote): right before it the number is called old ("old number", "my dad's
  old landline", "previous mobile"), but not "still on the old number": an old mobile in an
  archived post may well still ring, so it stays "worth a look" rather than going unreported.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_OLD_BEFORE = re.compile(
    r"(?i)\b(?:old|previous|former|ex)\s+(?:[\w'’]+\s+){0,2}?(?:number|no\.?|mobile|mob|landline|phone|cell|digits)"
    r"\b[!:\s(]*(?:(?:was|is|were|['’]s|used\s+to\s+be)\s*[:(]?\s*)?$"
)
"""The number called an old one right before it ("old number!! ", "old landline (", "old number was ")."""
_STILL = re.compile(r"(?i)\bstill\b[^.!?\n]{0,24}$")
""""still on the old number, …": the old number is the one in use."""
_DEAD_AFTER = re.compile(
    r"(?i)^(?:(?!\b(?:one|other|mobile|mob|phone|landline|number|if|when|mine(?:['’]?s)?)\b)[^.!?\n\d]){0,32}?\b(?:(?:is|was|'s|’s|are|has)\s+)?(?:been\s+|now\s+|totally\s+|officially\s+)*['\"‘]?"
    r"(?:dead|disconnected|cancell?ed|closed|discontinued|deactivated|cut\s+off|no\s+longer|not\s+in\s+use|"
    r"out\s+of\s+use|handed\s+back|not\s+(?:recogni[sz]ed|working)|will\s+be\s+off|off\s+(?:until|till)\s+[A-Za-z]|"
    r"someone\s+else\s+has\s+it|don['’]?t\s+(?:use|text|ring|call|phone)\s+it|do\s+not\s+(?:use|text|ring|call)\s+it)"
)
"""After the number: it no longer works or is not to be used (not "…, UK one's off till I'm back" nor
"… if my mobile's dead" nor "ring me on his … mine's dead": another number)."""
_STILL_WORKS = re.compile(r"(?i)^[^.!?\n]{0,24}?\bstill\s+(?:works|working|active|live|fine|the\s+same)\b")
""""old number … still works": in use."""
_REASSIGNED = re.compile(r"(?i)\b(?:someone|somebody)\s+else\s+has\s+(?:it|that\s+number)\b")
""""… Someone else has it now", a sentence or two later: the number is a stranger's."""
_WINDOW = 60


def _out_of_use(text: str, start: int, end: int) -> bool:
    """ "07700 … is DEAD", "(403) … is cancelled", "(0113 …) is disconnected": not a contact."""
    tail = text[end : end + _WINDOW].lstrip(" )]")
    if _STILL_WORKS.match(tail):
        return False
    return _DEAD_AFTER.match(tail) is not None or _REASSIGNED.search(text, end, end + 2 * _WINDOW) is not None


def _called_old(text: str, start: int, end: int) -> bool:
    """ "old number!! 07700 …", "my dad's old number was 01632 …": maybe no longer theirs."""
    window = text[max(0, start - _WINDOW) : start]
    old = _OLD_BEFORE.search(window)
    if old is None or _STILL.search(window, 0, old.start()) is not None:
        return False
    return _STILL_WORKS.match(text[end : end + _WINDOW].lstrip(" )]")) is None


NUMBER_OUT_OF_USE = Filter(
    "number out of use",
    "drop",
    "a number the writer calls old, dead, cancelled or not to be used: it reaches nobody it was given for",
    _out_of_use,
)
NUMBER_CALLED_OLD = Filter(
    "number called old",
    "demote",
    "a number the writer calls their old one: it may no longer reach them",
    _called_old,
)
