"""A job at a kind of school, said of oneself: "Exams officer at a comprehensive", "Deputy head of a tiny moorland infants".

People who ask or answer questions in forums, reviews and comment threads open with what they do and where,
naming the kind of school rather than the school ("Lab tech in a big secondary, grade 4, ...", "Chair of governors
at a one-form entry primary.", "Cook at the PRU."): enough for the reader, and safe, they think.  The role rules
(`detectors.roles`) know a school's titles but read such an opening as a claim only for some of them, and the
learned judgement (`detectors.judgement`) scored most of these low on the corpus's twelfth batch (`forums`,
`reviews`), written after the models were built.

The cue: a job's word (teacher, head, librarian, tech, cook, chair, governor, counsellor, manager, ...) with up to
three words before it, then "at", "in", "of" or "for" and a kind of school ("a secondary", "an 11-18 school", "the
PRU", "a small-town primary"), where the job opens the text or a sentence, or follows "I'm a", "I work as a",
"working as a", "as the"; or the job given as the school's own ("as our school's cook I ...").  Never a job whose words begin with an article or a possessive ("A maths teacher at a
... secondary has been banned", "my brother's a cleaner in a ..."): someone else's, in the news or the family;
never a plural ("Teachers at a ... secondary have voted"); never a school of another trade ("Receptionist at a
driving school", "Sales lead for a school supplies firm").  Like the career events
(`detectors.role_events`) it runs only where the judgement found nothing, so the classifier's inputs do not change,
and makes a "worth a look" finding; the filters of a finding that names no role apply (`role_work`).
"""

from __future__ import annotations

import re

from detectors.filters import NOT_SCHOOL_WORDS, verdict
from detectors.gate_batch import Positions, TextBatch
from detectors.role_context import parent_voice
from detectors.role_cue import Cue, cues_in
from detectors.role_events import someone_else_before
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.words import keywords, words

_JOB = (
    r"chair\s+of\s+(?:the\s+)?(?:govs|governors)|(?:head|director|teacher|master|mistress)\s+of\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+|chaplain|catechist|teacher|head(?:teacher|master|mistress)?|deputy(?:\s+head)?|TA|HLTA|LSA|ELSA|SENCO|DSL|tech|technician|"
    r"librarian|manager|officer|administrator|admin|secretary|bursar|cook|chef|caretaker|cleaner|counsellor|adviser|"
    r"advisor|co-?ordinator|lead|leader|governor|govs|chair|clerk|supervisor|mentor|nurse|receptionist|invigilator|"
    r"tutor|lecturer|principal|registrar|matron|porter|groundsman|practitioner|assistant|worker|specialist|therapist|"
    r"instructor"
)
"""The last word of a job as people write it at a sentence's opening ("Science tech", "Chair of govs", "Lay chaplain"),
or a head, director or teacher of something ("Head of Girls' Games at an independent prep")."""
_SCHOOL_KIND = (
    r"(?:primary|secondary|juniors?|infants?|special|grammar|comprehensive|academy|prep|independent|boarding|state|faith|"
    r"village|sixth[\s-]form|high|middle|first|upper|school|PRU|college|nursery|free\s+school|11-18|11-16)"
)
_OTHER_TRADES_SCHOOLS = "(?:" + "|".join(sorted(NOT_SCHOOL_WORDS | {"cycling"})) + ")"
"""A school of another trade or a pastime ("a driving school", "a dance academy"), or one of the writer's past: the
words `filters.NOT_SCHOOL_WORDS` holds for the school detector, and a cycling academy."""
_OPENING = r"(?:\A\W*|[.!?\n]\s*|\b(?:i'?m|i\s+am|i\s+work\s+as|working\s+as|worked\s+as|i'?ve\s+been|as)\s+(?:an?\s+|the\s+)?)"
_ROLE_AT_A_KIND_OF_SCHOOL = re.compile(
    _OPENING
    + r"(?!(?:the|a|an|my|his|her|our|their|your)\b)(?:(?![\w-]+'s\b)(?!(?:she|he|they|who|it|there)\b)[\w'-]+\s+){0,3}?(?:"
    + _JOB
    + r")"
    r"\s+(?:at|in|of|for)\s+(?:(?:a|an|one|two|three)\s+(?:(?!" + _OTHER_TRADES_SCHOOLS + r"\b)[\w-]+\s+){0,3}?"
    r"|the\s+(?:local\s+|village\s+)?)" + _SCHOOL_KIND + r"\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:provider|supplier|company|firm|software|mis|sales|academy)\b)",
    re.I,
)
_AS_THE_SCHOOLS = re.compile(r"\bas\s+(?:the|our)\s+school's\s+(?:[\w-]+\s+){0,2}?(?:" + _JOB + r")\b", re.I)
"""The writer's job as the school's own: "As the school's careers adviser I ...", "as our school's nurse"."""
_CUES = (
    ("gives their own job at a kind of school", _ROLE_AT_A_KIND_OF_SCHOOL),
    ("gives their own job as the school's", _AS_THE_SCHOOLS),
)
KIND_WORDS = keywords(
    "primary secondary junior juniors infant infants special grammar comprehensive academy prep independent boarding state faith "
    "village sixth form high middle first upper school pru college nursery"
)
"""A word every cue holds whole: in an ASCII text, one set test before the pattern is tried."""
JOB_WORDS = keywords(
    "teacher head headteacher headmaster headmistress deputy ta hlta lsa elsa senco dsl tech technician librarian "
    "manager officer administrator admin secretary bursar cook chef caretaker cleaner counsellor adviser advisor "
    "coordinator co ordinator lead leader governor governors govs chair clerk supervisor mentor nurse receptionist "
    "invigilator tutor lecturer principal registrar matron porter groundsman practitioner assistant worker "
    "specialist therapist instructor director master mistress chaplain catechist"
)
"""And a job's word (`_JOB`): most texts that reach the cue have a school's word and none of these."""
_WHOSE_WORK = tuple(f for f in UNNAMED_ROLE_FILTERS if f is not EVERYDAY_SENSE)


def roles_at_a_kind_of_school(text: str) -> list[Cue]:
    """Where the writer gives their own job at a kind of school, in order; none in a parent's text or where the
    filters of a finding that names no role drop it."""
    if text.isascii() and (KIND_WORDS.isdisjoint(found := words(text)) or JOB_WORDS.isdisjoint(found)):
        return []
    plain = text.replace("’", "'")
    out = cues_in(plain, _CUES, lambda _, at: not someone_else_before(plain, at))
    if not out or parent_voice(plain) or verdict(_WHOSE_WORK, plain, 0, len(plain))[0] == "drop":
        return []
    return out


def at_a_kind_of_school(batch: TextBatch) -> Positions:
    """The texts of a batch where the writer gives their own job at a kind of school, for the job detector's batch
    screen: only those with a word of `KIND_WORDS` and one of `JOB_WORDS` are read, and any text beyond ASCII."""
    kinds = batch.with_words(KIND_WORDS) | batch.non_ascii()
    chosen = batch.with_words(JOB_WORDS, kinds) | (kinds & batch.non_ascii())
    return {at for at in chosen if roles_at_a_kind_of_school(batch.texts[at])}
