"""A teacher's work, done by the writer: marking, grading, lesson plans, a class taught (clause 2.3.13).

"Back to grading papers", "need to get through the marking", "4 lesson plans down, 3 to go",
"teaching my first Year 9 class today", "on gate duty", "cover work for 10C is in the shared drive",
"miss my students already", "number fans for my P4s", "my GCSE geographers
loved the river study", "do I lose my TPS?", "my first ECT payslip", "I'm in the PE dept": short posts in which the writer
is plainly doing a teacher's work without naming the job.  Measured on real tweets nobody on the
team wrote (`bench/real_labels/general_staffish.jsonl`), the learned judgement (`detectors.judgement`)
scored most of these low: in the labelled corpus the same words are as often a pupil's ("my
marking" of their own homework), a tutor's at the dojo or a fan's.  Like the career events
(`detectors.role_events`), these cues run only where the judgement found nothing, so the
classifier's inputs do not change, and each makes a "worth a look" finding.

Whose work it is decides: a cue counts only when nobody else is the subject before it in its
sentence (`role_events.someone_else_before`: "my mum is marking ...", "the teacher is grading ...")
and the text is not a parent's.  Two named filters keep other work out: `other_kind_of_teaching`
(a yoga class, a grading at the dojo, a driving lesson) and `marks_own_work` (a pupil "marking my
own homework"); the filters of any finding that names no role (`role_filters.UNNAMED_ROLE_FILTERS`: a
pupil's or a student's voice, a parent helper; all but the everyday-sense one, which asks after words of the
job gate these cues do not need) apply as well.  "My pupils" is left out (the pupils of an eye, at the optician's).
"""

from __future__ import annotations

import re

from detectors.filters import verdict
from detectors.gate_batch import Positions, TextBatch
from detectors.role_context import parent_voice
from detectors.role_cue import Cue, cues_in
from detectors.role_events import sentence_before, someone_else_before
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.words import keywords, words

_OBJECTS = (
    r"papers|essays|assignments|tests|exams|books|mocks|journals|projects|coursework|quizzes|finals|midterms|homework|"
    r"scripts|portfolios|reports"
)
_MANY = (
    r"(?:1[2-9]|[2-9]\d|[1-3]\d\d|twelve|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a\s+hundred|hundred)"
)
"""A class's worth of children or more: "took 5 kids to the park" is a parent's, "took 32 Year 4s to the Sea
Life Centre" a trip's."""
_DEPARTMENTS = (
    r"maths?|english|science|history|geography|geog|pe|p\.e\.|re|rs|mfl|languages|humanities|computing|physics|chemistry|"
    r"biology|dt|technology|french|spanish|german"
)
"""A school's subject departments; not art, music, drama or business, whose departments are as often a film's, a
shop's or a firm's."""
_YEAR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("marks or plans their classes' work", re.compile(
        r"\b(?:back\s+to|time\s+(?:for|to\s+(?:do|start))|(?:got|have|had|gotta|need)\s+(?:to\s+)?(?:do|finish|get\s+through)|"
        r"started|starting|finished|finishing|haven'?t\s+(?:even\s+)?started|done|more|still|mountain\s+of|pile\s+of|stack\s+of|\d+)\s+"
        r"(?:(?:my|the|some|all\s+(?:the|my|of\s+(?:the|those|my))|those)\s+)?"
        r"(?:(?:marking|grading)\b(?!\s+(?:out|up|off|down|time)\b)|(?:lesson\s+plans?|lesson\s+planning|report\s+cards?)\b)", re.I)),
    ("has marking, lesson plans or reports to get done", re.compile(
        r"(?<!line\s)(?<!road\s)(?<!pitch\s)(?<!court\s)\b(?:marking|lesson\s+plans?|planning)\s+(?:is\s+|are\s+|all\s+)?"
        r"(?:done|finished|sorted|complete|over)\b"
        r"|\bno\s+marking\b|\b\d+\s+unmarked\s+(?:[\w-]+\s+)?(?:papers|books|essays|scripts|mocks|tests|assessments)\b"
        r"|\blesson\s+plans?\s+for\s+(?:the|this|next)\s+week\b"
        r"|\b\d{2,3}\s+(?:more\s+)?(?:reports|report\s+comments)\s+(?:to\s+(?:write|finish|do|go|check)|left|done|written)\b"
        r"|\b(?:my|the)\s+marking\s+pile\b"
        r"|\b(?:once|after|till|until|before)\s+(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?(?:reports|lesson\s+plans)\s+"
        r"(?:are|is)\s+(?:written|done|finished|in)\b", re.I)),
    ("marks or grades their classes' work", re.compile(
        rf"\b(?:grading|marking)\s+(?:\d+\s+)?(?:[\w'-]+\s+){{0,3}}(?:{_OBJECTS})\b"
        r"|\b\d{2,3}\s+(?:homeworks|books|essays|scripts|tests|mocks|papers)\s+to\s+mark\b"
        r"|\bmark(?:ed|ing)?\s+(?:\d{1,2}[A-Z]\w*|y\d{1,2}|year\s+\d{1,2})['’]?s?\s+(?:homeworks?|books|essays|tests|mocks)\b",
        re.I)),
    ("sets their classes' homework", re.compile(
        r"\bhomework\s+I\s+set\b|\bI\s+(?:just\s+)?set\s+(?:them\s+|my\s+class\s+)?(?:a|the|some|this\s+week['’]?s)\s+homework\b"
        r"|(?:^|[.!?\n]\s*)set\s+(?:a|the|some)\s+homework\s+(?:called|on|about|where|asking)\b", re.I)),
    ("teaches a class", re.compile(
        r"\b(?:teaching|taught)\s+(?:my\s+|a\s+|an\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:first\s+|last\s+|next\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:class(?:es)?|lessons?|periods?)\b", re.I)),
    ("speaks of their students", re.compile(
        r"\b(?:miss(?:ing)?|love|proud\s+of)\s+(?:all\s+)?my\s+students\b|\bmy\s+(?:\d+(?:st|nd|rd|th)\s+grade\s+|year\s+\d+\s+)?students\b"
        r"(?=.*\b(?:learn\w*|teach\w*|class\w*|lessons?|school|grades?|grading|maths?|english|science|exams?|tests?|"
        r"homework|assessments?|subject)\b)", re.I | re.S)),
    ("speaks of the year groups or classes they teach", re.compile(
        r"\bmy\s+(?:lovely\s+|new\s+|little\s+|current\s+|brilliant\s+|amazing\s+)?"
        r"(?:(?:year\s*\d{1,2}|y\d{1,2}|p\d|s[1-6])s\b|(?:s[1-6]|p[1-7])\s+(?:[\w-]+\s+){0,2}(?:class|classes|set|sets)\b|(?:gcse|a[\s-]?level|level\s+\d|btec|ks\d)\s+(?:[\w-]+\s+)?"
        r"(?:learners|groups?|sets?|geographers|historians|scientists|mathematicians|artists|linguists|chemists|physicists|"
        r"biologists)\b)", re.I)),
    ("takes a year group out", re.compile(
        r"\b(?:took|take|taking|loaded|loading|had|marched|walked|led|escorted|herded|counted|wrangled|ferried)\s+"
        r"(?:all\s+)?" + _MANY + r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|\d))?\s+(?:[\w-]+\s+)?"
        r"(?:year[\s-]?(?:\d{1,2}|" + _YEAR_WORDS + r")s|y\d{1,2}s)\b", re.I)),
    ("works in a school subject's department", re.compile(
        r"\b(?:I'?m|I\s+am|im|I\s+work|I\s+teach|working|(?:I'?ve\s+)?joined|joining|my|our)\s+(?:in\s+|for\s+)?"
        r"(?:the\s+)?(?:new\s+|little\s+|lovely\s+)?(?:" + _DEPARTMENTS + r")\s+(?:dept|department|faculty)\b"
        r"(?!\s+(?:at|of|in)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:uni|university|hospital|trust)\b)", re.I)),
    ("does a teacher's duty", re.compile(
        r"\b(?:on|doing|did|done|covering|covered)\s+(?:my\s+|the\s+)?(?:gate|bus|yard|playground|corridor|detention|"
        r"boarding(?:\s+house)?|wet\s+play)\s+duty\b"
        r"|\bsupervis(?:e|ed|ing)\s+(?:a\s+|the\s+|lunchtime\s+|after-school\s+)?detentions?\b"
        r"|\bcover\s+work\s+for\s+(?:my\s+)?(?:\d{1,2}[A-Z]\w*|(?:year|y)\s?\d{1,2}\w*)"
        r"|\b(?:\d+|twenty|thirty|forty|sixty)\s+(?:books|essays|scripts|papers|mocks|tests)\s+marked\b"
        r"|\b(?:writing|wrote|written|finished|finishing|wrapped\s+up|started|\d+|last\s+of\s+(?:the|my))\s+"
        r"(?:the\s+|my\s+)?report\s+comments\b", re.I)),
    ("does supply teaching", re.compile(
        r"\b(?:day|days|week|weeks|term|month|year|years)\s+(?:\d+\s+|one\s+|two\s+|three\s+)?(?:of|on)\s+supply\b"
        r"|\b(?:doing|do|did|done|started|starting|(?:I'?m|I\s+am|I\s+was|been|back|went)\s+on)\s+"
        r"(?:day-to-day\s+|daily\s+|long-term\s+|primary\s+|secondary\s+)?supply\b(?!\s+(?:chain|and\s+demand|side))"
        r"|\bsupply\s+(?:teaching|booking|bookings|gig)\b", re.I)),
    ("speaks of their own teacher's pay, pension or planning time", re.compile(
        r"\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:PPA|TPS|TLR|teachers'?\s+pension|supply\s+(?:pay|work|days?|rate)|"
        r"ECT\s+(?:payslip|year|induction|mentor|time)|main\s+(?:pay\s+)?scale|upper\s+pay\s+scale)\b"
        r"|\b(?:opting|opted|opt)\s+out\s+of\s+(?:the\s+)?(?:TPS|teachers'?\s+pension)\b"
        r"|\b(?:lose|losing|keep|kept|cash(?:ing)?\s+in|transfer(?:ring)?)\s+my\s+(?:TPS|teachers'?\s+pension)\b", re.I)),
)  # fmt: skip
"""(what the writer is doing, in words; its pattern)."""

WORK_WORDS = keywords(
    "marking grading lesson report teaching taught students learners gcse btec ks1 ks2 ks3 ks4 ks5 geographers historians "
    "scientists mathematicians artists linguists chemists physicists biologists ppa tps tlr pension supply ect scale "
    "dept department faculty unmarked plans planning reports duty detention detentions cover marked comments pile "
    "homework homeworks "
    + " ".join(f"{n}s y{n}s" for n in range(1, 15))
    + " "
    + " ".join(f"p{n}s p{n}" for n in range(1, 8))
    + " "
    + " ".join(f"s{n}s s{n}" for n in range(1, 7))
    + " ones twos threes fours fives sixes sevens eights nines tens elevens twelves thirteens"
)
"""A word every cue holds whole: in an ASCII text (most), one set test before any pattern is tried; the job
detector's gate and batch screen let a text with one of them through when it holds a cue (`job_title`).  For the
year groups taught, their plural ("p4s", "14s" of "Year 14s") or the qualification ("gcse", "btec"), or the group's
own word ("learners", "geographers"), not "group" or "set": too common to screen anything."""

_OTHER_TEACHING = re.compile(
    r"(?i)\b(?:yoga|pilates|spin|zumba|dance|dancing|ballet|salsa|cooking|baking|fitness|gym|crossfit|cardio|kickboxing|"
    r"karate|judo|jiu[\s-]?jitsu|taekwondo|martial|dojo|belts?|swim\w*|climbing|ski(?:ing)?|surf\w*|driving|guitar|piano|"
    r"drums?|violin|singing|sunday\s+school|bible|vbs|church|camp|dog\s+training|apprentices?)\b"
)
_ANOTHER_MARKER = re.compile(
    r"(?i)\b(?:teachers?|prof|profs|professor|tutor|lecturer|instructor|sir|miss|mrs|mr|ms|they|she|he|mum|mam|mom|"
    r"dad|nan|gran|grandma|grandad|wife|husband|partner|sister|brother|son|daughter|friend|mate)\b"
)
"""Whoever else may be marking before the cue in its sentence ("the prof is grading our essays", "Dad is still
marking ...")."""
_WHOSE_WORK = tuple(f for f in UNNAMED_ROLE_FILTERS if f is not EVERYDAY_SENSE)
"""The filters of a finding that names no role, but the one that drops it when no word of the job gate is
left once everyday senses are taken out ("send me ..."): these cues need no word of the gate."""
_OWN_WORK = re.compile(r"(?i)\bmarking\s+my\s+own\b|\bmy\s+own\s+(?:homework|marking|grading)\b|\bnever\s+taught\b")


def other_kind_of_teaching(text: str) -> bool:
    """Named filter: teaching or grading outside a school ("my spin class", "belt grading at the karate club",
    "teaching a guitar lesson"): a trade or a hobby, not a school job."""
    return _OTHER_TEACHING.search(text) is not None


def marks_own_work(text: str) -> bool:
    """Named filter: the writer's own schoolwork, or teaching denied ("marking my own practice paper", "I have never
    taught a class"): a pupil's or an outsider's words."""
    return _OWN_WORK.search(text) is not None


def _another_marks(text: str, at: int) -> bool:
    return _ANOTHER_MARKER.search(sentence_before(text, at)) is not None


def teachers_work(text: str) -> list[Cue]:
    """Where the writer does a teacher's work, in order; none where another kind of teaching, their own
    schoolwork or a parent's text is what it is about."""
    if text.isascii() and WORK_WORDS.isdisjoint(words(text)):
        return []
    plain = text.replace("’", "'")
    out = cues_in(plain, _CUES, lambda _, at: not someone_else_before(plain, at) and not _another_marks(plain, at))
    if not out or other_kind_of_teaching(plain) or marks_own_work(plain) or parent_voice(plain):
        return []
    if verdict(_WHOSE_WORK, plain, 0, len(plain))[0] == "drop":
        return []  # a pupil's, a student's, a parent helper's school words, as for any finding naming no role
    return out


def at_work(batch: TextBatch) -> Positions:
    """The texts of a batch that hold a teacher's work (`teachers_work`), for the job detector's batch screen:
    only those with a word of `WORK_WORDS` are read, and any text beyond ASCII (whose words may be cut elsewhere)."""
    return {at for at in batch.with_words(WORK_WORDS) | batch.non_ascii() if teachers_work(batch.texts[at])}
