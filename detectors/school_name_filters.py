"""Named filters of a judged school candidate: is it a school at all, and the school's, not a group's?

Like `detectors.school_filters` (whose they are), these act after the workplace judgement, so the
classifier's inputs do not change; `school_verdict` picks them by how the candidate was found:

- `PLACE_OR_SUBJECT` (names found without a school word): a town ("a primary in Walsall"), a subject
  ("NQT in Geography") or a class ("Oak Class");
- `COMMUNITY_HASHTAG` (hashtags): one every teacher or parent uses (#primaryrocks, #backtoschool);
- `SOMETHING_ELSE_SHARES_NAME` (a configured name without a school word): a hotel, farm or
  community centre with the school's name ("Greystones Hall Hotel");
- `JOB_TITLE_NOT_SCHOOL` (names no profile gives): "Director of Primary";
- `PARENTS_GROUP` (every candidate): "the Friends of X School";
- `EVENT_OR_COURSE` (names found without a school word): an occasion ("Thursday's Options Evening",
  "Summer Fayre") or a course ("PGCE Secondary English course");
- `COURSE_NAME` (names no profile gives): a training course with a school word ("PGCE Primary", "SCITT Secondary").
"""

from __future__ import annotations

import re

from detectors.filters import Filter

SUBJECTS = frozenset(
    str.split(
        "maths math mathematics english science sciences biology chemistry physics history geography humanities "
        "law music art arts drama pe re rs computing ict french spanish german latin languages mfl dt design "
        "technology psychology sociology economics business politics philosophy literature education send sen eal "
        "pshe rshe citizenship media dance food textiles engineering nursing medicine gcse gcses curriculum pastoral "
        "inclusion safeguarding assessment behaviour attendance admissions wellbeing"
    )
)
"""School and university subjects, and leaders' portfolios: "NQT in Geography", "Head of Humanities", "Lecturer in
Law", "Vice Principal for Curriculum"."""
_GROUP_WORDS = frozenset({"class", "room", "set", "group", "team", "department", "dept", "faculty"})
_FIRM_WORDS = frozenset(
    str.split(
        "partners consulting consultancy consultants group solutions ltd limited llp plc inc bank capital "
        "holdings associates agency studios technologies systems services recruitment legal insurance motors "
        "hotel hospital surgery clinic council nhs logistics media marketing digital labs ventures"
    )
)
"""Words that end or fill a firm's name ("Sterling Partners", "Fairbridge Consulting"): a bare name holding one is
a business, however many years the writer spent there."""
_PLACE_BEFORE = re.compile(r"\b(?:in|across|around|near|off\s+to)\s+$", re.IGNORECASE)
_INSTITUTION_OF = re.compile(r"\b(?:institute|university|uni|college|school|academy|faculty)\s+of\s+$", re.IGNORECASE)
SCHOOL_WORDS_ABROAD = frozenset({"ysgol", "scoil", "gaelscoil", "coláiste", "colaiste", "gaelcholáiste", "école", "ecole",
                                 "escuela", "colegio", "schule", "gymnasium", "lycée", "lycee", "scuola"})  # fmt: skip
"""Words that open a school's name in Welsh, Irish and other languages ("Ysgol Bryn Teg", "Gaelscoil ...")."""


def _place_or_subject(text: str, start: int, end: int) -> bool:
    """ "a primary in Walsall", "NQT in Geography", "Oak Class", "Sterling Partners": a bare name that is no school.

    For names found without a school word only: a school is worked *at*, a town is lived or
    taught *in*; a subject or a class inside a school is not the school.  "Institute of
    Technology" and "Gaelscoil na ..." are schools.
    """
    words = [w.strip("'’.,").lower() for w in text[start:end].split()]
    if not words or words[0] in SCHOOL_WORDS_ABROAD or _INSTITUTION_OF.search(text[max(0, start - 20) : start]):
        return False
    if all(w in SUBJECTS for w in words) or any(w in _GROUP_WORDS or w in _FIRM_WORDS for w in words):
        return True
    return _PLACE_BEFORE.search(text[max(0, start - 12) : start]) is not None


_FRIENDS_OF = re.compile(r"\bfriends\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _parents_group(text: str, start: int, end: int) -> bool:
    """ "the Friends of X School", "Friends of X committee": the parents' association, not the school."""
    return (
        text[start:end].lower().startswith("friends of")
        or _FRIENDS_OF.search(text[max(0, start - 20) : start]) is not None
    )


_TITLE_OF = re.compile(
    r"(?:director|head|deputy|assistant|leader|lead|manager|principal|chair|member|trustee|teacher|professor)s?\s+of\b",
    re.IGNORECASE,
)


def _job_title_not_school(text: str, start: int, end: int) -> bool:
    """ "Director of Primary", "Head of Secondary": a job title that ends in a school word, not a school."""
    return _TITLE_OF.match(text, start) is not None


_TAG_SCHOOL_WORDS = re.compile(r"school|academy|primary|high|college|infants?|juniors?|nursery|elementary|grammar")
EVERYDAY_TAG_WORDS = frozenset(
    str.split(
        "back backto first firstday last lastday day days life run runs rocks chat twitter uniform holidays hols trip "
        "out ready shoes bag lunch lunches dinner dinners mum mums dad dads teacher teachers staff love pride spirit "
        "year years memories musical sports start starts new is the my our of to office admin ta tas senco support "
        "teaching ni uk scotland scot wales cymru ireland england"
    )
)
"""What a hashtag every teacher or parent uses has besides its school word: #backtoschool, #primaryrocks."""


def _community_hashtag(text: str, start: int, end: int) -> bool:
    """ "#primaryrocks", "#backtoschool", "#schoolrun": a hashtag of the whole community, not one school's."""
    tag = text[start:end]
    if not tag.startswith("#"):
        return False
    rest = _TAG_SCHOOL_WORDS.sub(" ", tag[1:].lower().replace("_", "")).split()
    return all(word in EVERYDAY_TAG_WORDS or _everyday_compound(word) for word in rest)


def _everyday_compound(word: str) -> bool:
    """ "backto", "lastday": two everyday tag words run together."""
    return any(word[:i] in EVERYDAY_TAG_WORDS and word[i:] in EVERYDAY_TAG_WORDS for i in range(2, len(word) - 1))


_SOMETHING_ELSE_AFTER = re.compile(
    r"['’]?s?\s+(?:hall\s+hotel|hotel|farm|garden\s+centre|community\s+centre|leisure\s+centre|village\s+hall|"
    r"cricket\s+club|golf\s+club|care\s+home|retail\s+park|shopping\s+centre|surgery|medical\s+centre|"
    r"primary\s+care|health\s+centre|pharmacy|dental|vets?|taxis?|cabs?|garage|motors|flower\s+show|carnival|"
    r"in\s+bloom|allotments?|church|chapel|pub|arms|inn)\b",
    re.IGNORECASE,
)


def _something_else_shares_name(text: str, start: int, end: int) -> bool:
    """ "Greystones Hall Hotel", "Greystones Farm", "Fernside community centre": a place sharing the name.

    For a configured name matched without a school word of its own (an alias such as "Greystones"),
    as `filters.BUSINESS_SHARES_NAME` is for a short name.
    """
    return _SOMETHING_ELSE_AFTER.match(text, end) is not None


_EVENT_WORDS = frozenset(
    str.split(
        "evening evenings night nights day days morning afternoon fair fayre fete fête show concert assembly disco "
        "meeting meetings week festival party sale service match final finals trip ceremony awards prom panto "
        "pantomime play musical nativity workshop conference briefing training inset"
    )
)
"""Last words of an occasion's name: "Options Evening", "Christmas Fayre", "Sports Day", "Leavers' Prom"."""
_WHEN_WORDS = frozenset(
    str.split(
        "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow january february march "
        "april may june july august september october november december spring summer autumn winter christmas easter"
    )
)
"""A first word that dates the name ("Thursday's ...", "Summer ..."): an occasion, not a school."""
_COURSE_WORDS = frozenset({"pgce", "pgde", "scitt", "ite", "itt", "qts", "npqh", "npqsl", "npqml", "masters", "degree"})
_COURSE_AFTER = re.compile(r"\s+(?:course|programme|program|module|cohort|placement)\b", re.IGNORECASE)


def _event_or_course(text: str, start: int, end: int) -> bool:
    """ "Thursday's Options Evening", "Summer Fayre", "PGCE Secondary (English) course": an occasion or a
    course with capitals, not a school.  For names found without a school word only."""
    words = [w.strip("'’.,!?()").lower() for w in text[start:end].split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    if not words:
        return False
    if words[-1] in _EVENT_WORDS or words[0] in _WHEN_WORDS:
        return True
    return words[0] in _COURSE_WORDS or _COURSE_AFTER.match(text, end) is not None


_SCHEME_AFTER = re.compile(
    r"\s+(?:sports?|awards?|gardens?|network|games|programme|program|mark|trophy|cup|league|fund|challenge|prize|"
    r"festival|project|flag|kitemark|quality\s+mark|charter)\b",
    re.IGNORECASE,
)


def _course_name(text: str, start: int, end: int) -> bool:
    """ "Trainee teacher (PGCE Primary)", "SCITT Secondary": a training course named with a school word, not a
    school.  For every name the text gives (a school's own profile names are never this)."""
    first = text[start:end].split()[:1]
    return bool(first) and first[0].strip("'’.,!?()").lower() in _COURSE_WORDS


def _scheme_or_award(text: str, start: int, end: int) -> bool:
    """ "Gold School Sport Award", "Best School Garden", "Curious Schools Network", "Healthy Schools Award": a
    scheme, a prize or a network named after schools, not one school.  For names found in the text (a school's
    own profile names are never this)."""
    last = text[start:end].split()[-1:]
    return bool(last) and last[0].lower() in ("school", "schools") and _SCHEME_AFTER.match(text, end) is not None


EVENT_OR_COURSE = Filter(
    "an occasion or a course", "drop", "a name with capitals that is an event ('Options Evening') or a course",
    _event_or_course,
)  # fmt: skip
COURSE_NAME = Filter(
    "a training course", "drop", "a teacher-training or leadership course with a school word ('PGCE Primary')",
    _course_name,
)  # fmt: skip
PARENTS_GROUP = Filter(
    "a parents' group", "drop", "the Friends of a school (its parents' association), not the school", _parents_group
)
JOB_TITLE_NOT_SCHOOL = Filter(
    "a job title, not a school", "drop", "a title that ends in a school word ('Director of Primary')",
    _job_title_not_school,
)  # fmt: skip
PLACE_OR_SUBJECT = Filter(
    "a town, subject, class or firm", "drop", "a bare name that is a town ('in Walsall'), a subject, a class or a firm",
    _place_or_subject,
)  # fmt: skip
COMMUNITY_HASHTAG = Filter(
    "a community hashtag", "drop", "a hashtag every teacher or parent uses (#primaryrocks, #backtoschool)",
    _community_hashtag,
)  # fmt: skip
SOMETHING_ELSE_SHARES_NAME = Filter(
    "a place sharing the name", "drop", "a hotel, farm or community centre that shares the school's name",
    _something_else_shares_name,
)  # fmt: skip
SCHEME_OR_AWARD = Filter(
    "a scheme or an award", "drop", "a prize, scheme or network named after schools ('Healthy Schools Award')",
    _scheme_or_award,
)  # fmt: skip
