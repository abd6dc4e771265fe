"""Addresses abroad written name first, number last: "Calle de los Naranjos 9", "ul. Jaskrawa 14/3",
"Lindenstraße 12", "Carrer del Romaní Blau 9, 3º".

Spain, Portugal, Italy, Poland, Germany and the Netherlands write the street word (or a street
suffix) first and the house number after the name; a flat after a slash ("14/3") or a floor after a
comma ("9, 3º").  The shape alone is also a hotel's, a holiday let's or a restaurant's, and a
British reader's eye cannot tell, so a line is kept only where the writer says it is a home or where
post goes (`HOME_ABROAD` in the clause before it: "nueva casa", "new address ... :", "sending cards";
"we're at" alone is as often a hotel or a conference); the detector then runs the usual business filters over it (holiday lets, venues).

Number-first lines abroad ("12 rue des Lilas") are `detectors.street_shapes.ABROAD`; an address
after a label ("Nowy adres: ...") is `detectors.address_label`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.words import words

_STREET_WORD = (
    r"(?:Carrer|Calle|Avenida|Avda\.|Avinguda|Passeig|Paseo|Plaza|Pla[cç]a|Rua|R[uú]a|Travessa|Largo|Praça|Via|Viale|"
    r"Vicolo|Piazza|Corso|Strada|ul\.|[Uu]lica|al\.|[Aa]leja|os\.|pl\.)"
)
_SUFFIXED = r"[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|straat|gracht)"
"""German and Dutch street names are one word ending in the street word ("Lindenstraße", "Keizersgracht")."""
_PARTICLE = r"(?:de|del|dels|de\s+la|de\s+les|de\s+los|de\s+las|la|las|los|les|el|do|da|dos|das|di|dei|della|delle)"
_WORD = r"[^\W\d_][^\W\d_'’-]*"
_NAME = rf"(?:{_PARTICLE}[ \t]+)?{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}?"
_NUMBER = r"\d{1,4}[A-Za-z]?(?:[ \t]*/[ \t]*\d{1,4}[A-Za-z]?)?"
NAME_FIRST = re.compile(
    rf"(?<![\w.])(?:(?P<word>{_STREET_WORD})[ \t]+(?P<name>{_NAME})|(?P<suffixed>{_SUFFIXED}))"
    rf"[ \t]+(?P<number>{_NUMBER})(?![\w/:.,]\d)(?![\w%])"
)
"""A street word (or a street suffix), a name and a house number (with a flat after a slash)."""
PREFIX_WORDS = frozenset(
    word.encode()
    for word in "carrer calle avenida avda avinguda passeig paseo plaza plaça placa rua rúa travessa largo praça via viale "
    "vicolo piazza corso strada ul ulica al aleja os pl".split()
)
"""`_STREET_WORD` as the shared word split (`detectors.words`) spells it: the detector's gate reads it with its own
word set."""
_PARTICLES = frozenset("de del dels la las los les el do da dos das di dei della delle".split())
HOME_ABROAD = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|mov(?:ing|es)\s+to|mudad[oa]|mudou|se\s+ha\s+mudado|casa|home|address|adres[sa]?|"
    r"adresse|direcci[oó]n|endere[cç]o|indirizzo|anschrift|adresa|cards?|kartk\w*|letters?|parcels?|"
    r"presents?|send(?:ing)?|write\s+to)\b"
    r"[^.!?\n]{0,60}$"
)
"""The clause before the line says it is where someone lives or takes post."""
_VISITING = re.compile(
    r"(?i)\b(?:h[oô]tel|hostel|air\s*bnb|resort|restaurant|bar|caf[eé]|museum|gallery|shop|stay(?:ed|ing)?|holidays?|"
    r"hols|vacation|trip|visit(?:ed|ing)?|tapas|beach|booking|bookings|book)\b"
)
"""Words of a visit in the same clause: a hotel's or a restaurant's street, not a home."""
CLAUSE_WIDTH = 90
"""Characters before the line read for the home cue."""


def has_suffixed(text: str) -> bool:
    """Whether the text may hold a one-word street name with its suffix ("Lindenstraße", "Keizersgracht")."""
    if "stra" in text and ("straße" in text or "strasse" in text or "straat" in text):
        return True
    return "gracht" in text


def may_hold(text: str) -> bool:
    """`NAME_FIRST`'s pre-screen: a street word in the shared, cached word split, or a street suffix."""
    return has_suffixed(text) or not PREFIX_WORDS.isdisjoint(words(text))


def streets_abroad(text: str) -> Iterator[tuple[str, int, int]]:
    """(line, start, end) of each name-first street line abroad that the clause before it calls a home."""
    if not may_hold(text):
        return
    for found in NAME_FIRST.finditer(text):
        name = found.group("name")
        if name is not None and not _capitalised(name):
            continue
        before = text[max(0, found.start() - CLAUSE_WIDTH) : found.start()]
        cue = HOME_ABROAD.search(before)
        if cue is None or _VISITING.search(before, max(0, cue.start() - 40)) is not None:
            continue
        number = re.sub(r"[ \t]+", "", found.group("number"))
        street = found.group("suffixed") or f"{found.group('word')} {' '.join(name.split())}"
        yield f"{street} {number}", found.start(), found.end()


def _capitalised(name: str) -> bool:
    """Every word of the name but its particles starts with a capital ("de los Naranjos", "Romaní Blau")."""
    words = [word for word in name.split() if word.lower() not in _PARTICLES]
    return bool(words) and all(word[0].isupper() for word in words)
