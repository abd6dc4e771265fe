"""Vocabulary of UK school roles and profession clues, as spaCy `Matcher` token patterns.

Kept apart from `job_title.py` so the words can grow (a new role is one row) without the
detector's logic moving.  Each `Rule` is one row: a stable key, the words that fire it, how
its value is spelled (the canonical role), and how sure it is.  Token patterns match the
lower-cased token (`LOWER`), except a few acronyms that are also everyday words in lower
case ("ta" = thanks), which match the exact spelling (`ORTH`).

Canonical values (what a finding reports and what the dev corpus expects): lower-case role
names in one spelling each: "headteacher" for head/head teacher/headmistress, "senco" for
SENCo/SENDCo, "teaching assistant" for TA, "early career teacher" for ECT/NQT, "year 4
teacher" for Y4/Yr 4/Year Four teacher, "maths teacher" for teacher of maths, and "teacher"
for the profession inferred from a clue ("marking 30 books").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Pattern = list[dict[str, Any]]

NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
}  # fmt: skip
YEAR_NUMBERS = [str(n) for n in range(1, 14)] + list(NUMBER_WORDS)
YEAR_TOKENS = [f"{prefix}{n}{plural}" for prefix in ("y", "yr") for n in range(1, 14) for plural in ("", "s")]
"""One-token year groups: "y4", "yr6", "y6s" (an `IN` list, not a `REGEX`: the matcher and
the keyword gate both run faster on words they can look up)."""
_PLURAL_NUMBERS = [f"{n}s" for n in range(1, 14)]

SUBJECTS = {
    "maths": "maths", "math": "maths", "mathematics": "maths", "english": "english",
    "science": "science", "physics": "physics", "chemistry": "chemistry", "biology": "biology",
    "history": "history", "geography": "geography", "pe": "pe", "music": "music", "art": "art",
    "drama": "drama", "re": "re", "rs": "re", "french": "french", "spanish": "spanish",
    "german": "german", "mfl": "mfl", "computing": "computing", "ict": "computing",
    "dt": "dt", "psychology": "psychology", "sociology": "sociology", "economics": "economics",
    "business": "business studies", "latin": "latin", "phonics": "phonics",
    "sen": "sen", "send": "send", "eyfs": "eyfs", "ks1": "ks1", "ks2": "ks2", "ks3": "ks3",
    "ks4": "ks4", "reception": "reception", "nursery": "nursery", "primary": "primary",
    "secondary": "secondary", "supply": "supply", "class": "class", "form": "form",
    "maths/science": "maths", "literacy": "literacy", "numeracy": "numeracy", "pshe": "pshe", "rshe": "rshe",
    "rse": "rse", "eal": "eal", "oracy": "oracy",
}  # fmt: skip
"""Words that may qualify "teacher" / "head of" / "lead", and how the value spells them."""

_PHASES = ["reception", "nursery", "eyfs", "ks1", "ks2", "ks3", "ks4", "sixth"]

Kind = Literal["role", "clue"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the vocabulary: words that fire, the value they report, how sure we are."""

    key: str
    kind: Kind
    rule: str
    """What fired, in words for the person reading the finding."""
    patterns: tuple[Pattern, ...]
    value: Callable[[list[str]], str]
    """Canonical role from the matched tokens' lower-case texts."""
    confidence: float
    distinctive: bool = False
    """A school-only word (SENCo, HLTA): a post needs no "I'm a" before it to count."""


def _lower(*words: str) -> Pattern:
    return [{"LOWER": word} for word in words]


def _const(value: str) -> Callable[[list[str]], str]:
    return lambda _tokens: value


def _year(tokens: list[str]) -> str:
    """'year 4' / 'yr four' / 'y4' / 'y6s' -> 'year 4'."""
    for index, token in enumerate(tokens):
        bare = token.rstrip("s") if token not in NUMBER_WORDS else token
        if re.fullmatch(r"(?:y|yr)\d{1,2}", bare):
            return "year " + bare.lstrip("yr")
        if token in ("year", "yr", "y") and index + 1 < len(tokens):
            number = tokens[index + 1]
            number = number[:-1] if number.endswith("s") and number[:-1].isdigit() else number
            return "year " + NUMBER_WORDS.get(number, number)
    return "year"


def _subject(tokens: list[str]) -> str:
    for token in tokens:
        if token in SUBJECTS:
            return SUBJECTS[token]
    return ""


_YEAR_GROUP: list[Pattern] = [
    [{"LOWER": {"IN": ["year", "yr", "y"]}}, {"LOWER": {"IN": YEAR_NUMBERS}}],
    [{"LOWER": {"IN": YEAR_TOKENS}}],
]
_TEACHER = {"LOWER": {"IN": ["teacher", "teachers"]}}
_HEAD = [_lower("headteacher"), _lower("head", "teacher"), _lower("headmistress"), _lower("headmaster")]
_HEAD_QUALIFIERS = (
    "retired former acting interim substantive primary secondary infant junior village experienced".split()
)
_QUALIFIED_HEAD: list[Pattern] = [[{"LOWER": {"IN": _HEAD_QUALIFIERS}}, {"LOWER": "head"}], _lower("ex", "-", "head")]
"""A head of school as the UK says it, "head" after a word that only a headteacher takes ("a retired head",
"acting head", "Former secondary head", "ex-head"); "head" alone is any head (of a department, of hair), and
"new head" is as often a parent's news as the writer's.  A head of something else right after ("former head
girl", "acting head chef") is `role_trades.RANK_IN_ANOTHER_TRADE`'s."""


_TRAINING_ROUTES = ["pgce", "pgde", "scitt", "gtp", "itt", "qts"]
"""The routes into teaching a trainee names with "trainee" or "student" ("PGCE trainee", "SCITT student")."""
_HEAD_ABBREVIATED: Pattern = [{"ORTH": {"IN": ["HT", "DHT", "AHT"]}}, {"LOWER": {"IN": ["of", "at"]}}]
"""A head (deputy, assistant) as staff abbreviate it, with what they head right after ("HT of a rural school", "DHT
at Fernside"): alone, "HT" is a half-time score or a hat tip, "AHT" a call centre's handling time."""


_NATIONS_ROLES = {
    "depute": "depute head", "principal": "principal teacher", "pupil": "pupil support assistant",
    "special": "special needs assistant", "sna": "special needs assistant", "snas": "special needs assistant",
    "probationer": "probationer teacher", "probationary": "probationer teacher", "janny": "school janitor",
    "jannie": "school janitor", "múinteoir": "teacher", "muinteoir": "teacher", "athro": "teacher",
    "athrawes": "teacher", "príomhoide": "principal", "priomhoide": "principal", "leas": "deputy principal",
    "cynorthwyydd": "classroom assistant",
}  # fmt: skip
"""The roles of Scotland's, Wales's, Northern Ireland's and Ireland's schools, in their own words: a depute head,
a principal teacher (head of a subject), a pupil support assistant, an SNA, the janny (janitor), a probationer; the
Welsh athro/athrawes and the Irish múinteoir (teacher), príomhoide (principal)."""


def _nations_role(tokens: list[str]) -> str:
    return "depute rector" if tokens[:2] == ["depute", "rector"] else _NATIONS_ROLES.get(tokens[0], "school staff")


_JOB_HASHTAGS = {
    **dict.fromkeys(
        (
            "schoolcook",
            "schoolchef",
            "schoolkitchen",
            "schoolcatering",
            "schoolcateringteam",
            "dinnerlady",
            "dinnerladies",
            "dinnerladylife",
        ),
        "school cook",
    ),
    **dict.fromkeys(("headteacherlife", "headteacher", "headteachers", "deputyheadlife"), "headteacher"),
    **dict.fromkeys(
        ("tasofinstagram", "talife", "teachingassistant", "teachingassistantlife", "hltalife", "hlta"),
        "teaching assistant",
    ),
    **dict.fromkeys(("sencolife", "sendco", "senco"), "senco"),
    **dict.fromkeys(
        ("schooloffice", "schoolbusinessmanager", "schoolbusinessmanagers", "sbm", "schoolreceptionist", "schooladmin"),
        "school office staff",
    ),
    **dict.fromkeys(("schoolsitemanager", "sitemanagerlife", "caretakerlife", "schoolcaretaker"), "site manager"),
    **dict.fromkeys(("supplyteacher", "supplyteacherlife", "supplylife"), "supply teacher"),
    **dict.fromkeys(
        (
            "primaryteacher",
            "secondaryteacher",
            "teachersoftwitter",
            "teachersofig",
            "sendteacher",
            "eyfsteacher",
            "earlyyearsteacher",
        ),
        "teacher",
    ),
    **dict.fromkeys(("schoollibrarian", "schoollibrarians"), "school librarian"),
    **dict.fromkeys(("lunchtimesupervisor", "middaysupervisor"), "lunchtime supervisor"),
}
"""Hashtags in which staff name their own school job ("#schoolcook", "#headteacherlife", "#TAsofinstagram"), and the
job each names: a clue like the teachers' hashtags (`hashtag`), the classifier still judges whose it is."""


def _rules() -> tuple[Rule, ...]:
    subject = {"LOWER": {"IN": list(SUBJECTS)}}
    rows = [
        Rule("year_teacher", "role", "year-group teacher",
             tuple(g + [_TEACHER] for g in _YEAR_GROUP) + tuple(g + [{"LOWER": "class"}, _TEACHER] for g in _YEAR_GROUP),
             lambda t: _year(t) + " teacher", 0.95),
        Rule("subject_teacher", "role", "subject or phase teacher",
             ([subject, _TEACHER], [subject, {"LOWER": {"IN": ["school", "class"]}}, _TEACHER],
              [_TEACHER, {"LOWER": "of"}, subject]),
             lambda t: _subject(t) + " teacher", 0.93),
        Rule("teacher", "role", "teacher", ([_TEACHER], _lower("teaching", "professional")),
             _const("teacher"), 0.9),
        Rule("trainee", "role", "trainee teacher",
             (_lower("trainee", "teacher"), _lower("student", "teacher"), _lower("teacher", "trainee"),
              [{"LOWER": {"IN": _TRAINING_ROUTES}}, {"LOWER": {"IN": ["student", "students", "trainee", "trainees"]}}]),
             _const("trainee teacher"), 0.9),
        Rule("ect", "role", "early-career teacher (ECT/NQT)",
             ([{"LOWER": {"IN": ["ect", "nqt", "ects", "nqts"]}}], _lower("early", "career", "teacher"),
              _lower("newly", "qualified", "teacher")), _const("early career teacher"), 0.9, distinctive=True),
        Rule("ect_mentor", "role", "mentor of early-career teachers",
             ([{"LOWER": {"IN": ["ect", "nqt", "ects", "nqts"]}}, {"LOWER": {"IN": ["mentor", "tutor", "lead", "coordinator"]}}],),
             _const("ect mentor"), 0.9, distinctive=True),
        Rule("ta", "role", "teaching assistant",
             ([{"LOWER": "teaching"}, {"LOWER": {"IN": ["assistant", "assistants"]}}],
              _lower("classroom", "assistant"), _lower("learning", "support", "assistant"),
              [{"ORTH": {"IN": ["TA", "TAs", "LSA", "LSAs", "EYTA", "EYTAs"]}}]), _const("teaching assistant"), 0.92),
        Rule("hlta", "role", "higher-level teaching assistant",
             ([{"LOWER": {"IN": ["hlta", "hltas"]}}], _lower("higher", "level", "teaching", "assistant")),
             _const("hlta"), 0.95, distinctive=True),
        Rule("senco", "role", "SENCo", ([{"LOWER": {"IN": ["senco", "sendco", "sencos", "sendcos", "alnco", "alncos"]}}],),
             _const("senco"), 0.95, distinctive=True),
        Rule("deputy_head", "role", "deputy head",
             tuple([{"LOWER": "deputy"}] + h for h in [*_HEAD, _lower("head")]), _const("deputy headteacher"), 0.93),
        Rule("assistant_head", "role", "assistant head",
             tuple([{"LOWER": "assistant"}] + h for h in [*_HEAD, _lower("head")]),
             _const("assistant headteacher"), 0.93),
        Rule("headteacher", "role", "headteacher",
             (*_HEAD, _lower("executive", "head"), _lower("head", "of", "school"), *_QUALIFIED_HEAD, _HEAD_ABBREVIATED),
             _const("headteacher"), 0.93),
        Rule("trust_leader", "role", "leader of a school trust or of schools' improvement",
             (_lower("director", "of", "school", "improvement"), _lower("director", "of", "education"),
              _lower("director", "of", "primary", "education"), _lower("director", "of", "secondary", "education"),
              _lower("school", "improvement", "partner"), _lower("school", "improvement", "adviser"),
              _lower("school", "improvement", "advisor"), _lower("school", "improvement", "lead"),
              _lower("trust", "ceo"), _lower("trust", "leader")),
             lambda t: " ".join(t), 0.85),
        Rule("head_of_sixth_form", "role", "head of sixth form", (_lower("head", "of", "sixth", "form"),),
             _const("head of sixth form"), 0.93),
        Rule("head_of_year", "role", "head of year",
             tuple(_lower("head", "of") + g for g in _YEAR_GROUP) + (_lower("head", "of", "year"),),
             lambda t: "head of " + _year(t[2:]) if len(t) > 3 or re.search(r"\d", t[-1]) else "head of year", 0.93),
        Rule("head_of_department", "role", "head of department",
             (_lower("head", "of", "department"), _lower("head", "of", "dept"), _lower("head", "of") + [subject]),
             lambda t: "head of " + (_subject(t[2:]) or "department"), 0.85),
        Rule("subject_lead", "role", "subject or phase leader",
             ([subject, {"LOWER": {"IN": ["lead", "leader", "coordinator", "co-ordinator"]}}],),
             lambda t: _subject(t) + " lead", 0.8),
        Rule("governor", "role", "school governor",
             (_lower("school", "governor"), _lower("chair", "of", "governors"), _lower("parent", "governor"),
              _lower("staff", "governor"), _lower("foundation", "governor")), _const("school governor"), 0.92),
        Rule("governor_at", "role", "governor of a school",
             ([{"LOWER": "governor"}, {"LOWER": {"IN": ["at", "of", "for"]}}],), _const("school governor"), 0.85),
        Rule("cover", "role", "cover supervisor", (_lower("cover", "supervisor"),), _const("cover supervisor"), 0.95),
        Rule("lunchtime", "role", "lunchtime supervisor",
             (_lower("lunchtime", "supervisor"), _lower("midday", "supervisor"), _lower("midday", "assistant"),
              _lower("dinner", "lady"), _lower("lunchtime", "assistant")), _const("lunchtime supervisor"), 0.9),
        Rule("business_manager", "role", "school business manager", (_lower("school", "business", "manager"),),
             _const("school business manager"), 0.95),
        Rule("site_manager", "role", "school site manager",
             (_lower("school", "site", "manager"), _lower("school", "caretaker"), _lower("site", "manager")),
             _const("site manager"), 0.85),
        Rule("school_staff", "role", "other school staff role",
             (_lower("school", "librarian"), _lower("school", "cook"), _lower("school", "administrator"),
              _lower("school", "receptionist"), _lower("school", "office", "manager"), _lower("exams", "officer"),
              _lower("designated", "safeguarding", "lead"), _lower("nursery", "nurse"),
              _lower("early", "years", "practitioner"), _lower("pastoral", "lead"), _lower("pastoral", "manager")),
             lambda t: " ".join(t), 0.9),
        Rule("nations_role", "role", "a school role as Scotland, Wales or Ireland name it",
             (_lower("depute", "head"), _lower("depute", "headteacher"), _lower("depute", "head", "teacher"),
              _lower("depute", "rector"), _lower("principal", "teacher"), _lower("pupil", "support", "assistant"),
              _lower("special", "needs", "assistant"), [{"ORTH": {"IN": ["SNA", "SNAs"]}}],
              _lower("probationer", "teacher"), _lower("probationary", "teacher"),
              [{"LOWER": {"IN": ["janny", "jannie", "múinteoir", "muinteoir", "príomhoide", "priomhoide", "athrawes",
                                 "athro"]}}],
              _lower("leas", "-", "phríomhoide"), _lower("cynorthwyydd", "dosbarth")),
             _nations_role, 0.85),
        Rule("principal", "role", "principal or vice-principal",
             ([{"LOWER": {"IN": ["vice", "deputy", "assistant", "associate"]}, "OP": "?"}, {"LOWER": {"IN": ["principal", "principals"]}}],
              _lower("vice", "-", "principal")), lambda t: "vice principal" if "vice" in t else
             ("assistant principal" if "assistant" in t or "deputy" in t or "associate" in t else "principal"), 0.8),
        Rule("lecturer", "role", "lecturer",
             ([{"LOWER": {"IN": ["senior", "fe", "college", "associate"]}, "OP": "?"}, {"LOWER": {"IN": ["lecturer", "lecturers"]}}],),
             _const("lecturer"), 0.85),
        Rule("educator", "role", "educator",
             ([{"LOWER": {"IN": ["educator", "educators", "educationalist", "educationist"]}}], _lower("teaching", "staff"),
              _lower("support", "staff"), _lower("school", "staff")), _const("educator"), 0.8),
        Rule("support_role", "role", "school support role",
             (_lower("school", "nurse"), _lower("school", "secretary"), _lower("science", "technician"),
              _lower("school", "technician"), _lower("attendance", "officer"), _lower("careers", "adviser"),
              _lower("careers", "advisor"), _lower("learning", "mentor"), _lower("family", "support", "worker"),
              _lower("pastoral", "support"), _lower("sen", "support"), _lower("send", "support"), _lower("1:1", "support"),
              _lower("one", "to", "one", "support"), _lower("kitchen", "assistant"), _lower("school", "kitchen"),
              _lower("cook", "in", "charge"), _lower("breakfast", "club"), _lower("after", "school", "club"),
              _lower("exam", "invigilator"), _lower("exams", "invigilator"), _lower("invigilator"), _lower("data", "manager"),
              _lower("office", "manager"), _lower("head", "of", "house"), _lower("form", "tutor"), _lower("supply", "teacher")),
             lambda t: " ".join(t), 0.8),
        Rule("teaching_course", "clue", "says what they teach",
             ([{"LOWER": {"IN": ["teaching", "teach", "taught"]}}, {"LOWER": {"IN": ["gcse", "gcses", "a", "alevel", "btec", "ks1", "ks2",
                                                                              "ks3", "ks4", "reception", "nursery", "phonics", "sixth"]}}],
              [{"LOWER": {"IN": ["teaching", "teach", "taught"]}}, {"LOWER": {"IN": list(SUBJECTS)}}, {"LOWER": {"IN": ["to", "at", "in", "for"]}}],
              [{"LOWER": {"IN": ["teaching", "taught"]}}, {"LOWER": {"IN": ["for", "at"]}}, {"LIKE_NUM": True}, {"LOWER": "years"}]),
             _const("teacher"), 0.8),
        Rule("dsl", "role", "designated safeguarding lead", ([{"ORTH": {"IN": ["DSL", "DDSL"]}}],),
             _const("designated safeguarding lead"), 0.85),
        # Profession clues: nobody names a role, but the words are a teacher's.
        Rule("teach_year", "clue", "says they teach a year group",
             tuple(_lower("i", "teach") + g for g in _YEAR_GROUP)
             + tuple([{"LOWER": "teaching"}] + g for g in _YEAR_GROUP),
             lambda t: _year(t) + " teacher", 0.85),
        Rule("teach_at", "clue", "says where they teach",
             ([{"LOWER": {"IN": ["teach", "teaching", "taught"]}}, {"LOWER": "at"}, {"IS_TITLE": True}],),
             _const("teacher"), 0.85),
        Rule("teach_subject", "clue", "says they teach a subject",
             ([{"LOWER": "i"}, {"LOWER": "teach"}, subject],), lambda t: _subject(t) + " teacher", 0.85),
        Rule("my_class", "clue", "speaks of their own class",
             tuple([{"LOWER": "my"}] + g + [{"LOWER": {"IN": ["class", "classes", "kids", "children", "lot"]}}]
                   for g in _YEAR_GROUP)
             + ([{"LOWER": "my"}, {"LOWER": {"IN": ["year", "yr"]}}, {"LOWER": {"IN": _PLURAL_NUMBERS}}],
                [{"LOWER": "my"}, {"LOWER": {"IN": YEAR_TOKENS}}]),
             lambda t: _year(t[1:]) + " teacher", 0.85),
        Rule("my_pupils", "clue", "speaks of their pupils or class",
             (_lower("my", "pupils"), _lower("my", "class"), _lower("my", "classroom"), _lower("my", "form", "group"), _lower("my", "tutor", "group"),
              _lower("my", "ta"), [{"LOWER": "my"}, {"LOWER": {"IN": _PHASES}}, {"LOWER": {"IN": ["class", "kids"]}}]),
             _const("teacher"), 0.75),
        Rule("marking", "clue", "marking pupils' work",
             ([{"LOWER": "marking"}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["exercise", "maths", "english", "science"]}, "OP": "?"},
               {"LOWER": {"IN": ["books", "essays", "mocks", "papers", "tests", "assessments", "coursework", "scripts"]}}],
              [{"LIKE_NUM": True}, {"LOWER": {"IN": ["books", "essays", "mocks", "papers", "scripts"]}}, {"LOWER": "to"}, {"LOWER": "mark"}],
              _lower("pile", "of", "marking"), _lower("mountain", "of", "marking"), _lower("stack", "of", "marking"),
              _lower("book", "scrutiny"), _lower("lesson", "planning"), _lower("ppa", "time"), _lower("ppa"),
              _lower("report", "writing"), _lower("writing", "reports"), [{"LIKE_NUM": True}, {"LOWER": "reports"}, {"LOWER": "to"}, {"LOWER": "write"}]),
             _const("teacher"), 0.7),
        Rule("parents_evening", "clue", "parents' evening",
             ([{"LOWER": {"IN": ["parents", "parent"]}}, {"LOWER": {"IN": ["'", "’", "'s", "’s"]}, "OP": "?"},
               {"LOWER": {"IN": ["evening", "night", "nights"]}}],),  # Scotland's "parents' night"
             _const("teacher"), 0.65),
        Rule("ofsted", "clue", "Ofsted inspection at work",
             ([{"LOWER": "ofsted"}, {"LOWER": {"IN": ["are", "is", "were", "arrive", "arrived", "came", "coming", "tomorrow", "today",
                                                   "call", "called", "rang", "phoned", "week", "visit", "in", "at"]}}],
              [{"LOWER": {"IN": ["survived", "surviving", "survive"]}}, {"LOWER": "ofsted"}], _lower("the", "call", "from", "ofsted")),
             _const("teacher"), 0.7),
        Rule("inset", "clue", "INSET/training day", ([{"LOWER": "inset"}],), _const("teacher"), 0.65),
        Rule("duty", "clue", "playground or lunch duty",
             ([{"LOWER": {"IN": ["playground", "break", "lunch", "yard", "bus", "gate"]}}, {"LOWER": "duty"}],),
             _const("teacher"), 0.65),
        Rule("hashtag", "clue", "teacher hashtag",
             ([{"LOWER": "#"}, {"LOWER": {"IN": ["teacherlife", "teachertwitter", "edutwitter", "ukedchat", "primaryrocks",
                                             "teacherproblems", "ectlife", "nqtlife", "teachersofinstagram", "teacher5aday"]}}],),
             _const("teacher"), 0.75),
        Rule("school_job_hashtag", "clue", "hashtag of a school job",
             ([{"LOWER": "#"}, {"LOWER": {"IN": list(_JOB_HASHTAGS)}}],),
             lambda t: _JOB_HASHTAGS[t[-1]], 0.75),
    ]  # fmt: skip
    return tuple(rows)


RULES: tuple[Rule, ...] = _rules()
RULES_BY_KEY: dict[str, Rule] = {rule.key: rule for rule in RULES}

EVERYDAY_WORDS = frozenset(
    str.split(
        "i my me we our the a an of at to in on for and from year yr y class head lead leader teaching books papers "
        "evening parent parents time day school call early business office staff book break lunch bus gate form "
        "site chair cover student writing write lesson learning higher level newly exams pile stack mountain "
        "survive survived surviving executive yard reception nursery department dept designated foundation "
        "report reports 1 2 3 4 5 6 7 8 9 10 11 12 13 one two three four five six seven eight nine ten eleven "
        "twelve thirteen group support years breakfast after club kitchen family cook charge house nurse "
        "officer manager adviser advisor mentor worker secretary technician associate vice senior college fe "
        "special needs pupil probationary rector"
    )
)
"""Words too common to open the gate alone: patterns made only of these are checked whole."""
