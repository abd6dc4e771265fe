"""A named filter of school findings: a school named in a job advert or a listing that nobody in the text speaks for.

"New on EduJobs: Teacher of Geography, X School. Closing date 14 February.", "Cover supervisor vacancies at X
College and two other secondaries. Immediate start. Contact Y Recruitment", "Library assistant jobs at @XPrimary,
all listed on the county portal": agencies, job boards and councils name schools as employers with vacancies.
The workplace judgement reads a school with "teacher", "cover supervisor" and "start" around it as somebody's
workplace, and it is: nobody's in particular, and never the writer's, who is listing it.

Staff share their own school's adverts too, and then they speak: "we're hiring", "join our team", "DM me about
working here", a new starter's "new job alert!! TA at X, can't believe it" is theirs, and so is a school's own
hashtag ("#TeamX are hiring!").  So the filter drops a school named by its name only where the text has a
vacancy's words, no first person at all ("I", "me", "my", "we", "our", "us") and no new starter's news ("got the
job", "starting"), the way a listing is written.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_VACANCY = re.compile(
    r"(?i)\b(?:vacanc(?:y|ies)|closing\s+date|immediate\s+start|jobs\s+at|apply\s+(?:now|by|via|online|here|today)|"
    r"per\s+day|long[\s-]term\s+supply|roles\s+at|positions\s+at|(?:listed|advertised)\s+on|on\s+behalf\s+of|"
    r"(?:our|a)\s+client|pay\s+scale|fte)\b"
)
"""What a job advert or a listing says: "vacancies", "closing date", "apply now", "£160 per day", "jobs at"."""
_CAREER_EVENT = re.compile(
    r"(?i)\b(?:got|landed|accepted|offered|starting|confirmed|new\s+job|join\s+(?:the|our|us)|come\s+and|speaking\s+as)\b"
)
"""A new starter's news, often written without "I" ("Got the HLTA job at X!!!", "new job alert: TA at X"), and a
school's own staff inviting applicants ("come and join the best team", "speaking as someone who's done the job")."""
_FIRST_PERSON = re.compile(
    r"(?i)\b(?:i|i['’](?:m|ve|d|ll)|im|ive|me|my|mine|myself|we|we['’](?:re|ve|d|ll)|our|ours|us)\b"
)
"""Anyone speaking for themselves or for the school: a listing has nobody."""


def vacancy_listed(text: str) -> bool:
    """Whether the text reads as a job advert or listing (its words) written by nobody in particular (no "I",
    "me", "we" or "our")."""
    return (
        _VACANCY.search(text) is not None and _FIRST_PERSON.search(text) is None and _CAREER_EVENT.search(text) is None
    )


def _vacancy_listed(text: str, start: int, end: int) -> bool:
    """A listing names the school by its name; its own hashtag ("#TeamX are hiring!") is its staff's."""
    return not text.startswith("#", start) and vacancy_listed(text)


VACANCY_LISTED = Filter(
    "a vacancy listed",
    "drop",
    "a school named as the employer in a job advert or listing that nobody in the text speaks for",
    _vacancy_listed,
)
