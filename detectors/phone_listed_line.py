"""A named phone filter for a landline listed the way a place lists its line: "tel." before it (clauses 2.3.2, 2.4.2).

"Sklep Jantar, 9 Dock Street, Hull …, tel 01632 …", "Klub szachowy tel. 0116 …", "Sekretariat otwarty pn–pt, tel. 0118 …":
the abbreviation is how a shop window, a parish notice, a club's flyer or a directory lists a line, in English
and in most of the languages written beside it (tel., tél., τηλ. aside).  People give their own landline with a
verb or a name ("ring me on", "Grandad's landline", "Mrs Vane, 3 Elm Row. Tel …"), and a listing of a household's own
line says so ("tel: 0116 … (home, weekends)").  On the contacts corpus a landline after "tel" was an
organisation's 25 times in 32 (train and dev), and the filter keeps all seven that were a person's.

Given way to: a claim on the number (`phone_cues.OWN_NUMBER`, a relative or a person asked for by name in its
line), a private person's contact block (`phone_contact_block`), a bracket after the number that makes it a
household's ("(home)", "(eves)"), a title before a name in its line ("Mr O. Penrose, 7 Larch Close, tel. …").
Mobiles are left alone: a sole trader lists a mobile the same way.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.phone_contact_block import persons_contact_block
from detectors.phone_cues import OWN_NUMBER, is_landline, private_person_end

_TEL_LABEL = re.compile(r"(?i)(?:^|[\s,;(|•·-])tel(?:\.|:)?\s*[:.]?\s*$")
"""The abbreviation right before the number: "tel 01632 …", "tel. 0118 …", "Tel: 0116 …"."""
_HOUSEHOLD_AFTER = re.compile(r"(?i)\s*[(,-]\s*(?:home|house|evenings?|eves|mine|after\s+\d|landline)\b")
"""Said right after the number of a household's line: "(home, weekends)", "(eves)", ", after 6"."""
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]")
"""A person by title in the line ("Mr O. Penrose, 7 Larch Close, tel. …"): the line is that person's."""
_REACH = 100
"""Characters of the number's line read before it."""


def _line_before(text: str, start: int) -> str:
    window = text[max(0, start - _REACH) : start]
    return window[window.rfind("\n") + 1 :]


def _landline_listed_with_tel(text: str, start: int, end: int) -> bool:
    """ "…, 9 Dock Street, …, tel 01632 …", "Klub szachowy tel. 0116 …": a place's line, listed as places list theirs."""
    if not is_landline(text[start:end]):
        return False
    before = _line_before(text, start)
    if _TEL_LABEL.search(before) is None:
        return False
    if OWN_NUMBER.search(before) or OWN_NUMBER.search(text, end, end + 30) or private_person_end(before) >= 0:
        return False  # "call me, tel. 0113 …", "ring Liz, tel 0113 …"
    household = _HOUSEHOLD_AFTER.match(text, end) is not None or _TITLED_NAME.search(before) is not None
    return not household and not persons_contact_block(text, start)  # "tel: 0116 … (home)", "Mrs Vane, … Tel …"


LANDLINE_LISTED_WITH_TEL = Filter(
    "landline listed with 'tel.'",
    "drop",
    "a landline listed after 'tel.' with nobody's name or claim on it: how a shop, club or office lists its line",
    _landline_listed_with_tel,
)
