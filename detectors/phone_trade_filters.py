"""Named phone filters for a landline that is a trade's or an office's by what the sentence says of it.

- A line given for enquiries, reports or tickets ("For planning enquiries contact … or 0116 …",
  "Report missed bins: 0113 …", "tickets £8 from the vestry or 0113 …"): an office's or a box office's
  switchboard, quoted from a letter, a leaflet or an out-of-office reply.  People give their own
  number to be reached, not "for accounts queries".
- A landline in a trade's own advert or a club's own post that names nobody to ask for ("Dough & Co | 3
  shops | 0113 …"): the organisation's (`voice.speaks_as_an_organisation`), dropped where the demoting
  `voice.ORGANISATIONS_OWN_ACCOUNT` only holds a mobile back.
- A trader the writer recommends ("try Petals on Mill Road, 0116 …, they did ours", "the florist on
  Otley Road does same-day, 0113 …", "Whitaker's are lovely. They're on 01632 …"): the shop's or the
  firm's landline, spoken of as "they" or placed on a street and said to do a trade.

Both leave mobiles alone (a sole trader's mobile is a person's phone) and give way to the words that
make a number the writer's own or a named person's ("ring me", "ask for Joyce on …").
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.phone_cues import ASKED_FOR, OWN_NUMBER, PRIVATE_PERSON, is_landline, private_person_end
from detectors.voice import speaks_as_an_organisation

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_REACH = 120
"""Characters read before the number: an out-of-office's "For … queries please contact <a long mailbox> or"."""

_ENQUIRIES = re.compile(
    r"(?i)\bfor\s+(?:[\w-]+\s+){0,3}?(?:queries|enquiries|inquiries|questions|information)\b"
    r"|\breport\s+(?:a\s+|an\s+|any\s+)?(?:missed|lost|faulty|broken|fly-?tipping|repairs?|a\s+fault)\b"
    r"|\btickets?\b[^!?\n]{0,40}?\bfrom\b"
)
"""What the line is for, said before it: enquiries, a report of a missed bin or a fault, tickets from somewhere."""


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - _REACH) : start]
    return window[max((m.end() for m in _SENTENCE_END.finditer(window)), default=0) :]


def _named_person(sentence: str, after: int) -> bool:
    """A relative, a friend or a person asked for by name after position `after` of the sentence."""
    return private_person_end(sentence) > after or any(
        m.end() > after for m in (*PRIVATE_PERSON.finditer(sentence), *ASKED_FOR.finditer(sentence))
    )


def _landline_for_enquiries(text: str, start: int, end: int) -> bool:
    """ "For planning enquiries contact planning@… or 0116 …", "Report missed bins: 0113 …"."""
    if not is_landline(text[start:end]):
        return False
    sentence = _sentence_before(text, start)
    purpose = _ENQUIRIES.search(sentence)
    if purpose is None or OWN_NUMBER.search(sentence) or OWN_NUMBER.search(text, end, end + 30):
        return False
    return not _named_person(sentence, purpose.start())


LANDLINE_FOR_ENQUIRIES = Filter(
    "landline for enquiries",
    "drop",
    "a landline given for enquiries, reports or tickets: an office's or a box office's line",
    _landline_for_enquiries,
)

_THEY = re.compile(
    r"(?i)\bthey(?:['’]re|\s+are)\s+on\b|\b(?:ring|call|phone|try)\s+them\b|\bthey\s+(?:did|do|does|sorted|fixed|made)\b"
)
"""A business spoken of as "they": "they're on 0121 …", "ring them on …", "they did our cockapoo"."""
_PLACED_AND_TRADING = re.compile(
    r"\bon\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:Road|Rd|Street|St|Lane|Parade|parade|Avenue|Row|Precinct|"
    r"precinct|Arcade|arcade|Market|market|High\s+St(?:reet)?)\b[^.!?\n]{0,30}?\b(?:does|do|did|sells?|delivers?|"
    r"opens?)\b"
    r"|\b(?:try|recommend|get\s+(?:[\w-]+\s+){0,3}?from)\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?:[A-Z&][\w'’-]*)"
)
"""A place on a street said to do a trade ("the florist on Otley Road does same-day"), or a firm of two
capitalised words recommended ("try Pampered Paws", "get the castle from Jumpin Jacks")."""
_PEOPLE = re.compile(r"(?i)\b(?:she|he|she['’]s|he['’]s|her|his|him|mrs|mr|ms|miss)\b")
"""A person spoken of: "she took up my trousers", "Mrs Ellwood on …": not a shop's line."""


def _sentence_around(text: str, start: int, end: int) -> str:
    after = text[end : end + 80]
    cut = _SENTENCE_END.search(after)
    return _sentence_before(text, start) + " " + (after[: cut.start()] if cut else after)


def _recommended_traders_landline(text: str, start: int, end: int) -> bool:
    """ "try Pampered Paws on Duke St, 01632 …, they did ours", "They're on 0121 … if anyone needs them"."""
    if not is_landline(text[start:end]):
        return False
    sentence = _sentence_around(text, start, end)
    if OWN_NUMBER.search(sentence) or _PEOPLE.search(sentence) or PRIVATE_PERSON.search(sentence):
        return False
    they = _THEY.search(sentence)
    if they is not None and they.group().lower().endswith("them") and _relatives_just_before(text, start):
        return False  # "Dad and Linda are in Spain now. If you want to ring them, ...": "them" are the relatives
    return they is not None or _PLACED_AND_TRADING.search(sentence) is not None


def _relatives_just_before(text: str, start: int) -> bool:
    """A relative named in the sentence before the number's ("Dad and Linda are in Spain now."), whom a "them" in
    the number's sentence points back to."""
    at = start - len(_sentence_before(text, start))
    while at > 0 and text[at - 1] in ".!?\n \t":  # back over the end of the sentence before
        at -= 1
    previous = _sentence_before(text, at)
    return PRIVATE_PERSON.search(previous) is not None or _KIN_OR_PAIR.search(previous) is not None


_KIN_OR_PAIR = re.compile(
    r"(?i)\b(?:mum|mam|dad|nan|nana|gran|grandma|grandad|grandpa|my\s+(?:folks|parents|in-laws))\b"
    r"|\b(?-i:[A-Z][a-z]+)\s+and\s+(?-i:[A-Z][a-z]+)\s+(?:are|were|have|live|moved)\b"
)
"""Relatives named bare ("Dad", "Nan") or a pair of people ("Dad and Linda are ...")."""


LANDLINE_OF_A_RECOMMENDED_TRADER = Filter(
    "landline of a recommended trader",
    "drop",
    "a landline of a shop or firm the writer recommends, spoken of as 'they' or placed on a street",
    _recommended_traders_landline,
)


_ONE_PERSON = re.compile(
    r"(?i)\b(?:sole\s+trader|self-employed|freelance|one[\s-](?:man|woman)|just\s+me|single\s+(?:dad|mum))\b"
)
"""A one-person trade, which the person answers ("sole trader", "self-employed sparky", "single dad")."""
_NAME_AND_DASH = re.compile(r"\b[A-Z][a-z]{2,}\s*[–—]\s*$")
"""A name and a dash right before the number ("our secretary Hilary – 01632 …"): who answers it."""


def _landline_in_an_organisations_advert(text: str, start: int, end: int) -> bool:
    """ "Dough & Co | 3 shops, 40 staff | 0113 …", "Man with a Van: 0113 …, fully insured, VAT reg …": the trade's
    own landline.  A person named before it in its sentence ("ring Brenda 01632 …", "our secretary Hilary –
    01632 …") is who answers it, and keeps it."""
    if not is_landline(text[start:end]) or not speaks_as_an_organisation(text) or _ONE_PERSON.search(text):
        return False
    before = _sentence_before(text, start)
    return not _named_person(before, -1) and _NAME_AND_DASH.search(before) is None


LANDLINE_IN_AN_ORGANISATIONS_ADVERT = Filter(
    "landline in an organisation's advert",
    "drop",
    "a landline in a text that speaks as a business or club and names no person to ask for",
    _landline_in_an_organisations_advert,
)
