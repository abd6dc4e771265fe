"""Career events: the moments staff tell of their own school job without "I'm a" (clause 2.3.13).

"got the TA job!!", "my NQT year was 2012", "first day as VP", "passed my QTS", "Having
taught in the same primary for nineteen years": each says the writer holds (or held) a school
job, and each is rare enough in the labelled corpus that the learned profession judgement
(`detectors.judgement`) often scores it low.  These rules run *after* the judgement and only
where it found nothing, so the classifier's inputs (and `make model`'s output) do not change;
what they add is shown as "worth a look" with a fixed confidence.

Whose event is it is the hard part ("my partner got the deputy head job", "so proud of my brother,
first week as a deputy head"): an event counts only when nobody else is its subject in the same
sentence before it (`_SOMEONE_ELSE`) and the text is not a parent's.  Role words are the
school's own ("deputy head", "TA", "lecturer"), never a bare "principal" or "head of ...",
which name jobs in every trade ("Principal Consultant", "Head of Sales").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detectors.gate import folds_exactly
from detectors.role_context import parent_voice
from detectors.role_cue import Cue
from detectors.school_name_filters import SUBJECTS
from detectors.words import folded, keywords, words

EVENT_CONFIDENCE = 0.5
"""Confidence of a finding made by a career event alone (shown as "worth a look")."""

SCHOOL_ROLE = (
    r"(?:(?:class\s+|primary\s+|secondary\s+|supply\s+|maths\s+|english\s+|science\s+|pe\s+)?teacher|TA|"
    r"teaching\s+assistant|HLTA|SENC?O|SENDCo|head\s?teacher|deputy\s+head(?:teacher)?|assistant\s+head(?:teacher)?|"
    r"VP|vice[\s-]principal|lecturer|cover\s+supervisor|head\s+of\s+(?:year|dept|department|maths|english|science|"
    r"music|art|drama|pe|re|computing|mfl|languages|humanities|physics|chemistry|biology|french|spanish|german|dt|"
    r"d&t|technology|history|geography|sixth\s+form|KS[1-5])|NQT|ECT|school\s+governor|lunchtime\s+supervisor|caretaker|"
    r"(?:dt|d&t|science|food\s+tech|school)\s+tech(?:nician)?|school\s+cook|cook\s+in\s+the\s+school\s+kitchen|"
    r"dinner\s+lady|midday\s+supervisor|school\s+business\s+manager|exams\s+officer|form\s+tutor|school\s+receptionist)"
)
"""School roles only: the words "principal" and "head of" alone name jobs in every trade (also read by
`school_events`: "Head of Year 9 at X")."""
_ARTICLE = r"(?:(?:a|an|the|my|that|this)\s+)?(?:new\s+|acting\s+|permanent\s+|full[\s-]time\s+|part[\s-]time\s+)*"
_SPAN_OF_TIME = (
    r"(?:\s+\d{1,2})?(?:\s+(?:at|in)\s+(?:the\s+|a\s+)?[\w'&-]+(?:\s+[\w'&-]+)?)?\s+(?:(?:for|of)\s+(?:the\s+(?:last|past)\s+)?"
    r"(?:nearly\s+|almost\s+|over\s+|just\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty)(?:[\s-]\w+)?\s+(?:years?|yrs|months?|terms?|weeks?)\b|"
    r"since\s+(?:(?:19|20)\d\d|'\d\d|september|january|april|august|easter|christmas|last\s+\w+)\b)"
)
"""After a role opening a sentence: how long the writer has held it ("Head of Year 9 for 6 months", "DT tech of
22 years", "dinner lady at the infants since 2004"), optionally with its year group and where."""
_BIO_ROLE = (
    r"officer|manager|assistant|cook|chef|caretaker|teacher|lead|leader|headteacher|head\s+teacher|coordinator|"
    r"co-ordinator|administrator|admin|clerk|technician|tech|supervisor|tutor|mentor|librarian|governor|nurse|counsellor|"
    r"driver|cleaner|receptionist|bursar|secretary|practitioner|worker|director|principal|senco|sendco|ta|hlta|ect|nqt|"
    r"invigilator|dinner\s+lady|site\s+team|" + "|".join(sorted(SUBJECTS, key=len, reverse=True))
)
"""A job's last word in a bio ("Admin officer", "Head cook", "Pastoral lead") or a subject taught ("History at X")."""
_NOT_A_MODIFIER = (
    r"(?!(?:was|were|is|are|my|our|his|her|their|the|a|an|to|thanks|thank|soak|new|resitting|got|gets|started|"
    r"starting|old|former|ex|retired|met|meet|visit|visiting|and|or|with|from|of|for)\b)"
)
"""Words that make the line someone else's or something else ("My granddad was caretaker at", "New head at")."""
_SCHOOL_NAMED = (
    r"(?:(?:the\s+)?(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:School|Academy|Primary|High|College|Infants?|"
    r"Juniors?|Nursery|Grammar|Secondary)\b(?!\s+(?i:fc|afc|football|club|united|rovers|athletic|pta|summer|fair|fete))"
    r"|[@#]\w*(?i:school|acad|pri|high|coll|infant|junior|nursery|grammar)\w*)"
)
"""A school's name with its school word, or a school's handle ("@KingsmeadInfants"); not a club or fair of it."""
_BIO_LINE = re.compile(
    r"(?:^|[|•·\n]\s*)(?i:(?:i'?m|i\s+am|being)\s+(?:an?\s+|the\s+)?)?"
    rf"(?i:(?:{_NOT_A_MODIFIER}[a-z0-9&'-]+\s+){{0,3}}?(?:{_BIO_ROLE}))\s+(?i:at|@)\s+{_SCHOOL_NAMED}"
)
"""A line or field of a bio giving a job at a named school: "Caretaker at Holmewood High", "| Admin officer at St
Aidan's Primary", "Being the cook at @KingsmeadInfants" (the school detector names the school; this says the job)."""

_FORMER_ROLE = re.compile(
    r"(?:^|(?<=[.!?\n|•(,:'\"‘“]))\s*(?:(?:i'?m|i\s+am|i\s+was|as|being)\s+(?:an?\s+)?)?(?:ex|former|retired)[\s-]+"
    rf"(?:{SCHOOL_ROLE}|(?-i:HoD|HoY|HOD|HOY))(?=\s*(?:[,.;:!|•)\n]|$)|\s+(?:here|now|turned|and|who|with|of|at|from|in|for|myself|but|so)\b)"
    r"(?![^.!?\n]{0,30}\b(?:army|territorial|reserves?)\b)"
    r"|\b(?:i'?m|i\s+am|i\s+was|as|being)\s+an?\s+(?:ex|former|retired)[\s-]+"
    rf"(?:{SCHOOL_ROLE}|(?-i:HoD|HoY|HOD|HOY))(?!['\w])(?![^.!?\n]{0, 30}\b(?:army|territorial|reserves?)\b)",
    re.I,
)
"""A school job the writer held before, said of themselves: "ex teacher, now electrician", "Former headteacher.
Current beekeeper.", "ex-HoD here", "as an ex-primary teacher, ..." (at the start of a sentence, a bio's line or after
"I'm"/"as"; "my ex-teacher", "a former head of the school" are someone else).  The role ends its clause or goes on
as a self-description does ("here", "now", "turned"): "Former teacher energy", "Former teachers welcome!", "ex-teacher?
no, ..." are not the writer's."""
_LEFT_TEACHING = re.compile(
    r"(?:^|(?<=[.!?\n|•]))\s*(?:(?:so\s+|and\s+)?i\s+(?:have\s+|had\s+|just\s+|finally\s+)?|i'?ve\s+(?:just\s+)?)?"
    r"(?:left|quit|leaving|retired\s+from|retiring\s+from|walked\s+away\s+from)\s+teaching\b(?!\s+(?:assistant|yoga|english\s+abroad))"
    r"|\bi\s+(?:\w+\s+)?(?:left|quit|retired\s+from)\s+teaching\b(?!\s+(?:assistant|yoga))"
    r"|(?:^|(?<=[.!?\n|•]))\s*(?:i\s+)?retired\s+after\s+\d+\s+(?:years|yrs)\s+(?:of\s+)?teaching\b",
    re.I,
)
"""Teaching the writer left or retired from: "left teaching last july", "I left teaching for one", "Retired after
38 years of teaching" (the subject is the writer: the sentence opens with it or "I" says it)."""


_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a school job won", re.compile(
        rf"\b(?:got|landed|accepted|offered|start(?:ing|ed)?|new)\s+{_ARTICLE}{SCHOOL_ROLE}\s+(?:job|post|role|position)\b", re.I)),
    ("their training or first year", re.compile(
        r"\bmy\s+(?:nqt|ect|pgce|probation(?:ary)?|teacher\s+training)\s+(?:year|placement)\b", re.I)),
    ("a teaching qualification gained", re.compile(
        r"\b(?:got|passed|finished|completed|awarded|achieved)\s+(?:my\s+)?(?:qts|qtls|pgce|npqh|npqsl|npqml|"
        r"ect\s+induction|hlta)\b", re.I)),
    ("a first or last day in a school role", re.compile(
        rf"\b(?:first|last)\s+(?:day|week|term|year)\s+as\s+{_ARTICLE}{SCHOOL_ROLE}\b", re.I)),
    ("a first or last day of teaching", re.compile(
        r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\byour\s)\b(?:first|last)\s+(?:full\s+)?(?:day|week|term|year)s?\s+(?:of|back)\s+(?:(?:supply|proper|real)\s+)?"
        r"teaching(?=\s*(?:$|[^\w\s]|(?:done|over|at|in|today|tomorrow|and|ever|is|was|for|since|with|"
        r"complete|finished|behind)\b))", re.I)),  # not "first day of teaching yoga": another subject's
    ("starting or promoted to a school role", re.compile(
        rf"\b(?:starting|started|start|promoted|appointed)\s+(?:as|to)\s+{_ARTICLE}{SCHOOL_ROLE}\b", re.I)),
    ("a school role they are proud to hold", re.compile(
        rf"\b(?:proud|excited|delighted|thrilled|honou?red|happy|pleased|chuffed|humbled|privileged)\s+to\s+"
        rf"(?:be|become|have\s+become|be\s+joining\s+\S+\s+as|join\s+\S+\s+as)\s+{_ARTICLE}{SCHOOL_ROLE}\b", re.I)),
    ("an interview for a school post", re.compile(
        rf"\binterview(?:ed|ing|s)?\s+(?:for|at)\s+{_ARTICLE}(?:teaching|{SCHOOL_ROLE})\s+(?:job|post|role|position)\b", re.I)),
    ("years of teaching in a school", re.compile(
        r"\b(?:having|have|i'?ve|i)\s+(?:been\s+)?(?:taught|teaching|lectur(?:ed|ing))\s+(?:in|at)\s+(?:the\s+same\s+|a\s+|the\s+|"
        r"one\s+)?(?:[\w-]+\s+){0,2}(?:school|primary|secondary|college|academy)\b", re.I)),
    ("a school role held for a time", re.compile(
        rf"(?:^|(?<=[.!?\n]))\s*(?:(?:been|was)\s+)?{_ARTICLE}{SCHOOL_ROLE}{_SPAN_OF_TIME}", re.I)),
    ("pupils they taught", re.compile(
        r"\bi\s+(?:have\s+|'ve\s+)?taught\s+(?:her|him|them|these|those|(?:year|yr|y)\s?\d)\b", re.I)),
    ("a job at a school, in a bio's words", _BIO_LINE),
    ("a school job they held before", _FORMER_ROLE),
    ("teaching they left", _LEFT_TEACHING),
)  # fmt: skip
"""(what the event is, in words; its pattern)."""

_SOMEONE_ELSE = re.compile(
    r"(?:\b(?:my|our|his|her|their|your)|\w'?s)\s+(?:\w+\s+)?(?:partner|wife|wifey|husband|hubby|fianc[eé]e?|boyfriend|girlfriend|"
    r"sister|brother|mate|friend|niece|nephew|daughter|son|mum|mam|mom|dad|gran|grandma|grandad|granddad|"
    r"grandmother|grandfather|nan|neighbour|cousin|auntie|aunt|uncle|boss|colleague|kid|child)s?\b"
    r"|\b(?:he|she|they|he's|she's|they're|him|her)\b"
    r"|\b(?!(?:it|that|there|here|what|who|let|he|she|where|how|when)'s\b)\w+'s\s+$"
    r"|\b(?:congrat\w*|well\s+done|proud\s+of|wishing|good\s+luck|shout\s*out|cheers\s+to)\b",
    re.IGNORECASE,
)
"""Someone else before the event in its sentence: "my partner got ...", "so proud of my brother, first week as ..."."""
_NAMED_SUBJECT = re.compile(
    r"(?<![\w'])(?!(?:Just|Finally|Officially|Now|Today|And|So|Have|Has|Had)\b)[A-Z][a-z]+\s+(?:has\s+|had\s+|just\s+)*(?:got|been|is|was)\s+(?:just\s+)?$"
)
"""A name just before the event: "Matt got promoted to ..."."""
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def sentence_before(text: str, at: int) -> str:
    """The text of `at`'s sentence before it (sentences end at ".", "!", "?" and line breaks)."""
    return text[max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, at)), default=0) : at]


def someone_else_before(text: str, at: int) -> bool:
    """Whether someone other than the writer is the subject before `at` in its sentence ("my partner got ...",
    "Matt got ...", "so proud of my brother, ..."): what happens next is theirs (`role_work` asks it too)."""
    before = sentence_before(text, at)
    return _SOMEONE_ELSE.search(before + " ") is not None or _NAMED_SUBJECT.search(before) is not None


def career_events(text: str) -> list[Cue]:
    """The career events a text tells of its own writer, in order (none in a parent's text)."""
    plain = text.replace("’", "'")
    out = []
    for what, pattern in _may_hold(plain):
        for hit in pattern.finditer(plain):
            if someone_else_before(plain, hit.start()):
                continue
            words = hit.group(0)
            out.append(Cue(hit.end() - len(words.lstrip("|•·\n \t")), hit.end(), what))  # not a bio's "| " before
    if out and parent_voice(plain):  # read last: texts with an event are few
        return []
    return sorted(out, key=lambda event: event.start)


_ROLE_WORDS = (
    "teacher ta assistant hlta senco seno sendco headteacher head deputy vp principal lecturer supervisor nqt ect "
    "governor caretaker tech technician cook lady manager officer tutor receptionist"
)
"""A word every role of `SCHOOL_ROLE` holds whole ("teaching assistant": "assistant", "SENCO": "senco")."""
_BIO_WORDS = " ".join(
    [*_BIO_ROLE.replace("\\s+", " ").replace("co-ordinator", "ordinator").replace("|", " ").split(), "ordinator"]
)
"""A word every job of `_BIO_ROLE` holds whole, its last ("Admin officer", "dinner lady", "co-ordinator")."""

_EVENT_WORDS: tuple[tuple[frozenset[bytes], ...], ...] = tuple(
    tuple(keywords(slot) for slot in slots)
    for slots in (
        ("job post role position", "got landed accepted offered start starting started new"),
        ("nqt ect pgce probation probationary training", "year placement"),
        ("qts qtls pgce npqh npqsl npqml induction hlta",),
        ("as", "first last", "day week term year"),
        ("first last", "day week term year days weeks terms years", "teaching"),
        ("starting started start promoted appointed", "as to"),
        ("proud excited delighted thrilled honoured honored happy pleased chuffed humbled privileged", "to"),
        ("interview interviewed interviewing interviews",),
        ("taught teaching lectured lecturing", "in at"),
        ("for of since", _ROLE_WORDS),
        ("taught",),
        (_BIO_WORDS,),  # the job's last word: the school may be a handle ("@KingsmeadInfants"), "at" an "@"
        ("ex former retired", _ROLE_WORDS + " hod hoy"),
        ("left quit leaving retired retiring", "teaching"),
    )
)
"""For each of `_EVENTS`, the words its pattern cannot match without, one of each set, whole: every one
is written between whitespace or word boundaries there, which in an ASCII text are where `words()` cuts
it.  Kept beside `_EVENTS`: a new pattern needs its words here (`tests/detectors/test_role_events_screen.py`
holds them together)."""


def _may_hold(plain: str) -> Sequence[tuple[str, re.Pattern[str]]]:
    """The events a text may hold: in an ASCII text (most), those whose words it has (one set made of its
    shared word split, a few set tests: the case-insensitive patterns cost several times more, and few texts
    hold the words of any); any other text is read for all of them once it passes `_may_hold_event`."""
    if not plain.isascii():
        return _EVENTS if _may_hold_event(plain) else ()
    present = frozenset(words(plain))
    out = []
    for event, slots in zip(_EVENTS, _EVENT_WORDS, strict=True):
        for slot in slots:
            if slot.isdisjoint(present):
                break
        else:
            out.append(event)
    return out


_KEYWORDS = re.compile(r"(?i)job|post|role|position|year|placement|qts|qtls|pgce|npq|induction|hlta|day|week|term|month|since|"
                       r"start|promoted|appointed|interview|taught|teaching|lectur|to\s+(?:be|become|join)\b|school|acad|pri|high|coll|"
                       r"infant|junior|nursery|grammar|secondary|former|retired|\bex\b")  # fmt: skip


_KEYWORD_SCREEN = re.compile(
    rb"job|post|role|position|year|placement|qts|qtls|pgce|npq|induction|hlta|day|week|term|month|since|start|promoted|"
    rb"appointed|interview|taught|teaching|lectur|to[ \x80-\xff]+(?:be|join)|school|acad|pri|high|coll|infant|junior|nursery|"
    rb"grammar|secondary|former|retired|(?<![a-z0-9_\x80-\xff])ex(?![a-z0-9_\x80-\xff])"
)
"""`_KEYWORDS` spelt for the text's folded bytes (`detectors.words.folded`: ASCII letters lower-cased,
other ASCII marks spaces, anything else kept), without the closing word boundary, and with the space
in "to be" any run of spaces or non-ASCII bytes (`\\s` also matches Unicode spaces): it matches
wherever `_KEYWORDS` does, so a text it misses cannot hold an event."""


def _may_hold_event(text: str) -> bool:
    """Cheap gate: a word every event pattern needs; first looked for in the shared folded bytes
    (`detectors.gate`), several times cheaper than the case-insensitive expression on a text
    with none of them."""
    if folds_exactly(text) and _KEYWORD_SCREEN.search(folded(text)) is None:
        return False
    return _KEYWORDS.search(text) is not None
