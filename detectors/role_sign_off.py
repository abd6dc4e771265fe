"""A post signed off the way school staff sign what they send to families (clause 2.3.13).

"Consent forms due TOMORROW pls! Miss R", "The monkey looks great in my hat. — Mr Singh, Y3", "£5 is fine, there is
ONE gift shop. - Year 5 team", "History department, signing off": staff sign with their title and an initial or
surname, their class or year group, or their team.  Nobody else in a post about children signs as "Mr B" or "the
Year 5 team", so the sign-off at the very end tells the writer's school job where the learned judgement found
nothing (`job_title.JobTitleDetector._career_event` asks it, as a teacher's work: "worth a look").

A greeting before the name makes it the reader's ("Thanks Mrs Okafor!", "Hi Mr B"), and a sign-off with a title
alone counts only in a text about a class's children (a trip, a year group, consent forms, "your child"): an older
parent may sign a complaint "Mrs Hale".
"""

from __future__ import annotations

import re

from detectors.role_cue import Cue
from detectors.role_events import someone_else_before

_YEAR_OR_ROLE = (
    r"(?:(?:Y|Yr|Year|P|S)\s?\d{1,2}s?|Reception|Nursery|KS\d|EYFS|(?:class|form|trip|[A-Z][a-z]+)\s+(?:teacher|lead|tutor)|"
    r"(?:Maths|English|Science|PE|History|Geography|Music|Art|Drama|RE|MFL|French|Spanish|Computing)(?:\s+(?:dept|department))?)"
)
_TITLE_SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?)\n—–~-])\s*|(?<=[.!?)\n—–~-]\s)\s*|(?i:love|from|x+)\s*,?\s+)"
    r"(?P<title>(?:Mr|Mrs|Miss|Ms|Mx)\.?\s+(?:[A-Z][a-z'’-]+|[A-Z])\.?)"
    rf"(?P<role>\s*(?:,|\(|-|–|—)\s*{_YEAR_OR_ROLE}\)?)?"
    r"[^\w]*$"
)
"""A title and a surname or an initial ending the text, set apart as a signature is (after a sentence's end, a line
break, a dash or "Love,"), with the class, year group or role after it or not: "Sorry Mrs Hodge", "Take that Mr
Cartwright", "I'm a solicitor now, Mrs Grant" speak to the teacher."""
_GREETING_BEFORE = re.compile(
    r"(?i)\b(?:thanks|thank\s+you|thankyou|ta|hi|hiya|hello|dear|well\s+done|good\s+luck|congrat\w*|bye|to|for|"
    r"and|with|from\s+all\s+of\s+us\s+to)\s*,?\s*$"
)
"""Words before a name that make it the person addressed or spoken of: "Thanks Mrs Okafor!", "well done Mr B"."""
_TEAM_SIGN_OFF = re.compile(
    r"(?i)(?:^|(?<=[\s.!?,;:—–-]))(?:the\s+)?(?:(?:year|yr|y)\s?\d{1,2}|reception|nursery|ks\d|eyfs|p\d)\s+team\b"
    r"(?:\s*,\s*(?-i:[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}))?[^\w]*$"
    r"|(?:^|(?<=[\s.!?,;:—–-]))(?:history|maths|english|science|pe|geography|music|art|drama|re|mfl|computing|languages)\s+"
    r"(?:department|dept)\s*,?\s*signing\s+off[^\w]*$"
)
"""A team signing off: "- Year 5 team", "Year 4 team, St Aidan's Primary", "History department, signing off"."""
_CHILDREN_OF_A_CLASS = re.compile(
    r"(?i)\b(?:your\s+(?:child|children|son|daughter)|the\s+(?:kids|children|class)|my\s+class|consent\s+forms?|"
    r"trip|register|(?:year|yr|y)\s?\d{1,2}s?\b|reception|homework|reading\s+books?|book\s+bags?|pupils)\b"
)
"""A text about a class's children, in which a title alone signing it off is the teacher's."""
_WHAT = "signs off as school staff do"


def staff_sign_off(text: str) -> list[Cue]:
    """The sign-off ending the text, if it is school staff's (the module's forms), as one cue."""
    tail = text[-80:]
    offset = len(text) - len(tail)
    team = _TEAM_SIGN_OFF.search(tail)
    if team is not None:
        return [Cue(offset + team.start(), offset + team.end(), _WHAT)]
    signed = _TITLE_SIGN_OFF.search(tail)
    if signed is None:
        return []
    start = offset + signed.start("title")
    if _GREETING_BEFORE.search(text, max(0, start - 30), start) or someone_else_before(text, start):
        return []
    if signed.group("role") is None and _CHILDREN_OF_A_CLASS.search(text) is None:
        return []
    return [Cue(start, offset + signed.end("role") if signed.group("role") else offset + signed.end("title"), _WHAT)]
