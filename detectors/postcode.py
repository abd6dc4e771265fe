"""UK postcodes: finding postcode-shaped text and validating it the way Royal Mail does.

A postcode is an outward code (area + district: "LS99", "SW1A", "M1") and an inward code
(sector digit + two unit letters: "9ZZ").  Shape alone lets through product codes and
times, so each position is checked against Royal Mail's letter rules:

- the area is one of the 124 postcode areas (plus the Crown dependencies GY, JE, IM);
- a letter after the district digit (A9A, AA9A) only exists in central London
  (E, N, W; EC, NW, SE, SW, WC) and only from a short list of letters;
- the two unit letters never use C, I, K, M, O or V: "5PM" and "3AM" are times, not units.

- the outward code is a district that exists (`data/postcode_districts.txt`, shipped in the
  wheel: no look-up ever leaves the machine): "B0 0TY" is a word typed with zeros, not a
  postcode, and "LS31" a district Leeds never had.

Non-geographic postcodes are recognised but marked so: GIR 0AA (the old Girobank),
BF (British Forces Post Office), BX (bulk mail boxes), XM (XM4 5HQ, Santa's reply
address) and the non-geographic districts of geographic areas (PO boxes, "W1A" at the BBC).
They deliver to an institution or a service, never to someone's home, so the address
detector does not report them, with one tested exception: `FIXTURE_DISTRICTS`.  "BFPO 123"
forces addresses are not postcodes at all and never match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

AREAS = frozenset(
    str.split(
        """
    AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT
    DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA
    LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE
    SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV
    YO ZE
    """
    )
)
"""Royal Mail's geographic postcode areas, with Guernsey, Jersey and the Isle of Man."""

NON_GEOGRAPHIC_AREAS = frozenset({"BF", "BX", "XM", "GIR"})
"""Areas that reach a service rather than a street: valid, never a home."""
LANDMARKS = frozenset(
    code.replace("_", " ")
    for code in str.split(
        """
    SW1A_2AA SW1A_1AA SW1A_0AA NW1_6XE EH1_2NG SE1_7PB EC3N_4AB SL4_1NJ EH8_8DX EH99_1SP CF99_1SN BT4_3XX
    SW1P_3PA EC4M_8AD EC2R_8AH SW7_5BD SW7_2DD WC1B_3DG WC2N_5DN SE1_9TG SE10_8XJ SP4_7DE
    HA9_0WS M16_0RA L4_0TH N7_7AJ E20_2ST SW19_5AE
    """
    )
)
"""Postcodes everyone knows, or can look up, as a landmark's: Downing Street, Buckingham Palace,
Parliament, 221B Baker Street, Edinburgh Castle, the London Eye, the Tower, Windsor Castle,
Holyroodhouse, the Scottish Parliament, the Senedd, Stormont, Westminster Abbey, St Paul's, the Bank
of England, the big London museums and galleries, the Royal Observatory, Stonehenge, and the national
stadiums and grounds (Wembley, Old Trafford, Anfield, the Emirates, the London Stadium, Wimbledon).
Quoted as a joke or as a day out, never a home.  (The Parliaments' EH99 and CF99 are "99" districts,
which `is_fixture_district` would otherwise report as a fixture's home.)"""

_LONDON_A9A = frozenset({"E", "N", "W"})
_LONDON_AA9A = frozenset({"EC", "NW", "SE", "SW", "WC"})

CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9£$€#@/_.-])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?|GIR|gir)[ \t]{0,2}([0-9][A-Za-z]{2})(?![A-Za-z0-9_]|-\w)"
)
"""Postcode-shaped text: an outward code, at most two spaces, an inward code.  Cheap and
loose on purpose; `parse_postcode` does the real validation."""

INWARD = re.compile(r"[0-9][A-Za-z]{2}(?![A-Za-z0-9_])")
"""The inward code's shape alone: a prefilter twice as fast as `CANDIDATE`, for gates."""

_OUTWARD = re.compile(
    r"""
    (?P<area>[A-PR-UWX-Z][A-HK-Y]?)      # 1st letter never Q V (X only in XM); 2nd never I J Z
    (?P<district>
        [0-9][0-9]?                      # A9, A99, AA9, AA99
      | [0-9](?P<letter>[A-Z])           # A9A, AA9A: central London only
    )
    """,
    re.VERBOSE,
)
_DISTRICTS = Path(__file__).with_name("data") / "postcode_districts.txt"


@lru_cache(maxsize=1)
def districts() -> tuple[frozenset[str], frozenset[str]]:
    """(geographic, non-geographic) outward codes of the UK, read once from the shipped list."""
    geographic: set[str] = set()
    other: set[str] = set()
    for line in _DISTRICTS.read_text(encoding="ascii").splitlines():
        if line and not line.startswith("#"):
            code, _, flag = line.partition(" ")
            (other if flag == "!" else geographic).add(code)
    return frozenset(geographic), frozenset(other)


def is_fixture_district(outward: str) -> bool:
    """Non-geographic "98"/"99" districts of geographic areas (LS99, WF98): the fixture range.

    They hold PO boxes and bulk-mail addresses, so no home has such a postcode: like Ofcom's
    drama numbers for phones, they let tests and personas write a home postcode that can never
    be anyone's, and they are reported as homes.  On real text they are vanishingly rare.
    """
    return outward.endswith(("98", "99")) and outward in districts()[1]


_A9A_LETTERS = frozenset("ABCDEFGHJKPSTUW")
_AA9A_LETTERS = frozenset("ABEHMNPRVWXY")
_INWARD = re.compile(r"[0-9][ABD-HJLNP-UW-Z]{2}")
_LOOSE_INWARD = re.compile(r"[0-9][A-Z]{2}")


@dataclass(frozen=True, slots=True)
class Postcode:
    """A validated postcode, upper-cased with one space: "LS99 9ZZ"."""

    outward: str
    inward: str
    area: str
    geographic_district: bool = True

    @property
    def text(self) -> str:
        return f"{self.outward} {self.inward}"

    @property
    def is_geographic(self) -> bool:
        """True when the postcode delivers to streets (so it can be someone's home)."""
        if self.area in NON_GEOGRAPHIC_AREAS or self.text in LANDMARKS:
            return False
        return self.geographic_district or is_fixture_district(self.outward)


def parse_postcode(raw: str, loose_unit: bool = False) -> Postcode | None:
    """The validated postcode `raw` spells (any case, any spacing), or None.

    `loose_unit` accepts any two unit letters (C, I, K, M, O, V too): for a code that ends a street
    line ("5 Mill Lane, Wrexham LL11 4ZC"), where its place already says it is a postcode and a
    mistyped unit letter should not turn the address back into a bare street line.  The district
    must still exist."""
    compact = "".join(raw.split()).upper()
    if len(compact) < 5 or len(compact) > 7:
        return None
    outward, inward = compact[:-3], compact[-3:]
    if outward == "GIR":
        return Postcode("GIR", inward, "GIR") if inward == "0AA" else None
    if not (_LOOSE_INWARD if loose_unit else _INWARD).fullmatch(inward):
        return None
    shape = _OUTWARD.fullmatch(outward)
    if shape is None:
        return None
    area = shape.group("area")
    if area not in AREAS and area not in NON_GEOGRAPHIC_AREAS:
        return None
    letter = shape.group("letter")
    if letter is not None:
        allowed_areas, allowed_letters = (
            (_LONDON_A9A, _A9A_LETTERS) if len(area) == 1 else (_LONDON_AA9A, _AA9A_LETTERS)
        )
        if area not in allowed_areas or letter not in allowed_letters:
            return None
    geographic, other = districts()
    if area not in NON_GEOGRAPHIC_AREAS and outward not in geographic and outward not in other:
        return None  # a district that does not exist
    return Postcode(outward, inward, area, outward in geographic)


def find_postcodes(text: str, loose_unit: bool = False) -> list[tuple[Postcode, int, int]]:
    """Every valid postcode in `text` with its span.

    Lower-case and unspaced forms ("ls99 9zz", "LS999ZZ") are people's real habits and are
    accepted; the letter rules keep times ("m2 3am") and most codes out (`loose_unit`: see
    `parse_postcode`).
    """
    found = []
    for candidate in CANDIDATE.finditer(text):
        postcode = parse_postcode(candidate.group(1) + candidate.group(2), loose_unit)
        if postcode is not None:
            found.append((postcode, candidate.start(), candidate.end()))
    return found
