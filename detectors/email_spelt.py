"""E-mail addresses spelt out to dodge scrapers: the patterns and pre-screens of `email`'s second search.

"jo.bloggs at example dot com", "jo [at] example [dot] org", "k-o-f-i dot o-s-e-i at ...": the
forms of "at" and "dot", the test that a text may hold one at all (cheap, as most texts with an
"at" are prose), the top-level labels and plain words that tell an address from a sentence, and
how a spelt-out mailbox name is put back together.  Kept apart from `detectors.email`, which
finds the plain addresses with an @ and decides what is reported, because these patterns are
one idea of their own and most of that module's length.
"""

from __future__ import annotations

import re

from detectors.words import keywords, words

_AT = (
    r"(?:\s*[\[({<]\s*(?:at|@|＠)\s*[\])}>]\s*"
    r"|,?\s+(?:then\s+(?:the\s+)?)?at(?:\s+(?:sign|symbol))?(?:,?\s+then)?\s+|\s+arroba\s+|\s*[@＠]\s*)"
)
"""The "at" of a spelt-out address: "[at]", "(at)", "[@]", " at ", " at sign " (as voice typing writes the
symbol said aloud), ", then the at, then " (an address dictated a piece at a time), "arroba", an @ or a
full-width ＠ (which scrapers do not read)."""
_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\s+punto\s+|\.)"
_LABEL = r"[A-Za-z0-9][\w+-]*(?:\s+(?:underscore|dash|hyphen)\s+[A-Za-z0-9][\w+-]*)*"
"""A label of a spelt-out address; "jo underscore marsh" is one ("jo_marsh")."""
_OBFUSCATED = re.compile(
    rf"(?<![\w.@])(?P<local>{_LABEL}(?: \d{{1,4}})?(?:{_DOT}{_LABEL}(?: \d{{1,4}})?)*){_AT}"
    rf"(?P<domain>[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)+)",
    re.IGNORECASE,
)
_BRACKETED_AT = re.compile(r"[\[({<]\s*at\s*[\])}>]|[\[({<]\s*\.\s*[\])}>]|[@＠]")
_SPELT_HINT = re.compile(
    r"(?i)(?:\sat(?:\s+(?:sign|symbol)\b)?(?:,?\s+then(?=\s))?\s|[\[({<]\s*at\s*[\])}>]|\sarroba\s|＠)\s*[A-Za-z0-9-]+\s*(?:\.|[\[({<]\s*(?:dot|\.)|\s(?:dot|punto)\s)"
)
"""Cheap test for a spelt-out address: "at", then a word, then a dot in some form."""
_AT_WORDS = keywords("at arroba")


def _may_spell_at(text: str) -> bool:
    """`_SPELT_HINT`'s pre-screen: its "at" is a whole word, between spaces or brackets, so in an
    ASCII text it is one of the shared word split's words (any other text goes to the expression)."""
    return not text.isascii() or not _AT_WORDS.isdisjoint(words(text))


_OBFUSCATION_NEAR_AT = re.compile(
    r"(?i)[\[({<]\s*(?:at|dot|\.|@)\s*[\])}>]|\s(?:at|arroba|dot|punto)\s|@\s|\w\s+@[A-Za-z0-9-]+\s*\."
)
"""In a text with an @, the only forms the spelt-out search can add to the plain ones: brackets,
words for "at" or "dot", a space after the @, or a word, spaces, then "@domain." ("jo @example.com").
Most texts with an @ hold only handles ("thanks @sam"), and the spelt-out search is the costly part."""
_NEAR_AT_WORDS = keywords("at arroba dot punto")


def _may_spell_near_at(text: str) -> bool:
    """`_OBFUSCATION_NEAR_AT`'s pre-screen, one condition per form it takes: a bracket, a word for "at"
    or "dot" between spaces (in an ASCII text, a word of the shared split), a space after an @, or a
    space before one with a full stop after it.  Any other text goes to the expression."""
    if not text.isascii() or "[" in text or "(" in text or "{" in text or "<" in text:
        return True
    if not _NEAR_AT_WORDS.isdisjoint(words(text)):
        return True
    at = text.find("@")
    while at != -1:
        if text[at + 1 : at + 2].isspace() or (at and text[at - 1].isspace() and "." in text[at:]):
            return True
        at = text.find("@", at + 1)
    return False


_DOMAIN_DOT = re.compile(r"\.[A-Za-z0-9-]|\s(?:dot|punto)\s|[\[({<]", re.IGNORECASE)
"""What every `_DOT` of `_OBFUSCATED`'s domain holds: a full stop right before a label's character, "dot"
or "punto" between spaces, or the bracket a bracketed dot opens with.  `_OBFUSCATED`'s pre-screen in
`wants`: of the texts with an @ and a word "at" ("@sam see you at 5"), most have none (a C scan)."""
_DOT_SPLIT = re.compile(_DOT, re.IGNORECASE)
_COMMON_TLDS = frozenset(
    "com org net uk co ac sch gov edu io me info biz eu ie de fr es it nl au ca us nz online email mail xyz dev app".split()
)
"""Top-level labels an obfuscated address must end in: without this, "at home dot dot" or
"meet at six dot" would look like addresses."""
_PLAIN_WORDS = frozenset(
    "i me you him her us them it we they this that here there home school work look see meet be is was the a an "
    "one all".split()
)
"""Words that end "see you at home dot com": spelt-out addresses whose local part or first
domain label is one of these are prose, not addresses."""
_ASKING_CONTEXT = re.compile(
    r"(?:\b(?:e-?mail|mail|contact|reach|write|message|address|drop|bookings?|enquiries|inquiries|ring|call|text|"
    r"phone|whats\s?app|get\s+in\s+touch)\b[^.!?]{0,30}"
    r"|:\s*)$",
    re.IGNORECASE,
)
"""An address spelt out in words with a bare-word local part ("quinn at example dot com") is
only believed when the sentence asks to be written to (or to be reached: "ring Kev … or kev at example dot
net"); "Shopping at bargainshop dot example dot org" is a
shop's web address."""


def _spelt_piece(piece: str) -> str:
    """One piece of a spelt-out mailbox name as typed: "osei 90" is "osei90", "k-o-f-i" (spelt
    letter by letter) is "kofi", "jo underscore marsh" is "jo_marsh"."""
    piece = _SPELT_JOINER.sub(lambda joiner: "_" if joiner.group(1).lower() == "underscore" else "-", piece)
    piece = piece.replace(" ", "")
    return piece.replace("-", "") if _LETTER_BY_LETTER.fullmatch(piece) else piece


_SPELT_JOINER = re.compile(r"(?i)\s+(underscore|dash|hyphen)\s+")
_LETTER_BY_LETTER = re.compile(r"[A-Za-z0-9](?:-[A-Za-z0-9])+")
