"""The street lines of one text, found cheaply (each street pattern runs only where it could match),
and how strong each is as evidence of a home (`street_score`).

Numbered lines need a digit, named houses a house word, bare streets a word of residence (or a
profile field): the bare-street pattern is the slow one (~2 MB/s), so these windows are what keep
posts that mention a street cheap.  `HINT` is also the detector's gate for a post with no digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.address_neighbours import OUR_STREET
from detectors.address_residents import HINT_WORDS
from detectors.street import ABROAD, BARE, NAMED, NUMBERED, Street, judge_abroad, judge_street, street_windows
from detectors.word_alternations import by_first_character

_HINT_WORDS = (
    r"live[sd]?|living|mov(?:ed|ing)|houses?|homes?|flat|place|address|street|road|terrace|semi|we'?re|i'?m|"
    r"he'?s|she'?s|they'?re|mine|ours|yours|hers|theirs|staying|drive|build|neighbou?rs?|postie|number|"
    r"cul-de-sac|bungalow|cottage|apartment|digs|settled|bought|rent(?:ing)?|grew|born|raised|post\s*code|garden|garage|shed|porch|door|"
    r"yard|room|bedroom|loft|attic|kitchen|roof|fence|hedge|"
    r"pick(?:ing)?[ \t-]?up|collect(?:ion|ing|ed)?|bins|bin\s*men|binmen|bin\s+lorry|emptied|residents|missing|"
    r"any(?:one|body)\s+(?:else\s+)?(?:on|in|along|down)|to\s+(?:us|me)\s+on|mum|mam|dad|"
    r"farm|forge|barn|lodge|granary|stables|rectory|vicarage|manse|mill|" + HINT_WORDS
)
HINT = re.compile(rf"\b(?:{by_first_character(_HINT_WORDS) or _HINT_WORDS})\b|'s\s+(?:now\s+|still\s+)?on\b")
"""Words, in lower-cased text, without which a post with no digit cannot state an address (grouped by the
character each opens with: `word_alternations.by_first_character`, the same matches)."""
_HOUSE = re.compile(
    r"\b(?:cottages?|house|farm(?:house)?|forge|barns?|lodge|bungalow|granary|stables|rectory|vicarage|manse|mill)\b"
)
_DIGIT = re.compile(r"\d")


def streets_in(text: str, profile: bool) -> Iterator[Street]:
    """Street lines, numbered ones first (they are the stronger evidence).

    Each pattern runs only in the windows where it could matter: numbered lines need a
    digit, named houses a house word, bare streets a word of residence (or a profile
    field).  The bare-street pattern is the slow one (~2 MB/s), so this is what keeps
    posts that mention a street cheap.
    """
    windows = street_windows(text)
    if not windows:
        return
    lowered = text.lower()
    exact = len(lowered) == len(text)  # else offsets drift ("İ"): every pattern runs
    ours = exact and "our " in lowered and OUR_STREET.search(lowered) is not None  # "our street party ... Elm Rd"
    bare_need = None if profile or ours else HINT
    needs = ((NUMBERED, _DIGIT), (NAMED, _HOUSE), (BARE, bare_need), (ABROAD, _DIGIT))
    runs = [
        (pattern, start, end)
        for pattern, need in needs
        for start, end in windows
        if need is None or not exact or need.search(lowered, start, end)
    ]
    seen: list[tuple[int, int]] = []
    numbered: list[str] = []
    for pattern, start, end in runs:
        for found in pattern.finditer(text, start, end):
            if overlaps(seen, found.start(), found.end()):
                continue
            street = judge_abroad(text, found) if pattern is ABROAD else judge_street(text, found)
            if street is None:
                continue
            line = street.line.lower()
            if not street.numbered and any(n.endswith(" " + line) for n in numbered):
                continue  # "our house on Elm Street ... 40 Elm Street": one address
            seen.append((street.start, street.end))
            if street.numbered or street.named:
                numbered.append(line)
            yield street


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def street_score(street: Street, resident: bool, profile: bool) -> tuple[float, str]:
    """Confidence and rule for a street line without a postcode.

    The figures are each rule's precision on the contacts corpus (train and dev splits),
    pulled down towards what it was on real public text (bench/RESULTS.md): a bare "12 Mill
    Lane" with nobody saying they live there was right 0.57-0.86 of the time on the corpus
    and never on real tweets (film titles, shops, a field trip), so it is only "worth a look".
    """
    if resident:
        if street.named:
            return 0.95, "named house and street in a statement of where they live or take post"
        if street.numbered:
            return 0.95, "house number and street in a statement of where they live"
        return 0.9, "street named in a statement of where they live"
    if profile:
        return 0.95, "house number and street in a profile field"
    if street.named:
        return 0.75, "named house and street"
    if street.abroad:
        return 0.7, "house number and a street written the Welsh, Irish or continental way (rue, Ffordd...)"
    if street.lower_case:
        return 0.7, "house number and street (lower case)"
    if street.strong:
        return 0.78, "house number and street"
    return 0.7, "house number and a street-like name (Way, View, Court...)"
