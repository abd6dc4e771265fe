"""Named filters of a whole text judged for the writer's profession: whose school words are these?

The learned judgement reads school words well but not always whose they are: a pupil's "cover
teacher let us watch a film", a parent helper's "helping out as a parent reader with Year 1", a
reservist's "23 years in the TA", a visiting author's "school visit today", a grown-up's "when I was
in Year 9".  Each filter here is
one such reading, a small unit with its own tests (`tests/detectors/test_role_filters.py`) and a
name the finding's explanation would show.  They act after the judgement and only on findings
with no role the writer gives themselves (`job_title.RoleReading.names_own_role`), so "I'm a
TA ... my daughter's class" keeps its finding; and they never touch the classifier's inputs.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.gate import Literals
from detectors.role_contractor import OUTSIDE_TRADE_AT_A_SCHOOL
from detectors.role_elsewhere import OWN_TRADE_ELSEWHERE
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_org_voice import ANOTHER_ORGANISATIONS_VOICE
from detectors.role_other_training import TRAINING_FOR_ANOTHER_PROFESSION
from detectors.role_recruiter import RECRUITERS_VOICE
from detectors.role_register import LIST_WITHOUT_A_SPEAKER, WRITING_ABOUT_SCHOOLS
from detectors.role_senses import SELLING_TO_TEACHERS

_PUPIL = re.compile(
    r"\blet\s+us\s+(?:watch|go|play|have|leave|out|off)\b|\bsixth[\s-]former\s+here\b"
    r"|\b(?:got\s+into|applying\s+(?:to|for))\s+(?:the\s+)?sixth\s+form\b"
    r"|\bmy\s+(?:new|current)\s+(?:maths|english|science|history|geography|pe|art|music|drama|form)\s+teacher\b"
    r"|\bmy\s+(?:maths|english|science|history|geography|pe|art|music|drama|form)\s+teacher\s+(?:says|said|let|made|gave|told|keeps)\b"
    r"|\bmy\s+head\s+of\s+year\s+(?:says|said|told)\b|\b(?:the\s+)?(?:supply|cover)\s+teacher\s+(?:let|made|gave)\s+us\b",
    re.IGNORECASE,
)
_DENIES = re.compile(
    r"\b(?:i'?m|i\s+am)\s+not\s+even\s+a\s+teacher\b|\bnot\s+(?:teaching,\s+not\s+)?(?:school\s+)?staff\b|\bnon-?qts\b"
    r"|\b(?:i\s+)?won'?t\s+be\s+a\s+teacher\b",
    re.IGNORECASE,
)
_HELPER = re.compile(
    r"\b(?:as|i'?m|i\s+am)\s+an?\s+(?:\w+\s+)?parent\s+(?:helper|reader|volunteer)\b|\brota\s+of\s+parent\s+(?:helpers|readers|volunteers)\b"
    r"|\bvolunteer(?:ing|ed)?\s+(?:as\s+an?\s+[\w-]+\s+helper|in\s+my\s+(?:son|daughter|child|kid)'?s)\b",
    re.IGNORECASE,
)
_ARMY_WORDS = re.compile(
    r"\b(?:army|para|regiment\w*|regulars|reservists?|deploy\w*|territorial|squaddies?|battalion)\b", re.I
)
_TA = re.compile(r"\bTA\b")
_VISITOR = re.compile(
    r"\bfor\s+hosting\s+me\b|\b\d+\s+school\s+visits\b|\bmy\s+school\s+visits?\b|\bschool\s+visit\s+today\b",
    re.IGNORECASE,
)

_OWN_SCHOOL_DAYS = re.compile(
    r"\bwhen\s+i\s+was\s+(?:at\s+(?:school|primary|secondary|sixth\s+form|college)|in\s+(?:year|yr|y)\s?\d+|"
    r"a\s+(?:kid|child|pupil|teenager|schoolgirl|schoolboy))\b"
    r"|\bas\s+a\s+(?:year|yr)\s?\d+(?:/\d+)?(?![\d/])(?!\s+(?:teacher|ta|tutor|lead|leader|class|team|teaching))\b"
    r"|\bmy\s+(?:own\s+)?school\s*days\b|\bresults\s+day\s+(?:19|20)\d\d\b"
    r"|\b(?:sat|sitting|failed|passed|resat|resitting)\s+my\s+(?:own\s+)?(?:\w+\s+)?(?:a-?levels?|gcses?|o-?levels?|11\+|"
    r"eleven\s+plus|entrance\s+exam|exams?|mocks)\b"
    r"|\bgraduated\s+from\b(?!\s+(?:my\s+)?(?:pgce|teacher|ect|nqt|school\s+direct|scitt))",
    re.IGNORECASE,
)
_STUDENT = re.compile(
    r"(?<!think\s)(?<!thinks\s)\bi'?m\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,3}?(?:pgce|trainee|student\s+teacher))"
    r"(?:[\w-]+\s+){0,3}?(?:student|pupil|sixth[\s-]former|fresher|undergrad(?:uate)?|schoolgirl|schoolboy)\b(?!\s+teacher)"
    r"|\b(?:first|second|third|final)\s+year\s+(?:of|at)\s+uni\b|\bmy\s+(?:student\s+loan|personal\s+statement|ucas\s+application)\b"
    r"|\A\W*sixth[\s-]former\b(?!\s*(?:and\b|&|\+|/))|\A\W*(?:yr|year|y)\s?(?:[7-9]|1[0-3])\s*[|•·,/]",
    re.IGNORECASE,
)


_PUPIL_WORDS = Literals("let", "sixth", "teacher", "head")
_OWN_SCHOOL_DAYS_WORDS = Literals(
    "when", "year", "yr", "days", "results", "level", "gcse", "11", "eleven", "exam", "mock", "graduated"
)
_STUDENT_WORDS = Literals(
    "student", "pupil", "sixth", "fresher", "undergrad", "schoolgirl", "schoolboy", "uni", "statement", "ucas", "yr",
    "year",
)  # fmt: skip
_DENIES_WORDS = Literals("teacher", "staff", "qts")
_HELPER_WORDS = Literals("parent", "volunteer")
_VISITOR_WORDS = Literals("hosting", "visit")
"""Exact pre-screens (`detectors.gate.Literals`): a word every branch of the filter's regex needs, looked for
in the text's folded bytes (shared and cached with the word split) before the case-insensitive regex runs.
These filters are asked of every profession finding that names no role, and on posts dense with school
words (`bench/scale.py`) they were about 5 % of the text path; almost none of those texts holds one."""


def _pupils_voice(text: str, start: int, end: int) -> bool:
    """ "the supply teacher gave us a free period", "my new maths teacher", "Sixth former here": a pupil speaking."""
    return _PUPIL_WORDS(text) and _PUPIL.search(text.replace("’", "'")) is not None


def _own_school_days(text: str, start: int, end: int) -> bool:
    """ "when I was in Year 9", "walked out of X as a Year 6", "sitting my A-levels": the writer's own schooling,
    remembered.  A teacher's own past is named with a role ("as a Year 6 teacher"), which keeps its finding."""
    return _OWN_SCHOOL_DAYS_WORDS(text) and _OWN_SCHOOL_DAYS.search(text.replace("’", "'")) is not None


def _students_voice(text: str, start: int, end: int) -> bool:
    """ "I'm a Year 12 student", "first year of uni done", "my UCAS application", a bio opening "Sixth former." or
    "yr 11 | ...": a student, not staff ("sixth former AND lunchtime supervisor at ..." is both).
    A trainee teacher ("I'm a PGCE student", "a student teacher") is staff in the making, and stays."""
    return _STUDENT_WORDS(text) and _STUDENT.search(text.replace("’", "'")) is not None


def _denies_school_job(text: str, start: int, end: int) -> bool:
    """ "I'm not even a teacher", "not school staff", "Friends of X treasurer, not staff", "(the non-QTS one)": the
    writer says they are not staff."""
    return _DENIES_WORDS(text) and _DENIES.search(text.replace("’", "'")) is not None


def _parent_helper(text: str, start: int, end: int) -> bool:
    """ "helping out as a parent reader", "volunteering in my son's classroom": a volunteer, not staff."""
    return _HELPER_WORDS(text) and _HELPER.search(text.replace("’", "'")) is not None


def _army_reserve(text: str, start: int, end: int) -> bool:
    """ "23 years in the TA ... after leaving the regulars": the Territorial Army, not a teaching assistant."""
    return _TA.search(text) is not None and _ARMY_WORDS.search(text) is not None


def _visitor(text: str, start: int, end: int) -> bool:
    """ "School visit today. Read to 200 kids", "thanks for hosting me": someone who came in, not staff."""
    return _VISITOR_WORDS(text) and _VISITOR.search(text) is not None


PUPILS_VOICE = Filter("a pupil's voice", "drop", "a pupil speaking of their teachers and lessons", _pupils_voice)
OWN_SCHOOL_DAYS = Filter(
    "their own school days", "drop", "the writer remembers their own schooling, as a pupil", _own_school_days
)
STUDENTS_VOICE = Filter(
    "a student's voice", "drop", "a pupil or student speaking of their own studies", _students_voice
)
DENIES_SCHOOL_JOB = Filter(
    "says they are not school staff",
    "drop",
    "the writer says they are not a teacher or school staff",
    _denies_school_job,
)
PARENT_HELPER = Filter(
    "a parent helper or volunteer", "drop", "a parent or volunteer helping in a class, not staff", _parent_helper
)
ARMY_RESERVE = Filter(
    "the Army Reserve", "drop", "'TA' as the Territorial Army, not a teaching assistant", _army_reserve
)
VISITOR = Filter("a visitor to a school", "drop", "an author, speaker or service who visited a school", _visitor)

UNNAMED_ROLE_FILTERS: tuple[Filter, ...] = (
    PUPILS_VOICE,
    OWN_SCHOOL_DAYS,
    STUDENTS_VOICE,
    DENIES_SCHOOL_JOB,
    PARENT_HELPER,
    ARMY_RESERVE,
    VISITOR,
    SELLING_TO_TEACHERS,
    WRITING_ABOUT_SCHOOLS,
    LIST_WITHOUT_A_SPEAKER,
    OWN_TRADE_ELSEWHERE,
    OUTSIDE_TRADE_AT_A_SCHOOL,
    EVERYDAY_SENSE,
    RECRUITERS_VOICE,
    ANOTHER_ORGANISATIONS_VOICE,
    TRAINING_FOR_ANOTHER_PROFESSION,
)
"""Filters of a whole text whose profession finding names no role of the writer's own (two of
`detectors.role_register`, writing about schools with nobody speaking; a seller to teachers, `detectors.role_senses`;
the writer's own trade elsewhere and an outside trade's job at a school, `detectors.role_elsewhere` and
`detectors.role_contractor`; `detectors.role_everyday`; a recruiter's, `detectors.role_recruiter`; another organisation's voice, `detectors.role_org_voice`; training for another profession,
`detectors.role_other_training`)."""
