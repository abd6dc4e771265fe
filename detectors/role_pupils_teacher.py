"""A pupil's teacher, said by the teacher: "I was your son's teacher at Oakhurst!", "I'm her TA", "I taught him in Year 6",
"one of my ex-pupils".

Teachers meet former pupils and their parents everywhere, and answer them in comments and replies: "I was your
daughter's form tutor", "I'm his 1:1 this year", "I taught you in Reception!".  The role rules (`detectors.roles`,
`detectors.role_context`) read a role with a possessive before it ("your son's teacher", "her TA") as someone else's,
which it nearly always is ("my son's teacher emailed"), and the learned judgement (`detectors.judgement`) scored these
low on the corpus's twenty-second batch (`memoirs`, `visiting`), written after the models were built.  The cue is the
writer as the subject ("I'm", "I was", "I've been", "I used to be") of a pupil's school role, or "I taught" a pupil
(him, her, them, you, your son, a name) in a year group, a class or a school.  Never a role of another trade ("I was
her piano teacher", "I'm his swimming coach": the role words here are a school's); never in a parent's text.  Like
the career events (`detectors.role_events`) it runs only where the judgement found nothing, so the classifier's
inputs do not change, and makes a "worth a look" finding.
"""

from __future__ import annotations

import re

from detectors.filters import verdict
from detectors.role_context import parent_voice
from detectors.role_cue import Cue, CueTable, cues_in
from detectors.role_events import sentence_before
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.words import keywords, words

_I_WAS = r"\bI\s*(?:'m|am|was|'ve\s+been|have\s+been|used\s+to\s+be)\s+"
_PUPIL = (
    r"(?:your|his|her|their|[A-Z][a-z]+'s|your\s+(?:son|daughter|child|kid|boy|girl|little\s+one|grandson|granddaughter)"
    r"(?:'s|s')?|(?:both\s+)?your\s+(?:kids|children|boys|girls|twins)')"
)
"""Whose role it is: the pupil's ("your son's", "her", "Maisie's", "your twins'")."""
_SUBJECT = (
    r"(?:year\s*\d{1,2}|yr\s*\d{1,2}|y\d{1,2}|p\d|reception|nursery|class|form|maths|english|science|history|geography|"
    r"french|spanish|german|music|art|pe|re|drama|computing|biology|chemistry|physics|primary|sen|supply|gcse|a[\s-]level)"
)
_SCHOOL_ROLE = (
    r"(?:(?:old|former|first|favourite|last|new|current)\s+)?(?:" + _SUBJECT + r"\s+)?"
    r"(?:teacher|ta|teaching\s+assistant|lsa|hlta|1:1|one[\s-]to[\s-]one|form\s+tutor|tutor|head\s+of\s+year|"
    r"headteacher|head|senco|key\s*worker|lunchtime\s+supervisor|dinner\s+lady)\b"
)
_OWN_ROLE_OF_A_PUPIL = re.compile(_I_WAS + _PUPIL + r"\s+" + _SCHOOL_ROLE, re.I)
_TAUGHT_A_PUPIL = re.compile(
    r"\bI\s+(?:taught|used\s+to\s+teach|teach)\s+(?:him|her|them|you|your\s+(?:son|daughter|kids?|children|boys?|girls?)|"
    r"(?-i:[A-Z][a-z]+))\s+(?:in|at|for|when|back\s+in)\s+(?:year\s*\d|yr\s*\d|y\d|p\d|reception|nursery|ks\d|"
    r"(?:the\s+)?(?:infants|juniors|sixth\s+form)|(?-i:[A-Z][a-z]+\s+(?:Primary|School|Academy|High|College|Juniors|Infants)))",
    re.I,
)
_FORMER_PUPILS = re.compile(
    r"\b(?:my|our)\s+(?:ex-?|former\s+|old\s+)(?:pupils?|tutees?)\b(?!['’]?\s*(?:association|society|club|union|network))"
    r"|\b(?:my|our)\s+(?:ex-?|former\s+)students\b|\b(?:ex-?|former\s+)(?:pupils?|students?)\s+of\s+mine\b",
    re.I,
)
"""The writer's former pupils ("one of my ex-pupils", "my old pupils", "a former pupil of mine"): theirs to teach; a
bare "ex-pupil" or "a former pupil" is as often the writer ("Ex-pupil of X here"), and an old pupils' association is
the school's old pupils."""
_HEDGED_OR_QUOTED = re.compile(
    r"(?i)\b(?:like|as\s+if|as\s+though|pretend\w*|if|think|thinks|thought|wish|imagine)\b|(?:^|\s)['\"“‘]"
)
"""In the sentence before the cue, words that make it a comparison, a guess or a wish ("called me Miss like I was his
form tutor"), or an opening quotation mark ("my tutor said 'I'm your teacher'"): someone else's words."""
_CUES: CueTable = (
    ("a pupil's school role, said of themselves", _OWN_ROLE_OF_A_PUPIL),
    ("taught a pupil in a year group or a school", _TAUGHT_A_PUPIL),
    ("speaks of their own former pupils", _FORMER_PUPILS),
)
_WORDS = keywords("i im my our mine")
"""A word every cue holds whole ("I", or "I'm" as the word split leaves it; "my", "our", "mine" before or after former
pupils): one set test before the patterns."""
_WHOSE_WORK = tuple(f for f in UNNAMED_ROLE_FILTERS if f is not EVERYDAY_SENSE)


def pupils_teacher(text: str) -> list[Cue]:
    """Where the writer says they are (or were) a pupil's teacher, TA or tutor, in order; none in a parent's text or
    where the filters of a finding that names no role drop it."""
    if text.isascii() and _WORDS.isdisjoint(words(text)):
        return []
    plain = text.replace("’", "'")
    out = cues_in(plain, _CUES, lambda _, at: _HEDGED_OR_QUOTED.search(sentence_before(plain, at)) is None)
    if not out:
        return []
    rest = _without(plain, out)  # "your son's", "her" are the pupil's words in the cue, not a parent's
    if parent_voice(rest) or verdict(_WHOSE_WORK, rest, 0, len(rest))[0] == "drop":
        return []
    return out


def _without(text: str, cues: list[Cue]) -> str:
    """The text with each cue's words blanked (spaces, so offsets hold)."""
    for cue in cues:
        text = text[: cue.start] + " " * (cue.end - cue.start) + text[cue.end :]
    return text
