"""When a postcode on its own, with no street line before it, is an address (clause 2.3.2).

A lone postcode is a home's more often than not ("we're in LS99 9ZZ", "postcode YO10 5ZL"), so it is
reported unless it is the school's or a venue's, a landmark's, or another kind of code
(`detectors.address_postcode_filters`).  Its strength depends on the words before it: a word of
address or delivery ("postcode", "deliver to", "pickup at") says it is given as an address.

A code whose unit letters Royal Mail never uses (C, I, K, M, O, V: "YO10 3ZV") is a typo people
make; on its own it is kept only where the writer calls it a postcode or a pick-up place, as after a street line
(`detectors.address_parts.postcode_after`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.address_context import clause_before
from detectors.address_label import COLLECTION
from detectors.address_postcode_filters import POSTCODE_CONTEXT, POSTCODE_FILTERS
from detectors.address_sieve import Sieve
from detectors.address_streets import overlaps
from detectors.postcode import Postcode, parse_postcode

GIVEN_RULE = "UK postcode given as an address"
LONE_RULE = "UK postcode"
_NAMED_A_POSTCODE = re.compile(r"(?i)\bpost\s*code\b[^.!?\n]{0,12}$")
"""The writer calls what follows a postcode ("postcode is ...", "postcode: ...")."""


def lone_postcodes(
    text: str,
    codes: list[tuple[Postcode, int, int]],
    claimed: list[tuple[int, int]],
    profile: bool,
    sieve: Sieve,
) -> Iterator[tuple[str, int, int, float, str]]:
    """(postcode, start, end, confidence, rule) of each postcode in `codes` (found with loose unit
    letters) that no street line has claimed and that is an address on its own."""
    for code, start, end in codes:
        if overlaps(claimed, start, end) or not code.is_geographic:
            continue
        context = clause_before(text, start)
        given = profile or POSTCODE_CONTEXT.search(context) is not None
        if parse_postcode(code.text) is None and not (_NAMED_A_POSTCODE.search(context) or COLLECTION.search(context)):
            continue  # "YO10 3ZV" not named a postcode: a code of another kind as likely as a typo
        if sieve.venue_before(context) or sieve.drops(text, start, end, also=POSTCODE_FILTERS):
            continue
        yield (code.text, start, end, 0.92, GIVEN_RULE) if given else (code.text, start, end, 0.85, LONE_RULE)
