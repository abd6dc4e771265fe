"""Schools named in shapes the candidate finder does not read yet, judged without moving the others.

`detectors.school_candidates` finds a school by a capitalised name *ending* in a school word
("Oakhurst Academy").  Welsh and Irish schools open with theirs ("Ysgol Bryn Teg", "Scoil
Bhríde", "Coláiste an Chnoic"), and some English and American ones end in words it does not list
("Maple Hollow Middle", "Drumcarragh Integrated PS", "Castlefield UTC").  And a name after a
capitalised place word opening a sentence ("At Redbridge we ...", "Leaving Lydgate after 8 years")
is one the lower-case "at", "leaving" of `school_candidates` would have found mid-sentence.

Why a module of its own rather than more words in `school_candidates`: there a new candidate is
masked as "another school" in the classifier's input of every other candidate of the same text,
which changes what the shipped model was trained on and would need `make model`.  These extra
candidates are judged by the same classifier, with the others masked in *their* inputs, but are
never masked into the others': every input the model was trained on stays as it was.  Fold them
into `school_candidates` the next time the model is rebuilt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detectors.base import Item
from detectors.school_candidates import NOT_NAMES, Candidate, context_cues
from detectors.school_life import touches_school_life
from detectors.school_names import display

LEADING_WORDS = ("Ysgol", "YSGOL", "Scoil", "SCOIL", "Gaelscoil", "Coláiste", "Colaiste", "Gaelcholáiste", "Meánscoil")
"""School words that open a name in Welsh and Irish."""
TRAILING_WORDS = ("Middle", "PS", "UTC", "Kindergarten", "Comprehensive", "Preparatory", "Prep")
"""School words that end a name and that `school_context.TYPE_WORDS` leaves out ("Maple Hollow Middle").

The rare ones open the detector's gate (`school_candidates.EXTRA_GATE_WORDS`); "Middle", "PS" and "Prep"
are found only in texts the gate lets through for another reason."""

_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*)"
"""A capitalised word, accented capitals too ("Scoil Naomh Éanna", "Coláiste Íde")."""
_PARTICLE = r"(?:y|yr|a|an|na|de|dos|uí|ui|bhríde|gynradd|uwchradd|gymraeg)"
_LEADING = re.compile(
    rf"\b(?:{'|'.join(LEADING_WORDS)})(?:\s+(?:{_NAME_WORD}|{_PARTICLE})(?![\w'’-])){{1,5}}(?<!\s)",
    re.UNICODE,
)
_TRAILING = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+(?:{'|'.join(TRAILING_WORDS)})\b")
_OPENING_PLACE_WORD = re.compile(
    r"(?:^|[.!?\n]\s*)(?:At|Leaving|Left|Joining|Joined)\s+(?P<name>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?=\s*(?:,|\s+we\b|\s+our\b|\s+after\b|\s+today\b|\s+in\b|\s+at\b))"
)
"""A name after a capitalised place word opening a sentence ("At Redbridge we ...", "Leaving Lydgate after 8
years"): the lower-case "at", "leaving" of `school_candidates._BARE_NAME`, at the start of a sentence."""
_ANY_EXTRA_WORD = re.compile("|".join(sorted((*LEADING_WORDS, *TRAILING_WORDS), key=len, reverse=True)))
"""A cheap first look (no word boundaries: a regex with them scans several times slower)."""

_NOT_A_NAME_START = frozenset({"The", "A", "An", "My", "Our", "At", "In", "To", "From", "I", "We", "So", "And", "But"})


def extra_candidates(item: Item, known: Sequence[Candidate]) -> list[Candidate]:
    """Schools named in the extra shapes that no known candidate already covers, with the context cues
    a school-shaped name gets (`school_candidates.context_cues`)."""
    raw = item.text or ""
    shaped = _ANY_EXTRA_WORD.search(raw) is not None
    opening = "At " in raw or "Leaving " in raw or "Left " in raw or "Joining " in raw or "Joined " in raw
    if not shaped and not opening:
        return []
    text = raw.replace("’", "'")
    spans = _shaped(text) if shaped else []
    bare = []
    if opening and touches_school_life(text):
        bare = [hit.span("name") for hit in _OPENING_PLACE_WORD.finditer(text)]
        bare = [(start, end) for start, end in bare if text[start:end].split()[0].strip("'") not in NOT_NAMES]
    out: list[Candidate] = []
    for start, end in sorted({*spans, *bare}):
        if any(c.start < end and start < c.end for c in (*known, *out)) or text[start:end] in _NOT_A_NAME_START:
            continue
        cues = context_cues(text, start, item)
        if (start, end) in spans:
            out.append(Candidate(start, end, display(text[start:end]), "a school's name", False, cues))
        else:
            out.append(Candidate(start, end, display(text[start:end]), "a name that may be a school's", False,
                                 ("xxbarename", *cues)))  # fmt: skip
    return out


def _shaped(text: str) -> list[tuple[int, int]]:
    """Spans of names opening or ending with an extra school word."""
    spans = [_trim_trailing_particles(text, *hit.span()) for hit in _LEADING.finditer(text)]
    for hit in _TRAILING.finditer(text):
        start, end = hit.span()
        words = text[start:end].split()
        while len(words) > 2 and words[0] in _NOT_A_NAME_START:
            start += len(words[0]) + 1
            words = words[1:]
        if words[0] not in _NOT_A_NAME_START:
            spans.append((start, end))
    return spans


def _trim_trailing_particles(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Ysgol Bryn Teg a" -> "Ysgol Bryn Teg": a name does not end in a lower-case particle."""
    words = list(re.finditer(r"\S+", text[start:end]))
    last = max((w for w in words[1:] if w.group(0)[:1].isupper()), key=lambda w: w.end(), default=words[-1])
    return start, start + last.end()
