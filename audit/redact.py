"""Masking for the copy of the report a person shares with a line manager or an IT lead.

The shareable copy has to show that the review happened and what was done about each finding,
without handing over the data itself: a line manager has no need of a teacher's mobile number,
and a printed page left on a desk must not become the leak the review was meant to close.  So
in that copy every contact value is masked the way the terminal masks it (`audit.scrub.mask`:
"+44 77•••••123", "j•••@example.com", the postcode district only; a street line keeps only its
type, "•• ••• Close") and map positions are cut to one decimal place; the words around a
finding are cut to a few either side, with anything contact-shaped in them removed as
`audit.scrub` removes it from saved reasons, and every value the scan found, in any spelling it
recognises, plus every word of the addresses and of the names before the @ of e-mail addresses;
photos are pixelated and blurred; links to posts and full paths are left out.  Over-removal is
the safe failure here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from PIL import Image, ImageFilter

from audit.model import Finding
from audit.scrub import REMOVED, mask, scrub
from detectors.places import position_of
from detectors.street import STREET_WORDS

CONTACT_KINDS = frozenset({"phone", "email", "address"})
"""Masked with `audit.scrub.mask`."""
PLACE_KINDS = frozenset({"location", "photo_location"})
"""A map position: cut to one decimal place (about 10 km), its place name left out."""
SHOWN_WHOLE = frozenset({"job_title", "school"})
"""Not contact details: the policy's concern is that they are linked to the account, and the
reader of the shared copy (the school) knows both already."""
CONTEXT_WORDS = 4
"""Words kept either side of the masked value."""
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_WORD = re.compile(r"\w+")
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}", re.IGNORECASE)


def masked_value(kind: str, value: str) -> str:
    """A finding's value as the shared copy shows it."""
    if position_of(value) is not None:  # any kind valued as a map position (a likely home or workplace)
        return masked_position(value)
    if kind == "address" and not _POSTCODE.fullmatch(value.strip()):
        street = value.split()[-1] if value.split() else ""
        return f"•• ••• {street}" if street.lower() in STREET_WORDS else "•••"
    if kind in CONTACT_KINDS:
        return mask(kind, value)
    if kind in PLACE_KINDS:
        return masked_position(value)
    if kind in SHOWN_WHOLE:
        return value
    return scrub(value) or "•••"  # a kind added later (text read in a photo): nothing contact-shaped


def masked_position(value: str) -> str:
    """ "53.80120, -1.54870" -> "53.8•••, -1.5•••"; anything else hidden whole."""
    numbers = _NUMBER.findall(value)
    if len(numbers) != 2:
        return "•••"
    return ", ".join(f"{number.split('.')[0]}.{(number.split('.') + ['0'])[1][:1]}•••" for number in numbers)


class Redactor:
    """Cleans free text for the shared copy, knowing every value the scan found."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        found = [f for f in findings if f.kind not in SHOWN_WHOLE]
        self.values = sorted({f.value for f in found}, key=len, reverse=True)
        """Longest first, so a value is removed before a shorter one inside it."""
        addresses = {f.value for f in found if f.kind == "address"} | {
            _evidence(f) for f in found if f.kind == "address"
        }
        names = {f.value.split("@")[0] for f in found if f.kind == "email"}
        words = {word.lower() for text in addresses | names for word in _WORD.findall(text)}
        words = {word for word in words if (len(word) >= 3 or word.isdigit()) and word not in STREET_WORDS}
        alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        self.words = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if words else None
        """Every word of every address (bar "Close" and the like) and of the names before the @:
        "Larkspur" alone gives an address away, "jo.marsh at example" an e-mail spelt out; word
        boundaries, so a quoted "'Larkspur'" goes too."""

    def text(self, text: str) -> str:
        """`text` on one line without anything contact-shaped or any found value."""
        line = scrub(text, self.values)
        return self.words.sub(REMOVED, line) if self.words else line

    def excerpt(self, finding: Finding) -> tuple[str, str, str]:
        """(words before, the masked value, words after), a few words either side."""
        shown = masked_value(finding.kind, finding.value)
        if (
            finding.kind in PLACE_KINDS
            or finding.field == "position"
            or finding.evidence is None
            or not finding.excerpt
        ):
            return "", shown, ""
        start, end = finding.evidence
        if finding.kind in SHOWN_WHOLE:
            shown = self.text(finding.excerpt[start:end])
        before = self.text(finding.excerpt[:start]).split()
        after = self.text(finding.excerpt[end:]).split()
        left = ("… " if len(before) > CONTEXT_WORDS else "") + " ".join(before[-CONTEXT_WORDS:])
        right = " ".join(after[:CONTEXT_WORDS]) + (" …" if len(after) > CONTEXT_WORDS else "")
        spaced_left = left and finding.excerpt[start - 1 : start].isspace()
        spaced_right = right and finding.excerpt[end : end + 1].isspace()
        return left + (" " if spaced_left else ""), shown, (" " if spaced_right else "") + right


def _evidence(finding: Finding) -> str:
    """The words the finding was made from (a whole street line for a postcode), "" if none."""
    return finding.excerpt[slice(*finding.evidence)] if finding.evidence else ""


def source_name(label: str) -> str:
    """Only the last part of a source's path: the rest can name a person's folders."""
    return PurePath(label).name or label


def blurred(image: Image.Image) -> Image.Image:
    """The photo pixelated to a few blocks across, then blurred: its shapes and colours say a
    photo was there, nothing in it can be read or recognised (a blur alone can be undone)."""
    width, height = image.size
    blocks = image.resize((max(1, width // 16), max(1, height // 16)), Image.Resampling.BILINEAR)
    return blocks.resize((width, height), Image.Resampling.NEAREST).filter(ImageFilter.GaussianBlur(6))
