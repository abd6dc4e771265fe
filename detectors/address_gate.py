"""Which texts the address detector reads at all: its gate, run on every text of a scan.

Almost no post holds an address, so `AddressDetector.wants` must turn most texts away in one
pass over the shared word split, without running a street pattern: a text needs a postcode
shape, an address label, a street abroad, a street word, or one of the cue words a street with
no street word needs ("we're at", "cards to").  The word sets are also the batch screen's
(`AddressDetector.screen`).  Kept apart from `detectors.address`, which finds and scores the
addresses, because the gate is judged by another measure: speed on texts with nothing in them.
"""

from __future__ import annotations

import re

from detectors.address_abroad import PREFIX_WORDS as ABROAD_WORDS
from detectors.address_abroad import has_suffixed, streets_abroad
from detectors.address_label import labelled_addresses
from detectors.address_streets import HINT
from detectors.address_unworded import unworded_streets
from detectors.base import Item
from detectors.gate import Literals, has_digit
from detectors.postcode import CANDIDATE, INWARD
from detectors.street import STREET_WORD_BYTES, numbered_street_word_in
from detectors.street_unmarked import UNMARKED
from detectors.words import keywords, words

_FIELD_SECTIONS = ("profile", "account")
"""Sections whose fields are the person's own details; a check-in names a place, mostly a public one."""
_LABEL_HINT_WORDS = "addr adres direcci endere indirizzo anschrift lives living moved moving mudou mudado".split()
_LABEL_HINT = re.compile("(?i)" + "|".join(_LABEL_HINT_WORDS))
"""A cheap look for an address label before the label patterns run."""
_LABEL_WORDS = Literals(*_LABEL_HINT_WORDS)
"""`_LABEL_HINT`'s pre-screen on the shared folded text (`detectors.gate`): 3-5x cheaper on texts without one."""
_UNMARKED_GATE = keywords(
    "re ours mine moved moving live lives living address flat house home cards card send sending "
    "sent post posting parcel parcels letter letters addressed presents invites invite collection collect pick pickup "
    "m lived keys leaving left sold spent homestead garden hers theirs staying street road cul"
)
"""Words one of which a text with no street word needs before the (slower) unmarked-street pattern runs:
the words of the cues that street needs ("we're at", "cards to", "at mine"), on the shared word split
("we", "my" and "our" are left out: too common in chatter to gate anything)."""
_GATE_WORDS = STREET_WORD_BYTES | _UNMARKED_GATE | ABROAD_WORDS
"""Street words (also abroad's) and those cue words: a text with none, and no postcode or label, is turned away."""


def wants_address(item: Item) -> bool:
    """`AddressDetector.wants`: a postcode shape, a street word with a digit or a word of
    residence, or a house number before a name and a comma (a street with no street word)."""
    text = item.text
    if not text:
        return False
    if has_digit(text):  # a postcode and a labelled address (its house number) both need one
        if INWARD.search(text) is not None and CANDIDATE.search(text) is not None:
            return True
        if _LABEL_WORDS(text) and _LABEL_HINT.search(text) and any(labelled_addresses(text)):
            return True
        if has_suffixed(text) and any(streets_abroad(text)):
            return True
    found = words(text)  # the shared, cached word split
    if _GATE_WORDS.isdisjoint(found):
        return False  # most texts: one pass, no allocation
    present = _GATE_WORDS.intersection(found)
    if not ABROAD_WORDS.isdisjoint(present) and has_digit(text) and any(streets_abroad(text)):
        return True  # "nueva casa: Calle Romero 23"
    unmarked = not _UNMARKED_GATE.isdisjoint(present) and (
        UNMARKED.search(text) is not None or any(unworded_streets(text))
    )
    if STREET_WORD_BYTES.isdisjoint(present):
        return unmarked  # a street with no street word, with a word of the cue it needs
    if item.provenance.section in _FIELD_SECTIONS or numbered_street_word_in(text):
        return True
    return unmarked or HINT.search(text.lower()) is not None
