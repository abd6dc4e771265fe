"""A named filter of school findings: a trust that is not a school trust (an NHS trust, the National Trust, a charity).

Schools run as academy trusts ("Harbour Learning Trust", "Beacon Academy Trust"), so the school detector reads a
capitalised name ending in "Trust" as a possible employer, and the workplace judgement reads "governor at X Trust"
or "Chair of Trustees, X Trust" as a school governor's.  But most trusts in people's bios are not schools: hospitals
("Ashcombe NHS Foundation Trust", whose public governors are elected), the National Trust, wildlife and hospice
charities, housing associations.  The filter drops a trust whose name holds one of those trades' words and none of a
school's ("Learning", "Academy", "Schools", "Education").  It acts after the judgement (`school_filters.WHAT_FILTERS`),
so the classifier's inputs do not change.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_TRUST_NAME_END = re.compile(r"(?i)\btrust\W*$")
_OTHER_TRADES = re.compile(
    r"(?i)\b(?:nhs|foundation\s+trust|hospitals?|health|healthcare|care|ambulance|hospice|wildlife|woodland|wetlands?|"
    r"national\s+trust|heritage|preservation|canal|rivers?|housing|homes|buildings?|development|arts|theatre|museums?|"
    r"gardens?|football|rugby|cricket|sports|leisure|church|cathedral|abbey|community\s+energy|energy|water|"
    r"animal|dogs?|cats|horses?|donkey|lifeboat|mental\s+health|carers?|foodbank|food\s+bank)\b"
)
"""Words of the trades that run as trusts besides schools: hospitals, charities, heritage, housing, sport."""
_SCHOOL_WORDS = re.compile(
    r"(?i)\b(?:learning|academy|academies|schools?|education|educational|primary|college|multi[\s-]academy)\b"
)


def _not_a_schools_trust(text: str, start: int, end: int) -> bool:
    """ "Ashcombe NHS Foundation Trust", "Ravensmoor Wildlife Trust": a trust of another trade, named so."""
    name = text[start:end]
    return (
        _TRUST_NAME_END.search(name) is not None
        and _OTHER_TRADES.search(name) is not None
        and _SCHOOL_WORDS.search(name) is None
    )


NOT_A_SCHOOLS_TRUST = Filter(
    "a trust of another trade",
    "drop",
    "a trust named for another trade (an NHS trust, the National Trust, a wildlife or housing trust), not a school's",
    _not_a_schools_trust,
)
