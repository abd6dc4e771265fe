"""An address the writer labels as one, in any language: "New address: 12 rue des Lilas, Lyon".

The street patterns (`detectors.street`) know British street words; people also give a
grandmother's flat in Kraków, a cousin's house in Ontario or their own new place abroad, and
they say so: "new address:", "adresse :", "endereço:", "lives at".  The label carries the
evidence, so the words after it need only look like an address: a house number (or a postal
code) and a name, on one line, with nothing of an e-mail or a web address in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.postcode import find_postcodes

_LABEL = re.compile(
    r"(?i)(?:\b(?:(?:new|my|our|her|his|their|home|postal|mailing|forwarding)\s+)?"
    r"(?:address|adresse|adres|adresa|addr|dirección|direccion|endereço|endereco|indirizzo|anschrift)"
    r"(?:\s+(?:is|as\s+of|from)\b[^:\n]{0,24})?\s*[:：\-–]+"
    r"|\b(?:lives|living|moved|moving|mudou-se|mudou\s+de\s+casa|se\s+ha\s+mudado)\s+(?:at|to|para|a)\b\s*:?)"
    r"[ \t]*"
)
"""A label that says what follows is an address."""
_SEGMENT_END = re.compile(r"[.!?](?:\s|$)|\n|\s[-–—|·•]\s|\(|https?://|[\U0001F000-\U0001FFFF\u2600-\u27BF]|$")
"""Where the address ends: a sentence, a line, a separator, a bracket, a link or an emoji."""
_HOUSE_NUMBER = re.compile(
    r"(?<![\d:/.,£$€])(?<!\bin\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\buntil\s)\b\d{1,5}[a-zA-Z]?\b(?![:/.,]\d)"
)
"""A house number, not a year of the story ("moved to Glasgow in 2019") or a time or a price."""
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_AN_ADDRESS = re.compile(r"@|www\.|\.(?:com|org|net|co\.uk)\b|\b(?:ip|mac|email|e-mail|web)\b", re.IGNORECASE)
FIRST_NUMBER_WITHIN = 40
"""The house number comes early ("8 Kōwhai Terrace", "Calle de los Naranjos 9"), not after a story."""
MAX_LENGTH = 90
"""Characters after the label read as the address: a street, a number, a town and a code."""


def labelled_addresses(text: str) -> Iterator[tuple[str, int, int]]:
    """(the address as written, start, end) of each address the text labels as one."""
    for label in _LABEL.finditer(text):
        if _NOT_AN_ADDRESS.search(text, max(0, label.start() - 8), label.start()):
            continue  # "e-mail address:", "IP address:"
        start = label.end()
        window = text[start : start + MAX_LENGTH]
        end_at = _SEGMENT_END.search(window)
        segment = window[: end_at.start() if end_at else len(window)].rstrip(" ,;:")
        if _looks_like_an_address(segment):
            yield segment, start, start + len(segment)


def _looks_like_an_address(segment: str) -> bool:
    """A house number or postal code and a name, and nothing of an e-mail or a link."""
    if len(segment) < 6 or _NOT_AN_ADDRESS.search(segment):
        return False
    number = _HOUSE_NUMBER.search(segment)
    if number is None or number.start() > FIRST_NUMBER_WITHIN or _NAME_WORD.search(segment) is None:
        return False
    codes = find_postcodes(segment)  # a landmark's postcode ("10 Downing Street, SW1A 2AA") is nobody's home
    return not codes or any(code.is_geographic for code, _, _ in codes)
