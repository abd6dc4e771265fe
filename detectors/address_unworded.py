"""Streets with neither a street word nor a number, named where someone lives, and "11 the green".

Many British streets have no Road or Close (`street_unmarked` finds them after a house number), and people
often name their street without a number: "I'm on Fernlea", "your mum's house on Ladybank", "our street,
Orchard Lea", "we're in the cul-de-sac, The Spinney".  Without a number, only two things together make such a
name a street:

- the words right before it state where someone lives and end in "on" (`address_label.RESIDENCE`: "I'm on",
  "house on", "we live on"; "moved to" and "live in" name towns: Wakefield, Tyneside), or name the street as
  theirs ("our street, ", "the cul-de-sac, ");
- the name is shaped like a street's: one word ending the way street names end (Fernlea, Ladybank,
  Brookside; not -way or -view: "on Subway", "on Freeview"), two words whose last is a word of the land
  (Orchard Lea, Kirkstall Brow, Hazel Mead), or "The" and such a word (The Spinney, The Paddock).

Lower-case lines with "the" are the other shape the street patterns miss: "we're at 11 the green now", "I'm at 6
the crescent". They are kept only after a statement of where the writer is.

Both are "worth a look": a name of this shape is still sometimes a house, a farm or an area.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.address_context import clause_before
from detectors.address_label import AT_HOME, RESIDENCE

_ENDING = (
    r"lea|leigh|mead|meade|bank|banks|side|field|fields|croft|gate|garth|dene|holme|hurst|brow|nook|brae|wynd|"
    r"haugh|ings|fold|moor|lands|ridings|leys"
)
_LAND = (
    r"lea|leigh|mead|meade|bank|side|croft|garth|dene|holme|hurst|brow|nook|brae|wynd|haugh|fold|moor|rise|"
    r"spinney|paddock|paddocks|meadows|orchard|copse|glade|chase|green|ridings|leys|dell|hollow|grange|crest|knoll"
)
_NAME = re.compile(
    rf"(?P<name>The[ \t]+(?:{_LAND.title()})|[A-Z][a-z]{{2,}}[ \t]+(?:{_LAND.title()})|[A-Z][a-z]{{2,}}(?:{_ENDING}))"
    r"(?=[ \t]*(?:[,.!?;:)\n]|$|[^\w\s'’-]))"
)
"""A street-shaped name with nothing of a street's after it but punctuation, an emoji or the line's end."""
STREET_SHAPED_NAME = _NAME
"""`_NAME` for the address gate's batch screen (`address_gate.address_screen`), which needs one after a comma or "on"."""
_THEIRS_NEXT = re.compile(r"(?i)\b(?:our|my|the)\s+(?:street|road|close|cul-de-sac|cul\s+de\s+sac|estate)\s*,\s*$")
"""The writer's street named as such, then its name: "our street, Orchard Lea", "the cul-de-sac, The Spinney"."""
_WE_ARE_ON = re.compile(r"(?i)\b(?:we['’]?re|we\s+are|i['’]?m|i\s+am)\b[^.!?\n,]{0,32}?\s(?:away\s+)?on\s+$")
"""Where the writer is, told with "on": "we're only two streets away on Birch Lea"."""
_LOWER_THE = re.compile(
    r"(?<![\w£$€#@/.:'’+-])(?P<number>\d{1,4}[a-z]?)[ \t]+(?P<the>the)[ \t]+"
    r"(?P<type>green|crescent|grove|paddock|spinney|close|drive|avenue|square|mews|parade|terrace|meadows|willows|"
    r"orchard|oval|circle|glade|copse|chase|rise|row|croft|fold|wynd|brae|nook|sidings|maltings|hollow|dell|"
    r"ridings|limes|beeches|firs|elms|pines|laurels|drove|street)\b"
)
"""A house number and "the" and a street word, in lower case as people type them."""
_I_AM_AT = re.compile(r"(?i)\b(?:i['’]?m|i\s+am)\s+(?:now\s+|still\s+)?at\s+$")
""""I'm at": a check-in's words elsewhere, but a check-in never names "6 the crescent"."""
_ON = re.compile(r"(?i)\bon\s+$")
_LOOK_HINT = re.compile(r"(?i)\bon\s|,\s|\bthe\s")
RULE_NAME = "street with no street word, named where they live"
RULE_LOWER = "house number and street (lower case, 'the green'), where they live"


def unworded_streets(text: str) -> Iterator[tuple[str, int, int, float, str]]:
    """(value, start, end, confidence, rule) of each street of the two shapes above."""
    if _LOOK_HINT.search(text) is None:
        return
    for found in _NAME.finditer(text):
        before = clause_before(text, found.start())
        on = _ON.search(before) is not None  # "we moved to Wakefield", "we live in Tyneside": a town or an area
        if (
            on and (RESIDENCE.search(before) is not None or _WE_ARE_ON.search(before) is not None)
        ) or _THEIRS_NEXT.search(before) is not None:
            yield found.group("name"), found.start(), found.end(), 0.75, RULE_NAME
    for found in _LOWER_THE.finditer(text.lower()) if " the " in text.lower() else ():
        before = clause_before(text, found.start())
        wider = text[max(0, found.start() - 80) : found.start()]
        if RESIDENCE.search(before) or AT_HOME.search(wider) or _I_AM_AT.search(before):
            value = text[found.start() : found.end()]
            yield value, found.start(), found.end(), 0.75, RULE_LOWER
