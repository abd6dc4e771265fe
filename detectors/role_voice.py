"""A school speaking as "we": staff who write for their school give their profession away (clause 2.3.13).

"We release teachers for joint planning", "our board of governors' report", "Being a small school, we
share the roles": staff writing a school's blog, newsletter or case study (and many posts) speak as
the school, naming no role of their own.  The learned judgement (`detectors.judgement`) mostly
scores such a text low: nothing in it says "I", and the same school words are a parent's or a
pupil's elsewhere.  What gives the school's voice away is what only a school does in the first
person plural: it manages its staff ("we expect teachers to ..."), owns its staff's and
governors' business ("our marking policy", "our SLT") and calls itself a school ("as a small
school, we ...").  These cues run where the judgement found nothing, like the career events
(`detectors.role_events`), so the classifier's inputs do not change; each makes a "worth a look"
finding.

Someone else's school voice is not the writer's: a school quoted ("the head said: 'our pupils'
safety ...'") or a parent's text (`role_context.parent_voice`) has none.  A vendor's "we help
teachers" is not a school's: verbs that anyone serving teachers uses count only with "our".  A
school also runs its own practice in the first person ("we review core subjects every year",
"we set aside time for subject leaders to plan"): that cue counts only where no other group
names itself as the "we" (`speaks_for_another_group`: parents, a student council, a charity, a
firm; "schools" as those the writer serves) and its verbs are a school's decisions, never ones
a supplier offers ("help", "support", "provide", "train").
"""

from __future__ import annotations

import re

from detectors.role_context import parent_voice
from detectors.role_cue import Cue, cues_in
from detectors.words import keywords, words

_STAFF = (
    r"(?:teachers|teaching\s+staff|support\s+staff|staff|colleagues|TAs|teaching\s+assistants|"
    r"(?:middle|subject|phase|year)\s+leaders|class\s+teachers|form\s+tutors|ECTs|NQTs|early\s+career\s+teachers|"
    r"trainee\s+teachers|lunchtime\s+supervisors|pupils|students)\b"
)
"""The people a school manages: its staff, and its pupils (a parent's "children" is left out)."""
_WE = (
    r"\bwe(?:'ve|'ll|'d|\s+have|\s+had|\s+will|\s+would|\s+do\s+not|\s+don't|\s+now|\s+also|\s+always|\s+still|"
    r"\s+then|\s+all|\s+each|\s+regularly|\s+never|\s+no\s+longer|\s+actively|\s+routinely)*\s+"
)
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("it manages its staff", re.compile(
        _WE + r"(?:ask|asked|expect|expected|pair|paired|require|required|release|released|timetable|timetabled|"
        r"appoint|appointed|employ|employed|pay|paid|allow|allowed|encourage|encouraged|trust|trusted|remind|reminded|"
        r"survey|surveyed|consult|consulted|deploy|deployed|recruit|recruited)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?"
        r"(?:our\s+|the\s+|every\s+|each\s+|new\s+)?(?:[a-z]+\s+)?" + _STAFF, re.I)),
    ("it provides for its own staff", re.compile(
        _WE + r"(?:give|gave|offer|offered|train|trained|support|supported|help|helped|provide|send|sent)\s+"
        r"(?:up\s+)?(?:all\s+)?(?:of\s+)?our\s+(?:[a-z]+\s+)?" + _STAFF, re.I)),
    ("it owns its staff's business", re.compile(
        r"\bour\s+(?:own\s+|new\s+|whole\s+|wonderful\s+|amazing\s+|brilliant\s+|fantastic\s+|hard-working\s+|"
        r"dedicated\s+)?(?:pupils|learners|teaching\s+staff|support\s+staff|school\s+leaders|"
        r"senior\s+(?:leadership|leaders)(?:\s+team)?|leadership\s+team|SLT|governing\s+(?:board|body)|"
        r"(?:marking|feedback|behaviour|homework|assessment|uniform|teaching\s+and\s+learning|anti-bullying|"
        r"attendance)\s+polic(?:y|ies)|schemes\s+of\s+work|staff\s+(?:meetings?|briefings?|wellbeing|survey|room|"
        r"handbook|training|inset)|inset\s+days?|ECTs|NQTs|teaching\s+assistants|TAs|year\s+\d+\s+team|"
        r"reception\s+class(?:es)?|ofsted\s+inspection)\b", re.I)),
    ("it runs its own practice", re.compile(
        _WE + r"(?:review(?:ed)?|develop(?:ed)?|introduc(?:e|ed)|implement(?:ed)?|set\s+aside|use|used|"
        r"focus(?:ed)?\s+on|invest(?:ed)?\s+in|allocat(?:e|ed)|protect(?:ed)?|monitor(?:ed)?|trial(?:led)?|adopt(?:ed)?|"
        r"streamlin(?:e|ed)|reduc(?:e|ed)|run|ran|hold|held|plan(?:ned)?|chang(?:e|ed)|remov(?:e|ed)|stopped|scrapped|"
        r"creat(?:e|ed)|design(?:ed)?|launch(?:ed)?|organis(?:e|ed)|carry\s+out|carried\s+out|make\s+sure|made\s+sure|"
        r"ensure|ensured|decided|agreed|built|shared|tweak|ditch|prioriti[sz](?:e|ed)|invite|invited|set\s+up)\b"
        r"(?![^.!?\n]{0,80}?\b(?:schools|head\s*teachers|principals)\b)[^.!?\n]{0,80}?\b"
        r"(?:teachers|staff|pupils|students|(?:subject|middle|senior)\s+leaders|colleagues|curriculum|lessons?|marking|"
        r"feedback|homework|planning|assessments?|(?:core|foundation)\s+subjects|schemes\s+of\s+work|parents\s+and\s+carers|"
        r"whole[\s-]school|timetable|CPD|INSET|departments|phonics|attendance|classrooms?|exercise\s+books|teaching|"
        r"behaviour\s+(?:incidents|management|points|policy|system))\b",
        re.I)),
    ("it calls itself a school", re.compile(
        r"\b(?:as|being)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:school|primary|academy|secondary|trust|federation)\b"
        r"[^.!?\n]{0,30}?\bwe\b", re.I)),
)  # fmt: skip
"""(what the cue says of the writer's school, in words; its pattern)."""

_MAY_HOLD = re.compile(r"(?i)\b(?:we|our)\b")
"""Every cue needs a "we" or an "our": most texts the judgement leaves have neither."""
_CUE_WORDS = keywords(
    "curriculum lesson lessons marking feedback homework planning assessment assessments subjects carers timetable "
    "cpd departments phonics attendance classroom classrooms books teaching incidents management points system "
    "teachers staff colleagues tas assistants leaders tutors ects nqts supervisors pupils students learners "
    "leadership team slt board body policy policies work meeting meetings briefing briefings wellbeing survey room "
    "handbook training inset day days class classes inspection school primary academy secondary trust federation"
)
"""A word every cue holds whole, its last (`_STAFF`, what "our" owns, what a school calls itself): in an ASCII
text (most), one set test instead of four case-insensitive patterns.  Kept beside `_CUES`: a new cue needs its
word here (`tests/detectors/test_role_voice.py` holds them together)."""
_OTHER_GROUPS = re.compile(
    r"(?i)\b(?:as\s+(?:an?\s+|the\s+)?(?:parents?|members|students|pupils|the\s+student\s+council|estate\s+agents?|"
    r"an?\s+(?:agency|company|firm|organisation|charity|union|council))\b|"
    r"our\s+(?:[\w-]+\s+)?(?:charity|agency|company|firm|hotel|architects|research|tutors|hr\s+team|driving\s+school|"
    r"startup|organisation|association|union|network|clients?|customers|users|subscribers|partners?|app|platform|product|"
    r"members|gym|club|patients|residents|"
    r"software|programme|service|business|shop|store|practice|parents'?\s+group)\b|"
    r"approached\s+us|case\s+study:|sign\s+up|free\s+trial|book\s+a\s+demo|(?:help(?:ing)?|with|for|to)\s+schools)"
)
"""Words by which a "we" names itself as a group other than a school ("as parents, we", "our charity",
"our app", "we work with schools"): its practice is not a school's."""
_OPENING_QUOTE = re.compile(r"""(?:^|[\s:(\[])['"“‘]""")
_CLOSING_QUOTE = re.compile(r"""['"”’](?=$|[\s.,;:!?)\]])""")


def school_voice(text: str) -> list[Cue]:
    """Where the text speaks as a school, in order; none in a parent's text or inside a quotation."""
    if _MAY_HOLD.search(text) is None or (text.isascii() and _CUE_WORDS.isdisjoint(words(text))):
        return []
    plain = text.replace("’", "'")
    out = cues_in(plain, _CUES, lambda _, at: not quoted(plain, at))
    if any(cue.what == PRACTICE for cue in out) and speaks_for_another_group(plain):  # asked once a text
        out = [cue for cue in out if cue.what != PRACTICE]
    if out and parent_voice(plain):
        return []
    return out


PRACTICE = "it runs its own practice"


def speaks_for_another_group(text: str) -> bool:
    """Whether the text's "we" names itself as a group other than a school: parents, a student council,
    a charity or a firm, a supplier with an app or clients, or one that works "with schools"."""
    return _OTHER_GROUPS.search(text) is not None


def quoted(text: str, at: int) -> bool:
    """Whether `at` falls inside a quotation opened before it and not closed in between: someone
    else's words ("... said: 'The safety of our pupils ...'"), not the writer's.  An apostrophe
    inside a word ("don't") neither opens nor closes one."""
    opening = max(_OPENING_QUOTE.finditer(text, 0, at), key=lambda found: found.start(), default=None)
    if opening is None:
        return False
    return _CLOSING_QUOTE.search(text, opening.end(), at) is None
