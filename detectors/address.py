"""Home addresses (clause 2.3.2): postcodes, street lines and where people say they live.

Three rules, from strongest to weakest evidence:

1. a street line followed by a postcode ("12 Larkspur Close, Brackenford LS99 9ZZ");
2. a house number and a street ("12 Larkspur Close", "Flat 3, 7 Mill Lane");
3. a statement of residence naming a street ("we live on Mill Lane", "moved into our new
   house on Larkspur Close"), and a postcode on its own.

The value is the postcode (upper case, one space) where there is one, else the street
line.  Addresses that are not the person's home are left out: the school's own address
(written right after the school's name or the word "school"), venues ("the new cafe at
14 High Street") and famous addresses ("10 Downing Street"; see `street.FAMOUS`).  A
relative's house number and street is still reported: it is personal information about
people a pupil's family could find.  Decisions on the edge cases:

- famous addresses are not reported at all (not "flagged low"): a low finding is still a
  finding the person must dismiss, and they are never the owner's home;
- "meet at 10 Mill Lane at 5" is an address: a number straight before a street name is a
  house number, and times are written "at 10, Mill Lane car park" (a venue word) or "10am";
- a street named without a number needs a first-person statement ("we live on", "our
  house on", "where we live") or a profile field of its own: "roadworks on Mill Lane" is
  news, "my brother lives on Mill Lane" is his.

Everything is regular expressions rather than a spaCy pipeline: the patterns are about
digits, capitals and a closed list of street words, which regexes match exactly and at
tens of MB/s; a tokenizer would only slow the text path.  The gate (`wants`) needs a
street word or a postcode shape before anything else runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.address_filters import ADDRESS_FILTERS
from detectors.address_label import labelled_addresses
from detectors.base import Detector, Explanation, Item, Match, SchoolProfile
from detectors.filters import verdict
from detectors.postcode import CANDIDATE, INWARD, Postcode, find_postcodes
from detectors.street import (
    BARE,
    NAMED,
    NUMBERED,
    Street,
    has_street_word_in,
    judge_street,
    numbered_street_word_in,
    street_windows,
)

_RESIDENCE = re.compile(
    r"""(?ix)
    (?:
        (?:\b(?:i|we|i'?ve|we'?ve|i'?m|we'?re|i\s+am|we\s+are|i\s+have|we\s+have|i'?d|we'?d)
           \s+(?:[a-z']+\s+){0,3}?
           (?:live|lived|living|moved|moving|move|settled|bought|rent|renting|grew\s+up)\b
         | ^\W*(?:just\s+|now\s+|finally\s+)?(?:lived|living|moved|moving|renting|settled|grew\s+up)\b
        )
        (?:(?!\bbut\b)[^.!?\n]){0,48}?
      | \b(?:our|my)\s+(?:[a-z]+'s\s+)?(?:(?:new|old|own|first|little|lovely|current|family|forever|dream|tiny|
           rented|previous|last|next)\s+){0,2}
        (?:house|home|flat|place|address|street|road|bungalow|cottage|apartment|digs|terrace|semi|
           cul-de-sac|garden|garage|shed|drive|driveway|porch|gate|(?:back\s+|front\s+)?door)
        (?:'s|\s+is|\s+was)?(?:\s+(?:now|still|just|right))?
      | \b(?:i'?m|we'?re|i\s+am|we\s+are|he'?s|she'?s|they'?re|(?:my|our)\s+[a-z]+['’]s)
        \s+(?:now\s+|still\s+|just\s+|only\s+|right\s+|back\s+)?(?=on\s)
      | \blives(?:\s+(?:still|now|just))?
      | \b(?:at|to|from|round|back\s+to)\s+(?:mine|ours)\b[^.!?\n]{0,24}?
      | \b(?:ours|mine)\s+(?:is|'s)\b[^.!?\n]{0,40}?
      | \b(?:house|flat|home|bungalow|cottage|digs)\b[^.!?\n]{0,30}?
      | \b(?:new|home|postal|forwarding)\s+address(?:\s+is)?
      | \bthe\s+new\s+(?:house|place|flat|home|bungalow|cottage|apartment)
      | \bmoved\s+(?:in|house)\b[^.!?\n]{0,24}?
      | \b(?:post\s*code|address)\s*(?:is)?
    )
    (?:\s*\b(?:on|in|at|to|into|onto|off|along|near|by|is|of|called|named|down|up)\s+|\s*[:,(-]\s*)
    (?:the\s+(?:corner|end|top|bottom)\s+of\s+|just\s+off\s+|number\s+)?
    $
    """
)
"""A first-person statement of residence ending right where a street starts."""
_RESIDENCE_AFTER = re.compile(
    r"(?i)[ \t]*[,(–-]?[ \t]*(?:which\s+is\s+|is\s+|that's\s+)?where\s+(?:i|we)\s+(?:live|lived|grew\s+up)\b"
)
"""The same statement made after the street: "the end of Rookery Lane, where we live"."""
_HINT = re.compile(
    r"\b(?:live[sd]?|living|mov(?:ed|ing)|house|home|flat|place|address|street|road|terrace|semi|we'?re|i'?m|"
    r"he'?s|she'?s|they'?re|mine|ours|"
    r"cul-de-sac|bungalow|cottage|apartment|digs|settled|bought|rent(?:ing)?|grew|post\s*code|garden|garage|shed|porch|door|"
    r"farm|forge|barn|lodge|granary|stables|rectory|vicarage|manse|mill)\b|'s\s+(?:now\s+|still\s+)?on\b"
)
"""Words, in lower-cased text, without which a post with no digit cannot state an address."""
_HOUSE = re.compile(
    r"\b(?:cottages?|house|farm(?:house)?|forge|barns?|lodge|bungalow|granary|stables|rectory|vicarage|manse|mill)\b"
)
_DIGIT = re.compile(r"\d")
_FIELD_SECTIONS = ("profile", "account")
"""Sections whose fields are the person's own details; a check-in names a place, mostly a public one."""
_POSTCODE_CONTEXT = re.compile(r"(?i)\b(?:post\s*code|address|live|home|house|flat|deliver(?:ed|y|ies)?\s+to)\b")
_SCHOOLISH = re.compile(r"(?i)\b(?:school|academy|college|nursery|primary|infants|juniors|pta|office)\b")
_VENUE = re.compile(
    r"(?i)\b(?:cafe|café|coffee|shop|restaurant|pub|bar|salon|church|chapel|hall|surgery|library|vets?|"
    r"centre|center|venue|gallery|gym|museum|club|store|hotel|bakery|studio|market|opened|"
    r"opening|branch|clinic|dentist|practice|pharmacy|station|takeaway|hq|offices|event|"
    r"fair|festival|parkrun|exhibition|bookshop|charity|foodbank|meeting|rehearsal|gig|roadworks|"
    r"accident|crash|diversion|traffic|closed)\b"
    r"|\bopen\s+(?:\d|daily|every|from|till|until|mon|tue|wed|thu|fri|sat|sun)|^\W*live\s+(?:at|from)\b"
)
_NOT_A_POSTCODE = re.compile(
    r"(?i)\b(?:flight|order|ref|reference|code|serial|model|part|product|reg|registration|tracking|"
    r"booking|invoice|ticket|gate|seat)\b(?:\s*(?:no\.?|number|#))?\s*(?:is\s*)?[:#]?\s*$"
)
"""Words before a postcode-shaped code that make it a flight, an order or a product."""
_SET_ASIDE = re.compile(r"(?i)\b(?:not|no|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?$")
_ORDINAL = re.compile(r"(?i)\d(?:st|nd|rd|th)")
"""An inward code that reads as an ordinal ("S60 5th Edition", "B4 1ST"): words, not a postcode."""
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|we|my|our|me|us|i'm|we're|i've|we've|mine|ours)\b")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_AFTER_STREET = re.compile(
    r"[ \t]*,?[ \t\n]*(?:[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2}[ \t]*,?[ \t\n]*){0,2}"
)
"""Town and county lines between a street line and its postcode."""
_CONTEXT = 64
"""How many characters before a match are read for its context (about one clause)."""


_LABEL_HINT = re.compile(r"(?i)addr|adres|direcci|endere|indirizzo|anschrift|lives|living|moved|moving|mudou|mudado")
"""A cheap look for an address label before the label patterns run."""


class AddressDetector(Detector):
    """Finds home addresses: postcodes, numbered street lines and "we live on ..."."""

    kind = "address"
    title = "Home address"
    clauses = ("2.3.2",)

    def __init__(self, school: SchoolProfile | None = None) -> None:
        super().__init__(school)
        names = [self.school.name, *self.school.aliases, *self.school.handles]
        words = [re.escape(name) for name in names if name]
        self._school_names = re.compile("|".join(words), re.IGNORECASE) if words else None

    def wants(self, item: Item) -> bool:
        """A postcode shape, or a street word with a digit or a word of residence."""
        text = item.text
        if not text:
            return False
        if INWARD.search(text) is not None and CANDIDATE.search(text) is not None:
            return True
        if _LABEL_HINT.search(text) and any(labelled_addresses(text)):
            return True
        if not has_street_word_in(text):
            return False
        if item.provenance.section in _FIELD_SECTIONS or numbered_street_word_in(text):
            return True
        return _HINT.search(text.lower()) is not None

    def detect(self, item: Item) -> Iterator[Match]:
        found = list(self._found(item))
        text = item.text or ""
        labelled = []
        for line, start, end in labelled_addresses(text) if _LABEL_HINT.search(text) else ():
            inside = [m for m in found if start <= m.start and m.end <= end]
            if any(m.start < end and start < m.end for m in found if m not in inside):
                continue  # the street patterns read more of it than the label did
            if any(m.confidence > 0.8 for m in inside):
                continue  # a postcode or a statement of residence says it better
            if self._not_home(_before(text, start)) or verdict(ADDRESS_FILTERS, text, start, end)[0] == "drop":
                continue
            found = [m for m in found if m not in inside]  # "2207 Cedar Hollow Drive" inside "..., Springvale"
            labelled.append(self._match(line, start, end, 0.8, "an address the writer labels as one"))
        yield from sorted([*found, *labelled], key=lambda m: m.start)

    def _found(self, item: Item) -> Iterator[Match]:
        """Postcodes and British street lines."""
        text = item.text or ""
        postcodes = find_postcodes(text) if INWARD.search(text) else []
        claimed: list[tuple[int, int]] = []
        profile = item.provenance.section in _FIELD_SECTIONS
        for street in self._streets(text, profile):
            if _overlaps(claimed, street.start, street.end):
                continue
            context = _before(text, street.start)
            resident = _RESIDENCE.search(context) is not None or _RESIDENCE_AFTER.match(text, street.end) is not None
            if street.lower_case and not street.strong and not resident:
                continue
            whole_field = profile and not text[: street.start].strip() and _rest_is_town(text, street.end)
            apart = None if street.numbered or street.named else _house_number_apart(text, street.end)
            if not resident and not (street.numbered or street.named) and not whole_field and apart is None:
                continue
            postcode = _postcode_after(text, street.end, postcodes)
            span_end = postcode[2] if postcode else street.end
            effect, names = verdict(ADDRESS_FILTERS, text, street.start, span_end)
            if self._not_home(context) or effect == "drop":
                claimed.append((street.start, span_end))
                continue
            if postcode is not None:
                code, _, end = postcode
                claimed.append((street.start, end))
                if code.is_geographic:
                    yield self._match(code.text, street.start, end, 0.97, "street address with a UK postcode")
                continue
            claimed.append((street.start, street.end))
            confidence, rule = _street_score(street, resident, profile)
            if whole_field and not street.numbered:
                confidence, rule = 0.85, "street given as a whole profile field"
            if apart is not None:
                line = f"{apart} {street.line}"
                yield self._match(line, street.start, street.end, 0.85, "street, and the house number given apart")
                continue
            yield self._match(street.line, street.start, street.end, confidence, rule)
        for code, start, end in postcodes:
            if _overlaps(claimed, start, end) or not code.is_geographic:
                continue
            context = _before(text, start)
            if _NOT_A_POSTCODE.search(context) or self._not_home(context):
                continue
            if verdict(ADDRESS_FILTERS, text, start, end)[0] == "drop" or _ORDINAL.fullmatch(text, end - 3, end):
                continue
            if profile or _POSTCODE_CONTEXT.search(context):
                yield self._match(code.text, start, end, 0.92, "UK postcode given as an address")
            else:
                yield self._match(code.text, start, end, 0.85, "UK postcode")

    def _match(self, value: str, start: int, end: int, confidence: float, rule: str) -> Match:
        return self.match(value, start, end, confidence, rule, explanation=Explanation("rule", rule))

    def _streets(self, text: str, profile: bool) -> Iterator[Street]:
        """Street lines, numbered ones first (they are the stronger evidence).

        Each pattern runs only in the windows where it could matter: numbered lines need a
        digit, named houses a house word, bare streets a word of residence (or a profile
        field).  The bare-street pattern is the slow one (~2 MB/s), so this is what keeps
        posts that mention a street cheap.
        """
        windows = street_windows(text)
        if not windows:
            return
        lowered = text.lower()
        exact = len(lowered) == len(text)  # else offsets drift ("İ"): every pattern runs
        needs = ((NUMBERED, _DIGIT), (NAMED, _HOUSE), (BARE, None if profile else _HINT))
        runs = [
            (pattern, start, end)
            for pattern, need in needs
            for start, end in windows
            if need is None or not exact or need.search(lowered, start, end)
        ]
        seen: list[tuple[int, int]] = []
        numbered: list[str] = []
        for pattern, start, end in runs:
            for found in pattern.finditer(text, start, end):
                if _overlaps(seen, found.start(), found.end()):
                    continue
                street = judge_street(text, found)
                if street is None:
                    continue
                line = street.line.lower()
                if not street.numbered and any(n.endswith(" " + line) for n in numbered):
                    continue  # "our house on Elm Street ... 40 Elm Street": one address
                seen.append((street.start, street.end))
                if street.numbered or street.named:
                    numbered.append(line)
                yield street

    def _not_home(self, context: str) -> bool:
        """True when the words before an address say it is the school's or a venue's.

        "I teach at St Aidan's and we live on Mill Lane" is still a home: a first-person
        word after the last school or venue word hands the address back to the person.
        """
        last = -1
        for pattern in (_SCHOOLISH, _VENUE, self._school_names):
            if pattern is not None:
                for found in pattern.finditer(context):
                    if not _SET_ASIDE.search(context, 0, found.start()):  # "at ours, not the café"
                        last = max(last, found.end())
        return last >= 0 and _FIRST_PERSON.search(context, last) is None


_NUMBER_APART = re.compile(
    r"(?i)(?:\b(?:i'?m|we'?re|i\s+am|we\s+are|she'?s|he'?s|they'?re)\s+(?:at\s+(?:number\s+|no\.?\s*)?|number\s+|no\.\s*)"
    r"|\b(?:knock\s+at|come\s+to)\s+(?:number\s+|no\.?\s*)?|\b(?:number|no\.)\s*)"
    r"(\d{1,4}[a-z]?)\b(?!\s*(?:am|pm|mins?|minutes|hours?|years?|%|:|\.\d))"
)
"""A house number given in its own words after the street: "Hawthorn Road … we're at number 42".
"I'm" and "we're" need "at" or "number" before it: "I'm #1" and "we're 2 down" are no address."""


def _house_number_apart(text: str, end: int) -> str | None:
    """The house number a post gives after naming the street (within about two sentences)."""
    found = _NUMBER_APART.search(text, end, end + 120)
    return found.group(1) if found else None


def _street_score(street: Street, resident: bool, profile: bool) -> tuple[float, str]:
    """Confidence and rule for a street line without a postcode.

    The figures are each rule's precision on the contacts corpus (train and dev splits),
    pulled down towards what it was on real public text (bench/RESULTS.md): a bare "12 Mill
    Lane" with nobody saying they live there was right 0.57-0.86 of the time on the corpus
    and never on real tweets (film titles, shops, a field trip), so it is only "worth a look".
    """
    if resident:
        if street.numbered:
            return 0.95, "house number and street in a statement of where they live"
        return 0.9, "street named in a statement of where they live"
    if profile:
        return 0.95, "house number and street in a profile field"
    if street.named:
        return 0.75, "named house and street"
    if street.lower_case:
        return 0.7, "house number and street (lower case)"
    if street.strong:
        return 0.78, "house number and street"
    return 0.7, "house number and a street-like name (Way, View, Court...)"


def _before(text: str, start: int) -> str:
    """The clause before `start`: at most `_CONTEXT` characters, not past a sentence end."""
    window = text[max(0, start - _CONTEXT) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _postcode_after(
    text: str, end: int, postcodes: list[tuple[Postcode, int, int]]
) -> tuple[Postcode, int, int] | None:
    """The postcode that ends this street's address, if the next lines hold one."""
    if not postcodes:
        return None
    gap = _AFTER_STREET.match(text, end)
    reach = gap.end() if gap else end
    for postcode in postcodes:
        if end <= postcode[1] <= reach + 1 and postcode[1] - end <= 60:
            return postcode
    return None


def _rest_is_town(text: str, end: int) -> bool:
    """True when nothing but a town or county follows a street to the end of the field."""
    rest = _AFTER_STREET.match(text, end)
    return rest is not None and not text[rest.end() :].strip()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
