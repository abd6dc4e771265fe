"""A business's card, letterhead or shop sign around an address: its premises, nobody's home (clause 2.3.2).

Text typed off paper (a card in a shop window, a takeaway menu, a solicitor's contact card, an old
letterhead, a funeral notice) holds a business's address with the words of its trade around it: a
firm's name ("Wilkes & Son", "Dwyer & Co."), a trade ("Funeral Directors", "Master Butcher",
"Day Nursery", "diner"), or the words a business uses to invite custom ("visit us at",
"order online", "direct line", "Hours:").  `TRADE_CARD` reads a paragraph's 120 characters before the
address and 80 after it for them.  A word of somebody's home between the trade and the address hands it
back ("the nursery's shut so we're home: 5 ..."); a first-person home after the address, too.

Kept apart from `address_business` (a venue named right before, a shop named before "at") because it
reads further: a card's name is lines above its address, not the words right before it.
"""

from __future__ import annotations

import re

from detectors.address_context import HOME
from detectors.filters import Filter

_TRADE_WORDS = re.compile(
    r"(?i)\b(?:visit\s+us|pop\s+in\s+to\s+see\s+us|order\s+online|free\s+delivery|direct\s+line|"
    r"funeral\s*(?:directors?|care|services?)|undertakers?|"
    r"master\s+butcher|butchers?|grocers?|ironmongers?|day\s+nursery|diner|takeaway\s+menu|"
    r"(?:opening\s+)?hours\s*:)"
    r"|(?<=\w)[ \t]+(?:&|and)[ \t]+(?:Sons?|Co\.?|Daughters?)(?![\w'’])|\b(?:Ltd|Co)\.?(?=[ \t]*[,\n])"
)
"""A trade, a firm's name ("& Son", "& Co.", "Ltd") or a business's invitation ("visit us at", "Hours:")."""
_HOME_WORDS = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|moving|home(?!\s+(?:visits?|delivery))|our\s+house|my\s+house|"
    r"we['’]re|i['’]m|mine|ours)\b"
)
"""Words of somebody's own home: the address is theirs, whatever trade is named before it.  Narrower than
`address_context.HOME` (read after the address), which also counts "our", "my", "address" and "flat": a trade's
card says "our shop", "our address", so those words cannot hand the address back when they follow the trade."""
BEFORE_WIDTH = 120
AFTER_WIDTH = 80


def _paragraph_before(text: str, start: int) -> str:
    window = text[max(0, start - BEFORE_WIDTH) : start]
    return window[window.rfind("\n\n") + 1 :]


def _trade_card(text: str, start: int, end: int) -> bool:
    """ "Wilkes & Son Funeral Directors, 4 ...", "call Carpetland ... or visit us at 5 ...", a card's "Hours:"
    line after its address: a business's premises.  A word of home between the trade and the address (or a
    first-person home after it) keeps it."""
    before = _paragraph_before(text, start)
    trades = list(_TRADE_WORDS.finditer(before))
    if trades and _HOME_WORDS.search(before, trades[-1].end()) is None:
        return True
    after = text[end : end + AFTER_WIDTH].split("\n\n", 1)[0]
    trade = _TRADE_WORDS.search(after)
    return trade is not None and HOME.search(after, 0, trade.start()) is None


TRADE_CARD = Filter(
    "business card or letterhead",
    "drop",
    "a firm's name, a trade or a shop's invitation ('visit us at', 'Hours:') around the address: its premises",
    _trade_card,
)
