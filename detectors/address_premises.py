"""Places nobody lives in, and homes said to be someone's however they are sold or let (clause 2.3.2).

Two sides of one question, "is anyone's home at this address?", that words of trade and of events answer wrongly
when read alone:

- `NON_RESIDENTIAL_PREMISES` (a named drop filter): the address of a place of storage, delivery, work or events,
  named in the clause before the address or around a postcode given on its own: a courier's depot, a pick-up point, a
  trading or business park, a company's registered or head office, an office floor ("3rd Floor, ..."), a stand at a
  convention or an expo, a clubhouse, a scout hut, a community or church hall.  Nobody sleeps there, so a home word
  is needed to hand it back, and one the writer denies ("not where I live") does not count;
- `owned_home_before`: a home the text gives to a person ("my grandad's old bungalow at", "selling my late aunt's flat",
  "our new address") before the address.  Auctions, listings, viewings and agents around it describe what is
  happening to that home; it is still someone's (`address_business.VENUE_OR_BUSINESS` asks it before reading
  words of trade as a business's premises).
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_PLACE_NOBODY_LIVES = re.compile(
    r"(?i)\b(?:depot|sorting\s+office|distribution\s+cent(?:re|er)|fulfil?ment\s+cent(?:re|er)|"
    r"(?:trading|business|industrial|retail|science|enterprise|innovation|technology|tech)\s+(?:park|estate|cent(?:re|er))|"
    r"(?<=[a-z]\s)studios|"
    r"pick[\s-]?up\s+points?|parcel\s+(?:points?|shops?|lockers?)|collection\s+points?|"
    r"(?:registered|head)\s+office|(?<!\w)\d{1,2}(?:st|nd|rd|th)\s+floor(?=\s*,)|"
    r"stand\s+[a-z]?\d{1,4}[a-z]?\b|expo|convention(?:\s+cent(?:re|er))?|comic[\s-]?con|exhibition\s+(?:hall|cent(?:re|er))|"
    r"clubhouse|club\s+house|scout\s+hut|(?:village|church|parish|community|sports|scout|guide)\s+hall|"
    r"pavilion|sports\s+(?:ground|centre|center|club)|playing\s+fields?|recreation\s+ground|function\s+room|"
    r"(?:cricket|rugby|football|golf|bowls?|tennis|hockey|netball|sailing|rowing|athletics)\s+club|"
    r"leisure\s+cent(?:re|er)|allotments|(?-i:[A-Z]*(?:RUFC|RFC|AFC|JFC|GAC|GAA))|"
    r"st\.?\s+[a-z]+['’]?s?\s+hall|"
    r"community\s+(?:cent(?:re|er)|rooms?)|soft[\s-]?play|(?<![\w-])(?:plot|bay)\s+\d{1,3}[a-z]?|festival\s+site|the\s+venue|"
    r"(?:short|long)\s+stay|park\s+(?:&|and)\s+ride|drop[\s-]off\s+(?:point|zone)|c/o\s+(?:my|our|the)\s+(?:publisher|agent|office|label))\b"
)
"""Places of storage, delivery, work and events, a business's "Studios" among them ("Ropewalk Studios": a studio flat
is a home), a club's ground or rooms (a pavilion, a sports ground, playing fields, a rugby club, "Sandal RUFC"),
community rooms, a soft play, an allotment plot or a bus bay by its number ("Plot 7, Ferry Lane": the number is the
plot's), and a short-stay car park or a park and ride (a postcode given "for the sat nav" is as often a home's: "it's
the house with the yellow door").  Halls of residence are not among them ("moving into halls")."""
_DENIED_HOME = re.compile(
    r"(?i)\b(?:not|n['’]t|never)\s+(?:where\s+(?:i|we)\s+(?:live|stay)|(?:my|our)\s+(?:home|house|flat))\b"
)
"""A home the writer denies: "(the company's, not where I live)"."""
_HOME_WORD = re.compile(
    r"(?i)\b(?:live[sd]?|living|home|flat['’]?s?|mine|ours|(?:i|we)\s+(?:rent|let|sublet)|"
    r"(?:i|we|they|she|he)(?:\s+have|['’]ve|\s+has|['’]s)?\s+(?:just\s+)?moved\s+to|"
    r"(?<!\bhas\s)(?<!['’]s\s)(?:have\s+|'ve\s+)?(?<!\bhas\s)(?:just\s+)?moved\s+to|"
    r"(?:my|our|their|his|her)\s+(?:[\w-]+['’]?\s+)?(?:house|flat|room|place|porch|doorstep|door|garden|drive|"
    r"driveway|garage|kitchen|shed|bungalow|cottage))\b"
)
"""A word that makes the place someone's home after all, before the address or in the rest of its sentence ("we
live above the depot", "to all my friends at the bowls club: I have moved to ...", "registered office: ..., which is my spare room", "the pick-up point is my porch")."""
_POSTCODE_ONLY = re.compile(r"(?i)^[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
WITHIN = 120
"""Characters read before the address, at most; never past the start of its sentence."""


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - WITHIN) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return window[cut:]


def _sentence_after(text: str, end: int) -> str:
    rest = text[end : end + WITHIN]
    found = _SENTENCE_END.search(rest)
    return rest[: found.start()] if found else rest


def _non_residential(text: str, start: int, end: int) -> bool:
    """ "shipped it to the depot (LS.. ..)", "Block C, Quill Trading Park, LS.. ..", "stand B12, Quill Exchange, ...",
    "3rd Floor, Heron House, ...": a place nobody lives in.  The words are read in the sentence before the address
    and in the address itself; a postcode given on its own also in the rest of its sentence ("does 'LS.. ..' on
    the poster mean the expo is ...?").  A home word, unless the writer denies it, hands it back."""
    words = _sentence_before(text, start) + " " + text[start:end]
    if _POSTCODE_ONLY.match(text[start:end].strip()):
        words += " " + _sentence_after(text, end)
    if _PLACE_NOBODY_LIVES.search(words) is None:
        return False
    said = words + " " + _sentence_after(text, end)  # "..., which is my house"
    return _HOME_WORD.search(_DENIED_HOME.sub(" ", said)) is None


NON_RESIDENTIAL_PREMISES = Filter(
    "place nobody lives in",
    "drop",
    "a depot, pick-up point, business park, office, event stand or hall named with the address: nobody's home",
    _non_residential,
)

_KIN = (
    r"mum|mam|mother|dad|father|parents|nan|nana|gran|granny|grandma|grandad|grandpa|grandparents|aunt|auntie|"
    r"uncle|sister|brother|son|daughter|cousin|in-laws|family"
)
_OWNED_HOME = re.compile(
    r"(?i)\b(?:(?:my|our)\s+(?:late\s+|old\s+)?(?:" + _KIN + r")['’]s?|my|our|(?-i:[A-Z][a-z]+)['’]s)\s+"
    r"(?:(?:own|old|late|actual|family|childhood|new|first)\s+)*(?:house|home|flat|bungalow|cottage|maisonette|"
    r"semi|terrace|address)\b"
)
"""A home given to a person: "my dad's old house", "our late mother's flat", "Rhiannon's cottage", "our new address"."""
OWNED_WITHIN = 160


def owned_home_before(text: str, start: int) -> bool:
    """True when, within `OWNED_WITHIN` characters before the address, a home is given to the writer or a person
    ("my late aunt's flat ... viewings on request", "a grandad's old bungalow at ... went under the hammer"): a home
    sold, let or valued is still someone's, so words of trade around it do not make it a business's."""
    return _OWNED_HOME.search(text, max(0, start - OWNED_WITHIN), start) is not None


_HOME_GIVEN = re.compile(
    r"(?i)(?:\b(?:my|our|his|her|their|(?-i:[A-Z][a-z]+)['’]s)\s+(?:new\s+|old\s+|home\s+|postal\s+)?address"
    r"(?:\s+(?:is|for\s+post|now|for\s+cards))*\s*[:,–—-]?\s*$"
    r"|\b(?:my|our|his|her|their)\s+new\s+address\b[^.!?\n:]{0,40}(?::|\bis)\s*$"
    r"|(?<!['’]s\s)\b(?:new|home|postal)\s+address\s+is\s*$"
    r"|\b(?:i['’]?m|i\s+am|she['’]?s|he['’]?s)\s+(?:now\s+|still\s+)?at\s*$"
    r"|(?:\A|[.!?\n|•]\s*|\b(?:i|we|she|he|they)\s+(?:still\s+)?)(?:live|lives|living)\s+(?:at|on)\s*$"
    r"|\b(?:at|to)\s+(?:mine|ours|hers|his|theirs)\b[^.!?\n]{0,40}$"
    r"|\b(?:whose|(?-i:[A-Z][a-z]+)['’]s)\s+(?:new\s+|old\s+)?(?:house|home|flat|bungalow|cottage)\s*(?:at|on|is|[(:,–—-])?\s*$"
    r"|\bat\s+home\s+(?:on|at|in)\s*$"
    r"|\b(?:i|we|she|he|they)(?:['’]ve|\s+have|['’]s|\s+has)?\s+(?:just\s+|finally\s+)?moved"
    r"(?:\s+(?:out|house|in|back|home|away|again|in\s+with\s+\w+))?\b(?!\s+(?:the|our|my|it|them|his|her|their)\b)"
    r"[^.!?\n]{0,80}$"
    r"|\bthe\s+(?-i:[A-Z][a-z]+)s\s*,\s*$"
    r"|\b(?:bedroom|front\s+room|spare\s+room|back\s+room|living\s+room|back\s+garden|front\s+garden)\s+(?:of|at)\s*$"
    r"|\b(?:post|send|drop|bring|deliver)\w*\s+(?:it\s+|them\s+|cards?\s+)?(?:direct\s+|straight\s+)?to\s+me\b[^.!?\n]{0,20}$"
    r"|\b(?:from|at|to)\s+(?:my|our|his|her|their)\s+(?:own\s+)?(?:home|house|bungalow|flat|cottage|drive)\b[^.!?\n]{0,30}$"
    r"|\b(?:home\s+office|from\s+home)\b[^.!?\n]{0,30}$"
    r"|\b(?:a\s+few|two|three|four|some)\s+doors\s+(?:down|up|along)\s+(?:from\s+\w+\s+)?(?:at|,)?\s*$"
    r"|\b(?-i:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+)\s+(?:from|at)\s+(?:number\s+|no\.?\s*)?$)"
)
"""Words right before an address that give it as someone's home: "her address is", "Mum's new address for post:",
"my new address for the swap box:", "new address is", "I'm at", "we live at", "it's at mine now, ...", "the meeting's at
hers, ...", "Dylan's house (", "whose house at", "my studio at home on", "the back bedroom of", "post direct to me, ...", "at his bungalow, ...", "Home office: ...", "we're a few
doors down at ...", "Mr Barker from ..."."""
HOME_GIVEN_WITHIN = 80
_HOME_GIVEN_AFTER = re.compile(
    r"(?i)[\s,]*[(\[–—-]?\s*(?:that['’]?s|thats|it['’]?s|which\s+is)\s+(?:my|our|his|her|their|mum['’]?s|dad['’]?s|nan['’]?s)\s+"
    r"(?:house|home|place|flat|bungalow|cottage)\b"
)
"""Words right after an address that give it as someone's home: "14 Pear Tree Lane (that's my house)"."""


def home_given_before(text: str, start: int) -> bool:
    """True when the words right before the address give it as someone's home (`_HOME_GIVEN`): then no filter of
    venues, businesses or premises reads it as theirs."""
    return _HOME_GIVEN.search(text, max(0, start - HOME_GIVEN_WITHIN), start) is not None


def home_given_after(text: str, end: int) -> bool:
    """True when the words right after the address give it as someone's home (`_HOME_GIVEN_AFTER`)."""
    return _HOME_GIVEN_AFTER.match(text, end) is not None
