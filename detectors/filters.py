"""Named false-positive filters of the profession and workplace detectors.

Each filter is one small, separately tested unit with a name that appears in the finding's
explanation, the way detect-secrets keeps its heuristic filters: a reader (or a test) can see
which filter dropped a candidate or turned a finding down to "worth a look", instead of an
anonymous regex somewhere inside `detect()`.

- A *drop* filter says the candidate is not what the detector looks for at all ("Fernside
  Taxis" is a business, "Oakhurst Academy FC" a football club).
- A *demote* filter says the words may still matter but are probably not the writer's own (a
  retweet, a check-in suffix on a cross-posted photo): the finding is kept as "worth a look".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Effect = Literal["drop", "demote"]


@dataclass(frozen=True, slots=True)
class Filter:
    """One named heuristic: `applies(text, start, end)` looks at a candidate span in its text."""

    name: str
    effect: Effect
    why: str
    applies: Callable[[str, int, int], bool]

    def __call__(self, text: str, start: int, end: int) -> bool:
        return self.applies(text, start, end)


_BUSINESS_AFTER = re.compile(
    r"['’]?s?\s*(?:taxis?|cabs?|dental|dentists?|surgery|medical|health|primary\s+care|care\s+(?:centre|home)|"
    r"garage|motors|flower\s+show|show|fete|festival|parish|church|chapel|cathedral|hospice|hospital|road|street|"
    r"lane|avenue|way|close|drive|crescent|estate|park|village|hall|library|bakery|butchers?|pharmacy|chemist|"
    r"vets?|veterinary|pub|inn|arms|hotel|fc|afc|football|cricket|rugby|golf|tennis|bowls|rovers|united|town|"
    r"athletic|wanderers|leisure|stores?|shop|market|post\s+office|bus|station|council|ltd|limited|plc|fm)\b",
    re.IGNORECASE,
)
NOT_SCHOOL_WORDS = frozenset(
    str.split(
        "driving dance ballet swim swimming surf ski language business film flying riding cookery dog bible sunday "
        "summer forest football tennis karate martial coding police art music theatre stage boxing golf cricket "
        "rugby hair beauty royal military naval fire sales awards award yoga tutoring tuition old"
    )
)
_GROUP_AFTER = re.compile(
    r"\s*(?:fc|afc|football|club|united|rovers|athletic|u\d{1,2}s?|pta|ptfa|pfa|friends\s+of|parents?\s+(?:association|forum)|"
    r"alumni|old\s+(?:boys|girls)|reunion|class\s+of)\b",
    re.IGNORECASE,
)
_CHECK_IN = re.compile(r"(?:(?:^|\s)@\s?|\bI'?m\s+at\s+|\(\s*at\s+|[-—–]\s+at\s+|📍\s*)$", re.IGNORECASE)
"""How cross-posting apps and check-ins introduce a place: "@ X", "I'm at X", "(at X)", "— at X"."""
_CHECK_IN_TAIL = re.compile(r"\s*(?:\)|,?\s+in\s+[^.!?\n@#|]{0,40})?[\s.]*(?:https?://\S+\s*)*$", re.IGNORECASE)
"""After the place: nothing, or its town, or a link."""
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_SCHOOL_TEACHER = frozenset(
    str.split(
        "swimming swim piano guitar violin cello drum drums singing vocal voice yoga pilates driving dance ballet "
        "tennis golf ski surf karate martial riding sunday spin zumba pottery meditation mindfulness reiki "
        "spiritual breathwork hypnotherapy kundalini qigong tai salsa bellydance puppy dog "
        # educators and instructors of other trades: care, beauty, drink, crafts, sport and leisure (not
        # "health", "food", "cookery", "sex" or "financial": schools employ teachers of those too)
        "medical patient diabetes clinical nurse nursing fitness wine perfume fragrance beauty skincare makeup "
        "brand product museum zoo wildlife birth childbirth antenatal lactation dementia cancer coffee barista hair "
        "nail lash massage baking knitting crochet parenting horse equine flight aviation "
        "climbing sailing diving scuba "
        "ski snowboard cycling running crossfit gym boxing kickboxing judo taekwondo jiu jitsu"
    )
)
_SPIRITUAL_VOCATION = re.compile(
    r"\b(?:healers?|lightworkers?|light\s+worker|shamans?|mystics?|(?<!job\s)seekers?|empaths?|priestess|psychics?|"
    r"intuitives?|channell?ers?|starseeds?|witch|tarot\s+readers?|astrologers?|gurus?|yogis?|"
    r"spirit\s+guides?|soul\s+guides?|energy\s+workers?)\b",
    re.IGNORECASE,
)
"""A calling of the spirit beside a bare "teacher" in a list ("Mother, Healer, Teacher, Seeker"): a spiritual teacher, not a school's."""
SPIRITUAL_WITHIN = 48


_WISH = re.compile(
    r"(?:\b(?:wish(?:ed)?|if\s+only|if)\s+i\s+(?:was|were|could\s+be|had\s+been)"
    r"|\b(?:want(?:ed|s)?|wanna|hop(?:e|ed|ing)|dream(?:s|ed|ing)?(?:\s+of)?|aspir(?:e|es|ing)|longing)"
    r"\s+(?:to\s+)?(?:be(?:come)?|being|becoming)"
    r"|\b(?:thinking\s+(?:of|about)|considering|contemplating)\s+(?:becoming|being|retraining\s+as|training\s+(?:as|to\s+be))"
    r"|\b(?:nearly|almost)\s+(?:became|become|was)|\bthe\s+day\s+i\s+become|\bapplication\s+to\s+be(?:come)?"
    r"|\bapplied\s+(?:for\s+(?:\w+\s+)?jobs?\s+as|to\s+be(?:come)?))\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}$"
    r"|\b(?:aspiring|would-be|wannabe|prospective)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_HOPEFUL_AFTER = re.compile(r"\s*(?:hopeful|wannabe|\(\s*hopefully\s*\))(?!\w)", re.IGNORECASE)


def _wished_for(text: str, start: int, end: int) -> bool:
    """ "I wish I was a teacher", "I want to become an educator", "aspiring teacher", "thinking of retraining as a
    teacher", "nearly became a teacher", "my application to be a parent governor", "parent governor hopeful": a job
    wanted, weighed up or missed, not held."""
    return bool(_WISH.search(text, max(0, start - 60), start)) or _HOPEFUL_AFTER.match(text, end) is not None


_NAMED_PERSON_BEFORE = re.compile(
    r"\b(?P<name>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+[A-Z][\w'-]+|[A-Z][a-z'-]+\s+[A-Z][\w'-]+)\s*,\s+"
    r"(?:(?:a|an|the|who\s+(?:is|was)(?:\s+(?:a|an|the))?|now|formerly|once)\s+)?(?:[\w'-]+\s+){0,5}$"
)
"""A named person and an appositive: "Sam Lee, a ", "Mrs Okafor, who is the ", "Priya Shah, deputy "."""
_NOT_A_NAME = frozenset(
    str.split(
        "happy good dear hello hi hey thank thanks welcome congratulations congrats merry last next this that big "
        "well oh so and but the my our your in on at by for from to with after before during since until one "
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december christmas easter half term week day morning evening night "
        "new old great little year autumn spring summer winter proud mum mom dad wife husband teacher head "
        "high primary academy school college grammar infants infant junior juniors nursery trust federation "
        "church ce rc university uni"
    )
)
"""Capitalised words that open sentences, name times or schools ("Happy Monday, a ...", "In September,
a ...", "Holmewood High, invigilator"): a pair containing one is not a person's name."""
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:i|i'm|i've|i'll|me|my|we|our|us|you|your|as)\b", re.IGNORECASE)
BYLINE_OPENER = r"(?:(?:background|written|posted|words|a\s+blog|an\s+article|a\s+post|guest\s+post)\s+)?(?:from|by)"
"""How a byline opens before its author's name ("Written by", "Background from", "A blog by"), any case; shared
with `role_context`, which reads the role after the name as the author's."""
_BYLINE_OPENS = re.compile(r"(?:^|[\n.!?]\s*)" + BYLINE_OPENER + r"\s+$", re.IGNORECASE)
"""A byline's opening before the name ("Written by Jo Bell, Head of Maths"): the text's author, not a third person."""
_TITLE_BEFORE = re.compile(r"\b(?:of|for|the|and|&)\s+$", re.IGNORECASE)
_ROLE_AT_BEFORE = re.compile(r"\s(?:at|from|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _someone_named(text: str, start: int, end: int) -> bool:
    """ "Sam Lee, a TA at ...": the role of a person the writer names."""
    return _names_a_person(text[max(0, start - 60) : start])


def _someone_nameds_school(text: str, start: int, end: int) -> bool:
    """ "Sam Lee, a TA at Greenside School": the school of a person the writer names (a role between)."""
    before = text[max(0, start - 90) : start]
    at = _ROLE_AT_BEFORE.search(before)
    return at is not None and at.start() > 0 and _names_a_person(before[: at.start()] + " ", role_between=True)


def _names_a_person(before: str, role_between: bool = False) -> bool:
    found = _NAMED_PERSON_BEFORE.search(before)
    if found is None or (role_between and not before[found.end("name") :].strip(" ,")):
        return False  # "Primary Education, Millbridge Trust": no role between the name and the school
    if _FIRST_OR_SECOND_PERSON.search(before, found.end("name")):
        return False  # "Hi Mr Dale, I'm a ...", "At Fernside, where I have been ...": the writer, or a greeting
    if _BYLINE_OPENS.search(before, 0, found.start()):
        return False  # "Written by Jo Bell, Deputy Head": the author's byline (`role_context` reads it)
    if _TITLE_BEFORE.search(before, 0, found.start()):
        return False  # "Director of Primary Education, ...": a job title, not a name
    words = [word.strip(".'").lower() for word in found.group("name").split()]
    return not any(word in _NOT_A_NAME for word in words)


def _business_shares_name(text: str, start: int, end: int) -> bool:
    """ "Fernside Taxis", "Fernside Flower Show": a short name followed by what it really names."""
    return bool(_BUSINESS_AFTER.match(text, end))


def _not_a_school(text: str, start: int, end: int) -> bool:
    """ "Dance Academy", "Sunday School", "Academy Awards": a school word in another trade."""
    name = text[start:end].lower().split()
    after = text[end : end + 8].lower()
    return any(_POSSESSIVE.sub("", word) in NOT_SCHOOL_WORDS for word in name) or after.startswith(" award")


def _club_or_parents_group(text: str, start: int, end: int) -> bool:
    """ "Oakhurst Academy FC", "Fernside PTA", "Holmewood High reunion": a club or a parents' group."""
    return bool(_GROUP_AFTER.match(text, end))


def _check_in_suffix(text: str, start: int, end: int) -> bool:
    """ "… @ Lakeview High School": a place named at the end of a cross-posted photo, a visit."""
    return bool(_CHECK_IN.search(text[max(0, start - 12) : start])) and bool(_CHECK_IN_TAIL.fullmatch(text, end))


def _retweet(text: str, start: int, end: int) -> bool:
    """ "RT @someone: …": someone else's words, quoted."""
    return text.lstrip().startswith(("RT @", "rt @", "RT@"))


def _other_kind_of_teacher(text: str, start: int, end: int) -> bool:
    """ "yoga teacher", "driving instructor", "diabetes educator": a teacher of something schools do not employ
    you for; or a teacher among callings of the spirit ("Healer, Teacher, Seeker")."""
    before = text[max(0, start - 20) : start].lower().split()
    if before and before[-1].strip("#") in _NOT_SCHOOL_TEACHER:
        return True
    if text[start:end].lower() not in ("teacher", "teachers", "educator"):
        return False  # "Science teacher, healer on the side": a school subject makes it a school's teacher
    near = text[max(0, start - SPIRITUAL_WITHIN) : end + SPIRITUAL_WITHIN]
    return _SPIRITUAL_VOCATION.search(near) is not None


BUSINESS_SHARES_NAME = Filter(
    "business or place sharing the name", "drop", "a shop, club or street that shares the school's short name",
    _business_shares_name,
)  # fmt: skip
NOT_A_SCHOOL = Filter(
    "not a school", "drop", "a school word in another trade (dance academy, Sunday school)", _not_a_school
)
CLUB_OR_PARENTS_GROUP = Filter(
    "club or parents' group",
    "drop",
    "a football club, PTA or alumni group named after a school",
    _club_or_parents_group,
)
CHECK_IN_SUFFIX = Filter(
    "check-in suffix",
    "demote",
    "a school named after '@' at the end of a post is usually a place visited",
    _check_in_suffix,
)
RETWEET = Filter("retweet", "demote", "a retweet quotes someone else's words", _retweet)
OTHER_KIND_OF_TEACHER = Filter(
    "other kind of teacher", "drop", "a teacher of something schools do not employ you for (yoga, driving, a diabetes educator, a spiritual teacher)",
    _other_kind_of_teacher,
)  # fmt: skip

SOMEONE_NAMED = Filter(
    "someone the writer names",
    "demote",
    'the role of a person the writer names ("Sam Lee, a TA at ..."), not the writer\'s own',
    _someone_named,
)
SOMEONE_NAMEDS_SCHOOL = Filter(
    "someone the writer names",
    "demote",
    'the school of a person the writer names ("Sam Lee, a TA at Greenside School")',
    _someone_nameds_school,
)
WISHED_FOR = Filter(
    "a wish, not a job", "drop", "a job the writer wishes they had or wants one day, not one they hold", _wished_for
)

NO_ROLE_NAMED = "no role of their own named"
"""Held to "worth a look": school words with no role the writer gives themselves.  On real public
posts most such findings were a pupil's, a parent's or someone else's (bench/RESULTS.md), however
sure the classifier was."""
OWN_ROLE_THE_MODEL_DOUBTS = "a role of their own that the model doubts"
"""Kept at "worth a look" (`job_title`): the writer names a role of their own ("Head of Music at ...", "Cover
supervisor, is the union worth it?") and the classifier scores the text under its bar.  On text no model had
learned from (the corpus's twelfth batch), such claims were right 14 times in 17; their confidence comes from
a table of their own (`Judge.named_calibration`)."""
NAME_WITHOUT_SCHOOL_WORD = "a name without a school word"
"""Held to "worth a look": a bare name or a hashtag may be a school, a shop or a football club."""

SCHOOL_FILTERS: tuple[Filter, ...] = (
    NOT_A_SCHOOL,
    CLUB_OR_PARENTS_GROUP,
    CHECK_IN_SUFFIX,
    RETWEET,
    SOMEONE_NAMEDS_SCHOOL,
)
"""Filters every school candidate passes through (short names also through `BUSINESS_SHARES_NAME`)."""
ROLE_FILTERS: tuple[Filter, ...] = (OTHER_KIND_OF_TEACHER, WISHED_FOR, SOMEONE_NAMED)
"""Filters every role word passes through before it counts as a cue (a demoted one is only mentioned)."""
JOB_FILTERS: tuple[Filter, ...] = (RETWEET,)
"""Filters of a whole item judged for the writer's profession."""


def verdict(filters: tuple[Filter, ...], text: str, start: int, end: int) -> tuple[Effect | None, tuple[str, ...]]:
    """The strongest effect of the filters that apply, and their names (for the explanation)."""
    fired = [f for f in filters if f(text, start, end)]
    if any(f.effect == "drop" for f in fired):
        return "drop", tuple(f.name for f in fired if f.effect == "drop")
    if fired:
        return "demote", tuple(f.name for f in fired)
    return None, ()


def drops(filters: tuple[Filter, ...], text: str, start: int, end: int) -> bool:
    """`verdict(filters, ...)[0] == "drop"`, stopping at the first drop filter that applies and never asking a
    demote filter: where only the drop matters (an address, a postcode, a text with no role named), the names
    are never read, and a text a filter drops is judged by one filter, not by all of them.  The filters are
    pure functions of their arguments, so asking fewer of them changes no answer."""
    return any(f(text, start, end) for f in filters if f.effect == "drop")
