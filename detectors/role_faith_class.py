"""A named filter of profession findings: the teaching is a faith community's weekend class, not a school's.

"I've taught Sunday school for 22 years", "Cheder this morning: 18 kids and a dreidel tournament", "Qur'an class at the
masjid tonight, 3 of my students finished Juz Amma", "Bal Vihar Sunday class at the mandir: I teach the 6-8s": the
words of teaching ("taught", "my class", "my students", "the register") are a school teacher's everywhere else, and
the learned judgement reads them so.  A Sunday school, a madrasa or a cheder is run by a church, a mosque or a
synagogue, its teachers are volunteers or the community's, and clause 2.3.13 is about the school where someone works.
Bible colleges, seminaries and theology classes are where adults study, not schools either.

The filter drops a finding of the whole text (in `job_title`'s whole-text filters, after the judgement: the
classifier's inputs do not change) where the text names such a class and nothing of a day school's own: a staff room,
Ofsted, a year group, "my school", a TA or a head.  "Sunday school this morning, back to Year 3 tomorrow" is a
teacher's, and keeps its finding.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_FAITH_CLASS = re.compile(
    r"(?i)\b(?:sunday[\s-]school|madras(?:s)?ah?|maktab|cheder|heder|hifz|qur['’]?an\s+class(?:es)?|"
    r"bal\s+vihar|bible\s+(?:study|class|college|school)|theolog(?:y|ical)\s+(?:class|college)|seminary|"
    r"yeshiva|catechism|first\s+communion\s+class|confirmation\s+class)\b"
)
"""A faith community's class or college: Sunday school, madrasa, maktab, cheder, Bal Vihar, Bible college."""
_DAY_SCHOOL = re.compile(
    r"(?i)\b(?:staff\s?room|ofsted|inset|slt|senco|hlta|headteacher|head\s+teacher|deputy\s+head|year\s?\d{1,2}s?|"
    r"y\d{1,2}s?|reception\s+class|my\s+school|our\s+school|at\s+school\s+(?:today|tomorrow|on)|teaching\s+assistant|"
    r"ta\b|pupils|parents['’]?\s+evening|marking|lesson\s+plans?|planning|half[\s-]term|term\s+time)\b"
)
"""What only a day school's staff write of their work: a staff room, Ofsted, a year group, "my school", pupils."""


def faith_class_only(text: str) -> bool:
    """Whether the text names a faith community's class or college and nothing of a day school's own."""
    return _FAITH_CLASS.search(text) is not None and _DAY_SCHOOL.search(text) is None


def _faith_class_only(text: str, start: int, end: int) -> bool:
    return faith_class_only(text)


FAITH_CLASS = Filter(
    "a faith community's class",
    "drop",
    "the teaching is a Sunday school's, a madrasa's or a Bible college's, and nothing in the text is a day school's",
    _faith_class_only,
)
