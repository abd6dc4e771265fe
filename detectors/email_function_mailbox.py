"""Two named e-mail filters for mailboxes that name a function of an organisation (clauses 2.4.3, 2.1.5).

`email_roles.ROLE_MAILBOXES` lists the words that name a function ("info", "bookings", "lettings"), and every
round of new writers brings more of them: "payroll@", "refunds@", "exhibitors@", "rota@", "trustandsafety@".
A word list can never hold them all, so the first filter asks the question the list stands for:

- `FUNCTION_WORD_MAILBOX`: a mailbox name of one word (letters only, no dot, no digits) at a domain of its own
  (not a mail service's, not the bare reserved example domain) is a function's or a department's when nothing
  in the text makes it a person: the word is never written as somebody's name ("Kit", "ask Rowan"), no name the
  text writes is spelt in the address ("hello@priyaokafor…", "orders@bakesbypriya…"), and nobody in its
  paragraph speaks for themselves ("I", "me", "my": a sole trader's own mailbox, whatever word it is).  A
  person's mailbox at a business's domain is nearly always their name, and people who pass one on name the
  person; a function's word ("grants@", "stalls@") names nobody.  A bio speaks for its owner without saying
  "I", so the detector keeps a profile field's one-word mailbox; a one-person business that says so ("it's
  just me") keeps its mailbox too (`one_person_business_near`).
- `MAILBOX_WRITTEN_TO`: a function's mailbox (a role word or a one-word function name) right after the writer
  says they wrote to it ("I emailed support@…", "I've tried refunds@…", "sent it to accounts@… twice"): the
  writer is its correspondent, not its owner, so a first-person word before it gives it to nobody.

Both filters leave alone a name and surname ("sam.reed@"), digits ("sam84@"), and the mail services' domains,
where a one-word mailbox is as likely a nickname as a function.
"""

from __future__ import annotations

import re

from detectors.email_group_mailbox import GROUP_MAILBOX
from detectors.email_roles import is_role_mailbox
from detectors.filters import Filter

_MAIL_LABELS = frozenset(
    str.split(
        "example mail email e-mail post inbox users webmail wedding family home me my personal private "
        # public mail services, whose one-word mailboxes are people's nicknames
        "gmail googlemail hotmail outlook live msn windowslive yahoo ymail rocketmail aol aim icloud mac "
        "protonmail proton pm gmx web yandex qq zoho fastmail tutanota tuta hey btinternet btopenworld sky "
        "virginmedia talktalk ntlworld blueyonder tiscali orange wanadoo free laposte sfr libero tin alice "
        "mailbox rediffmail naver daum hanmail sina att comcast verizon sbcglobal bellsouth cox charter "
        "earthlink optonline shaw rogers sympatico bigpond optusnet iinet telstra xtra ukr bk inbox list rambler"
    )
)
"""Domain labels that name no organisation: the reserved example domains, a household's own site, and the public
mail services, where "skyfan@" or "doodles@" is somebody's nickname, not a function."""
_VOWELS = frozenset("aeiouy")
_ONSETS = frozenset(
    str.split(
        "bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr ps qu rh sc sh sk sl sm sn sp sq st sw th tr tw wh wr"
    )
)
"""Two consonants an English word can start with; any other pair opens an initial and a surname ("jmorley")."""
_TWO_NAMES = re.compile(r"[a-z]{2,8}(?:and|plus)[a-z]{2,8}")
_ONE_WORD = re.compile(r"[a-z]{2,24}")


def _parts(candidate: str) -> tuple[str, list[str]]:
    """(local part, the domain's labels but the top-level one and the mail labels) of a plain address."""
    local, _, domain = candidate.strip().lower().rpartition("@")
    labels = [label for label in domain.split(".")[:-1] if label and label not in _MAIL_LABELS]
    return local, labels


def _named_as_a_person(text: str, start: int, end: int, local: str) -> bool:
    """Whether the text writes the mailbox's word as a name ("Kit", "Kit's"), outside the address itself."""
    name = re.compile(rf"\b{re.escape(local.capitalize())}\b")
    return name.search(text, 0, start) is not None or name.search(text, end) is not None


def function_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a one-word mailbox at an organisation's own domain that names no person."""
    candidate = text[start:end]
    if "@" not in candidate:
        return False
    local, labels = _parts(candidate)
    if not _ONE_WORD.fullmatch(local) or not any(len(label) >= 4 for label in labels) or is_role_mailbox(local):
        return False  # a listed role word ("hello@") is `email_filters.ORGANISATION_MAILBOX`'s to weigh
    if local[1] not in _VOWELS and local[0] not in _VOWELS and local[:2] not in _ONSETS:
        return False  # "jmorley@", "kbrandt@": an initial before a surname, no word of English starts so
    if any(_TWO_NAMES.fullmatch(label) for label in labels):
        return False  # "photos@samandalex…": two names run together, a couple's own domain (`email_household`)
    if any(label.startswith(local) for label in labels):
        return False  # "kit@kitbakes…": a business named after the person whose mailbox it is
    return not _named_as_a_person(text, start, end, local) and not _name_in_address(text, start, end)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NOT_NAMES = frozenset(str.split("the and for our email mail contact questions any all hello please thanks"))
"""Capitalised words that open sentences and labels, never a person's name spelt in an address."""


def _name_in_address(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word of the text ("Priya", "Okafor") is spelt inside the address ("hello@priyaokafor…",
    "orders@bakesbypriya…"): the domain is named after a person, so the mailbox reaches them."""
    address = re.sub(r"[^a-z@.]", "", text[start:end].lower())
    local, labels = _parts(address)
    spelt = [local, *labels]
    for word in _CAPITALISED.findall(text[:start] + " " + text[end:]):
        lowered = word.lower()
        if lowered not in _NOT_NAMES and any(lowered in piece for piece in spelt):
            return True
    return False


_SINGULAR_FIRST_PERSON = re.compile(
    r"(?i)\b(?:i|i['’]?m|i['’]?ve|i['’]?ll|i['’]?d|me|my|mine|myself)\b"
    r"|\b(?:1|one)[\s-](?:man|woman|person)\b|\bsole\s+trader\b"
)
"""A person speaking for themselves, or a business said to be one person ("a 1-man band", "sole trader")."""
_PARAGRAPH_WITHIN = 160
"""Characters either side of the address read for a person speaking for themselves."""


def _speaks_for_self(text: str, start: int, end: int) -> bool:
    """Whether a singular "I", "me" or "my" is in the address's paragraph: a sole trader, or a writer whose own
    one-person business the mailbox may be, so only the offer and the name checks can decide, not the word."""
    begin, finish = max(0, start - _PARAGRAPH_WITHIN), min(len(text), end + _PARAGRAPH_WITHIN)
    paragraph_start, paragraph_end = text.rfind("\n\n", begin, start), text.find("\n\n", end, finish)
    window = text[paragraph_start if paragraph_start >= 0 else begin : paragraph_end if paragraph_end >= 0 else finish]
    return _SINGULAR_FIRST_PERSON.search(window) is not None


def _function_word_mailbox(text: str, start: int, end: int) -> bool:
    """ "stalls@greenfieldfair…", "grants@…": a function's one-word mailbox in words that speak for nobody's self."""
    return function_word(text, start, end) and not _speaks_for_self(text, start, end)


_WROTE_TO = re.compile(
    r"(?i)\b(?:e-?mailed|mailed|tried|wrote\s+to|written\s+to|contacted|chased|complained\s+to|cc['’]?e?d(?:\s+in)?|"
    r"copied\s+in|forwarded\s+(?:it\s+|this\s+|them\s+)?to|sent\s+(?:it\s+|this\s+|them\s+|that\s+|one\s+)?"
    r"(?:(?:again|off|over|already)\s+)?to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$"
)
"""The writer having written to the mailbox: "emailed ", "I've tried ", "sent it to ", "cc'd in "."""
_WROTE_WITHIN = 40


def _mailbox_written_to(text: str, start: int, end: int) -> bool:
    """ "I've tried refunds@…", "sent it to accounts@… twice": a function's mailbox the writer wrote to."""
    candidate = text[start:end]
    if not (is_role_mailbox(candidate) or function_word(text, start, end)):
        return False
    return _WROTE_TO.search(text, max(0, start - _WROTE_WITHIN), start) is not None


FUNCTION_WORD_MAILBOX = Filter(
    "function's one-word mailbox",
    "drop",
    "a one-word mailbox at an organisation's own domain that the text never gives a person's name or the writer's",
    _function_word_mailbox,
)
MAILBOX_WRITTEN_TO = Filter(
    "function's mailbox written to",
    "drop",
    "a function's mailbox the writer says they wrote to (I emailed support@...): its correspondent, not its owner",
    _mailbox_written_to,
)
FUNCTION_WORD = FUNCTION_WORD_MAILBOX.name
"""Its name: a bio's one-word mailbox speaks for its owner without an "I", so the detector hands it back there."""
FUNCTION_FILTERS: tuple[Filter, ...] = (FUNCTION_WORD_MAILBOX, MAILBOX_WRITTEN_TO, GROUP_MAILBOX)
"""With `email_group_mailbox.GROUP_MAILBOX`: a club's, a choir's or a PTA's mailbox, the next general question."""
