"""A named filter of profession findings: the writer is training for another profession, not a school's.

"nursing student here, my mentor observed my drug round today", "student paramedic on placement, my mentor let me
lead", "plumbing apprentice yr 2, college assessor coming to observe me", "PDI trainee, my first pupil stalled six
times": trainees in every trade are observed, mentored, assessed and placed, and the learned judgement
(`detectors.judgement`) reads those words as a trainee teacher's (the corpus's twenty-fourth batch, `trainees`,
written after the models were built, had a third of its clean lines flagged).  What gives them away is the training
they name as their own: a student nurse or paramedic, a medical, law or social-work student, an apprentice of a
trade, a PhD, a placement year at a firm.

It drops a finding only when the writer names no school role of their own (the filter sits in
`role_filters.UNNAMED_ROLE_FILTERS`), and never when the text also tells of a school job the writer has or had
("left nursing to train as a teacher": `role_elsewhere.tells_of_a_school_job`).  It acts after the judgement, so the
classifier's inputs do not change.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.role_elsewhere import tells_of_a_school_job

_OTHER_TRAINING = re.compile(
    r"(?i)\b(?:student|trainee)\s+(?:nurse|paramedic|midwife|social\s+worker|doctor|chef|solicitor|accountant|"
    r"pharmacist|physio|vet|dentist|mechanic|electrician|plumber|hairdresser|barber|police\s+officer)s?\b"
    r"|\b(?:nursing|medical|med|vet|veterinary|law|paramedic|paramedicine|social\s+work|physio(?:therapy)?|dental|"
    r"pharmacy|midwifery|dietetics|radiography)\s+(?:student|placement)s?\b|\bmed\s+school\b"
    r"|\b(?:plumbing|electrical|sparky|joinery|carpentry|aat|accountancy|pt|chef|catering|hair|hairdressing|"
    r"barbering|engineering|bricklaying|mechanic|motor\s+vehicle|construction|plastering|digital\s+marketing)\s+"
    r"apprentice(?:ship)?\b(?!s)"
    r"|\bapprentice\s+(?:sparky|electrician|plumber|chef|joiner|mechanic|hairdresser|barber|engineer|bricklayer)\b"
    r"|\bPDI\s+trainee\b|\bphd\s+(?:yr|year|student|candidate|lab|supervisor)\b|\blab\s+rotation\b"
    r"|\bplacement\s+year\s+at\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:firm|company|bank|agency|consultancy)\b"
    r"|#(?:studentnurse|nursingstudent|socialworkstudent|studentparamedic|medschool|medstudent|lawstudent|"
    r"apprenticelife|phdlife)\b"
)
"""Training the writer names as their own in a trade that is no school's ("student nurse", "plumbing apprentice",
"PhD yr 2", "#studentnurse")."""


def training_for_another_profession(text: str) -> bool:
    """Whether the writer names their own training for a profession that is not a school's, and no school job."""
    return _OTHER_TRAINING.search(text) is not None and not tells_of_a_school_job(text)


def _training_for_another_profession(text: str, start: int, end: int) -> bool:
    return training_for_another_profession(text)


TRAINING_FOR_ANOTHER_PROFESSION = Filter(
    "training for another profession",
    "drop",
    "the writer is a student nurse, a trade's apprentice or another trainee whose mentor and placement are not a school's",
    _training_for_another_profession,
)
