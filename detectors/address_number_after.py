"""A house number given apart from its street in a chat: after the street's name, or as the answer to a question
(clause 2.3.2).  Two named, separately tested units (tests/detectors/test_address_number_after.py):

- `NUMBER_AFTER_STREET`: "Fenwick Drive, 16, Oakley", "Tansy Walk 9." -- the number written after the street's
  name, the way it is often typed in Scotland and by people used to continental forms, then a pause: a comma and
  a capitalised town, the end of the sentence or of the text.  `address_parts.house_number_apart` needs "number"
  or "we're at" before such a number; a number straight after the street's name needs neither, but it needs the
  pause: "Fenwick Drive 16 times a day" and "Fenwick Drive, 2 mins away" are no house;
- `NUMBER_ANSWERED`: "which house is yours?" / "48" / "on Fenwick Crescent" -- a group chat or comment
  chain where someone asks for a house number and the answer is a line holding the number alone (after the
  speaker's name, if the chat shows it); the street named a few lines before or after is that number's street.
  A question about a bus, a room, a table or a shirt ("what number bus?") asks for no house.

Both only complete a street the detector has already found without a number (`Street.numbered` false): the street
and its number together are an address just as "16 Fenwick Drive" is, and are reported as the house number given
apart.  Cheap screens first: a digit after the street's name, a "?" and "number" (or "no.") in the text.
"""

from __future__ import annotations

import re

NUMBER_AFTER_STREET = "house number written after its street (Fenwick Drive, 16, Oakley)"
NUMBER_ANSWERED = "house number given as the answer to 'what number?' in a chat, its street named nearby"

_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?P<number>\d{1,3}[a-zA-Z]?)(?![\w:/£%°-]|\.\d)"
    r"(?=[ \t]*(?:,[ \t]*[A-Z][a-z]|[.!](?!\d)|[ \t]*\n|[ \t]*$))"
)
"""A number right after the street's name, then a comma and a capitalised word (the town), a full stop, a line
break or the end: not a time ("16:30"), a price, a distance ("2.5"), a unit ("2 mins") or a year (four digits)."""
_SCORE_NEXT = re.compile(r"[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+\d{1,3}(?![\w:.])")
"""The next item of a list of names and numbers ("Fenwick Road 3, Mill Lane 1"): a score or a tally, no house."""

_ASKED = re.compile(
    r"(?i)\bwhat(?:['’]?s)?[ \t]+(?:(?:your|ur|the|their|his|her)[ \t]+)?(?:house[ \t]+|door[ \t]+)?"
    r"(?:number|no\.?)(?P<about>[^\n?]{0,40})\?"
)
"""A question asking for a number: "what's your door number?", "what number is it?"."""
_NOT_A_HOUSE = re.compile(
    r"(?i)\b(?:bus|buses|route|train|platform|gate|room|table|seat|shirt|ticket|order|phone|mobile|page|question|"
    r"level|size|score|bib|pin|code|flight|locker|pitch|court|peg|stand|row)\b"
)
"""What a question may ask the number of instead of a house ("what number bus?", "what number table are we?")."""
_ANSWER = re.compile(
    r"\n[ \t]*(?:[A-Z][\w'’-]{0,20}(?:[ \t]+[A-Z][\w'’-]{0,20})?[ \t]*:[ \t]*)?"
    r"(?:(?:it['’]?s|its|we['’]re|number|no\.?)[ \t]*)?(?P<number>\d{1,3}[a-zA-Z]?)[ \t]*[.!]?[ \t]*(?=\n|$)"
)
"""A line of the chat that holds the number alone ("Sue: 62", "its 62", "62")."""
ANSWER_WITHIN = 160
"""Characters between the answer and the street (two or three short chat lines)."""


def number_after_street(text: str, end: int) -> str | None:
    """The house number written right after a street's name ending at `end`, before a pause, or None."""
    if end >= len(text) or not any(c.isdigit() for c in text[end : end + 6]):
        return None
    found = _AFTER.match(text, end)
    if found is None or found.group("number").startswith("0") or _SCORE_NEXT.match(text, found.end()):
        return None
    return found.group("number")


def number_answered(text: str, start: int, end: int) -> str | None:
    """The number answered to a chat's "what number?" nearest the street at `start`-`end`, or None."""
    if "?" not in text or not re.search(r"(?i)number|\bno\.", text):
        return None
    best: tuple[int, str] | None = None
    for asked in _ASKED.finditer(text):
        if _NOT_A_HOUSE.search(asked.group("about")):
            continue
        answer = _ANSWER.search(text, asked.end(), asked.end() + 80)
        if answer is None or answer.group("number").startswith("0"):
            continue
        at = answer.start("number")
        distance = start - answer.end() if at < start else at - end
        if 0 <= distance <= ANSWER_WITHIN and (best is None or distance < best[0]):
            best = (distance, answer.group("number"))
    return best[1] if best else None


def number_given_apart(text: str, start: int, end: int) -> tuple[str | None, str]:
    """(house number, rule) for a street at `start`-`end` named without one: written after it, else answered."""
    after = number_after_street(text, end)
    if after is not None:
        return after, NUMBER_AFTER_STREET
    return number_answered(text, start, end), NUMBER_ANSWERED
