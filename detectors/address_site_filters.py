"""Named filters for addresses of sites, institutions and organisations that pasted text carries (clause 2.3.2).

Forwarded mail, newsletters, receipts and notices hold the addresses of places that are nobody's home next to a
private person's.  Each is a `detectors.filters.Filter` over a candidate address `text[start:end]`, tested on its
own (tests/detectors/test_address_batch5_classes.py), and part of `address_filters.ADDRESS_FILTERS`:

- `PLANNING_SITE`: the site of a planning application ("26/00871/FUL – land adjacent to ...", "change of use,
  14 ..."): a plot or a shop being converted, named for the council, not anyone's home;
- `ORGANISATION_NAMED_BEFORE`: an organisation's name right before the address, or before the street and town a
  lone postcode closes ("Hollyfield Garden Centre, Tansy Road, Quillby LS..", "@ Quillby Rovers, ...", "the
  tax office's letterhead"): a letterhead, a receipt, an away ground;
- `CARE_HOME`: a care, nursing or residential home named with the address ("Nana's moving to Larchfield Nursing
  Home, 7 ..."): an institution, whoever lives there;
- `ACTIVITY_AT_PLACE`: classes, sessions or training at a named place, then its address ("classes at Tansy Fitness
  Barn, 21 ..."): a gym's or a hall's address (but "lessons at Gran's, 4 ..." is a house);
- `EMPTY_HOUSE`: a house said to stand empty, derelict or boarded up: nobody's home now.
"""

from __future__ import annotations

import re

from detectors.address_context import FIRST_PERSON, clause_before, sentence_after
from detectors.filters import Filter

_PLANNING = re.compile(
    r"(?i)\b\d{2}/\d{4,5}/[a-z]{2,4}\b|\bchange\s+of\s+use\b|\bplanning\s+(?:application|notice|permission|ref)"
    r"|\b(?:land|site|plot)\s+(?:adjacent\s+to|adj\.?|to\s+the\s+rear\s+of|rear\s+of|at|next\s+to|behind)\b"
)
"""A planning reference ("26/00871/FUL"), "change of use", "planning notice", "land adjacent to"."""


def _planning_site(text: str, start: int, end: int) -> bool:
    """ "Re: 26/00871/FUL, land adjacent to Wren Barn, Quill Lane", "Planning notice: change of use, 9 Tansy
    Street": the site of an application.  An objector's own house is named in a sentence of its own ("I write as
    the owner of Wren Cottage, ..."), so only the clause before is read; a first-person word there makes the plot
    the writer's ("we're on a plot at 2 ...", "our planning application for 4 ...")."""
    before = clause_before(text, start)
    return _PLANNING.search(before) is not None and FIRST_PERSON.search(before) is None


_ORG_WORD = (
    r"Centre|Center|Council|Customs|Revenue|Agency|Authority|Department|Ministry|Trust|Society|Association|"
    r"Services|Ltd|Limited|PLC|LLP|Group|Partnership|Solicitors|Accountants|Bank|Insurance|Chapel|Church|Capel|"
    r"Eglwys|Mosque|Temple|Synagogue|Gurdwara|Institute|Foundation|Charity|Club|FC|AFC|RFC|Academy|College|"
    r"University|Hospital|Surgery|Practice|Clinic|Hotel|Inn|Arms|Garage|Motors|Stores|Supplies|Nurseries|"
    r"Stadium|Pavilion|Arena|Hub|Depot|Sabha|Cathedral|Abbey|Priory|Museum|Gallery|Theatre|Theater|Cinema|Library"
)
_VENUE_WORD = (
    r"Stadium|Pavilion|Arena|Hub|Depot|Sabha|Cathedral|Abbey|Museum|Gallery|Theatre|Theater|Cinema|Library|Centre|"
    r"Center|Church|Chapel|Mosque|Temple|Synagogue|Gurdwara|Hotel|Club|FC|AFC|RFC|Hospital|College|University|Academy"
)
"""Words that end the name of a public venue, strong enough to count after "at", "from", "is" or "to" (not "Bank":
"at Hazel Bank, ..." is a farm)."""
_ORG_NAME = (
    r"(?:@[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+(?:&|and|of|[A-Z][\w'’&.-]*)){0,4}"  # "@ Quillby Rovers"
    r"|(?:(?<=\bat[ \t])|(?<=\bfrom[ \t])|(?<=\bis[ \t])|(?<=\bto[ \t]))(?:[A-Z][\w'’&.-]*[ \t]+){0,4}(?:"
    + _VENUE_WORD
    + r")"
    r"|(?<![\w'’])(?<!\w[ \t])(?!(?:The[ \t]+)?Old[ \t])(?:[A-Z][\w'’&.-]*[ \t]+(?:(?:&|and|of)[ \t]+)?){0,4}"
    r"(?:" + _ORG_WORD + r")"  # "... Garden Centre", "St Aidan's Church" (not "The Old Chapel", a house)
    r"|(?<![\w'’])(?<!\w[ \t])(?:Capel|Eglwys|Holy)[ \t]+[A-Z][\w'’-]*)"  # "Capel Horeb", "Holy Trinity" ("Church Lane" is a street)
)
_ORG_BEFORE = re.compile(_ORG_NAME + r"[ \t]*,[ \t]*(?:[A-Z][\w'’. -]{1,30},?[ \t]*){0,2}$")
"""An organisation's name and a comma, then at most a street and a town: a letterhead's lines before the
candidate.  The name opens its clause or line ("Hollyfield Garden Centre, ..."), or, a venue's, follows "at", "from",
"is" or "to" ("the match is at Quillby Community Stadium, ..."): a name after another word is a street's ("3 Rhes y Wren, ...") or a
place in a sentence."""
_OWN = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|home|address|mine|ours|my|our|i'?m|we'?re|(?:his|her|their)\s+(?:new\s+)?place)\b"
)


def _organisation_named_before(text: str, start: int, end: int) -> bool:
    """ "Receipt: Hollyfield Garden Centre, Tansy Road, Quillby LS.. ..", "A @ Quillby Rovers, Heron Rd LS..":
    an organisation's address.  A word of home in the clause hands it back ("we live behind the Chapel, ...")."""
    before = clause_before(text, start, 96)
    if _ORG_BEFORE.search(before) is None:
        return False
    return _OWN.search(before) is None


_INSTITUTION = re.compile(
    r"(?i)(?<!not\sa\s)(?<!n't\sa\s)(?<!never\sa\s)\b(?:care|nursing|residential|retirement|rest)\s+homes?\b"
    r"|\bhospice\b"
)
"""An institution's name, unless denied ("it's NOT a care home, it's her new flat")."""
_HOME_AFTER = re.compile(r"(?i)\b(?:my|our|mine|ours|(?-i:house)|home|address|send|cards?|post)\b")
"""A home named after the institution ("... care home now but Nan's still at home, 12 ..."); "House" with a
capital is the institution's own name ("care home is Beechcroft House, ...")."""


def _care_home(text: str, start: int, end: int) -> bool:
    """ "Nana's moving to Larchfield Nursing Home, 7 ...", "Wren View residential home, Heron Drive: vacancies":
    an institution's address, whoever lives there.  A home named after it hands it back ("Nana's care home won't
    take post, so send cards to my mum's: ...")."""
    head = clause_before(text, start) + re.split(r"\d", text[start:end], maxsplit=1)[0]
    found = list(_INSTITUTION.finditer(head))
    return bool(found) and _HOME_AFTER.search(head, found[-1].end()) is None


_ACTIVITY_AT = re.compile(
    r"(?i:\b(?:classes|class|sessions|session|lessons|training|practice|rehearsals|workshops|meets|clubs?))"
    r"\s+(?:are\s+|run\s+|held\s+)?(?:at|@)\s+(?!(?i:my|our|his|her|their|mum|mam|dad|nan|gran)\b)"
    r"(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}(?<!['’]s)\s*,\s*$"
)


def _activity_at_place(text: str, start: int, end: int) -> bool:
    """ "classes at Tansy Fitness Barn, 21 ...": where a class or a session is held, a named place's address."""
    return _ACTIVITY_AT.search(clause_before(text, start)) is not None


_EMPTY = re.compile(
    r"(?i)\b(?:(?:has|have|had)\s+been|is|was|stands?|stood|sits?|lies)\s+(?:\w+\s+)?(?:empty|derelict|"
    r"abandoned|boarded\s+up|vacant|falling\s+down|an?\s+eyesore)\b"
)
_THAT_HOUSE = re.compile(
    r"(?i)\b(?:that|the|this|a)\s+(?:\w+\s+)?(?:house|bungalow|cottage|flat|place)\s+(?:on|in|at)\s+$"
)


def _empty_house(text: str, start: int, end: int) -> bool:
    """ "That house on Quill Lane has been empty for years": a house nobody lives in (the writer's own house
    is said to be theirs: "our house on ... was empty while we moved" keeps it)."""
    before = clause_before(text, start)
    if _THAT_HOUSE.search(before) is None or FIRST_PERSON.search(before):
        return False
    return _EMPTY.search(sentence_after(text, end)) is not None


PLANNING_SITE = Filter(
    "planning site", "drop", "the site of a planning application or notice, not anyone's home", _planning_site
)
ORGANISATION_NAMED_BEFORE = Filter(
    "organisation named before it",
    "drop",
    "an organisation's name heads the address (a letterhead, a receipt, an away ground)",
    _organisation_named_before,
)
CARE_HOME = Filter("care home", "drop", "a care, nursing or residential home's address", _care_home)
ACTIVITY_AT_PLACE = Filter(
    "activity at a named place", "drop", "classes or sessions held at a named place: its address", _activity_at_place
)
EMPTY_HOUSE = Filter("empty house", "drop", "a house said to stand empty or derelict: nobody's home", _empty_house)
SITE_FILTERS: tuple[Filter, ...] = (PLANNING_SITE, ORGANISATION_NAMED_BEFORE, CARE_HOME, ACTIVITY_AT_PLACE, EMPTY_HOUSE)
