"""Named e-mail filter for a mailbox the writer takes back: closed, not to be used, or corrected.

"Do not use hannah@… anymore please!! I've lost the password", "it's now claire.a@… (was
claire.b@…, that one's closed)", "email me bex@…example.net — sorry I mean bex@…example.com": the
post says the first mailbox reaches nobody (or never was the one), so only the other is exposed.
The phone detector drops numbers in the same situations (`phone_out_of_use`,
`phone_service_filters.NUMBER_TAKEN_BACK`).
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_DONT_USE_BEFORE = re.compile(
    r"(?i)\b(?:do\s+not|don['’]?t|stop|never|no\s+longer)\s+(?:use|using|e-?mail(?:ing)?|writ(?:e|ing)\s+to|send(?:ing)?"
    r"(?:\s+\w+)?\s+to)\s*$"
    r"|\b(?:old|previous|former)\s+(?:e-?mail|address|mailbox|account)\s*(?:(?:was|is|['’]s)\s*)?[:(]?\s*$"
    r"|\((?:was|formerly|previously)\s*:?\s*$"
)
"""Before the address: it is not to be used ("do not use ", "stop emailing ") or is the old one ("(was ")."""
_CLOSED_AFTER = re.compile(
    r"(?i)^(?:(?!\b(?:old|other|one|previous)\b)[^.!?\n@]){0,20}?\b(?:any\s*more|no\s+longer|(?:is|'s|’s|has\s+been|was)\s+(?:now\s+)?"
    r"(?:closed|dead|deleted|gone|hacked|shut|cancell?ed)|(?:that\s+one|it)['’]?s\s+(?:closed|dead|deleted|gone|hacked))"
)
"""After the address: it is closed, hacked or no longer used ("… anymore", "…, that one's closed"), not
another mailbox ("new: x@… (the old hotmail is dead)")."""
_STILL_WORKS = re.compile(r"(?i)^[^.!?\n@]{0,24}?\bstill\s+(?:works|working|active|live|fine)\b")
""""old email was x@…, still works": in use."""
_CORRECTED_AFTER = re.compile(
    r"(?i)^[\s,.;:—–-]*(?:\W{0,3}\s*)?(?:sorry,?\s+i\s+mean[t]?|i\s+mean[t]?|wait,?\s+no|no\s+wait|oops|typo|"
    r"correction|scratch\s+that)\b[^@\n]{0,24}@"
)
"""Right after the address, another one that corrects it ("— sorry I mean bex@…")."""


def _mailbox_taken_back(text: str, start: int, end: int) -> bool:
    """ "Do not use x@… anymore", "(was x@…, that one's closed)", "x@… — sorry I mean y@…"."""
    after = text[end : end + 60]
    if _STILL_WORKS.match(after):
        return False
    if _DONT_USE_BEFORE.search(text, max(0, start - 40), start):
        return True
    return _CLOSED_AFTER.match(after) is not None or _CORRECTED_AFTER.match(after) is not None


MAILBOX_TAKEN_BACK = Filter(
    "mailbox taken back",
    "drop",
    "an address the writer says is closed, not to be used, or corrects at once: it reaches nobody",
    _mailbox_taken_back,
)
