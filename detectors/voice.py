"""Whether a text speaks as an organisation rather than as a person.

"Family butchers, est. 1987", "Official account", "Email our editors", "Visit our website to
advertise": a business's, a club's or a newspaper's own bio or post.  Its numbers and mailboxes
are real, but they are the organisation's, not a person's (clauses 2.3.2 and 2.4.3 are about
personal details), so the contact detectors hold them to "worth a look" with the named filter
`ORGANISATIONS_OWN_ACCOUNT`: a member of staff who also runs the PTA's or a club's account sees
them, below everything personal.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

ORGANISATION_VOICE = re.compile(
    r"(?i)\b(?:ltd|limited|plc|cic|llp|inc|charity|council|official\s+(?:account|twitter|page|newspaper)|club|"
    r"society|association|trust|foundation|rescue|food\s*bank|village\s+hall|parish|head\s+office|branches|shops|"
    r"members|supporters|team\s+of\s+\d+|est\.?\s*\d{4}|since\s+\d{4}|opening\s+hours|open\s+(?:mon|tue|daily|7\s+days)|"
    r"newspaper|magazine|steakhouse|restaurant|store|corporate|programme|agency|specialists|(?:our|the)\s+"
    r"(?:editors|team|website|store|shop|newsroom|staff|menu)|visit\s+our|we\s+are\s+an?|we'?re\s+an?|"
    r"source\s+for|your\s+(?:#?\d|go-?to|local|number\s+one))\b"
)
"""Words by which an account speaks as an organisation (a shop's, a club's or a paper's), not a person."""
_PERSON_VOICE = re.compile(r"(?i)\b(?:i|i'm|i've|me|my|mine)\b")


def _organisations_own_account(text: str, start: int, end: int) -> bool:
    """ "Family butchers · est. 1987 · 0113 …": the organisation's own bio or post, no person speaking."""
    return ORGANISATION_VOICE.search(text) is not None and _PERSON_VOICE.search(text) is None


ORGANISATIONS_OWN_ACCOUNT = Filter(
    "organisation's own account",
    "demote",
    "the text speaks as a business, club or paper: its details are the organisation's",
    _organisations_own_account,
)
