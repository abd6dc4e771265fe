"""Home addresses (clause 2.3.2): postcodes, street lines and where people say they live.

Three rules, from strongest to weakest evidence:

1. a street line followed by a postcode ("12 Larkspur Close, Brackenford LS99 9ZZ"), also
   when the postcode comes a line or a sentence later ("... top floor. postcode LS99 9ZZ") or
   has a unit letter Royal Mail never uses (a typo: the street line already says what it is);
2. a house number and a street ("12 Larkspur Close", "Flat 3, 7 Mill Lane"; a building's name
   before its street line is part of it), and streets written name-last the Welsh, Irish or
   continental way ("5 Heol y Dderwen", "7 impasse des Mûriers": "worth a look" on their own);
3. a statement of residence naming a street ("we live on Mill Lane", "moved into our new
   house on Larkspur Close", "send cards to ..."), a private sale's pick-up ("pick up from
   Quillon Rd"), a street whose house number is given a sentence before or after it ("we're at
   number 5. Ashby Grove ..."), a street with no street word ("we're at 12 Fernside, Oakley",
   `street_unmarked`), and a postcode on its own (unless `address_postcode_filters` says it is
   another kind of code).

The value is the postcode (upper case, one space) where there is one, else the street
line.  Addresses that are not the person's home are left out: the school's own address
(written right after the school's name or the word "school"), venues ("the new cafe at
14 High Street"), famous addresses ("10 Downing Street"; see `street.FAMOUS`) and what the
named filters of `address_filters` recognise (titles, shops, listings, road news, ...); a learned
judgement of the words around each address has the last word on those and on what the filters turned
down (`address_judgement`, the two readings it compares in `address_sieve`).  A
relative's house number and street is still reported: it is personal information about
people a pupil's family could find.  Decisions on the edge cases:

- famous addresses are not reported at all (not "flagged low"): a low finding is still a
  finding the person must dismiss, and they are never the owner's home;
- "meet at 10 Mill Lane at 5" is an address: a number straight before a street name is a
  house number, and times are written "at 10, Mill Lane car park" (a venue word) or "10am";
- a street named without a number needs a first-person statement ("we live on", "our
  house on", "where we live") or a profile field of its own: "roadworks on Mill Lane" is
  news, "my brother lives on Mill Lane" is his.

How a street line's parts are joined is in `address_parts`, how street lines are found in
`address_streets`, and the business-or-home filters in `address_business`; when a lone postcode is an
address in `address_lone_postcodes`, streets named as the writer's own without a verb of living
("we're the house with ...", bins, a street party) in `address_neighbours`, and name-first streets
abroad ("Calle ... 9", "ul. ... 14/3") in `address_abroad`.

Everything is regular expressions rather than a spaCy pipeline: the patterns are about
digits, capitals and a closed list of street words, which regexes match exactly and at
tens of MB/s; a tokenizer would only slow the text path.  The gate (`wants`, in
`address_gate`) needs a street word or a postcode shape before anything else runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.address_abroad import streets_abroad
from detectors.address_abroad_postal import lines_by_tail
from detectors.address_context import clause_before
from detectors.address_gate import (
    _FIELD_SECTIONS,
    _GATE_WORDS,
    _LABEL_HINT,
    _LABEL_WORDS,
    address_screen,
    wants_address,
)
from detectors.address_house_line import house_line_rule
from detectors.address_judgement import ADDRESS_JUDGEMENT
from detectors.address_label import (
    AT_HOME,
    COLLECTION,
    RESIDENCE,
    RESIDENCE_AFTER,
    SENDING,
    labelled_in,
)
from detectors.address_lived import home_cue
from detectors.address_lone_postcodes import lone_postcodes
from detectors.address_neighbours import home_said_around, home_said_before, neighbourhood_story
from detectors.address_number_after import number_given_apart
from detectors.address_parts import (
    building_before_street,
    house_number_apart,
    house_number_before,
    joined,
    postcode_after,
    rest_is_town,
)
from detectors.address_same_street import SAME_STREET_RULE, other_houses
from detectors.address_sieve import Sieve
from detectors.address_street_home import street_given_as_home
from detectors.address_streets import overlaps, street_score, streets_in
from detectors.address_unworded import unworded_streets
from detectors.address_worded import read_with_digits
from detectors.base import Detector, Explanation, Item, Match, SchoolProfile
from detectors.contact_judgement import JudgedInContext
from detectors.gate import has_digit
from detectors.gate_batch import Positions, TextBatch
from detectors.postcode import INWARD, Postcode, find_postcodes
from detectors.street import ABROAD
from detectors.street_unmarked import unmarked_streets

_COLLECTION_RULE = "street given for collecting something from the writer"
_ABROAD_RULE = "street abroad written name first (Calle, ul., -straße), where someone lives or takes post"
_NEIGHBOUR_RULE = "street named in a story of the writer's own street (bins, a street party, a lost pet)"
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w'’])[A-Z][a-z]+[ \t]+$")
"""A capitalised word right before a house number: "Leeds 3 Harrogate, ..." is a score, not a street."""
_HOME_CUE_WIDTH = 80


class AddressDetector(JudgedInContext, Detector):
    """Finds home addresses: postcodes, numbered street lines and "we live on ..."."""

    kind = "address"
    judgement = ADDRESS_JUDGEMENT
    title = "Home address"
    clauses = ("2.3.2",)

    def __init__(self, school: SchoolProfile | None = None) -> None:
        super().__init__(school)
        names = [self.school.name, *self.school.aliases, *self.school.handles]
        words = [re.escape(name) for name in names if name]
        self._school_names = re.compile("|".join(words), re.IGNORECASE) if words else None

    def wants(self, item: Item) -> bool:
        """A postcode shape, a street word with a digit or a word of residence, or a house number
        before a name and a comma (a street with no street word): `address_gate`."""
        return wants_address(item)

    def screen(self, batch: TextBatch) -> Positions:
        """`wants` for a batch (`detectors.gate_batch`): `address_gate.address_screen`."""
        return address_screen(batch)

    def screen_words(self) -> frozenset[bytes]:
        return _GATE_WORDS

    def candidates(self, item: Item) -> tuple[list[Match], list[Match]]:
        """(what the rules keep, what only their venue words and named filters turned down): a house number in
        words read as digits, and as the writer corrects it (`address_worded`).  The second reading
        (`address_sieve`) is made only where the first turned something down."""
        sieve = Sieve(self._school_names)
        kept = list(read_with_digits(item, lambda it: self._detect(it, sieve)))
        if not sieve.turned_down:
            return kept, []
        unfiltered = Sieve(self._school_names, filtering=False)
        taken = [(m.start, m.end) for m in kept]
        turned_down = []
        for found in read_with_digits(item, lambda it: self._detect(it, unfiltered)):
            if not overlaps(taken, found.start, found.end):
                taken.append((found.start, found.end))
                turned_down.append(found)
        return kept, turned_down

    def _detect(self, item: Item, sieve: Sieve) -> Iterator[Match]:
        text = item.text or ""
        found = joined(list(self._found(item, sieve)), self._match)
        labelled = []
        for line, start, end in labelled_in(text) if _LABEL_WORDS(text) and _LABEL_HINT.search(text) else ():
            inside = [m for m in found if start <= m.start and m.end <= end]
            if any(m.start < end and start < m.end for m in found if m not in inside):
                continue  # the street patterns read more of it than the label did
            if any(m.confidence > 0.8 and ABROAD.match(text, m.start) is None for m in inside):
                continue  # a postcode or a British street line in a statement of residence says it better
            context = clause_before(text, start)
            if sieve.venue_before(context) or sieve.drops(text, start, end):
                continue
            found = [m for m in found if m not in inside]  # "2207 Cedar Hollow Drive" inside "..., Springvale"
            confidence = max([0.8, *(m.confidence for m in inside)])  # "new address: 4 rue ..." is a residence
            labelled.append(self._match(line, start, end, confidence, "an address the writer labels as one"))
        streets = [(m.start, m.end) for m in [*found, *labelled]]
        houses = [self._match(v, s, e, 0.75, SAME_STREET_RULE) for v, s, e in other_houses(text, streets)]
        yield from sorted([*found, *labelled, *houses], key=lambda m: m.start)

    def _found(self, item: Item, sieve: Sieve) -> Iterator[Match]:
        """Street lines (with their postcodes), streets with no street word, then lone postcodes."""
        text = item.text or ""
        line_ends = find_postcodes(text, loose_unit=True) if INWARD.search(text) else []
        claimed: list[tuple[int, int]] = []
        profile = item.provenance.section in _FIELD_SECTIONS
        yield from self._street_lines(text, profile, line_ends, claimed, sieve)
        tails = list(lines_by_tail(text)) if has_digit(text) else []
        tail_spans = [(start, end) for _, start, end, _ in tails]
        yield from self._unmarked(text, profile, line_ends, claimed, tail_spans, sieve)
        for value, start, end, confidence, rule in unworded_streets(text):
            if not (overlaps(claimed, start, end) or sieve.not_a_home(text, clause_before(text, start), start, end)):
                claimed.append((start, end))
                yield self._match(value, start, end, confidence, rule)
        for line, start, end in streets_abroad(text) if has_digit(text) else ():
            if not (overlaps(claimed, start, end) or sieve.not_a_home(text, clause_before(text, start), start, end)):
                claimed.append((start, end))
                yield self._match(line, start, end, 0.8, _ABROAD_RULE)
        for line, start, end, rule in tails:
            if not (overlaps(claimed, start, end) or sieve.not_a_home(text, clause_before(text, start), start, end)):
                claimed.append((start, end))
                yield self._match(line, start, end, 0.8, rule)
        for code, start, end, confidence, rule in lone_postcodes(text, line_ends, claimed, profile, sieve):
            yield self._match(code, start, end, confidence, rule)

    def _street_lines(
        self,
        text: str,
        profile: bool,
        line_ends: list[tuple[Postcode, int, int]],
        claimed: list[tuple[int, int]],
        sieve: Sieve,
    ) -> Iterator[Match]:
        """British street lines, with the postcode or the house number given with them."""
        streets = list(streets_in(text, profile))
        numbers_used: set[int] = set()
        for street in streets:
            if overlaps(claimed, street.start, street.end) or building_before_street(text, street, streets):
                continue
            context = clause_before(text, street.start)
            resident = (
                RESIDENCE.search(context) is not None
                or SENDING.search(context) is not None
                or RESIDENCE_AFTER.match(text, street.end) is not None
                or home_said_around(text, street.start, street.end)
                or street_given_as_home(text, street.start, street.end)
            )
            collection = not resident and COLLECTION.search(context) is not None
            after = text[street.end : street.end + 40]
            cue = None if resident or collection else home_cue(context, after, street.numbered)
            bare = not (street.numbered or street.named)
            neighbour = bare and not (resident or collection or cue) and neighbourhood_story(text, street)
            if street.lower_case and not street.strong and not (resident or collection or cue):
                continue
            whole_field = profile and not text[: street.start].strip() and rest_is_town(text, street.end)
            apart = house_number_apart(text, street.end) if bare else None
            if apart is None and bare:
                before = house_number_before(text, street.start)
                if before is not None and before[1] not in numbers_used:
                    numbers_used.add(before[1])
                    apart = before[0]
            apart_rule = "street, and the house number given apart"
            if apart is None and bare:
                apart, apart_rule = number_given_apart(text, street.start, street.end)
            if (
                not (resident or collection or cue or neighbour or street.numbered or street.named or whole_field)
                and apart is None
            ):
                continue
            settled, with_postcode = self._settled(text, context, street.start, street.end, line_ends, claimed, sieve)
            if with_postcode is not None:
                yield with_postcode
            if settled:
                continue
            confidence, rule = street_score(street, resident, profile)
            if collection:
                confidence, rule = (0.85, _COLLECTION_RULE) if street.numbered else (0.7, _COLLECTION_RULE)
            if whole_field and not street.numbered:
                confidence, rule = 0.85, "street given as a whole profile field"
            if neighbour:
                confidence, rule = 0.75, _NEIGHBOUR_RULE
            if cue is not None:
                confidence, rule = max(confidence, cue.confidence), cue.name
            if apart is not None:
                line = f"{apart} {street.line}"
                yield self._match(line, street.start, street.end, 0.85, apart_rule)
                continue
            yield self._match(street.line, street.start, street.end, confidence, rule)

    def _unmarked(
        self,
        text: str,
        profile: bool,
        line_ends: list[tuple[Postcode, int, int]],
        claimed: list[tuple[int, int]],
        tails: list[tuple[int, int]],
        sieve: Sieve,
    ) -> Iterator[Match]:
        """Streets with no street word ("we're at 12 Fernside, Oakley"): after a statement of where the
        writer lives or where post goes, or on their own when the name is shaped like a street's.  A line that
        ends in a town and a state or a postal code abroad (`tails`) is left whole to `lines_by_tail`."""
        for street in unmarked_streets(text):
            if overlaps(claimed, street.start, street.end) or overlaps(tails, street.start, street.end):
                continue
            context = clause_before(text, street.start)
            wider = text[max(0, street.start - _HOME_CUE_WIDTH) : street.start]
            cue = (
                RESIDENCE.search(context) is not None
                or SENDING.search(context) is not None
                or COLLECTION.search(context) is not None
                or AT_HOME.search(wider) is not None
                or home_said_before(text, street.start)
                or street.home
            )  # a profile field alone is no cue: "14, Male, from ..." is an age
            given = postcode_after(text, street.end, line_ends) is not None
            line = None if cue else house_line_rule(text, street.start, street.name, street.town_after, given)
            if not (cue or line) and not (street.one_word_street and street.town_after):
                continue
            if not (cue or line) and _CAPITALISED_BEFORE.search(text, max(0, street.start - 24), street.start):
                continue
            settled, with_postcode = self._settled(text, context, street.start, street.end, line_ends, claimed, sieve)
            if with_postcode is not None:
                yield with_postcode
            if settled:
                continue
            if cue or line:
                rule = line or "house number and a street with no street word, where they live or take post"
                yield self._match(street.line, street.start, street.end, 0.85 if line else 0.9, rule)
            else:
                rule = "house number and a one-word street name (Queensway, Kirkgate)"
                yield self._match(street.line, street.start, street.end, 0.7, rule)

    def _settled(
        self,
        text: str,
        context: str,
        start: int,
        end: int,
        line_ends: list[tuple[Postcode, int, int]],
        claimed: list[tuple[int, int]],
        sieve: Sieve,
    ) -> tuple[bool, Match | None]:
        """Claim the line (and a postcode after it); settled here if it is no home or has a postcode
        (then the whole address, if the postcode is real); else the caller scores the street."""
        postcode = postcode_after(text, end, line_ends)
        span_end = postcode[2] if postcode else end
        claimed.append((start, span_end))
        if sieve.not_a_home(text, context, start, span_end):
            return True, None
        if postcode is None or not postcode[0].is_geographic:
            return postcode is not None, None
        return True, self._match(postcode[0].text, start, span_end, 0.97, "street address with a UK postcode")

    def _match(self, value: str, start: int, end: int, confidence: float, rule: str) -> Match:
        return self.match(value, start, end, confidence, rule, explanation=Explanation("rule", rule))
