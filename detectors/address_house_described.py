"""A house described right after its address: "23 larks way, the one with the pond", "4 Pennock View
(blue door)" (clause 2.3.2).  One named, separately tested unit (tests/detectors/test_address_house_described.py),
`HOUSE_DESCRIBED_AFTER`.

People giving their address in a chat say which house it is: "the one with the porch", "the house opposite the
bakery", "the yellow gate".  Only a dwelling is picked out that way from the others on its street; a walk, a
route or a title ("the 3 Peaks Walk this weekend", "12 Angry Men, the one with Henry Fonda") is never "the
house with" anything, and has no front door to paint.  So the description is evidence that the numbered line
before it is a house, strong enough to overrule the weak-shape filters that read a small number before a plural
as a count in a name (`address_name_filters.COUNT_BEFORE_PLURAL`: "it's 23 larks way, the one with the
pond" is a house, not "23 Larks").

Kept narrow on purpose: "the one with" needs a thing after it of a house or its garden, or the words of where it
stands ("next to", "opposite", "on the corner", "at the end"); a colour needs "door" or "gate".  "The one with
Henry Fonda" is a film, "the blue one" anything.

It only lifts a filter that reads the line's shape; the filters that read what the place is (a venue, a shop, a
listing, road news) still speak, so "12 Quill Street, the one with the green awning" stays a shop where the
text says so.
"""

from __future__ import annotations

import re

HOUSE_DESCRIBED_AFTER = "house described right after its address (the one with the porch, blue door)"

_HOUSE_THINGS = (
    r"trampoline|hedge|hedges|porch|conservatory|extension|scaffolding|skip|caravan|van|camper|bins?|gnomes?|"
    r"flag|bunting|balloons|lights|wreath|garden|drive|driveway|gate|fence|door|roses|tree|cherry\s+tree|"
    r"monkey\s+puzzle|pond|swing|slide|shed|garage|greenhouse|bay\s+window|dormer|hanging\s+baskets?|"
    r"solar\s+panels?|satellite\s+dish|dog|cat|cats|car|bike|boat|(?:for[ \t]+)?sale\s+sign|sold\s+sign"
)
"""What marks a house out from its neighbours."""
_COLOURS = r"red|blue|green|yellow|black|white|grey|gray|purple|pink|orange|navy|teal|sage|brown"
_DESCRIBED = re.compile(
    r"(?i)[ \t]*(?:[,(–—-][ \t]*|\.\.+[ \t]*)?(?:(?:it['’]?s|its)[ \t]+)?"
    r"(?:the[ \t]+(?:one|house|bungalow|cottage|flat|end[ \t]+terrace|semi|place)[ \t]+"
    r"(?:with[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:(?:big|giant|huge|little|new|old|tall|massive|"
    + _COLOURS
    + r")[ \t]+)*(?:"
    + _HOUSE_THINGS
    + r")\b|next[ \t]+(?:door[ \t]+)?to\b|opposite\b|on[ \t]+the[ \t]+corner\b|at[ \t]+the[ \t]+(?:end|top|bottom)\b)"
    r"|(?:the[ \t]+)?(?:" + _COLOURS + r")[ \t]+(?:front[ \t]+)?(?:door|gate)\b)"
)
"""Right after the line: "the one with the pond", ", the house opposite the bakery", "(blue door)"."""


def house_described_after(text: str, end: int) -> bool:
    """Whether the words right after an address ending at `end` pick out a house ("the one with the porch")."""
    if end >= len(text):
        return False
    return _DESCRIBED.match(text, end, end + 80) is not None
