"""A school role word used as a rank or post in another trade: "Principal Consultant", "principal
clarinet", "site manager on the new estate", "office manager at a law firm".

Schools share many job words with other employers; "principal", "site manager", "technician",
"receptionist" say nothing about a school when the words around them name another trade.  This
is one named filter (`RANK_IN_ANOTHER_TRADE`) the role vocabulary passes through before a role
word counts as the writer's: it looks only next to the role word (the word before, the words
after, and the employer after "at", "for" or "with"), never at the whole text, so "Principal
Consultant by day, school governor by night" keeps its governor.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_RANK_BEFORE = frozenset(
    "managing marketing sales design engineering investment consulting brand creative technical commercial".split()
)
"""Words that make the role word a rank in a firm ("managing principal", "marketing principal")."""
_TRADE_AFTER = frozenset(
    """consultant consultants consultancy engineer engineers manager managers scientist scientists analyst analysts
    designer designers architect architects investigator investigators associate associates partner partners
    developer developers planner planners surveyor surveyors solicitor solicitors accountant accountants product
    software data research officer clarinet violin viola cello flute oboe horn trumpet trombone bassoon dancer
    dancers percussion timpani harp bass player""".split()
)
"""Words that, right after "principal", make it a grade or a chair in an orchestra, not a head of school."""
_ANOTHER_HEAD = frozenset(
    """girl girls boy boys chef chefs cook cooks gardener gardeners groundsman groundskeeper greenkeeper porter
    brewer barista waiter waitress coach coaches nurse housekeeper butler shepherd stockman ranger""".split()
)
"""Words that, right after a "head" ("former head girl", "acting head chef", "deputy head gardener"), make it the
head of something other than a school."""
_EMPLOYER = re.compile(r"\s*(?:at|for|with|on|@)\s+(?:the\s+|a\s+|an\s+)?([^.,;:|\n!?()]{2,60})", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"\s(?:then|but|so|because|cos|coz|when|while|whereas|and\s+then|and\s+i|i)\s", re.IGNORECASE)
"""Where the writer types without punctuation, a word that starts another clause ends the employer's: in "a
teacher for like five minutes in my twenties then went into insurance", the insurance is the next job."""
_OTHER_TRADE = re.compile(
    r"&|\b(?:consult\w*|solicitors?|law\s+firm|llp|ltd|limited|plc|partners|bank|capital|estate|homes|developments"
    r"|construction|builders?|hospital|nhs|clinic|charity|hotel|restaurant|retail|agency|insurance|finance"
    r"|technologies|software|logistics|warehouse|factory|council's|planning\s+office)\b",
    re.IGNORECASE,
)
_SCHOOL_WORDS = re.compile(
    r"\b(?:schools?|academy|academies|college|primary|infants?|juniors?|nursery|high|grammar|trust|federation|"
    r"sixth\s+form|pupils?|students?|classroom)\b",
    re.IGNORECASE,
)


def _rank_in_another_trade(text: str, start: int, end: int) -> bool:
    """Whether the role word at [start, end) is a rank, chair or post in another trade."""
    role = text[start:end].lower()
    before = text[max(0, start - 24) : start].lower().split()
    after = text[end : end + 40].lower().replace("-", " ").split()
    if "principal" in role and (
        (before and before[-1].strip("#(") in _RANK_BEFORE) or (after and after[0].strip(",.;:)") in _TRADE_AFTER)
    ):
        return True
    if role.endswith("head") and after and after[0].strip(",.;:)") in _ANOTHER_HEAD:
        return True
    employer = _EMPLOYER.match(text, end)
    if employer is None:
        return False
    named = _NEXT_CLAUSE.split(employer.group(1) + " ", maxsplit=1)[0]
    return _OTHER_TRADE.search(named) is not None and _SCHOOL_WORDS.search(named) is None


RANK_IN_ANOTHER_TRADE = Filter(
    "a rank in another trade",
    "drop",
    "a school job word used as another trade's rank or post (Principal Consultant, site manager at a building firm)",
    _rank_in_another_trade,
)
