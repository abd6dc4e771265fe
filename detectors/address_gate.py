"""Which texts the address detector reads at all: its gate, run on every text of a scan.

Almost no post holds an address, so `AddressDetector.wants` must turn most texts away in one
pass over the shared word split, without running a street pattern: a text needs a postcode
shape, an address label, a street abroad, a street word, or one of the cue words a street with
no street word needs ("we're at", "cards to").  The batch screen (`address_screen`) asks the same
of a whole batch in C, branch by branch, so `wants` reads only the texts that may pass one.  Kept apart
from `detectors.address`, which finds and scores the addresses, because the gate is judged by another
measure: speed on texts with nothing in them.
"""

from __future__ import annotations

import re

from detectors.address_abroad import PREFIX_WORDS as ABROAD_WORDS
from detectors.address_abroad import has_suffixed, streets_abroad
from detectors.address_abroad_postal import lines_by_tail
from detectors.address_abroad_postal import may_hold as may_have_tail
from detectors.address_house_line import HOUSE_NUMBER_WORD_SHAPE, HOUSE_NUMBER_WORD_SPELT
from detectors.address_label import labelled_in
from detectors.address_lettered import LETTERED_SHAPE, LETTERED_SPELT
from detectors.address_streets import HINT
from detectors.address_unworded import STREET_SHAPED_NAME, unworded_streets
from detectors.address_worded import NUMBER_WORD_BYTES, rewritten
from detectors.base import Item
from detectors.gate import Literals, has_digit
from detectors.gate_batch import Positions, TextBatch
from detectors.postcode import CANDIDATE, INWARD
from detectors.street import STREET_WORD_BYTES, numbered_street_word_in
from detectors.street_ends import END_WORD_BYTES, capital_end_in
from detectors.street_unmarked import UNMARKED
from detectors.words import keywords, words

_FIELD_SECTIONS = ("profile", "account")
"""Sections whose fields are the person's own details; a check-in names a place, mostly a public one."""
_LABEL_HINT_WORDS = (
    "addr adres direcci endere morada indirizzo anschrift yfeiriad lives living moved moving mudou mudado".split()
)
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
    if not has_digit(text):
        text = rewritten(text)[0]  # "forty two mill lane": a house number in words (`address_worded`)
    if has_digit(text):  # a postcode and a labelled address (its house number) both need one
        if INWARD.search(text) is not None and CANDIDATE.search(text) is not None:
            return True
        if _LABEL_WORDS(text) and _LABEL_HINT.search(text) and labelled_in(text):
            return True
        if has_suffixed(text) and any(streets_abroad(text)):
            return True
        if may_have_tail(text) and any(lines_by_tail(text)):
            return True  # "Birkenfeldweg 14\n13089 Berlin", "7 Jacaranda Bend, Toowong QLD 4066"
        if LETTERED_SHAPE.search(text) or HOUSE_NUMBER_WORD_SHAPE.search(text):
            return True  # "she's at 9a Hillcrest", "No. 5 The Sidings, Oakley": a house by its number's shape
    found = words(text)  # the shared, cached word split
    ended = not END_WORD_BYTES.isdisjoint(found) and capital_end_in(text)  # "9 Tanpit End" (`street_ends`)
    if _GATE_WORDS.isdisjoint(found) and not ended:
        return False  # most texts: one pass, no allocation
    present = _GATE_WORDS.intersection(found)
    if not ABROAD_WORDS.isdisjoint(present) and has_digit(text) and any(streets_abroad(text)):
        return True  # "nueva casa: Calle Romero 23"
    unmarked = not _UNMARKED_GATE.isdisjoint(present) and (
        UNMARKED.search(text) is not None or any(unworded_streets(text))
    )
    if STREET_WORD_BYTES.isdisjoint(present) and not ended:
        return unmarked  # a street with no street word, with a word of the cue it needs
    if item.provenance.section in _FIELD_SECTIONS or numbered_street_word_in(text):
        return True
    return unmarked or HINT.search(text.lower()) is not None


_INWARD_SPELT = re.compile(rb"0[a-z]{2}(?![a-z0_])")
"""`postcode.INWARD` as the batch's buffer spells it (`detectors.batch_scan`: lower case, every digit a 0)."""
_CANDIDATE_SPELT = re.compile(rb"(?<![a-z0$#@/_.-])(?:[a-z]{1,2}0[a-z0]?|gir)[ \t]{0,2}0[a-z]{2}(?![a-z0_]|-[a-z0_])")
"""`postcode.CANDIDATE` as the buffer spells it, asked of the texts `_INWARD_SPELT` finds: one in a hundred tweets
has an inward code's shape ("1st", "2nd", "4th"), few of them a whole postcode's.  On an ASCII text it matches
where `CANDIDATE` does (its classes spelt as the buffer spells them; "GIR" in any case, which only errs towards
a match), and the others are let through whole (`TextBatch.non_ascii`)."""
_HOUSE_NUMBER_SPELT = re.compile(LETTERED_SPELT.pattern + b"|" + HOUSE_NUMBER_WORD_SPELT.pattern)
"""`address_lettered.LETTERED_SHAPE` or `address_house_line.HOUSE_NUMBER_WORD_SHAPE`, as the buffer spells them."""
_NUMBER_THEN_THE = re.compile(rb"0[a-z]?[ \t]+the[ \t]")
"""What every lower-case line of `unworded_streets` holds ("11 the green"), in the buffer."""
_CAPITAL_AFTER_ON = re.compile(r"[oO][nN]\s+[A-Z]")
_CAPITAL_AFTER_COMMA = re.compile(r",\s*[A-Z]")
"""Where `unworded_streets` names a street without a number, its capital follows "on" and spaces (`_ON`) or a
comma (`_THEIRS_NEXT`): each clause before a name is read up to the name's first letter."""
_NAME_AFTER_COMMA_OR_ON = re.compile(rf"(?:,\s*|[oO][nN]\s+)(?:{STREET_SHAPED_NAME.pattern})")
"""And the whole street-shaped name (`STREET_SHAPED_NAME`) right there, asked of the texts with such a capital:
three in four of the tweets that reached `wants` by a capital alone had none."""
_ON = keywords("on")


def address_screen(batch: TextBatch) -> Positions:
    """`wants_address` for a batch (`detectors.gate_batch`), stricter than "a digit or a gate word": a text
    beyond ASCII, a street word, or for the rest each way `wants_address` can still say yes, in C where it
    can.  A digit with an inward code's shape, a label word, a suffixed street or a street word abroad; or a
    cue word of a street with no street word and what that street needs: `UNMARKED` or a lower-case line
    (both hold a digit), or a street-shaped name after "on" or a comma (`unworded_streets`).  Each a necessary
    condition of its branch, so `wants` still decides and no answer changes.  Three in four of the tweets
    that "a digit or a gate word" let through (a score, "I'm", "home") are turned away here, not one by one."""
    texts, digits, gated = batch.texts, batch.with_digit(), batch.with_words(_GATE_WORDS)
    inward = batch.joined.matching(_INWARD_SPELT)
    postcodes = batch.joined.matching_among(_CANDIDATE_SPELT, inward) if inward else inward
    found = batch.non_ascii() | batch.with_words(STREET_WORD_BYTES, gated) | postcodes
    found.update(at for at in batch.with_words(END_WORD_BYTES) - found if capital_end_in(texts[at]))  # `street_ends`
    numbered = digits - found
    found |= batch.with_words(ABROAD_WORDS, gated & numbered)
    found.update(at for at in numbered if has_suffixed(texts[at]))
    found |= _LABEL_WORDS.among(batch, numbered - found)
    found.update(at for at in numbered - found if may_have_tail(texts[at]))
    found |= batch.joined.matching_among(_HOUSE_NUMBER_SPELT, numbered - found)
    cued = batch.with_words(_UNMARKED_GATE, gated - found)
    found |= batch.searching(UNMARKED, cued & digits) | batch.joined.matching_among(_NUMBER_THEN_THE, cued & digits)
    found.update(at for at in batch.with_words(NUMBER_WORD_BYTES, gated - found) if rewritten(texts[at])[1])
    cued -= found
    capital = batch.searching(_CAPITAL_AFTER_COMMA, cued)
    capital |= batch.searching(_CAPITAL_AFTER_ON, batch.with_words(_ON, cued - capital))
    return found | batch.searching(_NAME_AFTER_COMMA_OR_ON, capital)
