"""A school support role the writer gives themselves: "I'm a school groundsman", "Cook at Larchfield Primary".

Support staff name their job the way everyone else in their trade does ("cook", "cleaner", "driver",
"caretaker"), and the role vocabulary (`detectors.roles`) holds only the school's spellings of it ("school
cook", "site manager"): a cook at a school and a cook at a care home read alike to the learned judgement
(`detectors.judgement`), which on the tenth corpus batch (`backoffice`) scored low most support staff who
said what they do and where.  What makes it a school's job is said beside the trade: "school" before it
("the school gardener", "a school porter"), a school's name after it at the opening of a bio or post ("Cook
at Larchfield Primary"), or the school's kitchen, office or library as where the writer's working days are
spent ("my job in the school office starts Monday").

Like the career events (`detectors.role_events`) these run only where the judgement found nothing, so the
classifier's inputs (and what `make model` builds) do not change, and each makes a "worth a look" finding.
The writer must be the one saying it of themselves: "my brother is a school groundsman" is someone else's job
(`role_events.someone_else_before`), and the filters of a finding that names no role apply as for a teacher's
work (`role_work`: a pupil's, a parent helper's, a visitor's words; an outside trade's job at a school).
"""

from __future__ import annotations

import re

from detectors.filters import verdict
from detectors.role_context import parent_voice
from detectors.role_cue import Cue, cues_in
from detectors.role_events import someone_else_before
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.words import keywords, words

_TRADES = (
    r"cleaner|cook|chef|driver|minibus\s+driver|caretaker|gardener|groundsman|handyman|porter|receptionist|"
    r"administrator|admin\s+assistant|secretary|librarian|technician|counsellor|kitchen\s+assistant|dinner\s+lady|"
    r"crossing\s+patrol|bursar|matron|nurse|network\s+manager|it\s+(?:technician|manager|support|tech)|data\s+manager|"
    r"(?:science|dt|it)\s+tech|reprographics\s+(?:technician|manager|assistant)"
)
"""Trades schools employ that other employers do too (the schools' own titles are in `detectors.roles`)."""
_BIO_END = r"(?=\s*(?:[.,:;|!\n•(—-]|$|(?:at|@|for|in|and|&|here|since)\b))"
"""How a bio's or a post's opening job ends ("School cook | ...", "School caretaker since 2011"), not a subject's
verb ("School nurse rang ...")."""
_SCHOOL_TYPE = r"(?:primary|school|academy|infants?|juniors?|high|college|nursery|grammar)"

_WORKING_DAYS = "works in a school's kitchen, office or library"
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("gives their own school support role", re.compile(
        r"\b(?:i'?m|i\s+am|i\s+work\s+as|working\s+as|been|proud|years\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
        r"school\s+(?:" + _TRADES + r")s?\b(?!'s)"
        r"|\A\W*school\s+(?:" + _TRADES + r")s?\b" + _BIO_END, re.I)),
    ("gives their own support role at a school", re.compile(
        r"\A\W*(?:[\w-]+\s+)?(?:" + _TRADES + r")\s+(?:at|@)\s+(?-i:[A-Z][\w'-]*\s+){1,3}" + _SCHOOL_TYPE + r"\b(?!\s+school)",
        re.I)),
    (_WORKING_DAYS, re.compile(
        r"\b(?:i\s+work|i'?m\s+working|days?\s+a\s+week|shifts?|my\s+job|(?:i'?m\s+|i\s+am\s+)?start(?:ing|ed|s)?)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the|a|our)\s+school\s+(?:kitchen|office|library|canteen)\b"
        r"|\bi\s+(?:do|cook|make|serve)\s+(?:the\s+)?school\s+(?:dinners|lunches|meals|breakfasts)\b", re.I)),
)  # fmt: skip
"""(what the writer says, in words; its pattern)."""

SUPPORT_WORDS = keywords("school primary academy infants infant juniors junior high college nursery grammar")
"""A word every cue holds whole: in an ASCII text, one set test before any pattern is tried."""
_WHOSE_WORK = tuple(f for f in UNNAMED_ROLE_FILTERS if f is not EVERYDAY_SENSE)
"""The filters of a finding that names no role, but the everyday-sense one (these cues need no word of the gate)."""


def support_roles(text: str) -> list[Cue]:
    """Where the writer gives their own school support role, in order; none where the filters of a finding with
    no role named drop the text, nor a shift in the school kitchen in a parent's text."""
    if text.isascii() and SUPPORT_WORDS.isdisjoint(words(text)):
        return []
    plain = text.replace("’", "'")
    out = cues_in(plain, _CUES, lambda _, at: not someone_else_before(plain, at))
    if not out or verdict(_WHOSE_WORK, plain, 0, len(plain))[0] == "drop":
        return []
    if all(cue.what == _WORKING_DAYS for cue in out) and parent_voice(plain):
        return []  # "in the school kitchen" may be a parent's day; a role said of oneself is the writer's even so
    return out
