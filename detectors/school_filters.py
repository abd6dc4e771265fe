"""Named filters of a school candidate that act *after* the workplace judgement: whose school is it?

The learned workplace judgement (`detectors.judgement`) reads the words around a masked school
name; it does not always see who is speaking or what the name is.  Each filter here is one such
reading, a small unit with its own tests (`tests/detectors/test_school_filters.py`) and a name the
finding's explanation would show.  They run on the judged candidates in `school.SchoolDetector`,
so the classifier's inputs (and what `make model` builds) do not change: dropping a candidate
before the judgement would change how the other candidates of the same text are masked.

- *Whose voice* (`WHOSE_FILTERS`: `PUPILS_OWN_SCHOOL`, `PARENTS_SCHOOL`, `VISITED_SCHOOL`): the words of a pupil
  or old pupil, a parent or a visitor.  Applied only when the text does not read as the writer's own school work
  (`school_verdict`): staff who are parents write "my son" too.
- *Said in so many words* (`WHAT_FILTERS`): "as a parent of two at X" (`PARENT_OF_A_PUPIL_THERE`), "my dad, 35 years
  caretaker at X" (`SOMEONE_ELSES_SCHOOL`), "Sam Lee, a TA at X" (`NAMED_PERSONS_SCHOOL`), a polling station
  (`SCHOOL_AS_VENUE`), "X uses our platform" (`A_SCHOOLS_CUSTOMER`), the Friends of X (`PARENTS_GROUP`), a job advert
  nobody speaks in (`school_vacancy.VACANCY_LISTED`), an NHS or wildlife trust (`school_other_trusts`).
- *Is it a school at all*: in `detectors.school_name_filters`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.filters import Filter
from detectors.role_filters import VISITOR
from detectors.school_name_filters import PARENTS_GROUP
from detectors.school_other_trusts import NOT_A_SCHOOLS_TRUST
from detectors.school_vacancy import VACANCY_LISTED

_BREAKS = ".!?\n|•"
"""Where a sentence ends: a full stop (not the one in "11.45"), "!", "?", a new line, a bar or a bullet."""


def _decimal_point(text: str, at: int) -> bool:
    return text[at] == "." and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


SENTENCE_REACH = 300
"""Characters looked at on each side of a candidate for its sentence: a post of one long run-on
"sentence" (or 3 MB of text with no full stop) is read near the name only.  Every filter asks for
the same candidate's sentence, so the answers are cached (CPython keeps a str's hash)."""


@lru_cache(maxsize=512)
def _sentence_start(text: str, start: int) -> int:
    """Just after the last sentence break before `start`, at most `SENTENCE_REACH` back."""
    floor = max(0, start - SENTENCE_REACH)
    while True:
        cut = max(text.rfind(mark, floor, start) for mark in _BREAKS)
        if cut < 0:
            return floor
        if not _decimal_point(text, cut):
            return cut + 1
        start = cut


@lru_cache(maxsize=512)
def _sentence_end(text: str, end: int) -> int:
    """The first sentence break from `end`, at most `SENTENCE_REACH` on."""
    ceiling = min(len(text), end + SENTENCE_REACH)
    while True:
        found = [at for at in (text.find(mark, end, ceiling) for mark in _BREAKS) if at >= 0]
        if not found:
            return ceiling
        cut = min(found)
        if not _decimal_point(text, cut):
            return cut
        end = cut + 1


def sentence_before(text: str, start: int) -> str:
    """The words of the candidate's sentence before it, apostrophes plain."""
    return text[_sentence_start(text, start) : start].replace("’", "'")


def sentence_of(text: str, start: int, end: int) -> str:
    """The whole sentence that holds the candidate, apostrophes plain."""
    return text[_sentence_start(text, start) : _sentence_end(text, end)].replace("’", "'")


_PUPIL_NOW = re.compile(
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:a\s+|an\s+|in\s+|now\s+in\s+)?(?:(?:year|yr|y)\s?(?:[7-9]|1[0-3])\b|"
    r"sixth[\s-]formers?\b|students?\s+(?:at|from)\b|pupils?\s+(?:at|from)\b)"
    r"|\bhead\s+(?:boy|girl)\b|\bstudent\s+(?:ambassadors?|reps?|council|leaders?|newspaper)\b"
    r"|\b(?:revis(?:e|ed|ing)\s+for|sat|sitting|resitting|failed|passed)\s+my\s+(?:\w+\s+)?(?:gcses?|a[\s-]?levels?|mocks|exams?)\b"
    r"|\bi\s+(?:have|'ve)\s+revised\s+(?:\w+\s+)?nothing\b|\b(?:haven'?t|have\s+not)\s+(?:even\s+)?(?:started\s+)?revis"
    r"|\bmy\s+revision\s+timetable\b|\b(?:mum|mam|mom|dad)\s+(?:is|'s)\s+(?:making|forcing)\s+me\b"
    r"|\bbaby\s+photos\s+of\s+us\b"
    r"|\b(?:final|last|first)\s+year\s+of\s+(?:my\s+)?(?:a[\s-]?levels?|gcses?|sixth\s+form)\b"
    r"|\b(?:i'?m\s+)?doing\s+my\s+(?:a[\s-]?levels?|gcses?|btecs?|highers|ib)\s+(?:at|in)\b"
    r"|(?:^|[|•·\n])\s*(?:year|yr|y)\s?(?:[7-9]|1[0-3])\s+(?:student|pupil)\s+(?:at|@)",
    re.IGNORECASE,
)
"""A pupil speaking of their own school: "I'm in Year 13 at", "head girl", "student ambassador", "I have revised
nothing", "mum is making me go", "Final year of A levels at", a bio's "Year 13 student at"."""
_PUPIL_THEN = re.compile(
    r"\bmy\s+old\s+school\b|\b(?:when|while)\s+i\s+was\s+(?:at|in\s+(?:year|yr)|a\s+(?:pupil|student|kid))\b"
    r"|\b(?:where|when)\s+(?:i|we|many\s+of\s+us)\s+(?:studied|went\s+to\s+school)\b|\bi\s+(?:studied|went\s+to\s+school)\s+at\b"
    r"|\balumni\s+(?:association|dinner|reunion|network)\b|(?<!head\s)(?<!lead\s)\bof\s+(?:year|yr)\s?\d{1,2}\s+at\s*$"
    r"|(?:^|[|•·])\s*(?:studied\s+at|went\s+to|attended|alumn\w+\s+of)\s*$"
    r"|\b(?:after|since)\s+my\s+(?:a[\s-]?levels?|gcses?|o[\s-]?levels?)\b|\bclass\s+of\s+['’]?\d{2}(?:\d{2})?\s+reunion\b",
    re.IGNORECASE,
)
"""An old pupil remembering: "my old school", "where we went to school", "each Friday of Year 9 at", "12 years after
my A levels", "Class of '98 reunion at", and a profile's own words for where its owner studied, opening a line
("Studied at ...", "Went to ...")."""
_EDUCATION_HEADER = re.compile(
    r"(?i)(?:^|\n)[ \t]*(?:education|schools?\s+attended)[ \t]*:?[ \t]*\n(?:[^\n]*\n){0,4}[^\n]*$"
)
"""A profile's "Education:" heading, the candidate's line among the few under it: where its owner studied."""


_CLASS_YEAR_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:['’]\d{2}|class\s+of\s+(?:['’]\d{2}|(?:19|20)\d{2}))\b(?!\s*[-–])", re.IGNORECASE
)
"""A class year right after the name ("X College '19", "X High, class of 2012"): the year its owner left as a pupil or
student; a member of staff writes a span of years ("2015-")."""


def _pupils_own_school(text: str, start: int, end: int) -> bool:
    """ "I'm in Year 13 at X", "head girl | X sixth form", "my old school", "X College '19": a pupil's or old pupil's
    school."""
    plain = text.replace("’", "'")
    if _PUPIL_NOW.search(plain) is not None or _CLASS_YEAR_AFTER.match(text, end) is not None:
        return True
    if "\n" in text[:start] and _EDUCATION_HEADER.search(text, max(0, start - 300), start) is not None:
        return True
    return bool(_PUPIL_THEN.search(sentence_before(text, start)) or _PUPIL_THEN.search(sentence_of(text, start, end)))


_PARENT_OF = re.compile(
    r"\b(?:mum|mummy|mam|mom|mother|dad|daddy|father|parent|grandparent|nan|nana|grandma|grandad|granny)s?\s+"
    r"(?:of|to)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:reception|nursery|y\d|year|boys?|girls?|kids?|children|child|"
    r"\d|one|two|three|four|little|tiny)",
    re.IGNORECASE,
)
"""A parent naming themselves ("mummy to Reception + Y3", "as a parent of two"): before the school only,
since a bio goes on "Admin officer at X, mum of 3" about the writer's own two sides."""
_PARENTS_WORDS = re.compile(
    r"\b(?:us|we|fellow|other)\s+parents\b|\bparents?\s+(?:in|of)\s+(?:class|year|reception|nursery)\b"
    r"|\b(?:my|our)\s+(?:(?:kid|child|little\s+one|youngest|eldest|oldest|middle\s+one)\b|(?:sons?|daughters?)\b)"
    r"|(?:^|[.!?]\s+)little\s+one'?s\b"
    r"|\b(?:nit|head\s?lice)\s+letter\b|\b(?:pta|ptfa|pfa)\b"
    r"|\bmy\s+\d{1,2}[\s-]?(?:year[\s-]?old|yo)\b|\bkid'?s\s+first\s+day\b",
    re.IGNORECASE,
)
"""A parent's words anywhere in the sentence: "all of us parents in Class 4", "my kid", "our youngest", "the PTA
quiz", "my 6 year old", "Kid's first day", "Little one's last day"."""
_OUR_CHILD = re.compile(
    r"(?<![\w'])[Oo]ur\s+(?!(?:Head|Headteacher|School|Staff|Team|Class|Year|Reception|Nursery|Governors|PTA|"
    r"Deputy|SENCo|Ofsted|Lady|Lord|Father|Mother|Saviour)\b)[A-Z][a-z]+\s+(?:has|is|goes|got|starts|started|'s|"
    r"getting|starting|going)\b"
)
"""A Northern or Welsh parent's "Our Rhys has got ...", "so proud of our Sophie getting ..." (a child named with
"our")."""


def _parent_of_a_pupil_there(text: str, start: int, end: int) -> bool:
    """ "As a parent of two at X", "mummy to Reception + Y3 at X": the writer says X is their child's school."""
    return _PARENT_OF.search(sentence_before(text, start)) is not None


def _parents_school(text: str, start: int, end: int) -> bool:
    """ "our kid goes X", "PTA quiz night at X", "X sent a nit letter home": a parent's words about X.

    Only in the sentence that names the school: in "Year 2 teacher at X. My son's ..." X is the workplace."""
    sentence = sentence_of(text, start, end)
    return _PARENTS_WORDS.search(sentence) is not None or _OUR_CHILD.search(sentence) is not None


_RELATION = (
    r"(?:dad|daddy|mum|mummy|mam|mom|father|mother|husband|hubby|wife|wifey|partner|other\s+half|son|daughter|"
    r"sister|sis|brother|bro|friend|mate|bestie|cousin|aunt|auntie|uncle|niece|nephew|nan|gran|grandad|grandma|"
    r"neighbour|fianc[eé]e?|boyfriend|girlfriend)s?"
)
_SOMEONE_ELSE_BEFORE = re.compile(rf"\b(?:my|our)\s+(?:\w+\s+)?{_RELATION}\b", re.IGNORECASE)
"""A relation in the sentence before the school: "Happy retirement to my dad, 35 years caretaker at X"."""
_SOMEONES_SCHOOL = re.compile(
    rf"\b(?:my|our)\s+(?:\w+\s+)?{_RELATION}'s\s+(?:school|work|place|job)\b"
    rf"|\bmy\s+{_RELATION}\s+(?:works|worked|teaches|taught|did\s+it)\b",
    re.IGNORECASE,
)
"""Anywhere in the sentence: "my mate's school", "my friend did it for 3 years"."""
_WRITER = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|we|we're|us)\b", re.IGNORECASE)


def _someone_elses_school(text: str, start: int, end: int) -> bool:
    """ "my dad Bob, 35 years caretaker at X", "X, my mate's school": a relation's or friend's school.

    A relation before the school counts only when the writer is not in the school's clause too ("my son's
    first lesson at X is with me")."""
    sentence = sentence_of(text, start, end)
    if _SOMEONES_SCHOOL.search(sentence):
        return True
    before = sentence_before(text, start)
    relations = list(_SOMEONE_ELSE_BEFORE.finditer(before))
    if not relations:
        return False
    if _RELATION_WORKED.search(
        before, relations[-1].end()
    ):  # "my gran was the dinner lady at X, and I ...": the gran's
        after = _NEXT_CLAUSE.split(text[end : end + 200], maxsplit=1)[0]
        return not _WRITER.search(before) and not _WRITER.search(after)
    return not _WRITER.search(sentence)


_RELATION_WORKED = re.compile(
    r"\b(?:was|were|is|been)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:lady|teacher|head|headteacher|caretaker|cook|"
    r"secretary|janitor|janny|assistant|ta|governor|supervisor|nurse|librarian|technician)\b|\b(?:worked|taught)\b",
    re.IGNORECASE,
)
"""A relation said to have worked at the school, between them and its name."""
_NEXT_CLAUSE = re.compile(r"[.!?\n;,]|\b(?:and|but|so)\b", re.IGNORECASE)
"""Where the school's clause ends after it: "my gran was the dinner lady at X and I still say ..." is the gran's X,
whoever the next clause is about ("my son is in Year 7 at X, and I teach his form" still reads the whole sentence:
the son is a pupil there, the writer works there)."""


_VISIT_BEFORE = re.compile(r"\b(?:visit(?:ed|ing|s)?|tour(?:ed)?|tour\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _visited_school(text: str, start: int, end: int) -> bool:
    """ "I visited X on three occasions", "thanks for hosting me": a school the writer came to."""
    return _VISIT_BEFORE.search(sentence_before(text, start)) is not None or VISITOR(text, start, end)


_VENUE = re.compile(r"\bpolling\s+station\b", re.IGNORECASE)
_VOTING_AT = re.compile(r"\bvot(?:e|ed|ing)\s+(?:at|@)\s*(?:the\s+)?$", re.IGNORECASE)


def _school_as_venue(text: str, start: int, end: int) -> bool:
    """ "X was used as a polling station", "voting at X": a school used as a venue by everyone."""
    return (
        _VENUE.search(sentence_of(text, start, end)) is not None
        or _VOTING_AT.search(sentence_before(text, start)) is not None
    )


_CUSTOMER = re.compile(
    r"\bour\s+clients?\b|\bour\s+customers?\b|\b(?:uses|used|using|chose|adopted)\s+our\s+(?:\w+\s+)?"
    r"(?:platform|app|software|product|service|programme|tool|scheme)\b"
    r"|\bthank\s+you\s+.{0,40}\bfor\s+your\s+(?:donation|support|custom|order|business)\b",
    re.IGNORECASE | re.DOTALL,
)


def _a_schools_customer(text: str, start: int, end: int) -> bool:
    """ "X uses our quizzing platform", "our client, an academy in X": the school is the writer's customer."""
    return _CUSTOMER.search(text.replace("’", "'")) is not None


_PERSON = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Dame|Sir)\.?\s+)?(?P<first>[A-Z][a-z'-]+)\s+(?P<last>[A-Z][\w'-]+)"
_LISTED_PERSON = re.compile(
    rf"(?:^|\n)\s*[-•*–]\s*{_PERSON}(?:\s+[A-Z][\w'-]+)?(?:\s+[A-Z]{{2,4}})?,\s+[\w&/'().-]+(?:\s+[\w&/'().-]+){{0,5}}"
    r"(?:\s*,\s*|\s+(?:at|@)\s+)(?:the\s+)?$"
)
"""A list of people with their roles and schools: "- Jo Bloggs, Deputy Headteacher, X School"."""
_APPOSITIVE = re.compile(rf"\b{_PERSON},\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){{1,4}}(?:at|from)\s+(?:the\s+)?$")
"""A named person and their role: "Sam Lee, a TA at X"."""
_NOT_NAMES = frozenset(
    str.split(
        "I I'm Im Hi Hello Dear Happy Every Since From In On At This That Last Next Our My The Thanks Thank Welcome "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
        "September October November December Year Term"
    )
)


def _named_persons_school(text: str, start: int, end: int) -> bool:
    """ "Sam Lee, a TA at X", "- Jo Bloggs, Deputy Headteacher, X School": the school of a person named.

    Narrower than `filters.SOMEONE_NAMEDS_SCHOOL` (which only holds a finding to "worth a look"):
    the role comes with an article, or the person opens a line of a list."""
    before = text[max(0, start - 120) : start]
    found = _LISTED_PERSON.search(before) or _APPOSITIVE.search(before)
    return found is not None and not {found.group("first"), found.group("last")} & _NOT_NAMES


PUPILS_OWN_SCHOOL = Filter(
    "a pupil's own school", "drop", "the writer is, or was, a pupil there ('I'm in Year 13 at', 'head girl')",
    _pupils_own_school,
)  # fmt: skip
PARENTS_SCHOOL = Filter(
    "a parent's school", "drop", "the school of the writer's child ('as a parent of two at', 'our kid goes')",
    _parents_school,
)  # fmt: skip
PARENT_OF_A_PUPIL_THERE = Filter(
    "a parent of a pupil there", "drop", "the writer says their child goes there ('as a parent of two at X')",
    _parent_of_a_pupil_there,
)  # fmt: skip
NAMED_PERSONS_SCHOOL = Filter(
    "a named person's school", "drop", "the school of someone the writer names ('Sam Lee, a TA at X')",
    _named_persons_school,
)  # fmt: skip
SOMEONE_ELSES_SCHOOL = Filter(
    "someone else's school", "drop", "the school of a relation or friend ('my dad, 35 years caretaker at')",
    _someone_elses_school,
)  # fmt: skip
VISITED_SCHOOL = Filter("a school visited", "drop", "a school the writer visited or was hosted by", _visited_school)
SCHOOL_AS_VENUE = Filter("a school as a venue", "drop", "a school used as a polling station", _school_as_venue)
A_SCHOOLS_CUSTOMER = Filter(
    "a school as a customer", "drop", "a school the writer's firm or charity serves ('X uses our platform')",
    _a_schools_customer,
)  # fmt: skip

WHOSE_FILTERS: tuple[Filter, ...] = (PUPILS_OWN_SCHOOL, PARENTS_SCHOOL, VISITED_SCHOOL)
"""Filters of the speaker: applied when the text does not read as the writer's own school work."""
WHAT_FILTERS: tuple[Filter, ...] = (
    PARENT_OF_A_PUPIL_THERE, SOMEONE_ELSES_SCHOOL, SCHOOL_AS_VENUE, A_SCHOOLS_CUSTOMER, PARENTS_GROUP,
    NAMED_PERSONS_SCHOOL, VACANCY_LISTED, NOT_A_SCHOOLS_TRUST,
)  # fmt: skip
"""Filters of what the school is to the writer, said in so many words: applied to every judged candidate."""
