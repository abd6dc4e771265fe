"""Personal phone numbers (clauses 2.3.2, 2.4.2, 2.1.5).

A regular expression finds phone-shaped spans cheaply; only those spans reach
`phonenumbers`, which costs about a microsecond a character and would cap the text path
at ~1 MB/s if run on every post.  phonenumbers calls Ofcom's drama ranges
(07700 900xxx, 01632 960xxx) invalid, so UK numbers are judged by their shape (the
national numbering plan: 01/02/03/07 and eleven digits) rather than by `is_valid_number`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from detectors.base import Detector, Item, Match

_CANDIDATE = re.compile(
    r"""
    (?=[+(0])                      # cheap first test: a number starts with +, ( or 0
    (?<![\w#=.@+-])                # not inside a word, hashtag or id (URLs are cut out first)
    (?:
        (?:\+|00)\s?\d{1,3}        # international prefix: +44, 0044, +1 ...
        (?:[\s.-]?\(0\))?          # the UK habit: +44 (0)7700 ...
        [\s.-]?\(?\d[\d\s().-]{5,16}\d
      |
        \(?0\d[\d\s().-]{7,14}\d   # national: 07700 900123, (0117) 496 0123
    )
    (?!\w)
    """,
    re.VERBOSE,
)
_NON_DIGITS = re.compile(r"\D")
_LINKED = re.compile(
    r"(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|tel:|sms:|t\.me/\+|signal\.me/#p/)(\+?[\d%+-]{10,20})",
    re.IGNORECASE,
)
"""Links that carry a number: a WhatsApp click-to-chat link is a phone number in disguise."""
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EXCLUDING_CONTEXT = re.compile(
    r"(?:\b(?:order|ref|reference|tracking|parcel|invoice|isbn|account|sort\s*code|serial|"
    r"ticket|booking|policy|id|case|claim)\b(?:\s*(?:no\.?|number|#))?\s*[:#]?\s*|[£$€]\s*)$",
    re.IGNORECASE,
)
_INVITING_CONTEXT = re.compile(
    r"(?:call|text|ring|phone|mob(?:ile)?|tel|whats\s?app|contact|reach|number|"
    r"sms|on)\b[\s:.-]*$",
    re.IGNORECASE,
)
_ORGANISATION_CONTEXT = re.compile(
    r"\b(?:council|dentist|dental|vet'?s?|surgery|gp|doctor'?s|hospital|clinic|pharmacy|chemist|helpline|"
    r"hotline|reception|box\s+office|takeaway|restaurant|pub|garage|taxis?|cab|bookings?\s+line|emergency\s+line)\b",
    re.IGNORECASE,
)
"""Numbers of organisations the person mentions (the dentist, the council): not their own."""
_FIRST_PERSON = re.compile(r"\b(?:me|my|mine|i|i'm|we|our)\b", re.IGNORECASE)
_UK_PERSONAL_PREFIXES = ("1", "2", "3", "7")
"""National significant numbers that can reach a person: geographic, 03 and mobiles.
08xx/09xx are service numbers (helplines, premium lines), never someone's own phone."""


class PhoneDetector(Detector):
    """Finds phone numbers in every form people write them, UK first."""

    kind = "phone"
    title = "Personal phone number"
    clauses = ("2.3.2", "2.4.2", "2.1.5")

    def wants(self, item: Item) -> bool:
        text = item.text
        if text is None or not ("0" in text or "+" in text):
            return False
        return _CANDIDATE.search(text) is not None or (_might_link(text) and _LINKED.search(text) is not None)

    def detect(self, item: Item) -> Iterator[Match]:
        text = item.text or ""
        url_spans = [m.span() for m in _URL.finditer(text)] if "/" in text or "www" in text else []
        allowed = set(self.school.phones)
        for link in _LINKED.finditer(text) if _might_link(text) else ():
            digits = _NON_DIGITS.sub("", link.group(1).replace("%2B", "+"))
            e164, rule, confidence = self._judge("+" + digits if not digits.startswith("0") else digits)
            url_spans.append(link.span())
            if e164 and e164 not in allowed:
                yield self.match(e164, link.start(), link.end(), confidence, rule + " inside a link")
        for candidate in _CANDIDATE.finditer(text):
            start, end = candidate.span()
            if any(s <= start < e for s, e in url_spans):
                continue
            e164, rule, confidence = self._judge(candidate.group())
            if e164 is None or e164 in allowed:
                continue
            before = text[max(0, start - 24) : start]
            if _EXCLUDING_CONTEXT.search(before) or _belongs_to_an_organisation(text[max(0, start - 48) : start]):
                continue
            if item.provenance.section in ("profile", "account") and _is_whole_field(text, start, end):
                confidence = max(confidence, 0.98)
                rule += " in a profile field"
            elif _INVITING_CONTEXT.search(before):
                confidence = min(0.99, confidence + 0.04)
                rule += ", offered as a contact"
            yield self.match(e164, start, end, confidence, rule)

    @staticmethod
    def _judge(raw: str) -> tuple[str | None, str, float]:
        """E.164 form, rule and confidence for a candidate, or None if it is no phone."""
        compact = raw.replace("(0)", "")
        digits = _NON_DIGITS.sub("", compact)
        stripped = compact.lstrip(" (")
        if stripped.startswith(("+", "00")):
            if stripped.startswith("00"):
                digits = digits[2:]
            if digits.startswith("44"):
                return _uk("0" + digits[2:], international=True)
            return _international("+" + digits)
        return _uk(digits, international=False)


def _might_link(text: str) -> bool:
    """Substring checks that rule out a number-carrying link far faster than the regex."""
    lowered = text.lower()
    return "wa.me" in lowered or "whatsapp" in lowered or "tel:" in lowered or "sms:" in lowered or ".me/" in lowered


def _belongs_to_an_organisation(before: str) -> bool:
    """ "Dentist: 01632 960520": an organisation's number, unless the person says it is theirs."""
    return _ORGANISATION_CONTEXT.search(before) is not None and _FIRST_PERSON.search(before) is None


def normalise_phone(raw: str) -> str | None:
    """E.164 form of a number as a person writes it, or None if it is not a phone number."""
    return PhoneDetector._judge(raw.strip())[0]


def _uk(national: str, *, international: bool) -> tuple[str | None, str, float]:
    if not national.startswith("0") or national[1:2] not in _UK_PERSONAL_PREFIXES:
        return None, "", 0.0
    if national.startswith("07"):
        if len(national) != 11 or national.startswith(("070", "076")):
            return None, "", 0.0
        rule, confidence = "UK mobile number", 0.95
    elif national.startswith("03"):
        if len(national) != 11:
            return None, "", 0.0
        rule, confidence = "UK non-geographic number", 0.7
    else:
        if len(national) not in (10, 11):
            return None, "", 0.0
        rule, confidence = "UK landline number", 0.85
    if international:
        rule += " in international form"
    return "+44" + national[1:], rule, confidence


def _international(candidate: str) -> tuple[str | None, str, float]:
    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return None, "", 0.0
    if not phonenumbers.is_valid_number(number):
        return None, "", 0.0
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, "international phone number", 0.85


def _is_whole_field(text: str, start: int, end: int) -> bool:
    """True when the number is all the field holds (a phone-number field of a profile)."""
    return not text[:start].strip() and not text[end:].strip()
