"""A school support job's work, done by the writer: invigilation, reprographics, the roll, a colleague's lesson covered.

Support staff give their job away by the work only a school has: invigilating an exam series, the
reprographics queue, persistent-absence letters, a science prep room, a colleague's lesson covered ("covering
her period 4").  No other employer has these, and nobody but the school's own staff does them; yet on the tenth
corpus batch (`backoffice`) the learned judgement (`detectors.judgement`) scored them low, or the job gate
never let them through (none is a role word, and most are not words of school life a parent uses).  This is
`role_work` (a teacher's work) for the rest of the staff: the cues run only where the judgement found
nothing, so the classifier's inputs (and what `make model` builds) do not change, and each makes a "worth a
look" finding; the job gate and its batch screen let through a text that holds one (`job_title`).

Whose work it is decides, as in `role_work`: nobody else is the subject before the cue in its sentence
(`role_events.someone_else_before`: "the invigilator was invigilating ..."), the text is not a parent's, and the
filters of a finding that names no role apply (a pupil's "I sat in the hall while they were invigilating", a
visitor's, an outside trade's; all but the everyday-sense one, which asks after words of the job gate).
"""

from __future__ import annotations

import re

from detectors.filters import verdict
from detectors.gate_batch import Positions, TextBatch
from detectors.role_context import parent_voice
from detectors.role_cue import Cue, cues_in
from detectors.role_events import someone_else_before
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.words import keywords, words

_LAB = re.compile(
    r"(?i)\b(?:science|lab|labs|practicals?|dissection|titration|technicians?|burettes?|chemistry|biology)\b"
)
"""A science department's words: a prep room beside them is its technicians' (a kitchen has one too)."""
_PREP_ROOM = "works in a science prep room"
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("invigilates exams", re.compile(r"\binvigilat(?:e|es|ed|ing|ion)\b", re.I)),
    ("runs the school's reprographics", re.compile(r"\breprographics\b", re.I)),
    ("holds attendance meetings", re.compile(r"\bpersistent\s+absence\s+(?:meetings?|letters?|panels?|calls?)\b", re.I)),
    (_PREP_ROOM, re.compile(r"\bprep\s+room\b", re.I)),
    ("covers a colleague's lesson", re.compile(
        r"\bcover(?:ing)?\s+(?:your|his|her|their)\s+(?:period\s*\d|p\d|lesson|class)\b", re.I)),
)  # fmt: skip
"""(what the writer does, in words; its pattern)."""

SUPPORT_WORK_WORDS = keywords("invigilate invigilates invigilated invigilating invigilation reprographics persistent "
                              "prep cover covering")  # fmt: skip
"""A word every cue holds whole: in an ASCII text, one set test before any pattern is tried; the job detector's
gate and batch screen let a text with one of them through when it holds a cue (`job_title`)."""
_WHOSE_WORK = tuple(f for f in UNNAMED_ROLE_FILTERS if f is not EVERYDAY_SENSE)
"""The filters of a finding that names no role, but the everyday-sense one (these cues need no word of the gate)."""


def support_work(text: str) -> list[Cue]:
    """Where the writer does a school support job's work, in order; none in a parent's text, nor where the
    filters of a finding with no role named drop the text."""
    if text.isascii() and SUPPORT_WORK_WORDS.isdisjoint(words(text)):
        return []
    plain = text.replace("’", "'")
    out = cues_in(
        plain,
        _CUES,
        lambda what, at: not someone_else_before(plain, at) and (what != _PREP_ROOM or _LAB.search(plain) is not None),
    )
    if not out or parent_voice(plain) or verdict(_WHOSE_WORK, plain, 0, len(plain))[0] == "drop":
        return []
    return out


def at_support_work(batch: TextBatch) -> Positions:
    """The texts of a batch that hold a support job's work (`support_work`), for the job detector's batch screen:
    only those with a word of `SUPPORT_WORK_WORDS` are read, and any text beyond ASCII."""
    return {
        at for at in batch.with_words(SUPPORT_WORK_WORDS) | batch.non_ascii() if support_work(batch.texts[at])
    }  # fmt: skip
