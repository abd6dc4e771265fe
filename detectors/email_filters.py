"""Named false-positive filters of the e-mail detector (clauses 2.4.3, 2.1.5).

Each is a `detectors.filters.Filter`: one small unit with a name that appears in the finding's
explanation, tested on its own (tests/detectors/test_email_filters.py).  They look at a
candidate address in its text, `text[start:end]`, and say what it is instead:

- a file name with an @ in it (`banner@3x.webp`, `logo@2x.png`): drop;
- the user part of a web address (`http://name@blogspot.com`): drop;
- a spaced "x @ y.z" that is prose or a check-in ("lunch @ home.Going", "vote @ www.site.com"):
  drop unless the domain is a known one and the words around invite people to write;
- an organisation's mailbox the writer quotes (info@, bookings@ of a shop, the council's,
  a platform's support@): drop unless the writer says it is theirs ("email me", "my");
- an address that stands for anyone's (`firstname.lastname@…`, `you@yourdomain.example.com`): drop.
"""

from __future__ import annotations

import re

import phonenumbers

from detectors.email_firm_contact import FIRM_CONTACT
from detectors.email_login import LOGIN_TO_A_MACHINE
from detectors.email_org_called import MAILBOX_CALLED_AN_ORGANISATIONS, SENDERS_MAILBOX
from detectors.email_org_domain import PUBLIC_BODYS_MAILBOX
from detectors.email_retired import MAILBOX_TAKEN_BACK
from detectors.email_roles import ROLE_MAILBOXES, is_role_mailbox
from detectors.email_template import TEMPLATE_ADDRESS
from detectors.email_venue import VENUE_BOOKING_MAILBOX
from detectors.filters import Filter
from detectors.phone_cues import FAMILY, ORGANISATION, organisation_ends
from detectors.voice import ORGANISATION_VOICE, ORGANISATIONS_OWN_ACCOUNT

FILE_EXTENSIONS = frozenset(
    str.split(
        "png jpg jpeg gif webp svg bmp tif tiff heic avif ico pdf doc docx xls xlsx ppt pptx odt txt csv rtf "
        "mp3 mp4 m4a mov avi mkv wav psd ai eps sketch fig zip rar 7z js css html htm json xml"
    )
)
_RETINA = re.compile(r"\d+(?:\.\d+)?x\b|v\d+\b", re.IGNORECASE)
"""Designers' scale and version suffixes: `@2x`, `@1.5x`, `@v3`."""

GENERIC_TLDS = frozenset(
    str.split(
        "com org net edu gov mil int info biz name pro mobi app dev io ai co me tv xyz online site shop store tech "
        "blog email cloud live life news media studio design agency club space website page world global today "
        "academy school education london scot wales cymru eu asia africa art photography music"
    )
)
COUNTRY_TLDS = frozenset(
    {r.lower() for r in phonenumbers.SUPPORTED_REGIONS if len(r) == 2 and r != "GB"} | {"uk", "ac", "eu"}
)
"""Two-letter country domains, from the regions phonenumbers already ships (GB's is "uk")."""
KNOWN_TLDS = GENERIC_TLDS | COUNTRY_TLDS

_OWN = re.compile(
    r"(?i)\b(?:my|mine|i|i'm|i'll|our|we|we're|myself)\b"
    r"|\b(?:e-?mail|contact|reach|write\s+to|message|mail|ping|drop|find|book|hire|dm|hit|call|ring|text|phone|"
    r"whats\s?app)\s+(?:me|us)\b|\b(?:shoot|send|drop|give|flick|ping)\s+(?:me|us)\s+an?\s+(?:e-?mail|line|message|note)\b"
    r"|\bme\s*(?:at|on|[:,-])\s*$|(?:^|[\s(|])(?:e-?mail|contact|mail)\s*:\s*$"
)
"""First-person words (or a bare "Email:" label) that make a quoted mailbox the writer's own; "me"
and "us" only as the ones to write to ("email us", "book me:"), not "they told us to email …"."""
_OWN_AFTER = re.compile(r"(?i)[^.!?\n]{0,24}\b(?:e-?mail|message|call|text|ring|dm|contact|reach)\s+(?:me|us)\b")
"""An offer right after the address: "orders@… or DM me"."""
_NOT_MINE = re.compile(
    r"(?i)\bnot\s+(?:all\s+)?(?:on\s+|to\s+|in\s+)?(?:me|mine|my)\b|(?<!\bno\s)(?<!\bnot\s)\bagen(?:t|cy)\b|"
    r"\bmgmt\b|\bmanagement\b|(?<!former\s)(?<!\bold\s)(?<!\bex-)\bmanager\b|\bpr\s+(?:lists|enquiries)\b"
)
"""Words that hand a mailbox to someone else: an agent, a manager, "not me", "not my personal one"
(but "no agency, just me" is the writer's own)."""
_WORK_MAILBOX = re.compile(r"(?i)\bwork\s+e-?mail\b")
"""A role mailbox given as the writer's "work email" is the function's, which colleagues read too."""
_LABEL_ONLY = re.compile(r"(?i)(?:^|[\s(|])(?:e-?mail|contact|mail)\s*:\s*")
"""`_OWN`'s bare "Email:" label: the writer's own in a bio, an organisation's on its contact card."""
_NOT_MINE_WITHIN = 120
"""Characters before a role mailbox read for `_NOT_MINE`: a contact block's lines after "... not me"."""
_INVITING = re.compile(
    r"(?i)\b(?:e-?mail(?:s|ed)?|mail|contact|reach|write|message|drop|send|inquiries|enquiries|bookings?|"
    r"address|dm|hmu|hit\s+me\s+up)\b|[\U0001F4E7\u2709\U0001F4E9\U0001F4E8\U0001F4EC\U0001F4EE]"
)
"""Words (and the envelope emoji a bio puts before its mailbox: 📧 ✉ 📩) that invite the reader to write."""
_SENTENCE = re.compile(r"[.!?]\s|\n|[|•·]")
_WINDOW = 60


def _domain_labels(text: str, start: int, end: int) -> list[str]:
    candidate = text[start:end]
    domain = candidate.rpartition("@")[2]
    return [label for label in re.split(r"\s*\.\s*", domain.strip().lower()) if label]


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW) : start]
    ends = list(_SENTENCE.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _file_name(text: str, start: int, end: int) -> bool:
    """ "banner@3x.webp", "report_final@v3.docx": an image or document name, not a mailbox."""
    labels = _domain_labels(text, start, end)
    if not labels:
        return False
    return labels[-1] in FILE_EXTENSIONS or bool(_RETINA.fullmatch(labels[0]))


def _web_address(text: str, start: int, end: int) -> bool:
    """ "http://name@blogspot.com", "www.name@site.com": the user part of a link."""
    before = text[max(0, start - 40) : start]
    token = before.split()[-1] if before.strip() and not before[-1].isspace() else ""
    domain = (
        text[start:end].rpartition("@")[2]
        or re.split(r"(?i)\s(?:at|arroba)\s|[\[({<]\s*at\s*[\])}>]", text[start:end])[-1]
    )
    userinfo = "://" in token and not any(c in token.split("://", 1)[1] for c in "/?=&#")
    return before.lower().endswith("www.") or userinfo or domain.strip().lower().startswith("www")


_PROSE_WORDS = re.compile(
    r"(?i)here|there|me|us|you|them|him|her|it|this|that|home|work|everyone|all|now|then|lol|too|later|up|in|out"
)
"""Words of a sentence that a spaced @ can follow ("my username here @ …"), which no one's mailbox is called."""


def _spaced_prose(text: str, start: int, end: int) -> bool:
    """ "class @ daycare.Wish", "vote @ www.site.com": a spaced @ in a sentence, not an address."""
    candidate = text[start:end]
    if not re.search(r"[ \t]@|@[ \t]", candidate):  # a line break after the @ is a wrapped line
        return False
    labels = _domain_labels(text, start, end)
    if not labels or labels[-1] not in KNOWN_TLDS or labels[0] == "www":
        return True
    if any(label[:1].isupper() for label in re.split(r"\s*\.\s*", candidate.rpartition("@")[2].strip())[1:]):
        return True  # "home.Going": a sentence run on after a full stop
    local = candidate.partition("@")[0].strip()
    if _PROSE_WORDS.fullmatch(local):
        return True  # "the same as my username here @ example.com": a word of the sentence, not a mailbox
    if re.fullmatch(r"[A-Za-z]+[._][A-Za-z]+\d*", local):
        return False  # "gavin.maddox @ maddoxjoinery.example.com": a name and surname, spaced on purpose
    if " . " in candidate:
        return False  # "jo @ example . com": spaced all through, on purpose
    return _INVITING.search(_clause_before(text, start)) is None


def _organisation_mailbox(text: str, start: int, end: int) -> bool:
    """ "info@…", "bookings@…" of a shop, a club or the council, quoted rather than offered as the writer's."""
    if not is_role_mailbox(text[start:end]):
        return False
    before = _clause_before(text, start)
    if len(before.split()) < 3:  # the address stands alone: the sentence before says whose it is
        before = text[max(0, start - _WINDOW) : start]
    if _NOT_MINE.search(before) or _WORK_MAILBOX.search(before):
        return True  # "my work email is fine: procurement@…": the function's mailbox at work, not the writer's
    own = [m for m in _OWN.finditer(before) if not _LABEL_ONLY.fullmatch(m.group())]
    if not own and _OWN.search(before) and organisation_ends(text[:start]):
        return True  # "Contact card shared by the nursery: … Email: office@…": the label is the organisation's
    return _OWN.search(before) is None and _OWN_AFTER.match(text, end) is None


_NAME_PHRASE = re.compile(r"(?:\b[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?:&|and|of|[A-Z][\w'’&-]*)){0,3}")


def _squashed(name: str) -> set[str]:
    """ "The Fox & Hounds" -> "foxandhounds" or "foxhounds", "Sal's Salon" -> "salsalon" or
    "salssalon": a name as domains spell it; a name of three words or more also as its first word and the
    initials of the rest ("Millbridge Community Transport" -> "millbridgect"), as many a charity's domain is."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    variants = {name.replace("&", "and"), name.replace("&", "")}
    variants |= {re.sub(r"['’]s\b", "", variant) for variant in variants}
    words = [word for word in re.split(r"[\s&]+", name) if word and word.lower() not in ("and", "of")]
    for first in range(len(words) - 2):  # "Call Quillby Community Transport": from each word of the phrase
        variants.add(words[first] + "".join(word[0] for word in words[first + 1 :]))
    return {re.sub(r"[^a-z0-9]", "", variant.lower()) for variant in variants}


def _a_persons_mailbox(text: str, start: int) -> bool:
    """ "david.deans@…", "megan@… (Call Megan)": a person's own address at a business's domain."""
    local = re.split(r"[@\s\[({]", text[start:], maxsplit=1)[0]
    if is_role_mailbox(local):
        return False  # "highways.consultation@…": a function's mailbox, shaped like a name
    if re.fullmatch(r"[A-Za-z]+[._][A-Za-z]+", local):
        return True
    named = re.search(rf"\b{re.escape(local.capitalize())}\s+([A-Z][a-z]{{2,}})", text) if local.isalpha() else None
    if named and named.group(1).lower() in text[start:].split(None, 1)[0].lower().partition("@")[2]:
        return True  # "Sam Okoro Photography … sam@okorophoto…": Sam's own mailbox at the business named after them
    mid_sentence = rf"(?<![.!?:\n]\s)(?<!^)(?<=\w\s){re.escape(local.capitalize())}\b"
    return len(local) > 2 and re.search(mid_sentence, text) is not None


def _organisation_named_in_the_text(text: str, start: int, end: int) -> bool:
    """ "Sal's Salon … salsalon@…", "The Fox & Hounds … quiz@foxandhounds…": a business's own domain."""
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in _domain_labels(text, start, end)[:-1]]
    labels = [label for label in labels if len(label) >= 5 and label not in _MAIL_LABELS]
    if _OWN.search(_clause_before(text, start)) or _a_persons_mailbox(text, start):
        return False
    local = re.sub(r"[^a-z0-9]", "", re.split(r"[@\s\[({]", text[start:end].lower())[0])
    elsewhere = text[:start] + " " + text[end:]
    for found in _NAME_PHRASE.finditer(elsewhere):
        phrase = _TRAILING_LINK.sub("", found.group())
        several = len(phrase.split()) > 1  # one capitalised word ("Piano …") is too weak for a part of a label
        for name in _squashed(phrase):
            if len(name) >= 5 and any(
                name == label or several and (name in label or label in name) for label in labels
            ):
                return True
            if name == local and ORGANISATION.search(phrase):  # "Sal's Salon … salsalon@mail…"
                return True
    return False


_TRAILING_LINK = re.compile(r"(?:\s+(?:&|and|of))+$")
"""A name phrase cut off after "&" or "of" ("Piano & …"): the joining word is not part of the name."""


_MAIL_LABELS = frozenset(("example", "mail", "email", "post", "inbox", "users", "webmail", "wedding", "family", "home"))
"""Domain labels of mail services, the reserved example domains and a household's own site ("wedding.", "family."),
which name no organisation: "Wedding RSVPs to danandmeg@wedding…" is the couple's own mailbox."""


def _someone_elses_mailbox(text: str, start: int, end: int) -> bool:
    """ "bookings via my agent: ola@agency…", "mgmt: …": the mailbox of the writer's agent or manager; a role
    mailbox a few lines after "not me" ("Phone: call the office, not me\nOffice: …\nEmail: admin@…")."""
    clause = _clause_before(text, start)
    if _NOT_MINE.search(clause) is not None:
        return _RELATIVES_MAILBOX.search(clause) is None  # "Mum says use her email not mine": Mum's, a person's
    return (
        is_role_mailbox(text[start:end]) and _NOT_MINE.search(text, max(0, start - _NOT_MINE_WITHIN), start) is not None
    )


_RELATIVES_MAILBOX = re.compile(rf"(?i)\b(?:her|his|their)\s+e-?mail\b|\b(?:{FAMILY})\b")
"""A mailbox handed to a relative or a friend ("use her email not mine"): a private person's, not an agent's."""


ONE_PERSON_BUSINESS = re.compile(
    r"(?i)\b(?:(?:it['’]?s\s+)?(?:just|only)\s+(?:me|her|him)\b(?!\s+(?:and|&)\s+(?:the|my|our)\s+team)|"
    r"one[\s-](?:man|woman|person)[\s-](?:band|business|show)|on\s+(?:my|his|her|their)\s+own\b|"
    r"(?:i['’]?m|i\s+am|as)\s+a\s+sole\s+trader|from\s+my\s+(?:own\s+)?(?:kitchen|home|spare\s+room|shed)|"
    r"(?:which|that)(?:\s+is|['’]s)\s+(?:just\s+)?me\b|not\s+an?\s+(?:agency|company|firm)\b|"
    r"no\s+(?:big\s+)?(?:company|agency|firm|team)\b|self[\s-]employed|sole\s+trader|"
    r"one[\s-](?:man|woman|person)[\s-](?:operation|outfit)|(?:runs|does)\s+it\s+all\b)"
)
"""The text says the business is one person ("just me", "a one-man band", "on his own", "I'm a sole trader", "from my
kitchen", "which is me, Toby", "that's me, not an agency", "self-employed", "Holly runs it all"): its
mailbox reaches that person, whatever the business is called (a taxi, a joinery, a bookkeeper)."""
ONE_PERSON_WITHIN = 160
"""Characters before the address read for `ONE_PERSON_BUSINESS` (in its paragraph): a long bio's "it's just me" says
nothing of the charity's mailbox three paragraphs on."""


def one_person_business_near(text: str, start: int, end: int) -> bool:
    """Whether the address's paragraph, just before it or right after it, says the business is one person."""
    begin, finish = max(0, start - ONE_PERSON_WITHIN), min(len(text), end + 60)
    paragraph_start, paragraph_end = text.rfind("\n\n", begin, start), text.find("\n\n", end, finish)
    window = text[paragraph_start if paragraph_start >= 0 else begin : paragraph_end if paragraph_end >= 0 else finish]
    return ONE_PERSON_BUSINESS.search(window) is not None


FILE_NAME = Filter("file name", "drop", "an image or document name with an @ in it (logo@2x.png)", _file_name)
WEB_ADDRESS = Filter("part of a web address", "drop", "the user part of a link (http://name@site.com)", _web_address)
SPACED_PROSE = Filter(
    "spaced @ in prose",
    "drop",
    "a spaced '@' with no real domain or no invitation to write (tea @ the Crown)",
    _spaced_prose,
)
ORGANISATION_MAILBOX = Filter(
    "organisation's mailbox",
    "drop",
    "a role mailbox (info@, bookings@) of a business or body the writer mentions, not their own",
    _organisation_mailbox,
)


def _fediverse_handle(text: str, start: int, end: int) -> bool:
    """ "@ellie@social.example.net": a Mastodon handle, which takes no mail."""
    return text[max(0, start - 1) : start] == "@"


FEDIVERSE_HANDLE = Filter("fediverse handle", "drop", "a Mastodon-style @name@server handle", _fediverse_handle)
ORGANISATION_NAMED_IN_THE_TEXT = Filter(
    "organisation named in the text",
    "drop",
    "the address is at the domain of a business or body the text names (Sal's Salon, salsalon@…)",
    _organisation_named_in_the_text,
)
AGENTS_MAILBOX = Filter(
    "agent's or manager's mailbox",
    "drop",
    "an address given as the writer's agent's, manager's or someone else's",
    _someone_elses_mailbox,
)
__all__ = [
    "ORGANISATION_VOICE",
    "ROLE_MAILBOXES",
    "TEMPLATE_ADDRESS",
    "is_role_mailbox",
]  # re-exported: the detector's leniency, the tests
EMAIL_FILTERS: tuple[Filter, ...] = (
    FILE_NAME, WEB_ADDRESS, SPACED_PROSE, ORGANISATION_MAILBOX, AGENTS_MAILBOX, FEDIVERSE_HANDLE, LOGIN_TO_A_MACHINE,
    ORGANISATIONS_OWN_ACCOUNT, ORGANISATION_NAMED_IN_THE_TEXT, TEMPLATE_ADDRESS, PUBLIC_BODYS_MAILBOX,
    MAILBOX_TAKEN_BACK, VENUE_BOOKING_MAILBOX, FIRM_CONTACT, MAILBOX_CALLED_AN_ORGANISATIONS, SENDERS_MAILBOX,
)  # fmt: skip
