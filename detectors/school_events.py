"""Workplace events: the words around a school's name that make it the writer's workplace without "I work at".

"Sixteen years at X", "leaving X after 8 years", "back to X tomorrow", "At X we ...", "Dear X
families", "the X governors' meeting", "proud of our X netball girls", "I teach computing at X":
each says the school is where the writer works, and each is rare enough in the labelled corpus
that the learned workplace judgement (`detectors.judgement`) often scores it low.  These rules run
*after* the judgement and only on candidates it left out, so the classifier's inputs (and what
`make model` builds) do not change; what they add is shown as "worth a look" at a fixed confidence,
and still passes the named filters of `detectors.school_filters` (a parent's "back to X tomorrow"
is dropped there).

Every pattern is written around the candidate's span (`X`), in the sentence that holds it, so an
event elsewhere in the text ("20 years in teaching") does not promote a school named beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.role_events import SCHOOL_ROLE
from detectors.school_filters import sentence_before, sentence_of

EVENT_CONFIDENCE = 0.5
"""Confidence of a school made the writer's workplace by a workplace event alone ("worth a look")."""

_NUMBER = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
    r"(?:twenty|thirty|forty)[\s-]\w+|a\s+few|many|so\s+many)"
)

WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)(?:(?:nes|r?s)?days?)?"
"""A working day, whole, plural or cut short ("Mondays", "Weds", "Thurs"); `school_candidates` finds a name after one
with the same words."""
WEEKDAY_EVENT = "a day of their working week there"
"""A supply or visiting teacher's week, school by school ("Mon Kestrel, Tue Brookvale", "Tuesdays = Larkfield"):
a workplace only in a text that reads as the writer's own school work (`school.SchoolDetector` asks)."""

_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("years spent there", re.compile(
        rf"\b{_NUMBER}\s+(?:happy\s+|wonderful\s+|amazing\s+|brilliant\s+)?(?:years?|yrs|terms?)\s+(?:now\s+)?"
        r"(?:as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}|[a-z]+ing\s+)?(?:at|with)\s+(?:the\s+)?$", re.I)),
    ("a school role held there", re.compile(
        rf"(?:^\s*|[|•·,;:]\s*|\b(?:i'?m|i\s+am)\s+(?:an?\s+|the\s+)?){SCHOOL_ROLE}\s*(?:at|@)\s+(?:the\s+)?$", re.I)),
    ("back at work there", re.compile(
        r"(?<!heading\s)(?<!going\s)(?<!flying\s)(?<!driving\s)(?<!travelling\s)\bback\s+(?:to|at|in)\s+$", re.I)),
    ("their own class there", re.compile(
        r"\bmy\s+(?:(?:year|yr|y|p)\s?\d+s|reception\s+class|class|form|tutor\s+group|pupils)\s+(?:at|in)\s+$", re.I)),
    ("the school's own voice", re.compile(r"^\s*(?:here\s+)?at\s+(?:the\s+)?$", re.I)),
    ("their school community addressed", re.compile(
        r"\b(?:dear|hello|welcome\s+to\s+all\s+(?:the\s+)?)\s*(?:families|parents\s+and\s+carers|staff|governors)\s+(?:of|at)\s+$", re.I)),
    ("their own work for it", re.compile(
        r"\bi\s+(?:\w+\s+)?(?:work|teach|taught|worked|lecture|coach|cook|clean|run\s+the\s+\w+|do\s+(?:the\s+)?(?-i:IT))\s+(?:\w+\s+){0,2}(?:at|for|in)\s+(?:the\s+)?$"
        r"|^\W*(?:taught|worked|teaching|working)\s+(?:\w+\s+){0,2}(?:at|in)\s+(?:the\s+)?$"
        r"|\b(?:on|joined|join|joining)\s+the\s+(?:teaching\s+)?staff\s+(?:at|of)\s+(?:the\s+)?$"
        r"|\b(?:writing|marking|planning)\s+(?:\d+\s+)?(?:reports|books|lessons)\s+for\s+$", re.I)),
    ("our school", re.compile(r"\bour\s+$", re.I)),
    (WEEKDAY_EVENT, re.compile(
        rf"(?:^|[\s,;.(|•-]){WEEKDAY}(?:\s*(?:-|–|&|and|to)\s*{WEEKDAY})?\s*(?:[=:\-–]\s*|(?:at|in|with)\s+)?$", re.I)),
)  # fmt: skip
"""(the event, in words; a pattern the words just before the candidate, in its sentence, end with)."""

_AFTER = re.compile(
    r"['’]?s?\s+(?:staff(?:room)?|governors?['’]?|slt|inset|dept|department|team)\s+"
    r"(?:meeting|room|social|party|do|training|briefing|bake|night|netball|quiz|christmas|committee|away\s*day)"
    r"|['’]?s?\s+(?:families|parents\s+and\s+carers)\b",
    re.IGNORECASE,
)
"""After the candidate: "X governors' meeting", "X staff bake off", "X families"."""
_LEAVING = re.compile(r"\b(?:leaving|left|leave)\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_YEARS = re.compile(rf"\s+after\s+{_NUMBER}\s+(?:happy\s+|wonderful\s+)?(?:years?|yrs|terms?)\b", re.IGNORECASE)
"""Leaving a school after years there: "Leaving X after 8 years"."""
_OWN_VOICE_AFTER = re.compile(r"\s*,?\s+(?:we|our|every|all|each)\b", re.IGNORECASE)
"""After "At X": the school speaking of itself ("At X we ...", "At X, every member of staff ...")."""
_BACK_WHEN = re.compile(
    r"\s*(?:tomorrow|tmrw|tomoz|on\s+monday|monday|next\s+week|after\s+(?:half[\s-]?term|the\s+holidays|easter|christmas|"
    r"the\s+summer|summer)|for\s+(?:the\s+)?(?:new\s+)?(?:term|inset|training\s+day))\b",
    re.IGNORECASE,
)
"""After "back to X": when, in school time ("back to X tomorrow", "back at X after half term")."""
_TEAM_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:team|staff|girls|boys|debaters|choir|squad|kids|pupils|students|children|family|families|"
    r"fete|fair|community)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class WorkplaceEvent:
    """Why a school's name reads as the writer's workplace, in words, and the words that say it."""

    what: str
    words: str


_BARE_NAME_EVENTS = frozenset(
    {"years spent there", "their own work for it", "the school's own voice", "a school role held there",
     "back at work there", "their own class there", WEEKDAY_EVENT}
)  # fmt: skip
"""The events strong enough to make a name without a school word ("Sixteen years at Elmstead") a workplace."""
_SOMEONE_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:wife|husband|partner|mum|mam|dad|son|daughter|sister|brother|friend|"
    r"mate|nan|gran)s?\b|\b(?:he|she|they|you)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s",
    re.IGNORECASE,
)
"""Someone else before the event in its sentence: "my wife retired after 35 years at X", "Mrs D, 28 years at X"."""
_SOMEONE_OPENS = re.compile(
    r"^\s*(?:(?i:mum|mam|mom|dad|nan|nana|gran|grandad|grandma|grandpa|hubby|wifey)(?:['’]s)?\b|[A-Z][a-z]+\s+(?:starts|started|"
    r"is|was|has|had|retired|retires|finished|finishes|got|gets|joins|joined)\b)"
)
"""A sentence opened by a relative named bare or by a person's name: "Mum retired today after 22 years as ... at X",
"Claire starts as Deputy Head at X" (a name is read with its capital; a relative in any case)."""


_SHE_OR_HE_AFTER = re.compile(r"\b(?:she|he)\b", re.IGNORECASE)
_AT_OR_IN = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_CLASS_AFTER = re.compile(
    r"^[^.!?\n]{0,60}?\b(?:with|and)\s+my\s+(?:(?:year|yr|y|p)\s?\d{1,2}s|reception\s+class|class|tutor\s+group|form\s+group)\b",
    re.IGNORECASE,
)
"""Later in the sentence of "at X": the writer's own class there ("Bikeability week at Thornfield with my Year 6s",
"Science week at X, slime with my Y4s"): the year group in the plural and "my class" are a teacher's words."""


def someone_elses_years(text: str, sentence_start: int, tail: str) -> bool:
    """Named filter of a "years spent there" or "their own work for it" event: the years or the work are someone
    else's when the sentence before names them ("Happy retirement Mrs Patel! 30 years at X", "Congrats Dr Mensah!!
    Teaching at X now") or the sentence goes on with "she" or "he" ("30 years at X and she taught all three of
    mine")."""
    at = sentence_start
    while at > 0 and text[at - 1] in ".!?\n \t":  # back over the previous sentence's end ("Congrats Dr X!! Teaching")
        at -= 1
    previous = sentence_before(text, at) if at else ""
    return _SOMEONE_BEFORE.search(previous) is not None or _SHE_OR_HE_AFTER.search(tail) is not None


def workplace_event(text: str, start: int, end: int, bare: bool = False) -> WorkplaceEvent | None:
    """The workplace event around the candidate at `start:end` of `text`, if any (`bare`: a name
    found without a school word, which only the strongest events make a workplace)."""
    before = sentence_before(text, start)
    if _SOMEONE_BEFORE.search(before) or _SOMEONE_OPENS.match(before):
        return None
    sentence = sentence_of(text, start, end)
    tail = sentence[len(before) + (end - start) :]
    for what, pattern in _BEFORE:
        found = pattern.search(before)
        if found is None:
            continue
        if what == "the school's own voice" and not _OWN_VOICE_AFTER.match(tail):
            continue  # "At X we ...", not "At X sports day"
        if what == "our school" and not _TEAM_AFTER.match(tail):
            continue  # "our X netball girls", "our X summer fete"
        if what == "back at work there" and not _BACK_WHEN.match(tail):
            continue  # "back to X tomorrow", not "back to Spain for a week"
        if bare and what not in _BARE_NAME_EVENTS:
            continue
        if what in ("years spent there", "their own work for it") and someone_elses_years(
            text, start - len(before), tail
        ):
            return None
        return WorkplaceEvent(what, text[start - len(found.group(0)) : end].strip())
    own_class = _OWN_CLASS_AFTER.match(tail) if _AT_OR_IN.search(before) else None
    if own_class is not None:
        return WorkplaceEvent("their own class there", text[start : end + own_class.end()].strip())
    leaving, years = _LEAVING.search(before), _AFTER_YEARS.match(tail)
    if leaving is not None and years is not None:
        return WorkplaceEvent("years spent there", text[start - len(leaving.group(0)) : end + years.end()])
    after = None if bare else _AFTER.match(tail)
    if after is not None:
        return WorkplaceEvent(
            "their school's own meetings or community", text[start : end + len(after.group(0))].strip()
        )
    return None
