"""A named address filter for a workplace's address: an office, a floor or a suite of a building, a place of
work (clause 2.3.2).

The clause protects where people live.  Working people give the address of where they work as often as of their
home ("the office moved to Floor 3, …", "candidates report to Suite 6, …", "post for our building"),
and the sentence that holds it names the premises in words no home needs:

- a floor or suite of a building ("Floor 2", "Suite 6"), the building itself ("Building:", "our building"), its
  post room, visitor or staff parking, "the postcode for the car park"; not "the ground floor" or "the top floor of",
  which are as often a flat's, nor "reception", which is as often a party's;
- the place as a workplace: "the office", "head office", "HQ", "workplace", "interview address", "cost centre";
  an interview held there ("the interview's at ...", "the academy where I'm interviewed is on ..."), an employer's
  site, campus, depot or premises.

Homes that are also workplaces stay homes: a word of home anywhere near ("work from home", "home office", "the
back bedroom", "my flat", "where we live") hands the address back, as does a party "at ours".
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_PREMISES = re.compile(
    r"(?i)\b(?:(?-i:Floor)\s+\d{1,2}\b|suite\s+\d|building\b|post\s*room|(?:visitor|staff)\s+parking|"
    r"(?:postcode|address)\s+(?:for|of)\s+the\s+(?:car\s+park|office|building)|"
    r"(?:the|our|their|head|new|main)\s+offices?\b|(?:head\s+office|hq)\b|workplace|place\s+of\s+work|"
    r"interview\s+(?:address|venue|location)|cost\s+centre|"
    r"interview(?:['’]s|s|ing|ed)?\b|(?:their|our|its|the\s+firm['’]s|the\s+company['’]s)\s+(?:site|campus|depot|warehouse|"
    r"factory|premises)\b|campus\b)"
)
"""Words of a workplace's premises in the sentence that holds the address."""
_HOME = re.compile(
    r"(?i)\b(?:home|homes|(?-i:house)|flat|bedroom|spare\s+room|garden|live[sd]?|living|ours|residence|wfh|kitchen\s+table|"
    r"moved\s+in|family)\b"
)
"""Words of a home near the address: the workplace is the writer's own home, or the text is about a home ("house" in
lower case: "Merchant House" is an office building's name)."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_HOME_WITHIN = 200
"""Characters either side of the address read for `_HOME`: the post around it, not only its sentence."""


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) that holds text[start:end]."""
    before = text[max(0, start - 160) : start]
    begin = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    after = _SENTENCE_END.search(text, end, end + 120)
    return before[begin:] + text[start:end] + text[end : after.start() if after else end + 120]


def _workplace(text: str, start: int, end: int) -> bool:
    """ "Candidates: Floor 2, Kestrel House, NE1 9ZZ": a place of work, not anyone's home."""
    if _PREMISES.search(_sentence_around(text, start, end)) is None:
        return False
    return _HOME.search(text, max(0, start - _HOME_WITHIN), end + _HOME_WITHIN) is None


WORKPLACE = Filter(
    "workplace",
    "drop",
    "the sentence names an office, a floor or suite of a building, or a place of work, and no home",
    _workplace,
)
