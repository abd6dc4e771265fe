"""A named filter of profession findings: the writer recruits staff for schools, and is not one of them.

"Our client, a friendly primary in Brackenford, is looking for a Reception teacher", "Delighted to have placed 12
ECTs this term", "Hi, I'm reaching out from Apex Supply: we have an experienced candidate available", "Recruiter
here: cover supervisors, £100/day": agencies, headhunters and job boards write the words of school jobs all day,
and the learned judgement reads a text thick with them ("ECTs", "Year 6 roles", "SENCo") as a member of staff's.
What gives the recruiter away is the trade's own words: a client, candidates, placing teachers, roles on someone's
behalf.  A recruiter who says they were school staff ("ex-teacher turned recruiter") is still a former teacher.

Only a finding that names no role of the writer's own is dropped (the filter sits in
`role_filters.UNNAMED_ROLE_FILTERS`): a former teacher now recruiting who says "I taught for ten years" keeps the
finding that sentence makes.  Supply staff speak of "my agency" and "the agency rang", so the agency alone is
not a recruiter's word.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_RECRUITERS_WORDS = re.compile(
    r"(?i)\b(?:(?:our|my)\s+client(?:s|'s)?|(?:education\s+)?recruit(?:er|ers)\b|recruitment\s+(?:consultant|partner|"
    r"agency|agencies|team|specialists?|company|firm)|placed\s+(?:over\s+|more\s+than\s+)?(?:\d+\+?|dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+){0,2}?(?:teachers|ects|nqts|tas|senco|staff|candidates|supply|heads|leaders)|"
    r"(?:an?\s+|our\s+)?(?:experienced\s+|excellent\s+|strong\s+)?candidates?\s+(?:available|for\s+(?:this|the|your))|"
    r"reaching\s+out\s+from|on\s+behalf\s+of\s+(?:a|an|our|one)|job\s+board|"
    r"(?:we|i)\s+(?:have|'ve\s+got|currently\s+have)\s+(?:a\s+couple\s+of|several|a\s+few|lots\s+of|\d+)\s+(?:[\w-]+\s+){0,3}"
    r"(?:roles|positions|vacancies|jobs|opportunities))"
)
"""The recruiting trade's words: a client, candidates available, staff placed, roles on someone's behalf."""
_ONCE_STAFF = re.compile(
    r"(?i)\b(?:ex-?|former|formerly\s+an?|retired)\s*(?:[\w-]+\s+)?(?:teacher|head|headteacher|ta|senco|deputy|lecturer)\b"
    r"|\bturned\s+recruiter\b|\bi\s+(?:taught|used\s+to\s+teach)\b"
)
"""A recruiter who was school staff ("ex-teacher turned recruiter"): a former teacher is still one for the policy."""
_MAY_HOLD = ("client", "recruit", "placed", "candidate", "reaching", "behalf", "board", "roles", "positions",
             "vacancies", "jobs", "opportunities")  # fmt: skip
"""A word every phrase of `_RECRUITERS_WORDS` holds: most texts hold none, and are not searched."""


def recruiters_voice(text: str) -> bool:
    """Whether the text speaks in the recruiting trade's words (a client, candidates, placing people)."""
    lowered = text.lower()
    return (
        any(word in lowered for word in _MAY_HOLD)
        and _RECRUITERS_WORDS.search(text) is not None
        and _ONCE_STAFF.search(text) is None
    )


def _recruiters_voice(text: str, start: int, end: int) -> bool:
    return recruiters_voice(text)


RECRUITERS_VOICE = Filter(
    "a recruiter for schools",
    "drop",
    "the writer recruits staff for schools (a client, candidates, people placed), not a member of staff",
    _recruiters_voice,
)
