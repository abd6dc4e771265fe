"""A named phone filter for a landline that a text gives as a desk's, a counter's or a line with opening hours
(clauses 2.3.2, 2.4.2).

People give their own landline to be reached, by name and by "me": "ring me on 0113 …", "Dad's on 0113 …".
An office gives its line as a place to go, and says so in one of two ways that a private person never needs:

- it names the desk or channel the line belongs to: "the duty desk", "the trade counter", "newsdesk", "the proper
  channels", "report online or call", "out of hours";
- it gives the hours the line is staffed, as a range: "Mon–Fri 8–8", "open 7am–4pm", "Hours: 8:30–5".

A first-person offer of the number ("call me", "my landline"), a relative or a person asked for by name before it in
its clause ("ring my dad on 0113 … (Mon-Fri after 6)"), or a text that speaks as one person's trade ("freelance",
"self-employed", "from my home office") keeps it: a person's.  Mobiles are left alone: a sole trader's "07700 …,
Mon–Sat 8–6" is the trader's own phone.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.phone_cues import OWN_NUMBER, is_landline, private_person_end

_DESK = re.compile(
    r"(?i)\b(?:(?:duty|news|help|service|front|reception|enquiries|information|trade|booking|main|it)\s*desk|"
    r"proper\s+channels?|official\s+channels?|trade\s+counter|report\s+(?:it\s+|them\s+)?online|"
    r"out[\s-]of[\s-]hours)\b"
)
"""A desk, counter or channel named as the line's owner: "the duty desk", "trade counter", "the proper channels"."""
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_HOURS = re.compile(
    rf"(?i)\b{_DAY}\s*[-–—]\s*{_DAY}\b|\bopen(?:ing)?\s+(?:hours\s*:?\s*)?\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)?\s*[-–—]"
    r"|\bhours\s*:\s*\d"
)
"""Staffed hours given as a range: "Mon–Fri", "open 7am–4pm", "Hours: 8:30–5"."""
_ONE_PERSON = re.compile(
    r"(?i)\b(?:freelanc(?:e|er)|self[\s-]employed|sole\s+trader|just\s+me|only\s+person|one[\s-](?:man|woman)\s+band|"
    r"(?:work|working)\s+from\s+(?:my\s+)?home|home\s+office|registered\s+childminder)\b"
)
"""A text that speaks as one person's trade: its landline, hours and all, is that person's ("Freelance translator
… Phone: 0116 … (Mon–Fri, 9–5)")."""
_CLAUSE_START = re.compile(r"[.!?]\s|\n")
_BEFORE, _AFTER = 90, 40
"""Characters read before and after the number: the line's label and the hours that follow it ("| Mon–Fri 8–8")."""


def _landline_of_a_desk(text: str, start: int, end: int) -> bool:
    """ "the enquiry desk is on 0161 …", "Claims | 0113 … | Mon–Fri 8–8": an office's line, not a person's."""
    if not is_landline(text[start:end]):
        return False
    before = text[max(0, start - _BEFORE) : start]
    clause = before[max((m.end() for m in _CLAUSE_START.finditer(before)), default=0) :]
    if OWN_NUMBER.search(before) or OWN_NUMBER.search(text, end, end + 30) or private_person_end(clause) >= 0:
        return False  # "call me", "ring Kerry on …": a person's, whatever hours follow
    if _ONE_PERSON.search(text):
        return False
    window = before + " " + text[end : end + _AFTER]
    return _DESK.search(window) is not None or _HOURS.search(window) is not None


LANDLINE_OF_A_DESK = Filter(
    "landline of a desk or with opening hours",
    "drop",
    "a landline given as a desk's, a counter's or a channel's, or with the hours it is staffed (Mon–Fri 8–8)",
    _landline_of_a_desk,
)
