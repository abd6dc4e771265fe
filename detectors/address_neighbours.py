"""A street named as the writer's own without a verb of living: "we're the house ..." and neighbours' stories.

People rarely say "we live on Mill Lane"; they say where they are in other ways, and each of the two
ways here is a separate, tested unit (tests/detectors/test_address_neighbours.py):

- `house_said_after`: the writer points at their house after naming the street ("it's Mill Lane, we're the
  house with the red door", "three Rose Cottages on Pit Lane, ours is the one with the shed"): a
  first-person statement, as strong as "we live on";
- `moved_to_before`: "we've moved!! just round the corner, to Elm Walk": the move, then the street, a sentence
  apart;
- `home_said_before`: where the writer is, said without a verb of living right before a numbered street ("we're
  19 Elm Road", "I'm the new tenant at 9a ...", "outside ours on 14 ..."); `home_said_around` is any of these three;
- `neighbourhood_story`: a story only a resident tells about their own street: the bins not collected on
  it, the street party on it, a pet gone missing from it, "anyone on Elm Grove ...", "Elm Grove
  residents", "our cul-de-sac ... Elm Grove".  Weaker evidence (the street is the writer's, not
  necessarily their house's), so the detector reports it as "worth a look".

"Which of you lives on Mill Lane?" is neither: a question about others' homes.
"""

from __future__ import annotations

import re

from detectors.address_context import clause_before, sentence_after
from detectors.address_label import AT_HOME
from detectors.street import ABROAD, BARE, Street

_HOUSE_AFTER = re.compile(
    r"(?i)\b(?:(?:we['’]?re|we\s+are|i['’]?m|i\s+am|ours\s+is|ours['’]s|mine\s+is|mine['’]s)\s+"
    r"(?:the\s+(?:[a-z-]+\s+){0,2}?(?:house|bungalow|flat|cottage|semi|end\s+terrace|terrace|door)"
    r"|halfway\s+(?:down|up|along)(?!\s+(?:the|a|an)\b))"
    r"|(?:ours\s+is|ours['’]s|mine\s+is|mine['’]s)\s+the\s+one\s+(?:with|at|on|opposite|next|by|near))\b"
)
"""The writer pointing at their house: "we're the house with the fake grass", "we're halfway down", "ours is the one
with the shed" ("I'm the one with the red scarf" is a person, so "the one" needs "ours" or "mine")."""
HOUSE_AFTER_WITHIN = 90
"""Characters after the street in which the writer points at their house (a sentence or so)."""
_ON_ANOTHER = re.compile(r"[ \t]+(?:on|in|at|off)[ \t]+(?:the[ \t]+)?[A-Z]")
_SET_ASIDE_BEFORE = re.compile(r"(?i)\bnot\s+(?:the\s+)?$")


def house_said_after(text: str, end: int) -> bool:
    """ "It's Thornhill Road, not Thornhill Avenue!! we're the house with the fake grass": the writer points at
    their house on the street just named.  Another street named in between takes it (unless set aside with
    "not")."""
    found = _HOUSE_AFTER.search(text, end, end + HOUSE_AFTER_WITHIN)
    if found is None or _ON_ANOTHER.match(text, found.end()):
        return False  # "Tansy Lane is shut, we're the house on Quill Road": the other street's
    return all(
        _SET_ASIDE_BEFORE.search(text, max(0, other.start() - 8), other.start())
        for other in BARE.finditer(text, end, found.start())
    )


_MOVED = re.compile(
    r"(?i)(?:\b(?:we['’]?ve|i['’]?ve|we\s+have|i\s+have|we|i)\s+(?:just\s+|finally\s+|now\s+)?moved(?:\s+house)?"
    r"|\b(?:moving|move|removals?)\s+day|\bhouse\s+move)"
    r"[ \t]*(?:[!.,…—–-]|$)"
)
"""The move announced on its own ("we've moved!!", "we moved house.", "Moving day!"): "moved the car to ..." is no move
of home."""
_TO_BEFORE = re.compile(r"(?i)\b(?:to|into|onto)\s+$")
MOVED_WITHIN = 80
"""Characters between "we've moved" and the street it names, across an exclamation ("We've moved!! ... to Elm Walk")."""


def moved_to_before(text: str, start: int) -> bool:
    """ "We've moved!! Well, just round the corner, to Primrose Walk": the move announced, then where to, a
    sentence apart (a statement of residence in one clause is `address_label.RESIDENCE`'s).  Another street
    named in between ("moved from Elm Road to ...") is the one moved from: still this street is the new one."""
    if _TO_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    moved = list(_MOVED.finditer(text, max(0, start - MOVED_WITHIN), start))
    return bool(moved) and "\n" not in text[moved[-1].end() : start]


_TENANT = re.compile(
    r"(?i)\b(?:i['’]?m|we['’]re|we\s+are|i\s+am)\s+(?:the\s+)?(?:new\s+)?(?:tenants?|owners?|residents?|occupiers?|"
    r"neighbours?)\s+(?:at|of|in)\s+$"
    r"|\b(?:outside|near|behind|by|opposite|round)\s+(?:ours|mine)\s+(?:on|in|at)\s+$"
)
"""The writer placed at the house without a verb of living: "I'm the new tenant at 9a ...", "left outside ours on 14
...": as good as "we live at"."""


_RELATIVE = (
    r"(?:mum|mam|mom|maw|dad|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|auntie|aunty|aunt|uncle|sister|brother|"
    r"cousin|parents|folks|in-laws|mate|friend)"
)
_PLACED = re.compile(
    r"(?i)(?:\b(?:my|our|his|her|their|your)\s+" + _RELATIVE + r"(?:['’]s|s['’]?)"  # "at my dad's", "my nans"
    r"|\b(?:auntie|aunty|aunt|uncle|nana|nan|gran|grandma|grandad)\s+(?-i:[A-Z])[a-z]+(?:['’]s|\s*[–—:-])"  # "Auntie Wren's"
    r"|\b(?:mum|mam|mom)\s*(?:&|and)\s*dad['’]?s|\bnann?a['’]?s|\bgran['’]?s)"  # "Mum & Dad's", "Nana's"
    r"(?!\w)[^.!?\n]{0,30}?[\s,]$"
    r"|\b(?:we['’]re|we\s+are|they['’]re|(?:i['’]?m|i\s+am)\s+(?:still|now|only|just))\s+(?:[\w-]+\s+){0,4}?(?:at|on)\s+"
    r"(?:no\.?\s*|number\s+)?$"  # "I'm still at 6 ...", "we're 3 doors down at 21 ..."
    r"|(?-i:\b(?:Mrs|Mr|Ms|Miss)\.?\s+[A-Z][\w'’-]+|\b[A-Z]\.\s*[A-Z][a-z]+)(?:\s+(?:at|from)\s+|\s*,\s*)$"  # "Mrs Quill at"
    r"|\b(?:(?:the|dear|to\s+the)\s+(?:\w+\s+)?|new\s+)(?:couple|family|lady|man|woman|person|people|neighbours?|"
    r"tenants?|owners?|occupiers?|residents?)\s+(?:at|from)\s+(?:no\.?\s*|number\s+)?$"  # "the couple at 6 ..."
    r"|\b(?:back\s+)?to\s+(?:us|me)\s*,\s*$"  # "bring him back to us, 66 ..."
    r"|\b(?:bring|return)\s+(?:it|him|her|them)?\s*(?:back\s+)?to\s+$"  # a lost thing's way home
    r"|\b(?:lives?|living)\s+$"  # "He lives 27 ..."
    r"|\b(?:my|our)\s+(?:front\s+|back\s+)?(?:house|home|place|letterbox|doorstep|door|flat|wall|garden|gate|drive|"
    r"step|porch)\s*,?\s*$"  # "from my house 61 ...", "on my front wall, 88 ..."
    r"|\b(?:at|to)\s+(?:his|her|their)\s+(?:house|home|place)\s*[–—:,-]?\s*$"  # "at their house – 72 ..."
    r"|\b(?:my|our|his|her|their|(?-i:[A-Z])[a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}address\b[^.!?\n]{0,30}?"
    r"(?:\bis|:|,\s*it['’]?s)\s+(?:now\s+)?$"  # "her address is now 2 ...", "my US address for the parcel is 418 ..."
    r"|\bwith\s+(?-i:[A-Z])[a-z]+\s+at\s+$"  # "or with Bryony at 4 ..."
)
"""Other ways a house is placed as somebody's: a relative's ("back to Auntie Wren's, 54 ...", "at my dad's this
weekend, 12 ..."), the writer "still at" it or "three doors down at" it, a person at it ("Mrs Quill at 8 ...",
"the couple at 6 ...", "costumes to Mrs Quill, 8 ...", "new neighbour at No. 5 ...", "or with Bryony at 4 ..."), "bring it
to 47 ...", "back to us, 66 ...", "my letterbox, 5 ...", "on my front wall, 88 ...", "at their house – 72 ...", "her
address is now 2 ...", "Mum's new address in Ohio: 4120 ..."."""


def home_said_before(text: str, start: int) -> bool:
    """ "we're 19 Elm Road, the one with the balloons", "party at mine, 39 Elm Road", "I'm the new tenant at 9a Elm
    Street": the writer's home said right before the street line, in its clause (`address_label.AT_HOME`, which
    leaves "I'm at" to check-ins)."""
    if not text[start : start + 1].isdigit() or ABROAD.match(text, start):
        return False  # "I've moved into my own place": words of a home; a street written name-last keeps its own rule
    before = clause_before(text, start, 80)
    return any(cue.search(before) is not None for cue in (AT_HOME, _TENANT, _PLACED))


def home_said_around(text: str, start: int, end: int) -> bool:
    """Any of `house_said_after`, `moved_to_before` and `home_said_before`: the street is the writer's home."""
    return house_said_after(text, end) or moved_to_before(text, start) or home_said_before(text, start)


_ANYONE_ON = re.compile(r"(?i)\b(?:anyone|anybody|neighbours?)\s+(?:else\s+)?(?:on|in|along|down)\s+$")
"""A call to the street's neighbours: "if anyone on Elm Grove sees ...", "anyone else on Mill Lane lost power?"."""
_ELSEWHERE_AFTER = re.compile(
    r"(?i)\b(?:shops?|store|pub|bar|caf[eé]|restaurant|gig|concert|festival|market|parade|match|stadium|queues?|traffic|"
    r"open|sale|shopping|right\s+now)\b"
)
"""After "anyone on Oxford Street ...": a street people visit, not one they live on."""
ELSEWHERE_WITHIN = 80
"""Characters after the street read for them (its sentence and the next: "right now? Is the shop open?")."""
_RESIDENTS_AFTER = re.compile(r"[ \t]+(?i:residents|neighbours)\b")
_PET_GONE = re.compile(
    r"(?i)\b(?:went\s+missing|gone\s+missing|missing|last\s+seen|escaped|got\s+out|ran\s+off)\s+(?:from|on|in|along|near)\s+$"
)
_PET = re.compile(
    r"(?i)\b(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pup|tabby|tom|moggy|tortoise|rabbit|bunny|parrot|budgie|"
    r"greyhound|spaniel|terrier|labrador|collie|whippet|lurcher|ferret|hamster|pet)\b"
)
OUR_STREET = re.compile(
    r"(?i)\bour\s+(?:street|road|close|cul-de-sac|estate|lane|avenue|crescent|terrace|row|grove|cul\s+de\s+sac)"
    r"(?:['’]s)?\b(?!\s+(?:food|art|team|style|wear|market|stall|trip|race|racing|bike|sign)s?\b)"
)
"""The writer's own street named as such ("our street party", "our cul-de-sac", "in our street")."""
_BINS = re.compile(
    r"(?i)\b(?:bin\s*men|binmen|bin\s+lorry|(?:bins?|recycling)(?:\s+[\w'’]+){0,6}?\s+(?:collected|emptied|missed)"
    r"|(?:collected|emptied|missed)\s+(?:the\s+|our\s+|my\s+)?(?:bins?|recycling))\b"
)
"""Bins not collected, bin men who missed the street: "forgot it was bin day" alone is no street's story."""
_OUR_SIDE = re.compile(r"(?i)\b(?:we|our|us|ours|(?:anyone|anybody)\s+else|my\s+bins?)\b")
"""The writer among the street's households ("we exist", "anyone else's bin"): a bare "I walked past the bins" is not."""
_CONTRAST = re.compile(r"(?i)\b(?:but|whereas|unlike|than|instead|not|isn['’]?t|aren['’]?t)\b")
"""Between "our street" and the street named: the other street is set against ours ("our street is quiet, but ...")."""
STORY_WIDTH = 160
"""Characters either side of the street read for the story (a post's few sentences)."""
OUR_STREET_WIDTH = 280
"""Characters either side in which "our street" names the same street (a whole post: the party first, its street
in the last sentence)."""


def neighbourhood_story(text: str, street: Street) -> bool:
    """A story only a resident tells about their own street (see the module's docstring), about a street
    written as a street's name is ("Elm Grove", not "lovely walk" or "Lockdown walk")."""
    if street.lower_case or not street.line.split()[-1][:1].isupper():
        return False
    start, end = street.start, street.end
    before = clause_before(text, start)
    window = text[max(0, start - STORY_WIDTH) : end + STORY_WIDTH]
    if _ANYONE_ON.search(before) and _ELSEWHERE_AFTER.search(text, end, end + ELSEWHERE_WITHIN) is None:
        return _OUR_SIDE.search(window) is not None  # "anyone on Elm Grove seen our cat?", not "... selling tickets?"
    if _RESIDENTS_AFTER.match(text, end) and _OUR_SIDE.search(window):
        return True  # "Elm Road residents: ... happened at ours", not a council's "Elm Road residents' parking"
    if _PET_GONE.search(before) and _PET.search(window):
        return True
    ours = OUR_STREET.search(text, max(0, start - OUR_STREET_WIDTH), end + OUR_STREET_WIDTH)
    if ours is not None:
        between = text[ours.end() : start] if ours.end() <= start else text[end : ours.start()]
        return _CONTRAST.search(between) is None and _only_street(text, street)
    sentence = before + text[start:end] + sentence_after(text, end)
    return _BINS.search(sentence) is not None and _OUR_SIDE.search(window) is not None


def _only_street(text: str, street: Street) -> bool:
    """Whether `street` is the only street the post names: "our street is quiet, Elm Road is a rat run" is another."""
    name = " ".join(street.line.split()[-2:]).lower()
    return all(" ".join(other.group().split()[-2:]).lower() == name for other in BARE.finditer(text))
