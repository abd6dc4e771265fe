"""Named filters of one role word: whose role it is, or whether it is a school role at all, said right around it.

`detectors.filters.ROLE_FILTERS` already drops a role word that is another kind of teacher's, one wished for or a named
third person's.  These four read the same span, a role word the rules found (`job_title.read_roles`), and drop it when
the words around it say it is not the writer's school job.  They act before a role counts as a claim, so they hold in
a bio too, where every role word is otherwise the writer's own:

- `ECT_AS_A_THERAPY`: "ECT saved my life", "went through ECT": electroconvulsive therapy, with words of treatment and
  none of teaching in the text;
- `SELLING_TO_TEACHERS`: "handmade teacher gifts", "teachers love them for the classroom door", "a primary teacher's
  dream": a seller whose customers are teachers;
- `NEGATED_ROLE`: "not a qualified teacher, just a retired accountant": the writer says they are not one (but "not a
  teacher any more" is a former teacher);
- `ADDRESSEES_ROLE`: "you were my Year 4 teacher": the reader's role, remembered by a former pupil.

Each is tested on its own (tests/detectors/test_role_senses.py).
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_ECT = re.compile(r"ECTs?")
_THERAPY = re.compile(
    r"(?i)\b(?:therapy|treatments?|depress\w*|psychiatr\w*|anaesthe\w*|electro-?convulsive|patients?|mental\s+health|"
    r"memory|memories|clinical)\b|\b(?:went\s+through|had|having|course\s+of|sessions?\s+of)\s+ECT\b"
)
_TEACHING_SIDE = re.compile(
    r"(?i)\b(?:mentor\w*|induction|pupils?|class(?:es|room)?|school|teach\w*|lessons?|ppa|marking|year\s?\d+|ecf|qts|"
    r"observations?|timetable)\b"
)


def _ect_as_a_therapy(text: str, start: int, end: int) -> bool:
    """ "ECT saved my life", "ECT days on the ward": electroconvulsive therapy.  A teacher's ECT year comes with
    teaching words beside it (a mentor, induction, a class), which keep the role."""
    return (
        _ECT.fullmatch(text, start, end) is not None
        and _THERAPY.search(text) is not None
        and _TEACHING_SIDE.search(text) is None
    )


_FOR_TEACHERS = re.compile(
    r"(?i)\bteachers?['’]?\s+(?:gifts?|presents?|thank[\s-]?you\s+(?:gifts?|cards?))\b"
    r"|\bteachers\s+(?:will\s+)?love\s+(?:them|these|it|this)\b"
    r"|\b(?:perfect|ideal|great)\s+(?:gifts?\s+)?for\s+(?:any\s+|all\s+)?(?:\w+\s+)?teachers?\b"
    r"|\b(?:\w+\s+)?teacher['’]s\s+dream\b|\bgifts?\s+for\s+(?:your\s+|the\s+)?(?:\w+\s+)?teachers?\b"
)
"""A seller's customers: "teacher gifts", "teachers love them", "perfect for any teacher", "a primary teacher's dream"."""


_SELLING_WORDS = ("gift", "present", "thank", "love", "perfect", "ideal", "great", "dream")
"""A word every phrase of `_FOR_TEACHERS` holds: a text with none of them is not searched (most texts a role word is
found in), which keeps this filter off the text path's bill."""


def _selling_to_teachers(text: str, start: int, end: int) -> bool:
    """The role word is inside a phrase that sells to teachers."""
    lowered = text.lower()
    if not any(word in lowered for word in _SELLING_WORDS):
        return False
    return any(m.start() < end and start < m.end() for m in _FOR_TEACHERS.finditer(text))


_NOT_A = re.compile(r"(?i)\bnot\s+(?:even\s+)?(?:an?\s+)?(?:qualified\s+|real\s+|trained\s+|proper\s+)?$")
_NOT_ANY_MORE = re.compile(r"(?i)\s*(?:any\s?more|now|these\s+days|since)\b|['’]")


def _negated_role(text: str, start: int, end: int) -> bool:
    """ "not a qualified teacher", "not a teacher, just passionate": the writer says they are not one.  "Not a teacher
    any more" is a former teacher, who is still one for the policy."""
    return _NOT_A.search(text, max(0, start - 30), start) is not None and _NOT_ANY_MORE.match(text, end) is None


_ADDRESSEE = re.compile(
    r"(?i)\byou\s+(?:were|was|are)\s+(?:my|our|his|her|their)\s+(?:(?:fave|favourite|best|old)\s+)?$"
)


def _addressees_role(text: str, start: int, end: int) -> bool:
    """ "you were my Year 4 teacher": the role of the person addressed, not of the writer."""
    return _ADDRESSEE.search(text, max(0, start - 40), start) is not None


_SCHOOL_EXPANSIONS = frozenset(
    ("teaching assistant", "teaching assistants", "early career teacher", "early career teachers",
     "senior leadership team", "higher level teaching assistant", "special educational needs co-ordinator",
     "special educational needs coordinator", "newly qualified teacher", "learning support assistant",
     "designated safeguarding lead", "head of year", "head of department")
)  # fmt: skip
_SPELT_OUT = re.compile(r"[\s!(\[:=–—.,-]{0,4}(?:the\s+|as\s+in\s+)?((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){1,3})")
"""An acronym's words right after it: "TA (Tax Advisor)", "TA — Territorial Army"."""
_BRACKETED_AFTER_A_WORD = re.compile(r"\s+[a-z]+\s*\(\s*((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){1,3})")
"""Or in brackets one word later: "TA main (Team Assault)"."""


def _acronym_spelt_otherwise(text: str, start: int, end: int) -> bool:
    """ "TA (Tax Advisor)", "TA — Territorial Army, not teaching assistant", "ECT (Emergency Care Team)": the role's
    acronym spelt out as something else right after it, the words' initials its letters."""
    said = text[start:end]
    if not (2 <= len(said) <= 5 and said.isupper() and said.isalpha()):
        return False
    spelt = _SPELT_OUT.match(text, end) or _BRACKETED_AFTER_A_WORD.match(text, end)
    if spelt is None:
        return False
    words = spelt.group(1).split()
    return "".join(w[0] for w in words) == said and spelt.group(1).lower() not in _SCHOOL_EXPANSIONS


_ARMY_WORDS = re.compile(
    r"(?i)\b(?:army|reserves?|reservists?|regiment|battalion|squadron|platoon|drill\s+nights?|the\s+ranges|"
    r"on\s+exercise|territorials?|deploy(?:ed|ment)|sandhurst|squaddies?|bergen|barracks|mobilised|mobilized)\b|🪖"
)
"""The Army Reserve's words: a text with them speaks of the Territorial Army when it says "TA"."""


def _ta_as_the_army_reserve(text: str, start: int, end: int) -> bool:
    """ "TA weekend done, two days on the ranges", "Ex-TA (the reserves kind)": "TA" in a text with the Army
    Reserve's words is the Territorial Army, not a teaching assistant."""
    if text[start:end].rstrip("s").replace(".", "") != "TA" or _TA_IN_A_SCHOOL_AFTER.match(text, end):
        return False
    return _ARMY_WORDS.search(text) is not None


_TA_IN_A_SCHOOL_AFTER = re.compile(
    r"(?i)\s+(?:in|at)\s+(?:year|yr|y\d|reception|nursery|ks\d|eyfs|a\s+(?:primary|secondary|special|school)|"
    r"(?-i:[A-Z][\w'’]+\s+)+(?-i:Primary|School|Academy|Infants|Juniors|High))"
)
"""A school right after "TA" ("TA in Year 3 by day, Army Reserve by weekend"): a teaching assistant, whatever else the
text says."""


_DENIED_AFTER = re.compile(
    r"(?i)\s*(?:here\s*)?(?:\?+\s*|[—–-]+\s*|,\s*)(?:no|nope|nah)\b(?![\s-]*(?:question|doubt|matter|lie|joke|kidding)\b)"
)


def _role_asked_and_denied(text: str, start: int, end: int) -> bool:
    """ "Ex-teacher? No, ex-preacher.", "Retired head here — no, not of a school": the writer raises the role to say
    it is not theirs."""
    return _DENIED_AFTER.match(text, end) is not None


TA_AS_THE_ARMY_RESERVE = Filter(
    "TA as the Army Reserve",
    "drop",
    "'TA' in a text about the Army Reserve (the ranges, a regiment, drill nights), not a teaching assistant",
    _ta_as_the_army_reserve,
)
ROLE_ASKED_AND_DENIED = Filter(
    "a role raised and denied",
    "drop",
    "the writer raises the role to deny it ('Ex-teacher? No, ex-preacher', 'head here - no, not of a school')",
    _role_asked_and_denied,
)
ACRONYM_SPELT_OTHERWISE = Filter(
    "an acronym spelt out as something else",
    "drop",
    "the role's acronym is spelt out right after it as another thing ('TA (Tax Advisor)', 'TA - Territorial Army')",
    _acronym_spelt_otherwise,
)
ECT_AS_A_THERAPY = Filter(
    "ECT as a therapy", "drop", "'ECT' as electroconvulsive therapy, not an early career teacher", _ect_as_a_therapy
)
SELLING_TO_TEACHERS = Filter(
    "selling to teachers",
    "drop",
    "a seller whose customers are teachers (teacher gifts), not a teacher",
    _selling_to_teachers,
)
NEGATED_ROLE = Filter(
    "a role denied", "drop", "the writer says they are not one ('not a qualified teacher')", _negated_role
)
ADDRESSEES_ROLE = Filter(
    "the reader's role", "drop", "the role of the person addressed ('you were my Year 4 teacher')", _addressees_role
)
ROLE_SENSE_FILTERS: tuple[Filter, ...] = (
    ECT_AS_A_THERAPY, SELLING_TO_TEACHERS, NEGATED_ROLE, ADDRESSEES_ROLE, ACRONYM_SPELT_OTHERWISE,
    TA_AS_THE_ARMY_RESERVE, ROLE_ASKED_AND_DENIED,
)  # fmt: skip
