"""A named address filter for premises given in an organisation's contact block (clause 2.3.2).

"Sklep Jantar, 9 Dock Street, HU1 4ZW, tel 01632 …", "Cena en La Parrilla, 41 Quay Road, Bideford
EX39 7ZY, reservas a bookings@…", "Tindahan ni Aling Nena, 3 Mill Row, … tel 0116 …": a shop's, a restaurant's or an
office's premises, listed with its line and its mailbox, in whatever language the post is written.  The words
around the address may be in a language no word list of ours reads; the landline and the mailbox beside it are
judged by the phone and e-mail filters, which ask of their shape and label ("tel.", "bookings@", a desk's hours),
and a contact block has one owner.  So an address with, in the same sentence and close by, a landline the phone
filters give to an organisation (`phone_filters.ORGANISATION_LINE_FILTERS`) or a mailbox the e-mail filters give to
one (`email_verdict.organisations_mailbox`) is that organisation's premises.

A word of home before the address ("we've moved: 4 Elm Row, …", "Nan's", "my address"), the writer speaking in the
block ("pick it up from my house, …"), or a person's name heading it after a label ("Treasurer: Alma Reyes, 5 …") hands
it back: a household and a committee member list a landline and a mailbox beside their address too.
"""

from __future__ import annotations

import re

from detectors.address_context import FIRST_PERSON, HOME, clause_before
from detectors.email_verdict import organisations_mailbox_within
from detectors.filters import Filter, drops
from detectors.phone_filters import ORGANISATION_LINE_FILTERS

_REACH = 64
"""Characters read either side of the address for the line and the mailbox of the same block."""
_BREAK = re.compile(r"(?:(?<!\b[Nn]o)\.|[!?])\s|\n")
_LANDLINE = re.compile(r"(?<![\w+])\(?0[12]\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w])")
"""A UK landline as people write one: only these are asked whose they are (a mobile is a person's)."""
_PERSON_HEADING = re.compile(r":\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z'’-]+,\s*$")
"""A person's name heading the block after a label ("Treasurer: Alma Reyes, 5 …"): the block is theirs (a shop's name
opening a post, "Sklep Jantar, 9 …", has no label before it)."""


def _block(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around the address up to a sentence end or a line break, `_REACH` characters at most either side."""
    before = text[max(0, start - _REACH) : start]
    cut = max((m.end() for m in _BREAK.finditer(before)), default=0)
    after = text[end : end + _REACH]
    stop = _BREAK.search(after)
    return max(0, start - _REACH) + cut, end + (stop.start() if stop else len(after))


def _premises_in_a_contact_block(text: str, start: int, end: int) -> bool:
    """ "…, 9 Dock Street, HU1 4ZW, tel 01632 …": an address listed with an organisation's line or mailbox."""
    begin, finish = _block(text, start, end)
    clause = clause_before(text, start)
    if HOME.search(clause) or _PERSON_HEADING.search(clause) or FIRST_PERSON.search(text, begin, finish):
        return False  # "our new address: 4 Elm Row, …, 0113 …", "Treasurer: Alma Reyes, 5 …": a person's block
    for number in _LANDLINE.finditer(text, begin, finish):
        if not (start <= number.start() < end) and drops(ORGANISATION_LINE_FILTERS, text, *number.span()):
            return True
    return organisations_mailbox_within(text, begin, finish)


PREMISES_IN_A_CONTACT_BLOCK = Filter(
    "premises in an organisation's contact block",
    "drop",
    "an address given beside a line or a mailbox that the phone or e-mail filters call an organisation's",
    _premises_in_a_contact_block,
)
