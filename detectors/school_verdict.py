"""What happens to a school candidate after the workplace judgement: named drops and workplace events.

The learned judgement scores every candidate of a text with the others masked; acting on its
candidates here, afterwards, keeps its inputs the same as `make model` trained them.  Two things
happen:

1. A candidate the judgement left out may be promoted to "worth a look" by a workplace event
   (`detectors.school_events`: "Sixteen years at X", "At X we ...").
2. Every candidate about to become a finding passes the named filters of
   `detectors.school_filters` and `detectors.school_name_filters`; which ones depends on how it was found (a bare name may be a town,
   a hashtag a community's, an alias a hotel's) and on whether the text reads as the writer's own
   school work (then a parent's or pupil's words beside it do not make it someone else's school:
   "Head of Year 9 at X, mum of a Year 9 at another school").  A name written without a school's word
   ("Wrenfold Court") is not the writer's school when the writer gives their own trade, and it is not a
   school's (`role_elsewhere.OWN_TRADE_ELSEWHERE`: "Caretaker at Wrenfold Court flats").
"""

from __future__ import annotations

from detectors import nlp
from detectors.base import Item
from detectors.filters import Filter
from detectors.job_title import read_roles
from detectors.role_elsewhere import OWN_TRADE_ELSEWHERE
from detectors.school_candidates import Candidate
from detectors.school_context import TYPE_WORDS
from detectors.school_filters import WHAT_FILTERS, WHOSE_FILTERS
from detectors.school_name_filters import (
    COMMUNITY_HASHTAG,
    COURSE_NAME,
    EVENT_OR_COURSE,
    JOB_TITLE_NOT_SCHOOL,
    PLACE_OR_SUBJECT,
    SCHEME_OR_AWARD,
    SOMETHING_ELSE_SHARES_NAME,
)

_TYPE_WORDS = frozenset(TYPE_WORDS)


def after_judgement_filters(candidate: Candidate, written: str) -> tuple[Filter, ...]:
    """The filters of what a candidate is, by how it was found (`written` is its text)."""
    filters = list(WHAT_FILTERS)
    if "xxbarename" in candidate.cues:
        filters += (PLACE_OR_SUBJECT, EVENT_OR_COURSE)
    if "xxtag" in candidate.cues:
        filters.append(COMMUNITY_HASHTAG)
    if not candidate.configured:
        filters += (JOB_TITLE_NOT_SCHOOL, SCHEME_OR_AWARD, COURSE_NAME)
    if _TYPE_WORDS.isdisjoint(written.lower().replace("'", " ").split()):
        if candidate.configured:
            filters.append(SOMETHING_ELSE_SHARES_NAME)
        filters.append(OWN_TRADE_ELSEWHERE)  # "Porter at Wrenfold Court": a name without a school's word
    return tuple(filters)


def dropped_by(text: str, span: tuple[int, int], candidate: Candidate, writer_is_staff: bool) -> tuple[str, ...]:
    """Names of the filters that drop a judged candidate (empty: it stays)."""
    start, end = span
    if start == end:
        return ()  # a check-in's place: its own filters ran before the judgement
    filters = after_judgement_filters(candidate, text[start:end])
    if not writer_is_staff:
        filters = (*filters, *WHOSE_FILTERS)
    return tuple(f.name for f in filters if f(text, start, end))


def writer_names_own_role(item: Item) -> bool:
    """Whether the text gives its writer a school role ("Sixth form tutor at X and mum of ..."), by the
    job detector's rules (read only when a filter of the speaker is about to drop a candidate)."""
    return read_roles(item, nlp.doc(item.text or "")).names_own_role
