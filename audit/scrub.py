"""Take anything that looks like a contact detail out of free text before it is saved.

The progress file keeps one piece of free text: the reason a person gives for accepting or
dismissing a finding ("school number, allowed").  People type the value itself into that
box ("07700 900123 is the school mobile"), so every reason passes through `scrub` before it
reaches disk: e-mail addresses (plain or spelt out), phone numbers and any run of five or
more digits, UK postcodes, street lines and street names ("we're on Larkspur Road", "12
Mill Lane"), and the finding's own value are replaced by `REMOVED`.  Streets are found by
the address detector and, beyond it, by its street patterns without the detector's "is it
the person's home?" filters: a reason is short, and any street in it is one too many.
Over-removal is the safe failure: a reason that loses a word is still a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from detectors.address import AddressDetector
from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.phone import PhoneDetector
from detectors.street import BARE, NAMED, NUMBERED, judge_street, street_windows

REMOVED = "[removed]"
MAX_REASON = 200
"""A reason is a note, not a document: longer text is cut."""

_EMAILISH = re.compile(r"\S*@\S*")
_DIGIT_RUN = re.compile(r"\+?\d[\d\s().\-/]*\d")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
_DETECTORS = (PhoneDetector(), EmailDetector(), AddressDetector())
_STREETS = (NUMBERED, NAMED, BARE)


def scrub(text: str, values: Iterable[str] = ()) -> str:
    """`text` on one line, without contact-looking strings or any of `values`."""
    line = _SPACES.sub(" ", text).strip()[: MAX_REASON * 2]
    for value in values:
        line = _remove_value(line, value)
    return _scrub_line(line)


@lru_cache(maxsize=4096)
def _scrub_line(line: str) -> str:
    """The value-independent part; cached, as every save and load re-checks every reason."""
    line = _remove_detected(line)
    line = _remove_streets(line)
    line = _EMAILISH.sub(REMOVED, line)
    line = _POSTCODE.sub(REMOVED, line)
    line = _DIGIT_RUN.sub(lambda m: REMOVED if _digits(m.group()) >= 5 else m.group(), line)
    return line[:MAX_REASON]


def scrub_tokens(text: str, value: str) -> str:
    """Also remove every word of `value` (for addresses, where "Larkspur Road" alone gives it away)."""
    words = {w.lower() for w in _TOKEN.findall(value) if len(w) >= 3 or any(c.isdigit() for c in w)}
    if not words:
        return text
    return _TOKEN.sub(lambda m: REMOVED if m.group().lower() in words else m.group(), text)


def _remove_value(line: str, value: str) -> str:
    value = _SPACES.sub(" ", value).strip()
    if not value:
        return line
    line = re.sub(re.escape(value), REMOVED, line, flags=re.IGNORECASE)
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 5:
        # "+447700900123" typed as "07700 900123": compare on the national digits.
        tail = digits[-9:]
        for candidate in _DIGIT_RUN.finditer(line):
            if re.sub(r"\D", "", candidate.group()).endswith(tail):
                line = line.replace(candidate.group(), REMOVED)
    return line


def _remove_detected(line: str) -> str:
    item = Item(Provenance("state", "state.json", None, "reason", "other"), text=line)
    spans: list[tuple[int, int]] = []
    for detector in _DETECTORS:
        if detector.wants(item):
            spans.extend((m.start, m.end) for m in detector.detect(item))
    return _replace_spans(line, spans)


def _replace_spans(line: str, spans: list[tuple[int, int]]) -> str:
    """`line` with each span (overlapping ones merged) replaced by `REMOVED`."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for start, end in reversed(merged):
        line = line[:start] + REMOVED + line[end:]
    return line


def _remove_streets(line: str) -> str:
    """Every street line the street patterns accept, home or not ("the office on Mill Lane").

    Only a lower-case name before a weak street type ("a lovely view", "the school run") is
    left: those are ordinary words far more often than streets.
    """
    spans: list[tuple[int, int]] = []
    for start, end in street_windows(line):
        for pattern in _STREETS:
            for found in pattern.finditer(line, start, end):
                street = judge_street(line, found)
                if street is None or (street.lower_case and not street.strong and not street.numbered):
                    continue
                spans.append((street.start, street.end))
    return _replace_spans(line, spans)


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def mask(kind: str, value: str) -> str:
    """A value shown so the person recognises it and a bystander cannot use it.

    "+447700900123" -> "+44 77•••••123", "jo.marsh@example.com" -> "j•••@example.com", "LS99 9ZZ"
    -> "LS99 •••", "12 Larkspur Close" -> "•• Larkspur Close"; other kinds (a role, a school) are
    not contact details and are shown whole.
    """
    if kind == "phone" and len(value) > 7:
        return f"{value[:3]} {value[3:5]}{'•' * (len(value) - 8)}{value[-3:]}"
    if kind == "email" and "@" in value:
        local, domain = value.split("@", 1)
        return f"{local[:1]}•••@{domain}"
    if kind == "address":
        words = value.split()
        if len(words) == 2 and words[1][:1].isdigit():  # a postcode: keep the district
            return f"{words[0]} •••"
        return " ".join("••" if any(c.isdigit() for c in word) else word for word in words)
    return value
