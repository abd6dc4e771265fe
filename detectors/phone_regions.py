"""Which country a phone number written without its country code belongs to.

"(02) 5550 1234" is not a UK number with a digit missing: written by someone in Sydney it is
an Australian landline, and "0803 000 0142" from Lagos a Nigerian mobile.  A number that is
not a valid UK number is tried in the countries the text itself points to: any country's flag,
and the names, people, cities and words ("cell", "Aussie") of the countries UK writers most often
mention (a closed list: loading every country's name from phonenumbers' geodata costs half a
second at start-up, more than every other detector together).  It is
stored in E.164 for that country, never forced into +44; with no pointer at all it is left
alone, except the North American shape "(312) 555-0147", which is distinctive enough on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_PLACES: dict[str, str] = {
    "US": "usa u.s. u.s.a us-based america american americans states cell chicago nyc new-york texas austin atlanta "
    "boston seattle california los-angeles ohio florida nashville miami denver philadelphia philly houston dallas "
    "san-francisco las-vegas new-orleans detroit",
    "CA": "canada canadian toronto vancouver montreal calgary ottawa",
    "AU": "australia aussie oz sydney melbourne brisbane perth adelaide canberra hobart darwin gold-coast "
    "sunny-coast sunshine-coast ballarat g'day queensland qld nsw new-south-wales tasmania",
    "NZ": "new-zealand kiwi auckland wellington christchurch",
    "IE": "ireland irish dublin cork galway limerick ennis waterford kerry hurling camogie gaa gaelic-football",
    "NG": "nigeria nigerian naija lagos abuja enugu ibadan port-harcourt",
    "GH": "ghana ghanaian accra kumasi",
    "IN": "india indian delhi mumbai chennai bangalore bengaluru kolkata hyderabad pune kerala goa jaipur lucknow "
    "ahmedabad",
    "PK": "pakistan pakistani karachi lahore islamabad",
    "ZA": "south-africa joburg johannesburg cape-town durban pretoria stellenbosch braai bakkie howzit lekker",
    "FR": "france french paris lyon marseille bordeaux",
    "ES": "spain spanish españa madrid barcelona seville valencia málaga malaga alicante benidorm marbella "
    "mallorca majorca tenerife lanzarote ibiza costa-del-sol costa-blanca móvil llámame llamame escríbeme escribeme "
    "nuevo nueva teléfono",
    "PT": "portugal portuguese lisbon porto algarve",
    "PL": "poland polish warsaw kraków krakow gdańsk gdansk wrocław wroclaw",
    "NL": "netherlands dutch holland amsterdam rotterdam utrecht eindhoven schiphol the-hague",
    "DE": "germany german deutsche deutschland berlin munich hamburg handynummer telefonnummer anrufen meine",
    "IT": "italy italian rome milan naples numero scrivimi chiamami",
    "JP": "japan japanese tokyo osaka kyoto",
    "KR": "korea korean seoul busan",
    "HK": "hong-kong hk",
    "PH": "philippines filipino filipina pinoy pinay manila cebu davao quezon-city",
    "KE": "kenya kenyan nairobi mombasa kisumu",
    "SG": "singapore singaporean sg",
}
_FLAG_BASE = 0x1F1E6 - ord("A")
_NAMES = {
    "US": "the US", "CA": "Canada", "AU": "Australia", "NZ": "New Zealand", "IE": "Ireland", "NG": "Nigeria",
    "GH": "Ghana", "IN": "India", "PK": "Pakistan", "ZA": "South Africa", "FR": "France", "ES": "Spain",
    "PT": "Portugal", "PL": "Poland", "NL": "the Netherlands", "DE": "Germany", "IT": "Italy", "KE": "Kenya", "PH": "the Philippines",
    "JP": "Japan", "KR": "South Korea", "HK": "Hong Kong", "SG": "Singapore", "KP": "North Korea", "CD": "the DR Congo",
    "VG": "the British Virgin Islands", "VI": "the US Virgin Islands",
}  # fmt: skip


_NAMES_WITH_THE = re.compile(r"^United |Republic|Islands$|^(?:Netherlands|Bahamas|Gambia|Maldives|Seychelles)$")
"""Country names said with "the" before them ("from the Netherlands", "from the United Arab Emirates")."""


def country(region: str) -> str:
    """How a rule names a country: "Australia", "the Czech Republic"; from the short list, then
    the shipped country names (`detectors.places.country_names`), and only where neither knows
    the region its calling code ("+882"): a person reads a name, not a code."""
    if region in _NAMES:
        return _NAMES[region]
    from detectors.places import country_names  # the names file is read only when a rule needs one

    name = country_names().get(region, "")
    if name.endswith((" of", " of the")):
        name = name.partition(",")[0]  # the list's "Moldova, Republic of": the name people use
    if name:
        return f"the {name}" if _NAMES_WITH_THE.search(name) else name
    code = phonenumbers.country_code_for_region(region)
    return f"+{code}" if code else "abroad"  # "001": an international service, no country


@lru_cache(maxsize=1)
def _pointers() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every pointer, and the region each points to."""
    region_of: dict[str, str] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        if len(region) == 2 and region.isalpha():
            region_of["".join(chr(_FLAG_BASE + ord(c)) for c in region)] = region
    for region, words in _PLACES.items():
        for word in words.split():
            region_of[word.replace("-", " ")] = region
    region_of.pop("🇬🇧", None)
    longest_first = sorted(region_of, key=len, reverse=True)
    alternatives = "|".join(re.escape(pointer) for pointer in longest_first)
    pattern = re.compile(r"(?<![\w'])(?:" + alternatives + r")(?![\w'])", re.IGNORECASE)
    return pattern, region_of


_CALLING_CODE = re.compile(
    r"(?:\b(?:add|dial|prefix|with|use)\s+(?:the\s+)?\+|\(\s*\+"
    r"|\b(?:country|dialling|dialing|calling|international)\s+code\s*(?:is|:)?\s*\+?)(\d{1,3})"
    r"(?=\s*(?:\)|$|[^\d\s]))",
    re.IGNORECASE,
)
"""A calling code named on its own ("from the UK add +39.", "(+353)", "country code 353"), not a number's
start nor a score ("+3 on the day"): it points to its country as plainly as the country's name."""


def regions_pointed_to(text: str, near: int) -> list[str]:
    """Regions the text points to, the closest pointer to position `near` first."""
    pattern, region_of = _pointers()
    found: dict[str, int] = {}
    hits = [(hit, region_of[hit.group().lower()]) for hit in pattern.finditer(text)]
    hits += [
        (hit, phonenumbers.region_code_for_country_code(int(hit.group(1)))) for hit in _CALLING_CODE.finditer(text)
    ]
    for hit, region in hits:
        if region in ("ZZ", "GB"):
            continue  # no country (or the UK's own, which is tried first anyway)
        distance = min(abs(hit.start() - near), abs(hit.end() - near))
        found[region] = min(distance, found.get(region, distance))
    return sorted(found, key=found.__getitem__)


_NANP = re.compile(r"\(?[2-9]\d{2}\)?[\s.-]{0,2}[2-9]\d{2}[\s.-]{1,2}\d{4}")
"""North American number as people write it: "(312) 555-0147", "312-555-0147", "312.555.0147"."""
_NANP_RUN = re.compile(r"1?[2-9]\d{2}[2-9]\d{6}")
"""The same run together ("3125550147"): a number only when offered as one ("text me 312…")."""
GUESSES = ("NG", "AU", "IN", "IE", "ZA", "NZ", "PK", "GH", "KE", "PH")
"""Where a mobile number offered with no country code and no pointer is tried, in order: the
countries whose numbers most often appear in English-language posts after the US and the UK."""
_MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


_AUSTRALIAN = re.compile(r"\(0[2378]\)\s?\d{4}[\s-]?\d{4}|04\d{2}[\s-]?\d{3}[\s-]?\d{3}")
"""Australian numbers as Australians write them: a landline "(02) 5550 1234" with its area code in
brackets, a mobile "0491 570 156" in 4-3-3.  Neither is a UK shape (the UK has no 02 area code in
brackets with eight digits after it, and no 04 numbers), so the shape alone points to Australia."""


def australian(raw: str) -> str | None:
    """E.164 of a number in an Australian shape that is a valid Australian number, else None."""
    raw = raw.strip()
    if _AUSTRALIAN.fullmatch(raw) is None:
        return None
    try:
        number = phonenumbers.parse(raw, "AU")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def looks_north_american(raw: str, *, run_together: bool = False) -> bool:
    raw = raw.strip()
    return _NANP.fullmatch(raw) is not None or (run_together and _NANP_RUN.fullmatch(raw) is not None)


def guessed_mobile(raw: str) -> tuple[str, str] | None:
    """(E.164, region) of a number that is a mobile number in one of `GUESSES`, tried in order."""
    for region in GUESSES:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _MOBILE:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), region
    return None


def national_number(raw: str, regions: list[str]) -> tuple[str, str] | None:
    """(E.164, region) of a number written without a country code, in the first region it is valid in.

    A number in North America's own shape ("(405) 555-0182") is not read in a named country whose fixed lines are
    written at home with a trunk "0" (Germany, France, Nigeria…): beside "France" and "Tulsa" it is Tulsa's.  (Only
    that shape: India's mobiles, "98000 00163", are written without their 0.)"""
    north_american = looks_north_american(raw)
    for region in regions:
        if north_american and _trunk_zero(region):
            continue
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), region
    return None


@lru_cache(maxsize=64)
def _trunk_zero(region: str) -> bool:
    """Whether numbers of `region` are written at home with the trunk prefix "0" (phonenumbers' metadata)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return metadata is not None and metadata.national_prefix == "0"
