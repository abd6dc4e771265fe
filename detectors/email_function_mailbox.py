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
  just me") keeps its mailbox too (`one_person_business_near`).  A capital that only opens a sentence, a line
  or a list's point ("Visas: 020 … or visas@…", "• Sekretariat otwarty …", "Fair 2025 …") is every word's,
  not a name, unless the text speaks of someone as "she" or "he" ("Tamsin from choir … she's tamsin@…").
- `MAILBOX_WRITTEN_TO`: a function's mailbox (a role word or a one-word function name) right after the writer
  says they wrote to it ("I emailed support@…", "I've tried refunds@…", "sent it to accounts@… twice"): the
  writer is its correspondent, not its owner, so a first-person word before it gives it to nobody.

Both filters leave alone a name and surname ("sam.reed@": `email_function_words` asks of a mailbox of several
words), digits ("sam84@"), and the mail services' domains, where a one-word mailbox is as likely a nickname as a
function.
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


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s|\n)[\s\W\d]*$")
"""What comes before a word that opens a sentence, a line or a list's point ("\n• Sekretariat", "1) Visas"):
start, a sentence's end or a line break, then only spaces, bullets, numbers, emoji or quotes."""
_OPENING_REACH = 12


def opens_a_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence or a line: its capital says nothing of a name there
    ("Visas: 020 …", "Fair 2025 …"), where a capital inside a sentence does ("ask Kit")."""
    return _SENTENCE_OPENING.search(text, max(0, start - _OPENING_REACH), start) is not None


_SHE_OR_HE = re.compile(r"(?i)\b(?:she|he|her|him|his|she['’]s|he['’]s)\b")
"""Someone spoken of as a person: then a capital opening a sentence ("Tamsin from choir … she's") is a name."""


def written_as_a_name(text: str, word: str, start: int, end: int) -> bool:
    """Whether the text writes `word` capitalised outside `text[start:end]` (the address) as a name: inside a
    sentence, or opening one in a text that speaks of someone as "she" or "he"; a capital that only opens a
    sentence or a line of a text about nobody is every word's ("Visas: …", "• Sekretariat otwarty …")."""
    name = re.compile(rf"\b{re.escape(word.capitalize())}\b")
    found = [m.start() for m in (*name.finditer(text, 0, start), *name.finditer(text, end))]
    if not found:
        return False
    return any(not opens_a_sentence(text, at) for at in found) or _SHE_OR_HE.search(text) is not None


def function_domain(candidate: str) -> list[str] | None:
    """The labels of an address's domain that may name an organisation, or None when the domain is nobody's own:
    a mail service's, the bare example domains (no label of four letters or more), or two names run together
    ("photos@samandalex…", a couple's own domain: `email_household`)."""
    _, labels = _parts(candidate)
    if not any(len(label) >= 4 for label in labels) or any(_TWO_NAMES.fullmatch(label) for label in labels):
        return None
    return labels


def _named_as_a_person(text: str, start: int, end: int, local: str) -> bool:
    """Whether the text writes the mailbox's word as a name ("Kit", "Kit's"), outside the address itself and
    not only where a sentence or a line opens."""
    return written_as_a_name(text, local, start, end)


def function_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a one-word mailbox at an organisation's own domain that names no person."""
    candidate = text[start:end]
    if "@" not in candidate:
        return False
    local, _ = _parts(candidate)
    labels = function_domain(candidate)
    if labels is None or not _ONE_WORD.fullmatch(local) or is_role_mailbox(local):
        return False  # a listed role word ("hello@") is `email_filters.ORGANISATION_MAILBOX`'s to weigh
    if local[1] not in _VOWELS and local[0] not in _VOWELS and local[:2] not in _ONSETS:
        return False  # "jmorley@", "kbrandt@": an initial before a surname, no word of English starts so
    if any(label.startswith(local) for label in labels):
        return False  # "kit@kitbakes…": a business named after the person whose mailbox it is
    return not _named_as_a_person(text, start, end, local) and not name_in_address(text, start, end)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NOT_NAMES = frozenset(str.split("the and for our email mail contact questions any all hello please thanks"))
"""Capitalised words that open sentences and labels, never a person's name spelt in an address."""


def name_in_address(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word of the text ("Priya", "Okafor") is spelt inside the address ("hello@priyaokafor…",
    "orders@bakesbypriya…"): the domain is named after a person, so the mailbox reaches them."""
    address = re.sub(r"[^a-z@.]", "", text[start:end].lower())
    local, labels = _parts(address)
    spelt = [local, *labels]
    for found in (*_CAPITALISED.finditer(text, 0, start), *_CAPITALISED.finditer(text, end)):
        lowered = found.group().lower()
        if lowered in _NOT_NAMES or (opens_a_sentence(text, found.start()) and not _SHE_OR_HE.search(text)):
            continue  # "Fair 2025 …": a capital that opens the text is every word's
        if any(lowered in piece for piece in spelt):
            return True
    return False


_SINGULAR_FIRST_PERSON = re.compile(
    r"(?i)\b(?:i|i['’]?m|i['’]?ve|i['’]?ll|i['’]?d|me|my|mine|myself)\b"
    r"|\b(?:1|one)[\s-](?:man|woman|person)\b|\bsole\s+trader\b"
)
"""A person speaking for themselves, or a business said to be one person ("a 1-man band", "sole trader")."""
_PARAGRAPH_WITHIN = 160
"""Characters either side of the address read for a person speaking for themselves."""


def paragraph_around(text: str, start: int, end: int) -> str:
    """The address's paragraph: up to a blank line, and no further than `_PARAGRAPH_WITHIN` either side."""
    begin, finish = max(0, start - _PARAGRAPH_WITHIN), min(len(text), end + _PARAGRAPH_WITHIN)
    paragraph_start, paragraph_end = text.rfind("\n\n", begin, start), text.find("\n\n", end, finish)
    return text[paragraph_start if paragraph_start >= 0 else begin : paragraph_end if paragraph_end >= 0 else finish]


def speaks_for_self(text: str, start: int, end: int) -> bool:
    """Whether a singular "I", "me" or "my" is in the address's paragraph: a sole trader, or a writer whose own
    one-person business the mailbox may be, so only the offer and the name checks can decide, not the word."""
    return _SINGULAR_FIRST_PERSON.search(paragraph_around(text, start, end)) is not None


def _function_word_mailbox(text: str, start: int, end: int) -> bool:
    """ "stalls@greenfieldfair…", "grants@…": a function's one-word mailbox in words that speak for nobody's self."""
    return function_word(text, start, end) and not speaks_for_self(text, start, end)


_WROTE_TO = re.compile(
    r"(?i)\b(?:e-?mailed|mailed|tried|wrote\s+to|written\s+to|contacted|chased|complained\s+to|cc['’]?e?d(?:\s+in)?|"
    r"copied\s+in|forwarded\s+(?:it\s+|this\s+|them\s+)?to|sent\s+(?:it\s+|this\s+|them\s+|that\s+|one\s+)?"
    r"(?:(?:again|off|over|already)\s+)?to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}\(?$"
)
"""The writer having written to the mailbox: "emailed ", "I've tried ", "sent it to ", "cc'd in ", "emailed the
housing office (" (the mailbox named, then given in brackets)."""
_WROTE_WITHIN = 60


def written_to(text: str, start: int) -> bool:
    """Whether the words right before the address at `start` say the writer wrote to it ("I emailed ", "sent it
    to ", "I've emailed the housing office ("), whatever the address is."""
    return _WROTE_TO.search(text, max(0, start - _WROTE_WITHIN), start) is not None


def _mailbox_written_to(text: str, start: int, end: int) -> bool:
    """ "I've tried refunds@…", "sent it to accounts@… twice": a function's mailbox the writer wrote to."""
    candidate = text[start:end]
    if not (is_role_mailbox(candidate) or function_word(text, start, end)):
        return False
    return written_to(text, start)


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
