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
- an address that stands for anyone's (`firstname.lastname@…`, `you@yourdomain.com`): drop.
"""

from __future__ import annotations

import re

import phonenumbers

from detectors.filters import Filter
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

ROLE_MAILBOXES = frozenset(
    str.split(
        "info information hello hi sales support help helpdesk enquiries enquiry inquiries inquiry bookings booking "
        "book reservations reservation reservas admin administrator office contact contactus team press pr media "
        "news newsdesk editor editors marketing jobs careers recruitment hr accounts billing invoices orders shop "
        "store service services customerservice customerservices customercare care reception events membership "
        "members secretary club noreply no-reply donotreply do-not-reply webmaster postmaster mail general "
        "feedback complaints repairs lettings ops operations mgmt management tickets boxoffice studio bookshop "
        "waste planning council admissions consular customerservice submissions"
    )
)
"""Local parts that name a function, not a person: the mailbox of whoever holds the role."""

_OWN = re.compile(
    r"(?i)\b(?:me|my|mine|i|i'm|i'll|us|our|we|we're|myself)\b|(?:^|[\s(|])(?:e-?mail|contact|mail)\s*:\s*$"
)
"""First-person words (or a bare "Email:" label) that make a quoted mailbox the writer's own."""
_NOT_MINE = re.compile(
    r"(?i)\bnot\s+(?:me|mine|my)\b|\bagen(?:t|cy)\b|\bmgmt\b|\bmanagement\b|\bmanager\b|\bpr\s+(?:lists|enquiries)\b"
)
"""Words that hand a mailbox to someone else: an agent, a manager, "not me"."""
_INVITING = re.compile(
    r"(?i)\b(?:e-?mail(?:s|ed)?|mail|contact|reach|write|message|drop|send|inquiries|enquiries|bookings?|"
    r"address|dm|hmu|hit\s+me\s+up)\b"
)
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


def _spaced_prose(text: str, start: int, end: int) -> bool:
    """ "class @ daycare.Wish", "vote @ www.site.com": a spaced @ in a sentence, not an address."""
    candidate = text[start:end]
    if not re.search(r"\s@|@\s", candidate):
        return False
    labels = _domain_labels(text, start, end)
    if not labels or labels[-1] not in KNOWN_TLDS or labels[0] == "www":
        return True
    if any(label[:1].isupper() for label in re.split(r"\s*\.\s*", candidate.rpartition("@")[2].strip())[1:]):
        return True  # "home.Going": a sentence run on after a full stop
    if " . " in candidate:
        return False  # "jo @ example . com": spaced all through, on purpose
    return _INVITING.search(_clause_before(text, start)) is None


def _organisation_mailbox(text: str, start: int, end: int) -> bool:
    """ "info@…", "bookings@…" of a shop, a club or the council, quoted rather than offered as the writer's."""
    local = text[start:end].partition("@")[0].strip().lower()
    local = re.split(r"[\s\[({]", local)[0]
    if local not in ROLE_MAILBOXES and re.sub(r"[._-]", "", local) not in ROLE_MAILBOXES:
        return False
    before = _clause_before(text, start)
    if len(before.split()) < 3:  # the address stands alone: the sentence before says whose it is
        before = text[max(0, start - _WINDOW) : start]
    return _NOT_MINE.search(before) is not None or _OWN.search(before) is None


_NAME_PHRASE = re.compile(r"(?:\b[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?:&|and|of|[A-Z][\w'’&-]*)){0,3}")


def _squashed(name: str) -> set[str]:
    """ "The Fox & Hounds" -> "foxandhounds", "Sal's Salon" -> "salsalon" or "salssalon": a name as
    domains spell it."""
    name = re.sub(r"^the\s+", "", name.strip().replace("&", "and"), flags=re.IGNORECASE)
    return {re.sub(r"[^a-z0-9]", "", variant.lower()) for variant in (re.sub(r"['’]s\b", "", name), name)}


def _a_persons_mailbox(text: str, start: int) -> bool:
    """ "david.deans@…", "megan@… (Call Megan)": a person's own address at a business's domain."""
    local = re.split(r"[@\s\[({]", text[start:], maxsplit=1)[0]
    if re.fullmatch(r"[A-Za-z]+[._][A-Za-z]+", local):
        return True
    mid_sentence = rf"(?<![.!?:\n]\s)(?<!^)(?<=\w\s){re.escape(local.capitalize())}\b"
    return len(local) > 2 and re.search(mid_sentence, text) is not None


def _organisation_named_in_the_text(text: str, start: int, end: int) -> bool:
    """ "Sal's Salon … salsalon@…", "The Fox & Hounds … quiz@foxandhounds…": a business's own domain."""
    labels = _domain_labels(text, start, end)
    label = re.sub(r"[^a-z0-9]", "", labels[0]) if labels else ""
    if len(label) < 5 or _OWN.search(_clause_before(text, start)) or _a_persons_mailbox(text, start):
        return False
    elsewhere = text[:start] + " " + text[end:]
    for found in _NAME_PHRASE.finditer(elsewhere):
        for name in _squashed(found.group()):
            if len(name) >= 5 and (name in label or label in name):
                return True
    return False


def _someone_elses_mailbox(text: str, start: int, end: int) -> bool:
    """ "bookings via my agent: ola@agency…", "mgmt: …": the mailbox of the writer's agent or manager."""
    return _NOT_MINE.search(_clause_before(text, start)) is not None


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
_TEMPLATE_LOCAL_PARTS = frozenset(
    str.split(
        "user username user.name user_name yourname your.name your_name yourusername youremail your.email "
        "firstname first.last firstname.lastname firstname.surname first.surname forename.surname "
        "initial.surname name.surname someone somebody john.doe jane.doe joe.bloggs xxx xxxx abc"
    )
)
"""Mailbox names that stand for anyone's ("firstname.lastname@", "yourname@"): a form's hint or an
address pattern being explained, never one person's own address."""
_TEMPLATE_DOMAIN = re.compile(r"(?i)^(?:your|my)?(?:domain|company|website|provider)\.")


def _template_address(text: str, start: int, end: int) -> bool:
    """ "user@example.com is just the placeholder", "staff are firstname.lastname@…", "you@yourdomain.com"."""
    local, _, domain = text[start:end].partition("@")
    return local.lower() in _TEMPLATE_LOCAL_PARTS or bool(_TEMPLATE_DOMAIN.match(domain))


TEMPLATE_ADDRESS = Filter(
    "placeholder address",
    "drop",
    "an address that stands for anyone's: a form's hint or a pattern (firstname.lastname@…, you@yourdomain…)",
    _template_address,
)
__all__ = ["ORGANISATION_VOICE"]  # re-exported for the detector's profile leniency
EMAIL_FILTERS: tuple[Filter, ...] = (
    FILE_NAME, WEB_ADDRESS, SPACED_PROSE, ORGANISATION_MAILBOX, AGENTS_MAILBOX, FEDIVERSE_HANDLE,
    ORGANISATIONS_OWN_ACCOUNT, ORGANISATION_NAMED_IN_THE_TEXT, TEMPLATE_ADDRESS,
)  # fmt: skip
