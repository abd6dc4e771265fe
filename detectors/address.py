"""Home addresses (clause 2.3.2): postcodes, street lines and where people say they live.

Three rules, from strongest to weakest evidence:

1. a street line followed by a postcode ("12 Larkspur Close, Brackenford LS99 9ZZ"), also
   when the postcode comes a line or a sentence later ("... top floor. postcode LS99 9ZZ") or
   has a unit letter Royal Mail never uses (a typo: the street line already says what it is);
2. a house number and a street ("12 Larkspur Close", "Flat 3, 7 Mill Lane"; a building's name
   before its street line is part of it), and streets written name-last the Welsh, Irish or
   continental way ("5 Heol y Dderwen", "7 impasse des Mûriers": "worth a look" on their own);
3. a statement of residence naming a street ("we live on Mill Lane", "moved into our new
   house on Larkspur Close"), a private sale's pick-up ("pick up from Quillon Rd"), and a
   postcode on its own.

The value is the postcode (upper case, one space) where there is one, else the street
line.  Addresses that are not the person's home are left out: the school's own address
(written right after the school's name or the word "school"), venues ("the new cafe at
14 High Street"), famous addresses ("10 Downing Street"; see `street.FAMOUS`) and what the
named filters of `address_filters` recognise (titles, shops, listings, road news, ...).  A
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

from detectors.address_filters import ADDRESS_FILTERS, school_or_venue_before
from detectors.address_label import COLLECTION, RESIDENCE, RESIDENCE_AFTER, labelled_addresses
from detectors.base import Detector, Explanation, Item, Match, SchoolProfile
from detectors.filters import verdict
from detectors.postcode import CANDIDATE, INWARD, Postcode, find_postcodes
from detectors.street import (
    ABROAD,
    BARE,
    NAMED,
    NUMBERED,
    Street,
    has_street_word_in,
    judge_abroad,
    judge_street,
    numbered_street_word_in,
    street_windows,
)

_HINT = re.compile(
    r"\b(?:live[sd]?|living|mov(?:ed|ing)|house|home|flat|place|address|street|road|terrace|semi|we'?re|i'?m|"
    r"he'?s|she'?s|they'?re|mine|ours|"
    r"cul-de-sac|bungalow|cottage|apartment|digs|settled|bought|rent(?:ing)?|grew|post\s*code|garden|garage|shed|porch|door|"
    r"pick(?:ing)?[ \t-]?up|collect(?:ion|ing)?|"
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
_NOT_A_POSTCODE = re.compile(
    r"(?i)\b(?:flight|order|ref|reference|code|serial|model|part|product|reg|registration|tracking|"
    r"booking|invoice|ticket|gate|seat)\b(?:\s*(?:no\.?|number|#))?\s*(?:is\s*)?[:#]?\s*$"
)
"""Words before a postcode-shaped code that make it a flight, an order or a product."""
_ORDINAL = re.compile(r"(?i)\d(?:st|nd|rd|th)")
"""An inward code that reads as an ordinal ("S60 5th Edition", "B4 1ST"): words, not a postcode."""
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_AFTER_STREET = re.compile(
    r"[ \t]*,?[ \t\n]*(?:[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2}[ \t]*,?[ \t\n]*"
    r"|[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?[ \t]*(?:,|\n)[ \t\n]*){0,2}"
)
"""Town and county lines between a street line and its postcode (typed in lower case, each ends
with a comma or a line break: "7 tansy street\nbrackenford\nls99 9zz")."""
_CONTEXT = 64
"""How many characters before a match are read for its context (about one clause)."""


_POSTCODE_RULES = frozenset({"UK postcode", "UK postcode given as an address"})
_PARTS_RULE = "street line and its postcode, given apart"
_COLLECTION_RULE = "street given for collecting something from the writer"
PARTS_WITHIN = 100
"""Characters between a street line and a postcode given later in the same post, as one address."""
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
        text = item.text or ""
        found = self._joined(list(self._found(item)))
        labelled = []
        for line, start, end in labelled_addresses(text) if _LABEL_HINT.search(text) else ():
            inside = [m for m in found if start <= m.start and m.end <= end]
            if any(m.start < end and start < m.end for m in found if m not in inside):
                continue  # the street patterns read more of it than the label did
            if any(m.confidence > 0.8 and ABROAD.match(text, m.start) is None for m in inside):
                continue  # a postcode or a British street line in a statement of residence says it better
            if (
                school_or_venue_before(_before(text, start), self._school_names)
                or verdict(ADDRESS_FILTERS, text, start, end)[0] == "drop"
            ):
                continue
            found = [m for m in found if m not in inside]  # "2207 Cedar Hollow Drive" inside "..., Springvale"
            confidence = max([0.8, *(m.confidence for m in inside)])  # "new address: 4 rue ..." is a residence
            labelled.append(self._match(line, start, end, confidence, "an address the writer labels as one"))
        yield from sorted([*found, *labelled], key=lambda m: m.start)

    def _found(self, item: Item) -> Iterator[Match]:
        """Postcodes and British street lines."""
        text = item.text or ""
        postcodes = find_postcodes(text) if INWARD.search(text) else []
        line_ends = find_postcodes(text, loose_unit=True) if postcodes or INWARD.search(text) else []
        claimed: list[tuple[int, int]] = []
        profile = item.provenance.section in _FIELD_SECTIONS
        streets = list(self._streets(text, profile))
        for street in streets:
            if _overlaps(claimed, street.start, street.end) or _building_before_street(text, street, streets):
                continue
            context = _before(text, street.start)
            resident = RESIDENCE.search(context) is not None or RESIDENCE_AFTER.match(text, street.end) is not None
            collection = not resident and COLLECTION.search(context) is not None
            if street.lower_case and not street.strong and not (resident or collection):
                continue
            whole_field = profile and not text[: street.start].strip() and _rest_is_town(text, street.end)
            apart = None if street.numbered or street.named else _house_number_apart(text, street.end)
            if not (resident or collection or street.numbered or street.named or whole_field) and apart is None:
                continue
            postcode = _postcode_after(text, street.end, line_ends)
            span_end = postcode[2] if postcode else street.end
            effect, names = verdict(ADDRESS_FILTERS, text, street.start, span_end)
            if school_or_venue_before(context, self._school_names) or effect == "drop":
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
            if collection:
                confidence, rule = (0.85, _COLLECTION_RULE) if street.numbered else (0.7, _COLLECTION_RULE)
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
            if _NOT_A_POSTCODE.search(context) or school_or_venue_before(context, self._school_names):
                continue
            if verdict(ADDRESS_FILTERS, text, start, end)[0] == "drop" or _ORDINAL.fullmatch(text, end - 3, end):
                continue
            if profile or _POSTCODE_CONTEXT.search(context):
                yield self._match(code.text, start, end, 0.92, "UK postcode given as an address")
            else:
                yield self._match(code.text, start, end, 0.85, "UK postcode")

    def _joined(self, found: list[Match]) -> list[Match]:
        """One address given in parts is one finding: "we're at 8 Quillon Road now, second floor. postcode
        LS99 9ZZ" is a street line and, a sentence on, its postcode (the value, as everywhere)."""
        joined: list[Match] = []
        for match in found:
            last = joined[-1] if joined else None
            if (
                last is not None
                and last.rule not in _POSTCODE_RULES
                and match.rule in _POSTCODE_RULES
                and 0 <= match.start - last.end <= PARTS_WITHIN
            ):
                confidence = max(last.confidence, match.confidence, 0.92)
                joined[-1] = self._match(match.value, last.start, match.end, confidence, _PARTS_RULE)
                continue
            joined.append(match)
        return joined

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
        needs = ((NUMBERED, _DIGIT), (NAMED, _HOUSE), (BARE, None if profile else _HINT), (ABROAD, _DIGIT))
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
                street = judge_abroad(text, found) if pattern is ABROAD else judge_street(text, found)
                if street is None:
                    continue
                line = street.line.lower()
                if not street.numbered and any(n.endswith(" " + line) for n in numbered):
                    continue  # "our house on Elm Street ... 40 Elm Street": one address
                seen.append((street.start, street.end))
                if street.numbered or street.named:
                    numbered.append(line)
                yield street


_NUMBER_APART = re.compile(
    r"(?i)(?:\b(?:i'?m|we'?re|i\s+am|we\s+are|she'?s|he'?s|they'?re)\s+(?:at\s+(?:number\s+|no\.?\s*)?|number\s+|no\.\s*)"
    r"|\b(?:knock\s+at|come\s+to)\s+(?:number\s+|no\.?\s*)?|\b(?:number|no\.)\s*)"
    r"(\d{1,4}[a-z]?)\b(?!\s*(?:am|pm|mins?|minutes|hours?|years?|%|:|\.\d))"
)
"""A house number given in its own words after the street: "Hawthorn Road … we're at number 42".
"I'm" and "we're" need "at" or "number" before it: "I'm #1" and "we're 2 down" are no address."""


def _house_number_apart(text: str, end: int) -> str | None:
    """The house number a post gives after naming the street (within about two sentences), unless
    it is the number of another street line ("... Quill Street and Tansy Street, number 4 Tansy Street")."""
    found = _NUMBER_APART.search(text, end, end + 120)
    if found is None or NUMBERED.match(text, found.start(1)) is not None:
        return None
    return found.group(1)


_FLAT_NUMBER = re.compile(r"(?i)\b(?:flat|apartment|apt|unit|room|suite)\.?[ \t]*$")
_BUILDING_GAP = re.compile(r"[ \t]*,[ \t\n]*")


def _building_before_street(text: str, street: Street, streets: list[Street]) -> bool:
    """ "Flat 6, Marlowe Court, 22 Quay Wynd": a building's name (after a flat number, or with no
    number) right before the street line it stands on is part of that address, not one of its own."""
    if street.numbered and not _FLAT_NUMBER.search(text, max(0, street.start - 12), street.start):
        return False
    gap = _BUILDING_GAP.match(text, street.end)
    return gap is not None and any(other.start == gap.end() and other.numbered for other in streets)


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
    if street.abroad:
        return 0.7, "house number and a street written the Welsh, Irish or continental way (rue, Ffordd...)"
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
