"""Personal phone numbers (clauses 2.3.2, 2.4.2, 2.1.5).

Regular expressions find phone-shaped spans cheaply; only those spans reach `phonenumbers`,
which costs about a microsecond a character and would cap the text path at ~1 MB/s if run on
every post.  A span is a phone number when phonenumbers says it is a valid one:

- with a country code ("+44 7700 900123", "+234 803 000 0142", "0044 …"), in that country;
- without one, as a UK number first, then in the countries the text points to
  (`phone_regions`: "(02) 5550 1234" from Sydney is Australian, never "+44 2 …"; "098000 00151"
  after "meet you in Delhi" is Indian, not a UK premium line), then by a shape only one country uses
  (Australia's "(0N) NNNN NNNN" and "04NN NNN NNN", North America's "(312) 555-0147");
- with an explicit allowance for Ofcom's drama ranges (`is_drama_number`), which phonenumbers
  calls invalid, so that fixtures keep reserved numbers while real ones are validated properly.

UK numbers reach a person only from 01/02/03/07 (08/09 are services, 070 personal-number
redirects, 076 pagers).  The named filters of `phone_filters` and `phone_service_filters` then
drop references, amounts, organisations' numbers, a service's line ("booking on 0115 …") and a
number the writer takes back at once.  Typing habits are undone first: the letter O for a zero ("O77OO"),
digits spaced out one by one, a number split by a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from detectors.base import Detector, Explanation, Item, Match
from detectors.contact_corrections import corrected_numbers
from detectors.contact_judgement import JudgedInContext, Reading
from detectors.contact_screens import phone_screen
from detectors.gate_batch import Positions, TextBatch
from detectors.phone_abroad import abroad, is_service_line, named_country, offered_in_named_country, valid
from detectors.phone_beside_mailbox import LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX
from detectors.phone_cues import OWNED_AFTER
from detectors.phone_filters import PHONE_FILTERS
from detectors.phone_judgement import PHONE_JUDGEMENT
from detectors.phone_misread import has_misread_number, misread_numbers
from detectors.phone_regions import country
from detectors.phone_words import (
    chunked_numbers,
    has_chunked_number,
    has_spaced_digits,
    has_spelt_number,
    other_reading,
    spaced_digits,
    spelt_numbers,
)

_CANDIDATE = re.compile(
    r"""
    (?=[+(0-9O])
    (?<![\w#=.@+£$€-])             # not inside a word, hashtag, id or amount (URLs are cut out first)
    (?:
        (?:\+|00)\s?\d{1,3}        # international prefix: +44, 0044, +1 ...
        (?:[\s.-]?\(0\))?          # the UK habit: +44 (0)7700 ...
        [\s.-]?\(?\d[\d\s().-]{5,16}\d
      |
        \(?[0O]\s?[\dO](?:[\dO\s().-]|(?<=[\dOo])o){7,20}(?:[\dO]|(?<=[\dOo])o)  # national: 07700 900123,
        # (0117) 496 0123, 0 7 7 0 0 ..., and "07700 9oo 123": a lower-case o for 0 only inside a group of digits
      |
        (?:\([1-9]\d{1,3}\)\s?|[1-9]\d{1,4}[\s.-]{1,2})\d{2,4}(?:[\s.-]{1,2}\d{2,5}){1,3}  # (312) 555-0147, 965 000 150
      |
        [1-9]\d{4}[\s.-]\d{5}      # two groups of five: 98200 00101 (India)
      |
        1?[2-9]\d{9}               # ten digits run together: 3125550147
    )
    (?![\w-])
    """,
    re.VERBOSE,
)
_PREFILTER = re.compile(r"\d(?:\d\d|[\s.()-]{1,2}\d)")
"""Three digits, or digits spaced out: every number has them, and most posts have none (a C scan)."""
_NON_DIGITS = re.compile(r"\D")
_ANY_DIGIT = re.compile(r"\d")
_LINKED = re.compile(
    r"(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|tel:|sms:|t\.me/\+|signal\.me/#p/)(\+?[\d%+-]{10,20})",
    re.IGNORECASE,
)
"""Links that carry a number: a WhatsApp click-to-chat link is a phone number in disguise."""
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_INVITING = re.compile(
    r"(?:\b(?:call|text|ring|phone|mob(?:ile)?|tel|whats\s?app|contact|reach|number|cell|sms|msg|message|landline|"
    r"hmu|ph|on|is)(?:\s+(?:me+|us|her|him))?\b[\s:.!-]*"
    r"|\b(?:call|text|ring|phone|whats\s?app|msg|message|reach|contact)\s+(?:me+|us)\b[^.?\n\d]{0,32}"
    r"|\b(?:my|our|his|her)\s+(?:new\s+|own\s+|home\s+)?(?:number|mobile|digits|landline)\b[^.?\n\d]{0,20}"
    r"|\b(?:call|text|ring|phone|whats\s?app|msg|message)\s+(?-i:[A-Z][a-z]+)\s*(?:on\s*|at\s*)?[:,-]?\s*"
    r"|\bhmu\b[^.!?\n\d]{0,32})$",
    re.IGNORECASE,
)
"""Words offering a number: right before it ("call me on", "Tel:", "Text Rosa"), or earlier in the
clause ("text me if you have ideas 07700 …", "my new number is now 0803 …"), however it is shouted
("call meee!! …", "call me Sam!!! …"): an exclamation mark is tone in a post, not the end of the
offer.  They raise confidence, and let a number with no country code that is not a UK one be read
as another country's."""
_BIO_KEEPS = (LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX.name,)
"""Not asked of a profile field: a bio's one-word mailbox is its owner's (as the e-mail detector holds), and so is
the landline beside it ("Piano lessons · lessons@… · 0161 …")."""
_UK_PERSONAL_PREFIXES = ("1", "2", "3", "7")
"""National significant numbers that can reach a person: geographic, 03 and mobiles.
08xx/09xx are service numbers (helplines, premium lines), never someone's own phone."""
_DRAMA = re.compile(
    r"07700900\d{3}|01632960\d{3}|011[3-8]4960\d{3}|01[2-6]14960\d{3}|02079460\d{3}|08081570\d{3}|09098790\d{3}"
    r"|03069990\d{3}"
)


def is_drama_number(national: str) -> bool:
    """Ofcom's ranges for drama and fixtures: 07700 900xxx, 01632 960xxx, 0113-0118 and 0121-0161
    496 0xxx, 020 7946 0xxx, and the service ranges 0808 157 0xxx, 0909 879 0xxx, 03069 990xxx
    (`national` is the digits with the leading 0)."""
    return _DRAMA.fullmatch(national) is not None


class PhoneDetector(JudgedInContext, Detector):
    """Finds phone numbers in every form people write them, UK first, in their own country."""

    kind = "phone"
    judgement = PHONE_JUDGEMENT
    title = "Personal phone number"
    clauses = ("2.3.2", "2.4.2", "2.1.5")

    def wants(self, item: Item) -> bool:
        text = item.text
        if text is None:
            return False
        if _PREFILTER.search(text) is None:  # a number said in words has no digit at all; "O77OO 9OO4l2" has letters
            return has_spelt_number(text) or (_ANY_DIGIT.search(text) is not None and has_misread_number(text))
        if _CANDIDATE.search(text) is not None or has_spaced_digits(text) or has_chunked_number(text):
            return True
        if has_misread_number(text):
            return True
        return _might_link(text) and _LINKED.search(text) is not None

    def screen(self, batch: TextBatch) -> Positions:
        """`wants` for a batch, found over the whole batch at once (`detectors.contact_screens`): digits as
        `_PREFILTER` finds them and the makings of a number or a link, or a run of digit words with a word
        of a number spelt out."""
        return phone_screen(batch)

    def _read(self, item: Item, reading: Reading) -> Iterator[Match]:
        text = item.text or ""
        url_spans = [m.span() for m in _URL.finditer(text)] if "/" in text or "www" in text else []
        allowed = set(self.school.phones)
        profile = item.provenance.section in ("profile", "account")
        for link in _LINKED.finditer(text) if _might_link(text) else ():
            digits = _NON_DIGITS.sub("", link.group(1).replace("%2B", "+"))
            judged = judge("+" + digits if not digits.startswith("0") else digits, text, link.start())
            url_spans.append(link.span())
            if judged and judged[0] not in allowed:
                yield self._match(judged[0], *link.span(), judged[2], judged[1] + " inside a link", ())
        read: list[tuple[int, int]] = []  # what `_CANDIDATE` read: digits apart inside it are not read again
        found: list[tuple[int, int]] = []  # the numbers it found: a chunk of one is not read again
        for candidate in _CANDIDATE.finditer(text):
            start, end = candidate.span()
            read.append((start, end))
            if any(s <= start < e for s, e in url_spans):
                continue
            before = text[max(0, start - 48) : start]
            cued = _INVITING.search(before) is not None or OWNED_AFTER.match(text, end) is not None
            judged = judge(candidate.group(), text, start, cued=cued or profile)
            fixed = _corrected(candidate.group(), text, start, end, cued or profile)
            if fixed is not None:
                judged, end = fixed
            elif judged is None and "\n" in candidate.group().strip():
                # "07700 900 617\n3. Grace": a list's next number
                end = start + len(candidate.group().rstrip()) - len(candidate.group().rstrip().rpartition("\n")[2])
                judged = judge(text[start:end], text, start, cued=cued or profile)
            if judged is None or judged[0] in allowed:
                continue
            e164, rule, confidence = judged
            effect, names = reading.verdict(PHONE_FILTERS, text, start, end)
            if profile and names == _BIO_KEEPS:
                effect, names = None, ()  # a bio's own contact block: its mailbox speaks for its owner
            if effect == "drop":
                continue
            if profile and not text[:start].strip() and not text[end:].strip():
                confidence, rule = max(confidence, 0.98), rule + " in a profile field"
            elif cued:
                confidence, rule = min(0.99, confidence + 0.04), rule + ", offered as a contact"
            found.append((start, end))
            yield self._match(e164, start, end, confidence, rule, names)
        yield from self._misread(text, found, url_spans, allowed, profile, reading)
        spelt = [(*run, _IN_WORDS, True) for run in spelt_numbers(text)] + _digit_by_digit(text, read)
        spelt += [(*run, " read out in chunks", True) for run in chunked_numbers(text) if not _overlaps(run, found)]
        for digits, start, end, how, offered in spelt:
            judged = judge(digits, text, start, cued=offered)  # in words: on purpose, an offer not a reference
            other = other_reading(text[start:end]) if judged is None and how == _IN_WORDS else None
            if other is not None and (judged := judge(other, text, start)) is not None:
                digits = other  # "nine hundred, eleven, seven": 900 11 7; a second reading gets no guessed country
            fixed = _corrected(digits, text, start, end, offered)
            if fixed is not None:
                judged, end = fixed
            if judged is None or judged[0] in allowed:
                continue
            effect, names = reading.verdict(PHONE_FILTERS, text, start, end)
            if effect != "drop":
                yield self._match(judged[0], start, end, min(judged[2], 0.9), judged[1] + how, names)

    def _misread(
        self,
        text: str,
        found: list[tuple[int, int]],
        url_spans: list[tuple[int, int]],
        allowed: set[str],
        profile: bool,
        reading: Reading,
    ) -> Iterator[Match]:
        """Numbers a machine misread from a screenshot or a photo ("0l6l 496 O5l9": `phone_misread`), outside the
        numbers already found: the first reading of a span that is a valid number, judged like any other."""
        done: set[int] = set()
        for digits, start, end in misread_numbers(text):
            if start in done or _overlaps((digits, start, end), found) or _overlaps((digits, start, end), url_spans):
                continue
            cued = _INVITING.search(text[max(0, start - 48) : start]) is not None
            cued = cued or OWNED_AFTER.match(text, end) is not None or profile
            judged = judge(digits, text, start, cued=cued)
            if judged is None:
                continue
            done.add(start)
            if judged[0] in allowed:
                continue
            effect, names = reading.verdict(PHONE_FILTERS, text, start, end)
            if effect == "drop":
                continue
            found.append((start, end))
            confidence = min(0.99, judged[2] + 0.04) if cued else judged[2]
            rule = judged[1] + _MISREAD + (", offered as a contact" if cued else "")
            yield self._match(judged[0], start, end, confidence - 0.05, rule, names)

    def _match(self, e164: str, start: int, end: int, confidence: float, rule: str, held: tuple[str, ...]) -> Match:
        explanation = Explanation("rule", rule, filters=held)
        return self.match(e164, start, end, confidence, rule, tier="worth a look" if held else None,
                          explanation=explanation)  # fmt: skip


def _corrected(raw: str, text: str, start: int, end: int, cued: bool) -> tuple[tuple[str, str, float], int] | None:
    """The number as the writer corrects it right after giving it ("… 318, no wait 381": `contact_corrections`),
    judged, and where the correction ends; None when nothing corrects it or no reading of it is a number.  A
    number given the UK way (a leading 0 or +44) stays a UK one if any reading of the correction is."""
    plus = "+" if raw.lstrip(" (").startswith("+") else ""
    digits = _NON_DIGITS.sub("", raw.replace("O", "0").replace("o", "0"))
    fixes, fixed_end = corrected_numbers(text, end, digits)
    readings = [judged for fix in fixes if (judged := judge(plus + fix, text, start, cued=cued)) is not None]
    if not readings:
        return None
    uk = [judged for judged in readings if judged[0].startswith("+44")]
    best = uk[0] if uk and (digits.startswith("0") or (plus and digits.startswith("44"))) else readings[0]
    return (best[0], best[1] + ", as the writer corrected it", best[2]), fixed_end


_IN_WORDS = " spelt out in words"
_MISREAD = " (misread from a screenshot or photo: letters for digits)"


def _overlaps(run: tuple[str, int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < run[2] and run[1] < end for start, end in spans)


def _digit_by_digit(text: str, read: list[tuple[int, int]]) -> list[tuple[str, int, int, str, bool]]:
    """Runs of digits written apart ("0,1,1,5 4,9,6 ...") outside the spans `_CANDIDATE` read: (digits,
    start, end, how, offered), offered when a cue comes before ("Ring Maureen"): unlike words, spaced
    digits are also scores and sequences, so a number abroad needs the cue (`judge`'s `cued`)."""
    return [
        (digits, start, end, " written digit by digit", _INVITING.search(text, max(0, start - 48), start) is not None)
        for digits, start, end in spaced_digits(text)
        if not any(s < end and start < e for s, e in read)
    ]


def judge(raw: str, text: str = "", at: int = 0, *, cued: bool = False) -> tuple[str, str, float] | None:
    """(E.164, rule, confidence) of a candidate, or None if it is no phone number."""
    letter_o = "O" in raw or "o" in raw  # "O77OO", "9oo": the letter typed for a zero, in either case
    compact = raw.replace("O", "0").replace("o", "0").replace("(0)", "")
    digits = _NON_DIGITS.sub("", compact)
    stripped = compact.lstrip(" (")
    judged: tuple[str, str, float] | None
    if stripped.startswith(("+", "00")):
        judged = _international("+" + (digits[2:] if stripped.startswith("00") else digits))
    elif digits.startswith("0"):
        is_uk = is_drama_number(digits) or valid(digits, "GB")
        judged = _uk(digits) if is_uk else None
        if judged is None and (not is_uk or (cued and digits.startswith(_UK_REDIRECTS))):
            # A UK redirect or pager number ("070...", "076...") offered as a contact is far more
            # often a mobile abroad ("0703..." in Nigeria); 08/09 stay UK services.
            judged = abroad(compact, text, at, cued)
        elif judged is None and text:
            judged = named_country(compact, text, at, cued)  # "in Delhi, 098000 00151": not a UK 098 line
            judged = judged or (offered_in_named_country(compact, text, at) if cued else None)
        elif judged is not None and digits.startswith("03") and cued and text:
            judged = abroad(compact, text, at, cued) or judged  # "in Kolkata, the landline 033 …": not a UK 03 line
    else:
        judged = abroad(compact, text, at, cued)
    if judged is not None and not judged[0].startswith("+44") and is_service_line(judged[0]):
        return None  # "Toll-free (800) 555 …": a service abroad, as 0800 is at home
    if judged is None or not letter_o:
        return judged
    if sum(c.isdigit() for c in raw) < 3 or sum(c.isdigit() or c in "Oo" for c in raw) < 10:
        return None  # "O" in a word, not a typo in a number ("O77OO 9OO 8O4" is ten digits, five typed as O)
    return judged[0], judged[1] + " (the letter O typed for zero)", judged[2] - 0.05


def normalise_phone(raw: str) -> str | None:
    """E.164 form of a number as a person writes it (UK unless it says otherwise), or None."""
    judged = judge(raw.strip())
    return judged[0] if judged else None


def _might_link(text: str) -> bool:
    """Substring checks that rule out a number-carrying link far faster than the regex."""
    lowered = text.lower()
    return "wa.me" in lowered or "whatsapp" in lowered or "tel:" in lowered or "sms:" in lowered or ".me/" in lowered


_UK_REDIRECTS = ("070", "076")


def _uk(national: str) -> tuple[str, str, float] | None:
    if national[1:2] not in _UK_PERSONAL_PREFIXES or national.startswith(("070", "076")):
        return None
    if not is_drama_number(national) and not valid(national, "GB"):
        return None
    if national.startswith("07"):
        return "+44" + national[1:], "UK mobile number", 0.95
    if national.startswith("03"):
        return "+44" + national[1:], "UK non-geographic number", 0.7
    return "+44" + national[1:], "UK landline number", 0.85


def _international(candidate: str) -> tuple[str, str, float] | None:
    if candidate.startswith("+44"):
        judged = _uk("0" + candidate[3:].removeprefix("0"))  # "+44 07700 …": the trunk 0 kept by mistake
        return (judged[0], judged[1] + " in international form", judged[2]) if judged else None
    if not valid(candidate, None):
        return None
    number = phonenumbers.parse(candidate, None)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    region = phonenumbers.region_code_for_number(number)
    return e164, f"phone number from {country(region) if region else 'abroad'}, with its country code", 0.9
