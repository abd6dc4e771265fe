"""Words around a phone number that say whose it is: an organisation's, the writer's, a private person's.

The phone filters (`phone_filters`, `phone_service_filters`) weigh these against each other; they
live here, apart from the filters, so that each filter reads as one decision and the word lists
are tested once (tests/detectors/test_phone_cues.py).  The e-mail filters use `ORGANISATION` too:
"Sal's Salon" names a business whichever detail follows it.

- `ORGANISATION`: words that name a business, a body or a service ("the dentist", "care home",
  "Kestrel Homes", "The Plough's number"): its number is not anyone's personal phone.
- `OWN_NUMBER`: words by which the writer gives a number as their own or their household's ("my
  mobile", "call me", "mine's").
- `PRIVATE_PERSON`: a private person the number belongs to ("my aunt", "Rosa, 07700 …"): not the
  writer, but a person, which the policy protects as much (clause 2.3.2).
"""

from __future__ import annotations

import re

import phonenumbers

from detectors.word_alternations import FoldedWords

_ORGANISATION_WORDS = (
    r"council|dentists?|dental|vets?|veterinary|surgery|gp|doctors?|practice|medical|hospital|clinic|nhs|"
    r"pharmacy|chemist|helpline|hotline|reception|box\s+office|takeaway|restaurant|pizza|pub|inn|hotel|hôtel|cafe|"
    r"café|chippy|airbnb|rentals?|holiday\s+lets?|deli|care\s+home|nursing\s+home|hospice|warehouse|trading\s+estate|"
    r"trade\s+customers|garage|taxis?|cabs?|salon|hair|barbers?|plumb(?:er|ing)|heating|electricians?|builders?|"
    r"agency|agents?|staffing|business|kennels|cattery|charity|rescue|food\s*bank|hall|branch|showroom|yard|office|"
    r"venue|barn|butchers?|bakery|shop|stores?|supplies|agri|auctioneers?|livestock\s+market|market\s+(?:manager|office)|"
    r"farmers['’]?\s+market|estate\s+agents?|letting|lettings|ltd|limited|plc|cic|centre|center|"
    r"nursery|library|church|parish|club|clubhouse|pavilion|society|association|trust|bank|insurers?|embassy|consulate|airline|"
    r"police|scouts?|guides|brownies|cubs|beavers|brigade|dial-?in|teams|zoom|conference|admissions|"
    r"firm|company|fax|advert|opening\s+hours|open\s+(?:mon|tue|wed|thu|fri|sat|sun|daily|weekdays|7\s+days)|opens?\s+(?:till|until|from|at)|head\s+office|"
    r"est\.?\s*\d{4}|since\s+\d{4}|"
    r"hire|fabrics|tandoori|kebabs?|marina|playhouse|theatre|cinema|funeral\s+(?:directors?|home)|undertakers|"
    r"residential\s+home|labs?|laboratory|dept|department|switchboard|main\s+desk|customer\s+(?:services|team)|"
    r"complaints|invoice|subtotal|siop|swyddfa|ar\s+agor|at\s+work|footer|signature|out\s+of\s+(?:the\s+)?office|"
    r"(?:annual|paternity|maternity)\s+leave|solicitors?|accountants?|diner|bistro|brasserie|direct\s+line|"
    r"non[\s-]?emergency(?:\s+(?:line|number))?|fire\s+(?:service|station)|"
    r"the\s+home\b(?!\s+(?:number|phone|landline|address|page|screen))|"
    # the services people ring in a life's events
    r"crematorium|florists?|depots?|sorting\s+office|lost\s+property|(?:dog|traffic|park)\s+wardens?|"
    r"porters['’]?\s+lodge|ring\s+(?:and|&|n)\s+ride|dial[\s-]+a[\s-]+ride|community\s+transport|"
    r"ward\s+(?:phone|number|\d+\w?)|meals\s+on\s+wheels|housing\s+(?:office|team|officer|association|department|dept|repairs)|"
    r"queries\s+housing|"
    # a takeaway called by its food ("the chinese", "the local indian"), not the people
    r"the\s+(?:local\s+)?(?:chinese|indian|thai|turkish|italian)\b(?!\s+(?:lady|man|woman|family|girl|boy|couple|lad|neighbou?rs?))|"
    # a team or desk of an organisation ("try the patient liaison team"), a job advertised
    r"the\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:team|desk)\b(?!['’]?s?\s+(?:captain|manager|coach|leader|mum|mom|dad|parent|rep))|vacanc(?:y|ies)|(?:now|we['’]re|we\s+are)\s+hiring|"
    r"apply\s+(?:at|to|online|now|via|by|through|with)\b"
)
_ORGANISATION_NAMES = (
    r"(?-i:&\s+Co\b)"
    # places of worship of every faith, unless a capitalised word makes a street of it ("Chapel Fold")
    r"|(?:mosque|masjid|gurdwara|mandir|temple|synagogue|chapel|kingdom\s+hall)(?!\s+(?-i:[A-Z]))"
    r"|(?-i:[A-Z][\w'’&]*\s+(?:Arms|Homes|Properties|Estates|Lettings|Motors|Services|Solutions|Group|Associates|Partners|"
    r"Removals|Travel|Transport|Cars|Plumbing|Electrical|Roofing|Cleaning|Kitchens|Interiors|Surveyors|Solicitors|"
    r"Lounge|Grill|Tavern|Kitchen|Supplies|Agri|Feeds|Merchants|Machinery|Auctions|Haulage|Engineering|Valuers|Nurseries|"
    r"Primary|Academy|College|High\s+School|School))"
    r"|(?-i:\b[Tt]he\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}['’]s\s+(?:new\s+|old\s+|main\s+)?(?:number|phone|landline|line))"
)
_ORGANISATION = FoldedWords(_ORGANISATION_WORDS, _ORGANISATION_NAMES)
ORGANISATION = _ORGANISATION.pattern
"""Words that name an organisation or a service, and the shapes of a firm's name ("Kestrel
Homes", "Dwyer & Co", "Mumbai Lounge", "Tenbury Farm Supplies", "Exe Valley Agri") or a venue's ("The Plough's
number", "The Bell's new number"), a paper's or a council's desk or team ("the Gazette's sports desk"), a care home called "the
home" ("ring the home first"), a work "direct line": its number is not anyone's personal phone."""
OWN_NUMBER = re.compile(
    r"\b(?:my|our)\s+(?:[\w'’]+\s+){0,2}?(?:mobile|mob|number|phone|landline|cell|digits|whats\s?app|home|house)\b(?!-)|"
    r"\b(?:call|text|ring|phone|whats\s?app|message|msg|contact|reach|bell|buzz|book|hire|ping|dm)\s+(?:me|us)\b|"
    r"\bjust\s+me\b|\bwe(?:['’]re|\s+are)\s+on\b|\bthat'?s\s+me\b|"
    r"\bme\s+on\b|\b(?:i'?m|i\s+am)\s+on\b|\bme\s*[:,-]?\s*$|\bmine(?:['’]s|\s+is)\b|"
    r"\b(?:i['’]?ve|i\s+have|i['’]?ve\s+got|i\s+got|we['’]?ve\s+got)\s+a\s+new\s+(?:phone|number|mobile|mob|sim)\b|"
    r"\bgive\s+(?:me|us)\s+a\s+(?:bell|ring|call|buzz|shout|tinkle)\b|"
    r"\bone[\s-](?:man|woman|person|lady)\s+(?:business|band|show|operation|outfit)\b|\bsole\s+trader\b",
    re.IGNORECASE,
)
"""Words by which the writer gives a number as their own (or their household's), "I've a new phone" and "give me a
bell" among them, or a one-person business's ("one-man business since 2009", "she's a one woman band", "sole trader":
a person's own line, however it is advertised); not "my home-made soup" nor "mine came through" (a refund, not a
number)."""
OWNED_AFTER = re.compile(r"\s*(?:is|=|[-–—:])\s+(?:my|mine|(?-i:[A-Z][a-z]+)['’]s)\b", re.IGNORECASE)
"""Whose the number is, said right after it: "(087) 000-0150 is Niall's", "… is my mum's"."""
FAMILY = (
    r"mum|mam|mom|mummy|mother|dad|daddy|father|parents|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|babcia|"
    r"sister|brother|sis|bro|son|daughter|wife|husband|partner|hubby|fiance|fiancée?|aunt|auntie|aunty|uncle|"
    r"cousin|niece|nephew|friend|mate|bestie|neighbou?r|in-laws|babysitter|childminder|chacha|ouma|oupa"
)
"""Relatives and friends, in the words (and some of the languages) people use for them."""
PRIVATE_PERSON = re.compile(
    rf"(?i)\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:{FAMILY})(?:['’]s)?\b"
    r"|\b(?:his|her)\s+(?:own\s+|personal\s+|home\s+)?(?:mobile|mob|number|phone|cell|landline)(?:['’]s|\s+is)?"
    r"|(?<![Tt]he\s)\b(?-i:[A-Z][a-z]{2,})['’]s\s+(?:mobile|mob|number|phone|cell|landline)(?:\s+is)?\s*[:-]?\s*$"
    rf"|\b(?:{FAMILY})['’]s\s+(?:home\s+)?(?:landline|phone|number|mobile)\b"
    r"|\b(?:give|gave|giving)\s+(?:her|him)\s+a\s+(?:ring|call|bell)\b"
    r"|\b(?:she|he)(?:['’]s|\s+is)\s+on\s*:?\s*$"
    rf"|(?:^|[/|•\n;(]\s*)(?:(?:{FAMILY})(?:\s+(?-i:[A-Z][a-z]+))?|(?-i:[A-Z][a-z]+)\s*\((?:{FAMILY})\))\s*[:=–—-]\s*$"
)
"""A relative or friend a number belongs to ("my mum", "her neighbour's", "Grandad's landline", "give him a ring"), or
a person's own number said as such ("her number's 07700 …": the childminder's, not the breakfast club's; "she's on 07700 …": only a person is "she"; "Mike's number is 07700 …" right
before it, though a hospital was named earlier in the clause), or a relative labelling a line of a contact list ("/ Nana
Pat - 0113 …", "Dave (dad) - 07700 …")."""
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\s*[,:-]?\s*(?:on\s*)?$")
ASKED_FOR = re.compile(r"\b(?:call|text|ring|phone|contact|ask|message|msg|whats\s?app)\s+(?-i:[A-Z][a-z]+)\b", re.I)
"""A person asked for by first name anywhere in the clause ("ring Liz (she keeps the book) on …",
"contact Imran bhai for tickets – 07700 …"): a firm's name after the verb ("ring Fernside Taxis")
still ends later, as an organisation, and wins."""
_PLACE_WORDS = frozenset(("in", "at", "near", "outside", "from", "of"))
"""Words after which a capitalised word is a place ("the sale barn in Valentine"), not a person."""
_CONTACT_VERB = re.compile(r"(?i)(?:call|text|ring|phone|whats\s?app|message|msg|contact|ask|or|and|is|it'?s)$")


def private_person_end(before: str) -> int:
    """Where the last words naming a private person end in `before` (-1 if none): a relative or
    friend ("my aunt"), or a first name standing alone right before the number ("…the stall: Rosa,
    07700 …", "Text Rosa 0491 …"), not the last word of a firm's name ("Larchfield Tutors 020 …") nor a town after
    "in" or "at" ("the sale barn in Valentine, (402) …")."""
    ends = [m.end() for m in PRIVATE_PERSON.finditer(before)] + [m.end() for m in ASKED_FOR.finditer(before)]
    name = _NAME_BEFORE.search(before)
    if name is not None:
        previous = before[: name.start()].rstrip()
        word = previous.split()[-1].lstrip("([\"'") if previous.split() else ""
        alone = not word[:1].isupper() or _CONTACT_VERB.search(word) is not None
        if word.lower() in _PLACE_WORDS:
            alone = False  # "the sale barn in Valentine, (402) …": a town, not a person
        if alone and not previous.endswith("("):  # "(Brightpath, 0113 …)": a firm in brackets
            ends.append(name.end())
    return max(ends, default=-1)


_PRIVATE_PLACES = frozenset(("garage", "yard", "barn", "hall"))
"""Organisation words that are also rooms and buildings people own: "mends bikes in his garage"."""
_POSSESSED = re.compile(r"(?i)\b(?:my|his|her|our|their)\s+(?:own\s+|\w+\s+)?$")
_NEGATED = re.compile(r"(?i)\b(?:not|no|never|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|my\s+|an\s+)?$")
"""An organisation named only to be set aside: "not the agency", "rather than the salon"."""


def organisation_ends(text: str, *, set_aside_too: bool = False) -> list[int]:
    """Where each organisation named in `text` ends, leaving out a person's own garage, yard, barn
    or hall ("mends bikes in his garage") and, unless `set_aside_too`, the ones set aside
    ("call me, not the salon"): whose the number is, versus whether the text is about a business."""
    ends = []
    for start, end in _ORGANISATION.spans(text):  # `ORGANISATION.finditer`, a few times faster
        before = text[:start]
        if not set_aside_too and _NEGATED.search(before):
            continue
        if text[start:end].lower() in _PRIVATE_PLACES and _POSSESSED.search(before):
            continue
        ends.append(end)
    return ends


_UK_LANDLINE = re.compile(r"\(?(?:0|\+\s?44\s?(?:\(0\)\s?)?)[12]")
_INTERNATIONAL = re.compile(r"\s*(?:\+|00)\s?([1-9])")


def is_landline(raw: str) -> bool:
    """A UK geographic number (01/02), or another country's fixed line written with its country
    code ("+33 1 00 00 01 44"): the kind of number a place has, where a mobile has a person."""
    if _UK_LANDLINE.match(raw):
        return True
    if not _INTERNATIONAL.match(raw) or raw.lstrip(" +0").startswith("44"):
        return False
    try:
        number = phonenumbers.parse(re.sub(r"^\s*00", "+", raw), None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE
