"""Whether a text speaks as an organisation rather than as a person.

"Family butchers, est. 1987", "Official account", "Email our editors", "Visit our website to
advertise": a business's, a club's or a newspaper's own bio or post.  Its numbers and mailboxes
are real, but they are the organisation's, not a person's (clauses 2.3.2 and 2.4.3 are about
personal details), so the contact detectors hold them to "worth a look" with the named filter
`ORGANISATIONS_OWN_ACCOUNT`: a member of staff who also runs the PTA's or a club's account sees
them, below everything personal.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.word_alternations import FoldedWords

ORGANISATION_VOICE = re.compile(
    r"(?i)\b(?:ltd|limited|plc|cic|llp|inc|charity|council|official\s+(?:account|twitter|page|newspaper)|club|"
    r"society|association|trust|foundation|rescue|food\s*bank|village\s+hall|parish|head\s+office|branches|shops|"
    r"members|supporters|team\s+of\s+\d+|est\.?\s*\d{4}|since\s+\d{4}|opening\s+hours|open\s+(?:mon|tue|daily|7\s+days))\b"
)
"""Words about an organisation: a bio holding them may be a club's or a shop's as well as a person's."""
_SELF_DESCRIPTION_WORDS = (
    r"ltd|limited|plc|cic|llp|registered\s+charity|charity\s+no|official\s+(?:account|twitter|page|newspaper)|"
    r"est\.?\s*\d{4}|established\s+(?:in\s+)?\d{4}|family\s+(?:business|butchers|bakers|run)|head\s+office|branches|"
    r"team\s+of\s+\d+|opening\s+hours|open\s+(?:mon|tue|daily|7\s+days)|visit\s+our|(?:email|call)\s+our|"
    r"our\s+(?:editors|team|menu|website|store|shop|newsroom|showroom)|we\s+are\s+an?|we'?re\s+an?|source\s+for|"
    r"your\s+(?:#?\d|go-?to|local|number\s+one)|newspaper|magazine|steakhouse|restaurant|specialists|programme|corporate|"
    r"(?:is|are)\s+an?\s+(?:\w+\s+){0,2}(?:organi[sz]ation|network|charity|company|business|agency|platform|service)|"
    r"\d+\s+(?:shops|branches|stores|staff|vans)|vat\s+reg(?:istered)?|marketed\s+by\s+us|"
    r"thinking\s+of\s+(?:selling|letting|moving)"
)
_SELF_DESCRIPTION = FoldedWords(_SELF_DESCRIPTION_WORDS, r"(?-i:&\s+Co)")
SELF_DESCRIPTION = _SELF_DESCRIPTION.pattern
"""Words by which an account describes itself as an organisation (a shop's, a club's or a paper's), or a trade's
advert does ("3 shops, 40 staff", "VAT reg", "marketed by us. Thinking of selling?", "Dough & Co"); not "fully
insured" nor "free quotes", which a sole trader's bio says as often."""
_PERSON_VOICE = FoldedWords("i|i'm|i've|me|my|mine")


def speaks_as_an_organisation(text: str) -> bool:
    """Whether the text describes itself as an organisation and no person says "I" or "my" in it."""
    # both `detectors.word_alternations.FoldedWords`: a third of what the case-insensitive regexes cost
    return not _PERSON_VOICE.found_in(text) and _SELF_DESCRIPTION.found_in(text)


def _organisations_own_account(text: str, start: int, end: int) -> bool:
    """ "Family butchers · est. 1987 · 0113 …": the organisation's own bio or post, no person speaking.

    The person's voice is looked for first: most posts have an "I" or "my" near their start, where the
    self-description's dozens of alternatives would be tried at every character of the text."""
    return speaks_as_an_organisation(text)


ORGANISATIONS_OWN_ACCOUNT = Filter(
    "organisation's own account",
    "demote",
    "the text speaks as a business, club or paper: its details are the organisation's",
    _organisations_own_account,
)
