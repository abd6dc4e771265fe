"""A named filter of profession findings: an outside trade's job done at a school, not a school's own work.

Fitters, engineers, roofers, coaches, speakers and therapists work in schools every week, and their posts
are full of what a school's own staff see (a Year 2 class at the window, the staffroom kettle, a mock exam
in the hall).  The learned judgement (`detectors.judgement`) reads those scenes as a
school's staff.  What gives the visitor away is how they name the school: as one school among many, with
an indefinite article after the job they came to do ("installed a trim trail at a primary", "boiler service
at a secondary", "a careers talk at a local academy"), as the customer's ("the printer in your school office"),
or as every school they came to ("every school I visited").  The school's own staff write
"our school", "school", "the hall": the school is theirs, not one on a round.

The job must come before the school ("installed", "servicing", "a session", "a stand", "a talk"): "a job as a
dinner lady at an infant school" is staff, and "a job as" is never read.  Like every filter of
`role_filters.UNNAMED_ROLE_FILTERS`, it drops a finding only when the writer names no school role of their own,
and after the judgement, so the classifier's inputs do not change.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.gate import Literals

_WORK_DONE = (
    r"(?:install(?:ed|ing)?|fitt?(?:ed|ing)|fix(?:ed|ing)|repair(?:ed|ing)?|servic(?:e|ed|ing)|test(?:ed|ing)|"
    r"inspect(?:ed|ing|ion)|deliver(?:ed|ing)|roofing|clean(?:ed|ing)|paint(?:ed|ing)|session|stand|talk|workshop|"
    r"assembly|visit|job\s+today)"
)
"""The job a visitor came to do: fitting, servicing, testing, delivering, a session, a stand, a talk."""
_ONE_SCHOOL_AMONG_MANY = (
    r"(?:at|in|for|to)\s+an?\s+(?:local\s+|nearby\s+|village\s+|big\s+|small\s+)?"
    r"(?:primary|secondary|academy|high\s+school|infants?|junior|school|comp|nursery)\b"
    r"(?!\s+(?:teacher|ta|job|role|post|place|placement|run|trip)\b)"
)
"""A school named as one among many ("at a primary", "in a secondary"), not as a role's ("a primary teacher")."""
_VISITORS_SCHOOL = re.compile(
    r"\b" + _WORK_DONE + r"\b[^.!?\n]{0,40}?\b" + _ONE_SCHOOL_AMONG_MANY
    + r"|\byour\s+school(?:'s)?\s+(?:office|kitchen|hall|site|boiler|network|wi-?fi|roof)\b"
    r"|\bevery\s+school\s+(?:i|we)\b",
    re.IGNORECASE,
)  # fmt: skip
_WORDS = Literals("primary", "secondary", "academy", "school", "infant", "junior", "comp", "nursery")
"""A word every branch needs (`detectors.gate.Literals`), looked for before the pattern runs."""


def _outside_trade_at_a_school(text: str, start: int, end: int) -> bool:
    """ "Installed a new trim trail at a primary today", "the printer in your school office": a visitor's job
    done at a school, which the school's own staff would not write so."""
    return _WORDS(text) and _VISITORS_SCHOOL.search(text.replace("’", "'")) is not None


OUTSIDE_TRADE_AT_A_SCHOOL = Filter(
    "an outside trade's job at a school",
    "drop",
    "a fitter's, engineer's, coach's or speaker's job done at a school ('installed a trim trail at a primary'), "
    "not a school's own staff at work",
    _outside_trade_at_a_school,
)
