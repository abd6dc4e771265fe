"""Named e-mail filter for a public body's or a club's mailbox, known by its domain.

"lostproperty@brackenford-leisure.example.org", "fostering@…-council…", "scripts@fernsidepharmacy…",
"admin@millbridgejuniorfc…": the domain names a council, a leisure centre, a pharmacy, a surgery or
a club, and the mailbox before the @ is a service of it, not a person.  Such addresses are quoted
to send people somewhere ("email swim@… to book"), never a private person's own.  A person's name
before the @ is left alone ("jo.bloggs@…leisure…": a named person's work mailbox, which the other filters weigh),
but at a council's, a police force's or the government's domain: a councillor's or a council officer's mailbox is a
public office's ("d.kaur@…-council…", "cllr.mahmood@…-council…"; a councillor's own "cllr.jo@" at a mail
service stays theirs).

The role mailboxes of `email_filters.ORGANISATION_MAILBOX` ("info@", "bookings@") are already
dropped at any domain when quoted; this filter adds the service mailboxes whose local part alone
says nothing ("swim@", "scripts@") but whose domain does.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_BODY_WORDS = (
    "council", "gov", "nhs", "leisure", "pharmacy", "chemist", "surgery", "medical", "healthcentre", "hospital",
    "clinic", "dental", "library", "libraries", "police", "museum", "parish", "church", "fc", "afc",
    "rfc", "club", "society", "trust", "charity", "foundation", "association", "housing", "university",
    "college", "hall", "halls", "diocese", "chapel", "cathedral", "abbey", "minster", "mosque", "masjid", "gurdwara",
    "synagogue", "temple", "mandir", "allotments", "allotment", "foodbank", "pantry", "pta", "scouts", "guides", "u3a",
    "choir", "chorus", "singers", "orchestra", "players", "operatic", "harriers", "runners", "athletics", "cc", "rufc",
    "hc", "gaa", "bowls", "lodge", "pc", "tc", "residents", "tenants", "communitycentre", "hub",
    "uni", "league", "brass", "band", "primary", "academy", "nursery", "festival", "fest", "expo", "mela", "hospice",
    "hospicecare", "community", "volunteers", "consulado", "consulate", "embassy",
)  # fmt: skip
"""Words that end a domain label (or one of its hyphenated parts) of a public body, a service, a club, a
faith group or a community group: "…villagehall", "…allotments", "…pc" (a parish or town council),
"…cc" (a cricket club), "…-uni" (a university's department), "…juniorleague", "…brass" (a brass band),
"…primary" and "…academy" (a school's PTA or office), "…festival", "…expo", "…mela" (an event's office), "…hospice",
"…volunteers", a consulate's or an embassy's (not a recruiter's "…talent": as often one person's own)."""
_BODY_LABEL = re.compile(r"(?i)(?:^|-)[a-z0-9]*(?:" + "|".join(_BODY_WORDS) + r")$")
_LONG_BODY_LABEL = re.compile(
    r"(?i)(?:council|leisure|pharmacy|surgery|hospital|library|police|juniorfc|diocese|parish|church|"
    r"^(?:st|saint)(?:marks?|johns?|marys?|peters?|pauls?|andrews?|georges?|michaels?|lukes?|matthews?|james|"
    r"davids?|patricks?|annes?|bedes?|chads?|albans?|aidans?|cuthberts?|margarets?|helens?|nicholas|stephens?|"
    r"thomas|barnabas|bartholomews?|catherines?|edmunds?|francis|giles|hildas?|josephs?|lawrences?|leonards?|"
    r"martins?|oswalds?|wilfrids?|brigids?|columbas?|teresas?)|^(?:holy)?trinity|^christchurch|methodist|baptist|"
    r"catholic|quaker|cyngor)"
)
"""Words specific enough to count anywhere in a label ("brackenfordcouncilservices"), and a church's name
at a label's start ("stmarksbrackenford", "trinitymillbridge"); "cyngor" is a Welsh council's."""
_PERSON_LOCAL = re.compile(r"(?i)^([a-z]+)(?:[._-][a-z])?[._-]([a-z]+)\d*$")
"""A first and last name before the @ ("jo.bloggs", with a middle initial "jo.k.bloggs"): a named person's mailbox."""
_SERVICE_WORDS = frozenset(
    str.split(
        "environmental health lost property planning parking highways waste bins recycling council customer "
        "services service general public registrar building control school admissions repairs swim swimming "
        "leisure sports fitness lettings tenancy benefits licensing noise pest register office desk reception front "
        "main enquiries team admin records events"
    )
)
"""Words of a service, which make "environmental.health@" or "front.desk@" a department rather than a person."""
_SERVICE_PIECES = re.compile(r"(?i)[._-]")
_PUBLIC_OFFICE_LABEL = re.compile(r"(?i)(?:^|-)[a-z0-9]*(?:council|cyngor|police)(?:-[a-z0-9]+)?$|^gov$")
"""A council's, a police force's or the government's domain label ("brackenford-council", "essexpolice"): whoever's
name is before the @, it is the mailbox of a public office (a councillor, a housing officer, a rural crime team),
given so that the public can write to it, not a private person's own (the corpus's writers label it so; an NHS
ward sister's is not among them: a nurse's work mailbox is labelled both ways)."""
_WRITERS_OWN = re.compile(
    r"(?i)\bmy\s+(?:[\w-]+\s+){0,2}?(?:one|e-?mail|address|mailbox|inbox)\b|\b(?:e-?mail|contact|reach|write\s+to)\s+me\b"
)
"""The writer giving the mailbox as their own ("my work one is …", "email me at …"): theirs, whatever the domain."""
_MAIL_SYSTEM = frozenset(("mailerdaemon", "postmaster", "noreply", "donotreply", "bounce", "bounces"))
"""Mail system mailboxes at any domain: a bounce's sender is nobody's."""


_SPELT_AT = re.compile(r"(?i)\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+")
_SPELT_DOT = re.compile(r"(?i)\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+")


def _labels(candidate: str) -> tuple[str, list[str]]:
    """(local part, domain labels but the last) of an address, plain or spelt out ("choir [at] …")."""
    candidate = _SPELT_DOT.sub(".", _SPELT_AT.sub("@", candidate))
    local, _, domain = candidate.strip().lower().rpartition("@")
    return local, [label for label in domain.split(".") if label][:-1]  # the top-level domain never says


def _public_bodys_mailbox(text: str, start: int, end: int) -> bool:
    """ "swim@brackenford-leisure…", "fostering@…-council…", "admin@millbridgejuniorfc…": a body's mailbox."""
    local, labels = _labels(text[start:end])
    if not local:
        return False
    if _SERVICE_PIECES.sub("", local) in _MAIL_SYSTEM:
        return True
    if any(map(_PUBLIC_OFFICE_LABEL.search, labels)) and not _WRITERS_OWN.search(text, max(0, start - 80), start):
        return True  # a councillor's, a council officer's or a police team's mailbox: a public office's, quoted
    person = _PERSON_LOCAL.match(local)
    if person is not None and _SERVICE_WORDS.isdisjoint(person.groups()):
        return False
    parts = [part for label in labels for part in (label, *label.split("-")[:-1])]  # "…-brass-events": each part
    return any(_BODY_LABEL.search(part) or _LONG_BODY_LABEL.search(part) for part in parts)


PUBLIC_BODYS_MAILBOX = Filter(
    "public body's or club's mailbox",
    "drop",
    "a service mailbox at the domain of a council, leisure centre, pharmacy, surgery or club, not a person's",
    _public_bodys_mailbox,
)
