"""How people write a school's name: spellings, keys for fuzzy comparison, display form.

One school is written many ways: "St Aidan's C of E Primary School", "St. Aidans CofE
Primary", "Saint Aidan's CE Primary", "ST AIDANS", "#StAidansPrimary".  `spellings()` expands
a configured name into the variants a `PhraseMatcher` looks for (case is left to the
matcher), `key()` reduces any name to its distinctive words for a fuzzy comparison with
rapidfuzz ("st aidens primary" and "St Aidan's C of E Primary School" share the key
"aidan"), and `display()` spells a name found in the wild for the report.
"""

from __future__ import annotations

import re
from itertools import product

from rapidfuzz import fuzz

FUZZY_THRESHOLD = 80.0
"""`fuzz.ratio` of two keys at or above which they name the same school.

Measured in tests/detectors/test_school.py: one slip in a 5+ letter name passes ("aiden" for
"aidan" scores 80, "oakhirst" for "oakhurst" 87.5); a different saint or place fails ("alban"
for "aidan" scores 60, "oakhill" for "oakhurst" 53)."""
MIN_FUZZY_KEY = 5
"""Keys shorter than this must match exactly: one letter is too much of "Ash" or "Lea"."""

CHURCH_FORMS = ("C of E", "CofE", "CE", "C.E.", "Church of England")
_CHURCH = re.compile(r"\b(?:C\s+of\s+E|CofE|C\.?\s?E\.?|Church\s+of\s+England)(?=\s|$)", re.IGNORECASE)
_SAINT = re.compile(r"\b(?:St\.?|Saint)(?=\s)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(\w)['’]s\b")
_SCHOOL_SUFFIX = re.compile(r"\s+School$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)

GENERIC_WORDS = frozenset(
    str.split(
        "school schools primary academy academies infant infants junior juniors high college community "
        "c of e ce cofe c.e church england catholic rc roman methodist voluntary aided controlled va vc "
        "first middle secondary the and & nursery federation trust free grammar st saint st. "
        "prep preparatory upper lower senior sixth form centre center"
    )
)
"""Words every school name shares: they say nothing about which school it is."""
_NON_KEY = re.compile(r"[^a-z0-9 ]+")


def spellings(name: str, *, bare: bool = True) -> set[str]:
    """Every spelling of a configured name a person might type (case aside).

    `bare=False` keeps the possessive ("St Aidan's", "St Aidans" but not "St Aidan"): for a
    short name, the bare saint is the saint, not the school ("the feast of St Aidan").
    """
    base = _THE.sub("", " ".join(name.split()))
    forms = {base}
    if _SCHOOL_SUFFIX.search(base):
        forms.add(_SCHOOL_SUFFIX.sub("", base))
    out: set[str] = set()
    for form in forms:
        church = [*CHURCH_FORMS, ""] if _CHURCH.search(form) else [None]
        saint = ["St", "St.", "Saint"] if _SAINT.search(form) else [None]
        for church_form, saint_form in product(church, saint):
            text = form
            if church_form is not None:
                text = _CHURCH.sub(church_form, text)
            if saint_form is not None:
                text = _SAINT.sub(saint_form, text)
            text = " ".join(text.split())
            out.update(_possessives(text, bare=bare))
    return {form for form in out if form}


def _possessives(text: str, *, bare: bool = True) -> set[str]:
    """The possessive as written, without its apostrophe, and (if `bare`) without the s."""
    if not _POSSESSIVE.search(text):
        return {text}
    forms = {text, _POSSESSIVE.sub(r"\1s", text)}
    return forms | {_POSSESSIVE.sub(r"\1", text)} if bare else forms


def core(name: str) -> str:
    """The name without its trailing generic words: "St Aidan's C of E Primary School" -> "St Aidan's"."""
    words = _CHURCH.sub(" ", name).split()
    while words and words[-1].lower().strip(".,()") in GENERIC_WORDS:
        words.pop()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def key(name: str) -> str:
    """Distinctive words of a name, lower-case, possessive and punctuation dropped."""
    text = _POSSESSIVE.sub(r"\1", _CHURCH.sub(" ", name)).lower().replace("’", "'")
    words = [word for word in _NON_KEY.sub(" ", text).split() if word not in GENERIC_WORDS]
    return " ".join(word[:-1] if len(word) > 4 and word.endswith("s") else word for word in words)


def compact(name: str) -> str:
    """A name as a hashtag or handle writes it: "St Aidan's Primary" -> "staidansprimary"."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def same_school(candidate_key: str, profile_key: str) -> float:
    """Similarity 0..100 of two keys; exact only for short keys."""
    if not candidate_key or not profile_key:
        return 0.0
    if candidate_key == profile_key:
        return 100.0
    if min(len(candidate_key), len(profile_key)) < MIN_FUZZY_KEY:
        return 0.0
    return fuzz.ratio(candidate_key, profile_key)


_KEEP_LOWER = frozenset({"of", "and", "the", "de", "la"})


def display(name: str) -> str:
    """A school's name as written, title-cased: "millbrook primary school" -> "Millbrook Primary School"."""
    words = []
    for index, word in enumerate(name.replace("’", "'").split()):
        lower = word.lower()
        if index and lower in _KEEP_LOWER:
            words.append(lower)
        elif any(ch.isupper() for ch in word[1:]) and not word.isupper():
            words.append(word)  # CofE, McAllister: a deliberate mixed case
        elif word.isupper() and len(word) <= 3 and lower not in ("st",):
            words.append(word)  # CE, RC, VA
        elif lower in ("c", "e") and len(name.split()) > 2:
            words.append(word.upper())
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)
