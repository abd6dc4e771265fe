"""An address spelt out in words whose one-word mailbox name spells the person named right before it: "Elspeth
Marr, elspethmarr at example dot org" (clauses 2.4.3, 2.1.5).  One named, separately tested unit
(tests/detectors/test_email_spelt_named.py), `SPELT_FOR_A_NAMED_PERSON`.

`email.EmailDetector` believes a spelt-out address with a bare-word local part ("quinn at example dot com") only
after words that ask to be written to ("email", "contact", "drop me a line", a colon), because "shopping at
bargainshop dot example dot org" is a sentence that happens to say "at" and "dot".  A contact given the way a card
gives it -- a person's name, then their mailbox -- is the other shape: "Elspeth Marr, elspethmarr at example
dot org" asks nobody to write, but a mailbox name that starts with (or holds) the first name or the surname of a
person named in the few words before it is that person's mailbox, not a sentence.

Narrow on purpose: the name must be a capitalised first name and surname (two words, neither a common word of a
sentence) ending within a few characters of the address, and the name piece in the mailbox must be at least four
letters ("Jo" is in too many words).
"""

from __future__ import annotations

import re

SPELT_FOR_A_NAMED_PERSON = "e-mail address spelt out in words, its mailbox named after the person named before it"

_NAME_BEFORE = re.compile(
    r"(?<![\w'’])(?P<first>[A-Z][a-z]{2,})[ \t]+(?:[A-Z]\.?[ \t]+)?(?P<last>[A-Z][a-z'’-]{2,})"
    r"[ \t]*(?:[,:–—-]|\bon\b|\bat\b)?[ \t]*(?:\(?[a-z]+\)?[ \t]*[:,]?[ \t]*)?$"
)
"""A first name and surname right before the address ("Elspeth Marr, ", "Elspeth Marr – email: ")."""
_NOT_NAMES = frozenset(
    str.split(
        "the this that these those then there here when where what which who why how our your their his her "
        "my its and but for with from into onto upon about after before over under happy merry dear hello hiya "
        "thanks thank please good great best new old lovely sent reply email mail contact call ring text message "
        "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
        "september october november december"
    )
)
"""Capitalised words that open a sentence or a greeting, never a person's name."""
NAME_WITHIN = 40
"""Characters before the address read for the name."""


def named_before(text: str, start: int, local: str) -> bool:
    """Whether the one-word mailbox name `local` of a spelt-out address at `start` spells the first name or the
    surname of the person named right before it."""
    found = _NAME_BEFORE.search(text, max(0, start - NAME_WITHIN), start)
    if found is None:
        return False
    first, last = found.group("first"), found.group("last")
    if first.lower() in _NOT_NAMES or last.lower() in _NOT_NAMES:
        return False
    local = local.lower()
    return any(len(name) >= 4 and name in local for name in (first.lower(), re.sub(r"['’-]", "", last.lower())))
