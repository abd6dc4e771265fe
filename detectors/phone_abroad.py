"""Which country a number written without its country code is from, once it is not a UK one.

`phone.judge` asks here when a number is not a valid UK number (or is a UK 03 line, which reaches an
organisation, in a text about somewhere else):

- valid in a country the text points to (`phone_regions.regions_pointed_to`: "back in Pune", a flag), or else in
  the country of a town abroad it names (`towns_abroad`: "in Tavira", "37001 Salamanca");
- of a shape only one country uses (Australia's "(0N) NNNN NNNN", North America's "(312) 555-0147");
- offered as a contact, of the length a number has in the country the text points to, though
  phonenumbers does not know its range ("my keitai is 090-0000-0123" from Tokyo, "Phone: 06 0000 0124"
  under "Rotterdam 🇳🇱"): a number the writer gives as one is one, and only that country's;
- offered as a contact with no country named, a mobile in one of the countries most often met
  (`phone_regions.guessed_mobile`).

A service line abroad (a US toll-free "(800) …", a premium or shared-cost number) is nobody's phone,
as the UK's 08 and 09 numbers are not (`is_service_line`).
"""

from __future__ import annotations

import re

import phonenumbers

from detectors.phone_regions import (
    australian,
    country,
    guessed_mobile,
    looks_north_american,
    national_number,
    regions_pointed_to,
)
from detectors.towns_abroad import regions_of_towns

_CALLED_A_LANDLINE = re.compile(r"(?i)\b(?:landline|house\s+phone|home\s+phone)\b")
_SERVICE_TYPES = frozenset(
    (
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    )
)
"""Kinds of number a business or a helpline has, never a person: toll-free, premium rate, shared cost."""
Judged = tuple[str, str, float]


def valid(raw: str, region: str | None) -> bool:
    """Whether phonenumbers calls `raw` a valid number (in `region` when it has no country code)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, region))
    except phonenumbers.NumberParseException:
        return False


def is_service_line(e164: str) -> bool:
    """A toll-free, premium-rate or shared-cost number abroad ("+1 800 …"): a service's line."""
    try:
        return phonenumbers.number_type(phonenumbers.parse(e164, None)) in _SERVICE_TYPES
    except phonenumbers.NumberParseException:
        return False


def named_country(raw: str, text: str, at: int, cued: bool) -> Judged | None:
    """A number valid in a country the text points to ("back in Pune", a flag, "near Alicante"), or else in the
    country of a town abroad it names ("in Tavira", `towns_abroad`)."""
    found = national_number(raw, [r for r in regions_pointed_to(text, at) if r != "GB"])
    why = "country named in the text"
    if found is None:
        found, why = national_number(raw, regions_of_towns(text, at)), "a town there named in the text"
    if found is None:
        return None
    confidence = 0.9 if cued else 0.5 if raw.isdigit() else 0.85  # ten digits run together may be any code
    return found[0], f"phone number from {country(found[1])} ({why})", confidence


def offered_in_named_country(raw: str, text: str, at: int) -> Judged | None:
    """A number offered as one, written with its trunk 0 and of the right length in the country the text
    points to most nearly (or, pointing to none, of the nearest town abroad it names), though not in a range
    phonenumbers knows ("my keitai is 090-0000-0123")."""
    if not raw.lstrip(" (").startswith("0"):
        return None
    regions = ([r for r in regions_pointed_to(text, at) if r != "GB"] or regions_of_towns(text, at))[:1]
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            return None
        reason = phonenumbers.is_possible_number_with_reason(number)
        code = number.country_code or 0
        if (
            reason == phonenumbers.ValidationResult.IS_POSSIBLE
            and phonenumbers.region_code_for_country_code(code) == region
        ):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return e164, f"phone number from {country(region)} (country named in the text, its length)", 0.7
    return None


def abroad(raw: str, text: str, at: int, cued: bool) -> Judged | None:
    """A number written without a country code that is not a UK one: the country the text points to."""
    found = named_country(raw, text, at, cued) if text else None
    if found is not None:
        return found
    shaped = australian(raw)
    if shaped is not None:
        return shaped, "Australian number (its shape: (0N) NNNN NNNN, 04NN NNN NNN)", 0.8 if cued else 0.7
    if looks_north_american(raw, run_together=cued) and valid(raw, "US"):
        number = phonenumbers.parse(raw, "US")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return e164, "North American number", 0.8 if cued else 0.6
    if looks_north_american(raw, run_together=True) and valid(raw, "US"):
        number = phonenumbers.parse(raw, "US")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return e164, "ten digits that form a North American number", 0.45
    if not cued:
        return None
    offered = offered_in_named_country(raw, text, at) if text else None
    if offered is not None or _CALLED_A_LANDLINE.search(text, max(0, at - 40), at):
        return offered  # a guess is only ever a mobile: "landline: 022 …" is no mobile anywhere
    guess = guessed_mobile(raw) if raw.lstrip(" (").startswith("0") else None
    if guess is not None:
        return guess[0], f"mobile number, most likely from {country(guess[1])} (no country given)", 0.7
    return None
