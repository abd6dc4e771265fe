"""Whose school is it: the context rules of the school detector, and school-shaped names.

A school's name alone does not say the writer works there ("my son starts at Millbrook
Primary School", "Oakhurst Academy FC").  These are the words around a name that make it a
workplace (`WORKPLACE`, `ROLE_IN_FIELD`, `WORK_FIELD`), or not (`NOT_WORKPLACE`, `STUDY_FIELD`):
cues for the workplace classifier, and `school_shaped`, which finds capitalised names ending in a
school word.  Names that are no school at all (a dance academy, a football club) are the named
filters' business (`detectors.filters`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from detectors import nlp

TYPE_WORDS = [
    "school", "academy", "college", "primary", "infants", "juniors", "infant", "junior", "nursery", "high",
    "elementary", "secondary", "grammar", "trust", "federation", "schools", "ns", "mat",
]  # fmt: skip
"""Capitalised words that end a school's name, in the UK and abroad ("Lakeview Elementary")."""
LEADING_NOISE = frozenset(
    str.split(
        "i i'm im we our my the a an at in on to for from with and but so of proud loving love today tonight "
        "tomorrow yesterday another first last back new happy big great huge thanks thank congrats congratulations "
        "welcome excited hello hi shoutout shout visiting visit working teaching joined joining started starting "
        "leaving left moving moved finally just officially headteacher head teacher governor governors chair deputy "
        "assistant senco sendco lecturer principal ta hlta ect nqt supervisor manager"
    )
)
WORKPLACE = re.compile(
    r"(?:\b(?:work(?:s|ing|ed)?|teach(?:es|ing)?|taught|job|employed|based|staff|colleagues?|post|role|position|"
    r"placement|interview(?:ed)?|supply|governor|volunteer(?:ing)?|teachers?|ta|hlta|senco|sendco|head(?:teacher)?|"
    r"deputy|ect|nqt|lead(?:er)?|supervisor|manager|assistant|caretaker|librarian|cook|team|ofsted|here|"
    r"depute|snas?|janny|athro|athrawes|múinteoir|muinteoir|príomhoide|priomhoide)\b"
    r"[^.!?\n|]{0,40}?\b(?:at|for|by|with|in|yn)|@)\s+(?:the\s+)?$"
    r"|\b(?:joined|joining|started(?:\s+at)?|starting(?:\s+at)?|moved\s+to|moving\s+to)"
    r"\s+(?:the\s+(?:team|staff)\s+at\s+)?(?:the\s+)?$"
    r"|\bnew\s+(?:job|school|role|post)\s*(?:at\s+|,\s*)?(?:the\s+)?$"
)
"""The clause before a school name that makes it the writer's workplace (with the roles Scotland's, Wales's and
Ireland's schools have, and the Welsh "yn": "athrawes yn Ysgol Bryn Teg", "an SNA in Scoil Bhríde")."""
NOT_WORKPLACE = re.compile(
    r"\b(?:went|go|goes|going|studied|student|pupil|alumn\w*|old\s+(?:boy|girl)|former\s+pupil|son|daughter|kids?|"
    r"children|child|boys?|girls?|parent|mum|dad|grandson|granddaughter|visit(?:ed|ing)?|against|versus|vs|beat|"
    r"he|she|his|her|him)\b"
)
ROLE_IN_FIELD = re.compile(
    r"\b(?:teacher|teaching|ta|hlta|senco|sendco|head|headteacher|deputy|governor|supervisor|manager|caretaker|"
    r"librarian|ect|nqt|lecturer|principal|practitioner|assistant|officer|lead|senior\s+leader)\b"
)
"""A role anywhere in a profile field: a school named beside it is where the role is held."""
WORK_FIELD = re.compile(r"employer|work|company|organi[sz]ation|position|occupation|job", re.IGNORECASE)
"""Profile fields that name where someone works: a school there is their workplace, no judgement needed."""
STUDY_FIELD = re.compile(r"educat|school_name|studies|alumni", re.IGNORECASE)
"""Profile fields that name where someone studied: another school there is not their workplace."""


TYPE_SPELLINGS = tuple(spelled for word in TYPE_WORDS for spelled in (word.title(), word.upper()))
_TYPE_SPELLED = re.compile("|".join(map(re.escape, TYPE_SPELLINGS)))
"""Any of `TYPE_SPELLINGS` as written: one scan of the text instead of one `in` a spelling (36)."""


def may_name_a_school(text: str) -> bool:
    """Cheap gate of the generic matcher: a capitalised school word ("Academy", "SCHOOL")."""
    return _TYPE_SPELLED.search(text) is not None


def school_shaped(doc: Doc, longest: int = 6) -> list[Span]:
    """Spans of capitalised words ending in a capitalised school word: "Oakhurst Academy".

    A small custom rule instead of a `Matcher` pattern `[{"TEXT": {"REGEX": ...}, "OP":
    "{1,6}"}, ...]`: the regex predicate made the matcher cost ~70 us a post, this walk
    costs a few.  It walks left from each "School"/"Academy"/... over up to `longest`
    name-like tokens (capitalised or a digit, "'s", "of"); overlapping spans keep the longest.
    """
    spans = []
    for _, index, _ in _type_words()(doc):
        token = doc[index]
        start = token.i
        while start > 0 and token.i - start < longest and _name_like(doc[start - 1]):
            start -= 1
        if start < token.i:
            spans.append(doc[start : token.i + 1])
    return filter_spans(spans)


@lru_cache(maxsize=1)
def _type_words() -> PhraseMatcher:
    """Where the capitalised school words are: a hash lookup per token, no Python loop."""
    english = nlp.english()
    matcher = PhraseMatcher(english.vocab, attr="ORTH")
    matcher.add("type", [english.make_doc(spelling) for spelling in TYPE_SPELLINGS])
    return matcher


def _name_like(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() or text[:1].isdigit() or token.lower_ in ("'s", "’s", "of")
