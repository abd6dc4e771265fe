"""A named filter of profession findings: the writer speaks for an organisation that is not a school.

"Our ward has set up a wellbeing group for staff", "Every new member gets an induction with one of our coaches",
"Our salon academy takes on 6 apprentices a year", "Our music shop has loaned 300 instruments to schools": hospitals,
gyms, firms, shops and charities write of their staff, their training, their students and the schools they serve in
the same "we" a head writes of a school in, and the learned judgement reads that voice as a member of a school's
staff (the corpus's twenty-third batch, `practice`, written after the models were built).  What gives them away is
the organisation they name as their own: "our ward", "our gym's", "our firm's", "at Little Acorns head office", or a
"we" that says who they are ("we as parents", "we as Year 11", "we as home educators").

Only a finding that names no role of the writer's own is dropped (the filter sits in
`role_filters.UNNAMED_ROLE_FILTERS`), and never where the writer also speaks of their own school, classes or pupils
("our school", "my class", "our Year 4 team"): a teacher who runs a dojo at the weekend is still a teacher.  "Our
academy", "our trust" and "our school" are a school's unless another trade names them ("our salon academy", "our
foundation trust", "our driving school").
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_TRADES = (
    r"driving|dance|ballet|swim|swimming|surf|ski|language|film|flying|riding|cookery|dog|puppy|martial|karate|"
    r"coding|boxing|golf|hair|beauty|salon|barista|barber|chef|cycling|football|tennis|cricket|rugby"
)
"""Trades whose academy, school or class is theirs, not a school's ("our salon academy", "our driving school")."""
_NOT_A_SCHOOL = (
    r"ward|hospital(?!\s+school)|hospice|clinic|surgery|pharmacy|care\s+home|nursing\s+team|dojo|gym|climbing\s+wall|"
    r"salon|barbers?|museum|gallery|bank|firm|company|software|platform|app|library\s+service|shop|caf[eé]s?|"
    r"restaurant|pub|hotel|farm|agency|"
    r"charity(?!\s+(?:week|day|event|of\s+the))|church(?!\s+school)|parish|mosque|synagogue|temple|brewery|"
    r"factory|warehouse|depot|airline|(?:software|hr|sales|marketing|legal|engineering|product|dev|it)\s+team|"
    r"(?:foundation|nhs|hospital|housing)\s+trust|housing\s+association|(?:"
    + _TRADES
    + r")\s+(?:academy|school|class|classes|college)"
)
_SCHOOLS_OWN = r"school|sixth|form|staff|pupils?|class|year|uniform|supply|pta|breakfast|after-school|canteen|kitchen"
"""Words between "our" and the organisation that make it a school's own ("our sixth form café", "our uniform shop",
"our supply agency")."""
_OWN_ORGANISATION = re.compile(
    r"(?i)\bour\s+(?:(?!(?:" + _SCHOOLS_OWN + r")\b)[\w-]+\s+){0,2}?(?:" + _NOT_A_SCHOOL + r")(?:'s|s')?\b"
    r"|\bat\s+(?:[A-Z][\w'-]+\s+){1,3}head\s+office\b"
    r"|\bwe\s+as\s+(?:an?\s+|the\s+)?(?:parents?|family|families|pupils|students|year\s*\d{1,2}|pta|home\s+educators?|"
    r"second-years|first-years|freshers|volunteers|a\s+pta)\b"
)
"""An organisation the writer names as their own that is not a school ("our ward", "our gym's", "our salon
academy"), a head office's voice, or a "we" that says who they are ("we as parents", "we as Year 11")."""
_OWN_SCHOOL = re.compile(
    r"(?i)\b(?:our|my)\s+(?:(?:little|lovely|whole|own|primary|secondary|infant|junior|new)\s+)?"
    r"(?:school|pupils|classroom|class|classes|staffroom|staff\s+room|head(?:teacher)?|senco|slt|year\s*\d{1,2}s?|"
    r"reception\s+class|ofsted|governors|department|dept|kids\s+at\s+school)\b"
    r"|\b(?:i|we)\s+(?:teach|taught)\b"
    r"|\bi'?m\s+(?:an?|the)\b[^.!?\n]{0,30}?\b(?:teacher|ta|head|senco|tutor|lecturer|governor)\b"
)
"""The writer's own school, classes or pupils: then the organisation is a second job, a trip or a partner."""


def another_organisations_voice(text: str) -> bool:
    """Whether the writer speaks for an organisation that is not a school, and of no school of their own."""
    return _OWN_ORGANISATION.search(text) is not None and _OWN_SCHOOL.search(text) is None


def _another_organisations_voice(text: str, start: int, end: int) -> bool:
    return another_organisations_voice(text)


ANOTHER_ORGANISATIONS_VOICE = Filter(
    "another organisation's voice",
    "drop",
    "the writer speaks for an organisation that is not a school (our ward, our gym, our firm), not for a school",
    _another_organisations_voice,
)
