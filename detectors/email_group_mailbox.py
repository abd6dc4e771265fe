"""A named e-mail filter for the mailbox of a group the writer speaks for or names (clauses 2.4.3, 2.1.5).

`email_function_mailbox.FUNCTION_WORD_MAILBOX` asks whether a one-word mailbox names a function of an organisation.
The next class of false alarms is the mailbox of a *group*: a club, a society, a PTA, a tenants' or residents'
association, a parish council, a choir, a team, a band, a charity or a food bank, a podcast or a small shop run by
several people.  Its mailbox is read by whoever holds the post this year, so it reaches no private person, whatever
it is called ("fernsidechoir@", "hello@", "clerk@").  `GROUP_MAILBOX` drops it when one of these says it is the
group's:

- the address spells the group: a group word in it ("…choir@", "pta@…", "…@ramblers…") or the initials of a group
  the text names at its end ("…ta@" with "tenants' association", "…pc@" with "parish council");
- the words before it call it the group's: "the club inbox", "our PTA's email", "contact the committee at",
  "reach the team on";
- its paragraph names a group and speaks for it in the plural ("we", "our", "us"), and the mailbox is a role's
  ("hello@", "secretary@") or sits at a domain of its own.

It stays personal when the text makes it a person's: a name and surname or digits in it ("jo.reed@", "sam84@"), a
word the text writes as someone's name ("Kit", "ask Rowan"), "my email", "email me at", "her address", a role held by
a person right before it ("our treasurer, …"), a household's mailbox (`email_household`) or a one-person business
(`email_filters.one_person_business_near`).
"""

from __future__ import annotations

import re

from detectors.email_filters import one_person_business_near
from detectors.email_household import household_mailbox
from detectors.email_roles import is_role_mailbox
from detectors.filters import Filter

_GROUP = (
    r"clubs?|society|societies|soc|choirs?|chorus|singers|committee|association|assoc|pta|ptfa|pfa|pto|"
    r"(?:parish|town|village|community)\s+council|councillors|team|band|charity|food\s*bank|church|congregation|"
    r"chapel|parish|group|collective|troupe|players|orchestra|ensemble|league|fc|afc|rfc|scouts|guides|brownies|"
    r"cubs|beavers|u3a|volunteers|co-?op|guild|network|ramblers|walkers|runners|harriers|crew|podcast|pod|residents|tenants|"
    r"neighbourhood\s+watch|book\s+club|reading\s+group|trustees|organisers|organizers|friends\s+of|allotments?"
)
GROUP_NOUN = re.compile(rf"(?i)\b(?:{_GROUP})(?:['’]s?)?(?!\w)")
"""Words that name a group of people: a club, a choir, the committee, the PTA, the team."""
_AFTER_A_NAME = re.compile(rf"(?i)\s*(?:{_GROUP}|network|pc|ta|ra|tra|wi|cc)\b")
"""A group word (or initials) right after a capitalised name: "Netherby PC", "Millbrook Choir"."""
_ADDRESS_GROUP = re.compile(
    r"club|society|choir|chorus|singers|committee|association|pta|ptfa|foodbank|church|parish|collective|players|"
    r"orchestra|league|scouts|guides|brownies|ramblers|walkers|harriers|residents|tenants|bookclub|podcast|u3a|"
    r"council|volunteers|team$"
)
"""A group word spelt inside an address ("riversidechoir", "pta", "ramblers")."""
_INITIALS = {
    "ta": r"tenants['’]?\s+association",
    "ra": r"residents['’]?\s+association",
    "tra": r"tenants['’]?\s+(?:and|&)\s+residents['’]?\s+association",
    "pc": r"parish\s+council|\bpc\b",
    "fc": r"football\s+club|\bfc\b",
    "wi": r"women['’]s\s+institute|\bwi\b",
    "cc": r"cricket\s+club|\bcc\b",
}
"""A group's initials at the end of a mailbox's name, kept only when the text names the group they stand for."""
_MAIL_LABELS = frozenset(str.split("example mail email e-mail post inbox users webmail"))
_PLURAL = re.compile(r"(?i)\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us)\b")
_CALLED_THE_GROUPS = re.compile(
    rf"(?i)\b(?:the|our|your)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_GROUP})(?:['’]s?)?\s+"
    r"(?:e-?mail(?:\s+address)?|inbox|mailbox|account|address)\s*(?:is|was|:|,|-|–|—|\(|\s)*$"
    rf"|\b(?:e-?mail|contact|reach|write\s+to|message|ask|tell)\s+(?:the|our)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_GROUP})"
    r"\s*(?:at|on|via|:|,|-|–|—|\(|\s)*$"
)
"""The words before the address call it the group's: "the club inbox is ", "contact the committee at "."""
_SINGULAR_OWN = re.compile(
    r"(?i)\bmy\s+(?:own\s+|personal\s+|private\s+|new\s+|home\s+)?(?:e-?mail|address|inbox|mailbox)\b"
    r"|\b(?:e-?mail|contact|reach|write\s+to|message|mail|drop)\s+me\b(?!\s+or\b)"
    r"|\b(?:me|i['’]?m)\s*(?:at|on)\s*:?\s*$|\b(?:her|his)\s+(?:own\s+|personal\s+)?(?:e-?mail|address|inbox)\b|\bpersonal\b"
)
"""The writer's own or a person's passed on: "my email", "email me at", "her address", "personal stuff to"."""
_PERSONS_ROLE = re.compile(
    r"(?i)\b(?:treasurer|secretary|chair(?:man|woman|person)?|coach|leader|captain|conductor|vicar|rector|"
    r"minister|clerk|organiser|manager|president|founder|host|presenter)\s*(?:is|,|:|-|–|—|\(|\s)*$"
)
"""A post held by a person right before the address ("our treasurer, "): the address is that person's, unless it is
the post's own mailbox ("secretary@", "clerk@")."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_WITHIN = 160


def _parts(candidate: str) -> tuple[str, list[str]]:
    """(local part, the domain's labels but the top-level one and the mail labels), also of an address spelt out."""
    plain = candidate.lower()
    plain = re.sub(r"\s*[\[({<]?\s*\bat\b\s*[\])}>]?\s*", "@", plain) if "@" not in plain else plain
    plain = re.sub(r"\s*[\[({<]?\s*\bdot\b\s*[\])}>]?\s*", ".", plain).replace(" ", "")
    local, _, domain = plain.rpartition("@")
    return local, [label for label in domain.split(".")[:-1] if label and label not in _MAIL_LABELS]


def _paragraph(text: str, start: int, end: int) -> str:
    begin, finish = max(0, start - _WITHIN), min(len(text), end + _WITHIN)
    paragraph_start, paragraph_end = text.rfind("\n\n", begin, start), text.find("\n\n", end, finish)
    return text[paragraph_start if paragraph_start >= 0 else begin : paragraph_end if paragraph_end >= 0 else finish]


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    return window[max((m.end() for m in _SENTENCE_END.finditer(window)), default=0) :]


def _spells_group(local: str, labels: list[str], paragraph: str) -> bool:
    """Whether the address spells a group word, or the initials of a group the paragraph names."""
    if any(_ADDRESS_GROUP.search(piece) for piece in (local, *labels)):
        return True
    for initials, group in _INITIALS.items():
        ends = [piece for piece in (local, *labels) if piece.endswith(initials) and len(piece) > len(initials) + 2]
        if ends and re.search(rf"(?i){group}", paragraph):
            return True
    return False


def _a_persons(text: str, start: int, end: int, local: str) -> bool:
    """Whether the mailbox's name is a person's: a name and surname, digits, or a word the text writes as a name."""
    if re.search(r"\d", local) and not _ADDRESS_GROUP.search(local):
        return True  # "sam84@": somebody's own
    pieces = [piece for piece in re.split(r"[._-]", local) if piece]
    elsewhere = text[:start] + " " * (end - start) + text[end:]
    for piece in pieces:
        names = [found.end() for found in re.finditer(rf"\b{re.escape(piece.capitalize())}\b", elsewhere)]
        if names and not _groups_name(text, piece):
            return True  # "ask Rowan … rowan@…", but not "Netherby PC … netherby@…"
        if len(pieces) > 1 and not (names or _ADDRESS_GROUP.search(piece) or is_role_mailbox(piece)):
            return True  # "jo.reed@", "sam.quiz.pta@": a name beside the group's word
    return False


def _groups_name(text: str, word: str) -> bool:
    """Whether the text writes `word` as a group's name: "Netherby PC", "the Holmfirth Ramblers"."""
    return any(
        _AFTER_A_NAME.match(text, found.end(), found.end() + 30) is not None
        for found in re.finditer(rf"(?i)\b{re.escape(word)}\b", text)
    )


def _group_mailbox(text: str, start: int, end: int) -> bool:
    """ "…choir@…", "the club inbox: …", "the four of us read hello@…": a group's mailbox, not a person's."""
    local, labels = _parts(text[start:end])
    if not local or not re.fullmatch(r"[a-z0-9._-]+", local) or _a_persons(text, start, end, local):
        return False
    clause, paragraph = _clause_before(text, start), _paragraph(text, start, end)
    after = text[end : end + 40].split("\n", 1)[0]
    if _SINGULAR_OWN.search(clause) or re.match(r"[^.!?]{0,20}\b(?:that['’]?s|is)\s+(?:me|mine)\b", after):
        return False
    if _PERSONS_ROLE.search(clause) and not (is_role_mailbox(local) or _ADDRESS_GROUP.search(local)):
        return False  # "our treasurer, jbloggs@…": the person who holds the post
    if household_mailbox(text, start, end) or one_person_business_near(text, start, end):
        return False
    if _CALLED_THE_GROUPS.search(clause) or _spells_group(local, labels, paragraph):
        return True
    if any(len(piece) >= 4 and _groups_name(text, piece) for piece in (local, *labels)):
        return True  # "the Netherby PC … netherby@…": the address spells the group's name
    own_domain = any(len(label) >= 4 for label in labels)
    voiced = _PLURAL.search(paragraph) is not None and GROUP_NOUN.search(paragraph) is not None
    return voiced and (is_role_mailbox(local) or own_domain)


GROUP_MAILBOX = Filter(
    "group's mailbox",
    "drop",
    "the mailbox of a club, society, PTA, association, team or charity the text names or speaks for as 'we'",
    _group_mailbox,
)
