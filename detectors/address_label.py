"""How writers say that a place is an address or a home: labels and statements of residence.

- `labelled_addresses`: an address the writer labels as one, in any language ("New address: 12
  rue des Lilas, Lyon");
- `RESIDENCE` and `RESIDENCE_AFTER`: a statement of where someone lives, ending right where a
  street starts or made right after it ("we live on", "the end of Plover Lane, where we live");
- `COLLECTION`: a private sale's pick-up ("pick up from Quillon Rd"), the seller's street;
- `SENDING` and `AT_HOME`: post sent to someone's door ("send cards to", "cards to Mam at") and where
  the writer is said without a verb of living ("we're at", "ours is", "meet at mine first?").

The street patterns (`detectors.street`) know British street words; people also give a
grandmother's flat in Kraków, a cousin's house in Ontario or their own new place abroad, and
they say so: "new address:", "adresse :", "endereço:", "lives at".  The label carries the
evidence, so the words after it need only look like an address: a house number (or a postal
code) and a name, on one line, with nothing of an e-mail or a web address in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.postcode import find_postcodes

_LABEL = re.compile(
    r"(?i)(?:\b(?:(?:new|my|our|her|his|their|home|postal|mailing|forwarding|nowy|mon|ma|mi|minha|meine)\s+)?"
    r"(?:address|adresse|adres|adresa|adresas|addr|dirección|direccion|endereço|endereco|morada|indirizzo|anschrift|"
    r"(?:c|ch|ngh)yfeiriad)"
    r"(?:\s+(?:is|as\s+of|from|for|pour|para|für|per)\b[^:\n]{0,24}|(?:\s+[^\W\d][^\s:]{0,19}){1,4})?\s*[:：\-–]+"
    r"|\b(?:lives|living|moved|moving|mudou-se|mudou\s+de\s+casa|se\s+ha\s+mudado)\s+(?:at|to|para|a)\b\s*:?"
    r"|\b(?:mudou\s+de\s+casa|se\s+ha\s+mudado|moved\s+house|has\s+moved|have\s+moved)\s*[:：])"
    r"[ \t]*"
)
"""A label that says what follows is an address: a word for one, then "is", "for …" or up to four words of whose it
is or what it is for ("Adresa mătușii pentru felicitare:", "address ni Kuya pang padala:"), then a colon or a dash."""
_SEGMENT_END = re.compile(
    r"[.!?](?<!\bul.)(?<!\bal.)(?<!\bpl.)(?<!\bos.)(?<!\bstr.)(?<!\bg.)(?<!\b[Nn]r.)(?<!\b[Nn]o.)(?<!\bSt.)(?<!\bRd.)(?<!\bAve.)"
    r"(?<!\bav.)(?:\s|$)|\n|\s[-–—|·•]\s|\(|https?://|[\U0001F000-\U0001FFFF\u2600-\u27BF]|$"
)
"""Where the address ends: a sentence, a line, a separator, a bracket, a link or an emoji (not the
full stop of a street word's abbreviation: "ul. Lipowa 4", "Nr. 12", "Mill Rd. Leeds").  The stop is
matched before the abbreviations are looked behind it: tried at every character the other way round,
eleven look-behinds made this regex 7x slower (17 against 2.4 us on a 65-character segment)."""
_HOUSE_NUMBER = re.compile(
    r"(?<![\d:/.,£$€])(?<!\bDublin\s)(?<!\bin\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bafter\s)(?<!\bfor\s)"
    r"(?<!\d\s)\b(?!0)\d{1,5}[a-zA-Z]?\b(?![:/.,]\d)"
    r"(?!\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|mins?|minutes|%|km|miles?|kg|am|pm)\b)"
)
"""A house number, not a year of the story ("moved to Glasgow in 2019"), a length of time ("after 30
years"), a time, a price, a postal district ("Dublin 8") or a piece of a phone number ("01632 960 517": no house number starts with 0, nor follows another number)."""
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_AN_ADDRESS = re.compile(r"@|www\.|\.(?:com|org|net|co\.uk)\b|\b(?:ip|mac|email|e-mail|web)\b", re.IGNORECASE)
FIRST_NUMBER_WITHIN = 40
"""The house number comes early ("8 Kōwhai Terrace", "Calle de los Naranjos 9"), not after a story."""
MAX_LENGTH = 90
"""Characters after the label read as the address: a street, a number, a town and a code."""


Labelled = tuple[tuple[str, int, int], ...]
LABELLED_KEPT = 2048
"""Texts whose `labelled_in` answer is kept: a batch's worth (the pipeline's batches hold 1,024 items)."""
LABELLED_KEPT_CHARS = 5000
"""Longer texts are not kept (a few hostile megabyte-long posts must not pin megabytes each)."""
_labelled: dict[str, Labelled] = {}


def labelled_in(text: str) -> Labelled:
    """`labelled_addresses(text)`, all of them, kept for the latest texts: the address gate asks it of a text
    (`address_gate.wants_address`) and `AddressDetector.detect` asks it again of the same text once the batch
    is gated, and on posts dense in contact details (`bench/scale.py`) it was about 3 % of the text path."""
    found = _labelled.get(text)
    if found is None:
        found = tuple(labelled_addresses(text))
        if len(text) <= LABELLED_KEPT_CHARS:
            if len(_labelled) >= LABELLED_KEPT:
                _labelled.clear()  # cheaper than keeping an order; the batch being judged refills it
            _labelled[text] = found
    return found


def forget_labelled() -> None:
    """Empty `labelled_in`'s answers (benchmarks: so that a run reads every text afresh)."""
    _labelled.clear()


def labelled_addresses(text: str) -> Iterator[tuple[str, int, int]]:
    """(the address as written, start, end) of each address the text labels as one."""
    for label in _LABEL.finditer(text):
        if _NOT_AN_ADDRESS.search(text, max(0, label.start() - 8), label.start()):
            continue  # "e-mail address:", "IP address:"
        start = label.end()
        window = text[start : start + MAX_LENGTH]
        end_at = _SEGMENT_END.search(window)
        segment = window[: end_at.start() if end_at else len(window)].rstrip(" ,;:")
        if _looks_like_an_address(segment):
            yield segment, start, start + len(segment)


def _looks_like_an_address(segment: str) -> bool:
    """A house number or postal code and a name, and nothing of an e-mail or a link."""
    if len(segment) < 6 or _NOT_AN_ADDRESS.search(segment):
        return False
    number = _HOUSE_NUMBER.search(segment)
    if number is None or number.start() > FIRST_NUMBER_WITHIN or _NAME_WORD.search(segment) is None:
        return False
    codes = find_postcodes(segment)  # a landmark's postcode ("10 Downing Street, SW1A 2AA") is nobody's home
    return not codes or any(code.is_geographic for code, _, _ in codes)


RESIDENCE = re.compile(
    r"""(?ix)
    (?:
        (?:\b(?:i|we|i'?ve|we'?ve|i'?m|we'?re|i\s+am|we\s+are|i\s+have|we\s+have|i'?d|we'?d)
           \s+(?:[a-z']+\s+){0,3}?
           (?:live|lived|living|moved|moving|move|settled|bought|rent|renting|grew\s+up)\b
         | ^\W*(?:just\s+|now\s+|finally\s+)?(?:live(?=\s+(?:on|in|at|near|off|round|opposite|next|just)\b)|lived|living|moved|moving|renting|settled|grew\s+up)\b
        )
        (?:(?!\bbut\b)[^.!?\n]){0,48}?
      | (?:\b(?:our|my|his|her|their)\s+(?:[a-z]+'s\s+)?|(?-i:\b[A-Z][a-z]+(?:['’]s|s['’]))\s+)
        (?:(?:new|old|own|first|little|lovely|current|family|forever|dream|tiny|
           rented|previous|last|next|back|front|spare)\s+){0,2}
        (?:house|houses|home|homes|flat|place|address|street|road|bungalow|cottage|apartment|digs|terrace|semi|
           cul-de-sac|garden|garage|shed|drive|driveway|porch|gate|(?:back\s+|front\s+)?door|yard|room|bedroom|loft|
           attic|kitchen|windows?|roof|fence|hedge)
        (?:'s|\s+is|\s+was)?(?:\s+(?:now|still|just|right))?
      | \b(?:i'?m|we'?re|i\s+am|we\s+are|he'?s|she'?s|they'?re|(?:my|our)\s+[a-z]+(?:['’]s|s['’])
           |(?:mum|mam|dad|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|auntie|aunty)['’]s)
        \s+(?:now\s+|still\s+|just\s+|only\s+|right\s+|back\s+|somewhere\s+)?(?=on\s)
      | \b(?:ours|mine)(?:\s+too)?(?=\s+on\s)
      | \b(?:came|come|comes|coming|out|round|over|up|down|deliver(?:ed|ing)?)\s+to\s+(?:us|me)\s+(?=on\s)
      | \b(?:i'?m|we'?re|i\s+am|we\s+are|he'?s|she'?s|they'?re|to\s+(?:us|me|mine|ours)|(?:single\s+)?(?:mum|mam|dad)
           |(?:my|our)\s+[a-z]+(?:['’]s|s['’]))
        \s+(?:just\s+|only\s+|right\s+|now\s+|still\s+)?
        (?:round\s+the\s+corner|across\s+the\s+road|over\s+the\s+road|in\s+the\s+(?:bungalows?|flats?|cottages?|new[\s-]builds?|
           maisonettes?|end\s+house|corner\s+house|last\s+house)|further\s+(?:up|down|along))
        \s+(?=on\s)
      | \b(?:i'?m|we'?re|i\s+am|we\s+are|he'?s|she'?s|they'?re)\s+(?:at|in|on)\s+the\s+(?:[a-z]+\s+){0,2}?
        (?:end|top|bottom|corner)
      | \blives(?:\s+(?:still|now|just|somewhere|somewhere\s+round\s+here|round\s+the\s+corner))?
      | \b(?:my|our|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:lived|used\s+to\s+live)
      | \b(?:part|joys?|best|worst|downside|perks?)\s+of\s+living
      | \b(?:(?:my|our)\s+)?(?:neighbou?rs?|postie|postman|postwoman)
      | \b(?:(?:the|an?)\s+)?(?:end\s+terrace|terrace|semi|detached|bungalow|end\s+house)
      | \b(?:at|to|from|round|near|back\s+to)\s+(?:mine|ours|yours)\b[^.!?\n]{0,24}?
      | \byour\s+(?:new\s+|lovely\s+|old\s+)?(?:house|home|flat|place|bungalow|cottage|apartment)(?:'s|\s+is|\s+was)?
      | \b(?:i'?m|we'?re|i\s+am|we\s+are|he'?s|she'?s|they'?re)\s+(?:only\s+|just\s+)?(?:a\s+(?:few|couple\s+of)\s+|two\s+|three\s+|\d\s+)?
        (?:streets?|doors?|roads?|houses?)\s+(?:over|away|down|up|along)
      | \b(?:past|outside|at|to|from|round)\s+(?:his|hers|theirs)\b
      | \b(?:staying|stays|living|lives)\s+with\s+(?:us|me|my\s+[a-z]+|our\s+[a-z]+)\b
      | \b(?:ours|mine)\s+(?:is|'s)\b[^.!?\n]{0,40}?
      | \b(?:(?-i:house)|flat(?!\s+white)|home|bungalow|cottage|digs)\b[^.!?\n]{0,30}?
      | \b(?:new|home|postal|forwarding)\s+address(?:\s+is)?
      | (?<!@)(?<!@\s)\bthe\s+(?:new|old)\s+(?:house|place|flat|home|bungalow|cottage|apartment|build)
      | \bmoved\s+(?:in|house)\b[^.!?\n]{0,24}?
      | \b(?:post\s*code|address)\s*(?:is)?
    )
    (?:\s*\b(?:on|in|at|to|into|onto|off|along|near|by|is|of|called|named|down|up)\s+|\s*[:,(-]\s*)
    (?:the\s+(?:corner|end|top|bottom)\s+of\s+|just\s+off\s+|number\s+)?
    $
    """
)
"""A first-person statement of residence ending right where a street starts.  "House" counts in
lower case only ("the Old Tannery House on ..." is a venue's name), and a "flat white" is a coffee."""
RESIDENCE_AFTER = re.compile(
    r"(?i)[ \t]*[,(–-]?[ \t]*(?:which\s+is\s+|is\s+|that's\s+)?where\s+(?:i|we)\s+(?:live|lived|grew\s+up)\b"
    r"|[^.!?\n]{0,16}?\(?\s*(?:not\s+(?:saying|giving|posting|putting)|won['’]?t\s+(?:say|give|post)|message|dm|pm|ask|"
    r"inbox)\b[^.!?\n]{0,16}?\b(?:house\s+|door\s+)?number\b"
)
"""The same statement made after the street: "the end of Rookery Lane, where we live"; or the house number
held back, which only a home's is ("Beechwood Road, message for number", "(not saying the number online)")."""
COLLECTION = re.compile(
    r"(?i)\b(?:pick(?:ing)?[ \t-]?up|collect(?:ion|ing)?)[ \t]+(?:is[ \t]+|only[ \t]+)?(?:from|at)[ \t]+"
    r"(?:[A-Z][a-z]+,[ \t]*)?$"
)
"""A private sale's "pick up from Quillon Rd": the street is the seller's (a business's premises are
left to the filters: "Collection from Unit 4, ...")."""
SENDING = re.compile(
    r"(?i)\b(?:send(?:ing)?|sent|post(?:ing|ed)?|forward(?:ing|ed)?|deliver(?:y|ed|ing)?|mail(?:ing)?|addressed|"
    r"cards?|letters?|parcels?|packages?|presents?|gifts?|invites?|invitations?)\b"
    r"[^.!?\n,;]{0,40}?\bto\s+(?:(?:my|our|her|his|their)\s+[a-z]+\s+at\s+|[A-Z][a-z]+\s+at\s+|me\s+at\s+|us\s+at\s+"
    r"|the\s+(?:previous\s+|last\s+|old\s+|former\s+)?(?:owners?|tenants?|occupiers?|occupants?)\s+at\s+)?$"
)
"""Post sent to a person's door: "send cards to 4 ...", "Christmas cards to Mam at 5 ...", "post it to
me at ...", "a letter addressed to the previous owner at 4 ..." (the writer's house).  A shop's or an office's address after it is left to the business filters."""
AT_HOME = re.compile(
    r"(?i)(?:\b(?:we'?re|we\s+are|he'?s|she'?s|they'?re|mine\s+is|ours\s+is|mine'?s|ours'?s|"
    r"(?:my|our)\s+(?:new\s+)?(?:address|house|flat|home|place)\s+is)\s+(?:now\s+|still\s+|just\s+)?"
    r"(?:at\s+)?(?:number\s+|no\.?\s*)?"
    r"|\b(?:at|to|from|round)\s+(?:mine|ours)\b[^\n]{0,40}?"
    r"|\b(?:we'?ve|i'?ve|we\s+have|i\s+have)\s+(?:finally\s+|just\s+)?moved\b[^\n]{0,40}?)$"
)
"""Where the writer is, said without a verb of living ("we're at 12 ...", "ours is 5 ...", "meet at
mine first? 15 ...", "we've moved! 12 ..."): enough to make a street with no street word an address.  ("I'm at" is left
out: it is how check-ins name a pub or a shop.)"""
