"""A named phone filter for a landline given beside an organisation's mailbox (clauses 2.3.2, 2.4.2).

A contact block has one owner: "enrolments to zapisy@…-szkola… or ring 0118 496 …", "Visas: 020 7946 … or
visas@…", "info@…-coaches…, 0116 496 …, £2/kg".  When the e-mail filters already say the address beside a
landline is an organisation's (a role or function mailbox, a public body's domain: `email_verdict`), the
landline in the same line is that organisation's switchboard too, in whatever language the rest of the line is
written: the question is asked of the address, whose shape says more than the words around it.

The writer's or a named person's claim on the number keeps it ("ring me on 0113 …", "my landline", "Grandad's on
…", `phone_cues`), and mobiles are left alone: a sole trader gives a mobile beside the business's mailbox.
"""

from __future__ import annotations

import re

from detectors.email_verdict import organisations_mailbox_within
from detectors.filters import Filter
from detectors.phone_cues import OWN_NUMBER, is_landline, private_person_end

_REACH = 120
"""Characters read either side of the number for the address of the same contact block."""
_LINE_BREAK = re.compile(r"\n")


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the number's line begins and ends, no further than `_REACH` either side."""
    begin, finish = max(0, start - _REACH), min(len(text), end + _REACH)
    before = text.rfind("\n", begin, start)
    after = text.find("\n", end, finish)
    return (before + 1 if before >= 0 else begin), (after if after >= 0 else finish)


def _landline_beside_an_organisations_mailbox(text: str, start: int, end: int) -> bool:
    """ "Visas: 020 7946 … or visas@…", "info@…-coaches…, 0116 496 …": the mailbox's organisation's line."""
    if "@" not in text or not is_landline(text[start:end]):
        return False
    begin, finish = _line_around(text, start, end)
    before = text[begin:start]
    if OWN_NUMBER.search(before) or OWN_NUMBER.search(text, end, min(finish, end + 30)):
        return False  # "ring me on 0113 …, or jo@…"
    if private_person_end(before) >= 0:
        return False  # "ring Liz on 0113 … or the club at info@…": Liz's
    return organisations_mailbox_within(text, begin, finish)


LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX = Filter(
    "landline beside an organisation's mailbox",
    "drop",
    "a landline given in the same line as a mailbox the e-mail filters call an organisation's: its switchboard",
    _landline_beside_an_organisations_mailbox,
)
