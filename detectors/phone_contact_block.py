"""A person's own contact block: a name, a home address, then the number (a form, a CV's header, a small ad).

"Mrs Lorna Keating / The Old Dairy / … DL7 9ZX / 01632 …", "Name: Geoffrey Lund / Address: 61 Whinmoor Way …
/ Phone: 0113 …", "MARGARET (PEGGY) DOYLE / 12 Fountain Street … / Tel: 0113 …", "Mr T. Grainger, 2 Beech
Grove, tel. 01632 …": the landline is that person's, however many societies, parishes and offices the text
names around it (the allotment society's form, the parish magazine's small ads, the Neighbourhood Watch
leaflet).  A titled name with no home address between it and the number ("Headteacher: Mrs A. Quinn.
Tel: …" under a school's letterhead) is an office's signature, not a block; nor is one with an
organisation named between the two.

Also a person spoken of and asked for by pronoun right before the number ("DRIVER WANTED for Mrs Ellwood …
Please contact her on 0113 …") or introducing themselves ("I'm Pauline, 0113 …").

`persons_contact_block` is the exemption `phone_filters.LANDLINE_IN_AN_ORGANISATIONS_POST` asks before it
drops a landline as an organisation's.
"""

from __future__ import annotations

import re

from detectors.phone_cues import organisation_ends

_REACH = 160
"""Characters before the number read for the block: a name, three address lines and a field label."""
_PERSON = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][a-z'’-]+"
    r"|\bName\s*:\s*[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+"
    r"|(?m:^[A-Z][A-Z'’-]+(?:\s+\(?[A-Z][A-Z'’-]+\)?)+[ \t]*$)"
)
"""A person named as a block names them: "Mrs H. Fairbairn", "Name: Geoffrey Lund", a name line in capitals."""
_HOME = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
)
"""A house number and a street's capitalised name ("3 Glebe Cottages"), or a full postcode."""
_ASKED_BY_PRONOUN = re.compile(
    r"(?i)\b(?:contact|call|ring|phone|text)\s+(?:her|him)\s+(?:on|at)?\s*[:,-]?\s*$"
    r"|\bI['’]?m\s+(?-i:[A-Z][a-z]+)\s*[,:–—-]\s*$"
)
""""contact her on 0113 …", "I'm Pauline, 0113 …": the person just spoken of, or the writer by name."""


def persons_contact_block(text: str, start: int) -> bool:
    """Whether the number at `start` ends a private person's contact block, or is asked for by pronoun."""
    window = text[max(0, start - _REACH) : start]
    if _ASKED_BY_PRONOUN.search(window):
        return True
    for person in _PERSON.finditer(window):
        rest = window[person.end() :]
        if not _HOME.search(rest) or organisation_ends(rest):
            continue
        if not person.group().isupper():
            return True
        # A line in capitals is a shop's or a school's name as often as a person's: read on past the number
        # ("PARTY PIECES / 14 Commercial St / Tel … / Inv 2025/0391 / Subtotal …" is a receipt).
        after = person.group() + " " + text[start : start + _REACH]
        if not organisation_ends(after) and not _INSTITUTION.search(after):
            return True
    return False


_INSTITUTION = re.compile(r"(?i)\b(?:school|academy|college|primary|university|inv)\b")
"""Words of a school's or an institution's letterhead, and a receipt's "Inv" (invoice number)."""
