"""The phone and e-mail gates' batch screens, searched over the batch as one buffer (`detectors.batch_scan`).

Phone and e-mail look for rare things (a run of digits, an address), so nearly every text is one their
gates turn away, and asking the gate of each text was most of what the two cost: a third of tweets
hold an @ (handles) and half a digit.  Each screen here is a necessary condition of its gate (`wants`)
written as patterns that open with one literal byte, so `re` skips from one "@", "a", digit or rare
letter to the next in C, and Python sees only the few texts a pattern finds:

- phone: three digits, or two with one or two of `[\\s.()-]` between them (`phone._PREFILTER`, which
  `wants` cannot do without), in a text with eight characters in a row that a number is made of or a
  link that carries one; or a word of a spelt-out number (`phone_words._HINTS` as words of the shared
  split, as `has_spelt_number` asks them, each found from its rarest letter: "v" of "seven") in a text
  with a run of six number words (`phone_words._RUN`); or, in a text with a digit, the span of a number a
  machine misread from a screenshot (`phone_misread.SPAN`, "0l6l 496 O5l9").  The last checks are asked of each text the
  first found (about 7 % of tweets), on its own span of the buffer;
- e-mail: the shape of a plain or spaced address (`AT_ADDRESS_SHAPE`), a line break with an @ in its text,
  or "wap" or "lace" (whose instruction to swap a character for the @ `wants` then looks for): the forms
  `email._may_hold_at_address` lets through; or the shape of every address `email._OBFUSCATED` reads
  (`SPELT_SHAPE`), which `wants` asks of every other text it accepts, with or without an @.

Texts beyond ASCII go to the gates whole (the buffer's patterns spell `\\s` and letters as ASCII).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from detectors.batch_scan import SPACE, WORD_BYTE, spelt
from detectors.gate_batch import Positions, TextBatch
from detectors.phone_misread import SPAN as MISREAD_SPAN
from detectors.phone_words import _HINTS as SPELT_NUMBER_WORDS
from detectors.phone_words import _WORD as DIGIT_WORD
from detectors.phone_words import MIN_WORDS

_DIGITS = re.compile(rb"0(?:00|[\t\n\x0b\x0c\r\x1c-\x1f .()-]{1,2}0)")
"""`phone._PREFILTER` (`\\d(?:\\d\\d|[\\s.()-]{1,2}\\d)`) in the buffer, where every digit is a 0."""
_NUMBER_OR_LINK = re.compile(
    rb"[+0o\t\n\x0b\x0c\r\x1c-\x1f ().-]{8}|wa\.me/|api\.whatsapp\.com/send|tel:|sms:|t\.me/\+|signal\.me/#p/"
)
"""What `wants` asks of a text with such digits: eight characters in a row of those every `phone._CANDIDATE`
is made of (`[+0-9O\\s().-]`: its shortest forms are eight long), or the start of a link `phone._LINKED` reads."""
_SPACED_RUN = re.compile(rb"0(?:[\t ,.-]{1,3}0){9,}")
"""`phone_words._SPACED` in the buffer (every digit a 0; its en dash is beyond ASCII, passed anyway)."""
_MORE_WORDS = str(MIN_WORDS - 1).encode()
_THEN_CHUNK = re.compile(rb"then(?<=[ \t,]then)[ \t]+0")
"""What every number `phone_words.chunked_numbers` reads holds: "then" after a space or a comma, and a digit
after it."""
_SPELT_RUN = re.compile(
    DIGIT_WORD.encode()
    + rb"(?:[\t\n\x0b\x0c\r\x1c-\x1f ,.-]{1,3}"
    + DIGIT_WORD.encode()
    + rb"){"
    + _MORE_WORDS
    + rb",}"
)
"""`phone_words._RUN` in the buffer (its words are lower case), which `wants` asks of a text with no such digits."""
_RARE_FIRST = b"zqxjkvbpygfwmucldhrsnioate"
"""English letters, rarest first: a word is looked for from its rarest letter, which `re` skips to."""


def whole_words(words: Iterable[bytes]) -> list[re.Pattern[bytes]]:
    """Patterns that find `words` as whole words of the shared split in the buffer.  A word is found
    from its rarest letter, which `re` skips to, with the letters before it in a look-behind; words
    found from the same letter share a pattern ("v(?:(?<=sev)en|(?<=fiv)e)"); a word whose rarest
    letter is its first is a pattern of its own ("zero")."""
    forms: dict[bytes, list[bytes]] = {}
    for word in sorted(spelt(word) for word in words):
        at = min(range(len(word)), key=lambda n: (_RARE_FIRST + word).index(word[n]))
        head = re.escape(word[: at + 1])
        behind = rb"(?<!" + WORD_BYTE + head + rb")"
        if at == 0:
            forms[word] = [re.escape(word[1:]) + rb"(?<!" + WORD_BYTE + re.escape(word) + rb")"]
        else:
            forms.setdefault(word[at : at + 1], []).append(rb"(?<=" + head + rb")" + behind + re.escape(word[at + 1 :]))
    return [
        re.compile(re.escape(anchor[:1]) + rb"(?:" + b"|".join(alternatives) + rb")(?!" + WORD_BYTE + rb")")
        for anchor, alternatives in sorted(forms.items())
    ]


_SPELT_NUMBER_WORDS = whole_words(SPELT_NUMBER_WORDS)

_LABEL_THEN_DOT = (
    rb"[a-z0-9-]++(?:\.[a-z0-9-]|" + SPACE + rb"*+[\[({<]" + SPACE + rb"*+(?:dot|\.)|" + SPACE + rb"++(?:dot|punto)"
    + SPACE + rb")"
)  # fmt: skip
"""A domain's first label and the start of the dot after it, as `email._DOT` writes one (lower case: the
buffer's letters are)."""
_AT_SIGN = re.compile(
    rb"@(?:(?:(?<=[a-z0-9_%+-]@)|(?<=[a-z0-9_%+-] @) )(?:[a-z0-9-]++ ?\. ?[a-z0-9-]|[a-z0-9] [a-z0-9] )|"
    + rb"[\])}>]?+" + SPACE + rb"*+" + _LABEL_THEN_DOT + rb")"
)  # fmt: skip
"""`AT_ADDRESS_SHAPE` (a plain or spaced address, or one written a character at a time), or an @ with a dotted
domain after it."""
_A_WORD = re.compile(
    rb"a(?:t(?<=[\[({<\t\n\x0b\x0c\r\x1c-\x1f ]at)"
    + rb"(?:" + SPACE + rb"++(?:sign|symbol)(?![a-z0-9_-]))?(?:,?" + SPACE + rb"++then(?=" + SPACE + rb"))?"
    + rb"[\t\n\x0b\x0c\r\x1c-\x1f \])}>]++" + _LABEL_THEN_DOT
    + rb"|rroba(?<=" + SPACE + rb"arroba)" + SPACE + rb"++" + _LABEL_THEN_DOT + rb"|(?<=wa)p|(?<=la)ce)"
)  # fmt: skip
"""An "at" between spaces or brackets ("jo at", "jo [ at ]", "at sign", "the at, then") or an "arroba" between spaces, then a dotted
domain (`email._AT`'s spelt-out forms); or "wap" or "lace", which let a text with an @ through."""
SPELT_SHAPE = re.compile(
    r"(?i:(?:[\[({<]\s*(?:at|@|＠)\s*[\])}>]|\sat(?:\s++(?:sign|symbol)\b)?(?:,?\s++then(?=\s))?\s|\sarroba\s|@|＠)\s*+[A-Za-z0-9-]++"
    r"(?:\.[A-Za-z0-9-]|\s*+[\[({<]\s*+(?:dot|\.)|\s++(?:dot|punto)\s))"
)
"""What every match of `email._OBFUSCATED` holds: its "at" in some form, the domain's first label and the
start of the dot after it (the buffer's patterns above, for any text)."""


AT_ADDRESS_SHAPE = re.compile(r"[A-Za-z0-9_%+-](?:@| @ )(?:[A-Za-z0-9-]+ ?\. ?[A-Za-z0-9-]|[A-Za-z0-9] [A-Za-z0-9] )")
"""What every plain or spaced address (`email._PLAIN`, `email._SPACED`, `email_spoken.ALL_APART`) holds: the last
character of a mailbox name, an @ (with a space either side or none), then a label and a dot (a space either side
of it, or none), or the domain's first characters written apart ("… @ e x a m p l e . o r g")."""


def phone_screen(batch: TextBatch) -> Positions:
    """The texts `PhoneDetector.wants` may accept: digits as `_PREFILTER` finds them and the makings of a
    number or a link; or a spelt-number word and a run of digit words; every text beyond ASCII."""
    joined = batch.joined
    digits = joined.matching(_DIGITS)
    spelt: set[int] = set()
    for pattern in _SPELT_NUMBER_WORDS:
        spelt |= joined.matching(pattern)
    found = joined.matching_among(_NUMBER_OR_LINK, digits) | joined.matching_among(_SPELT_RUN, spelt - digits)
    found |= joined.matching_among(_SPACED_RUN, digits - found)
    found |= joined.matching_among(_THEN_CHUNK, digits - found)
    found |= batch.searching(MISREAD_SPAN, batch.with_digit() - found)  # "O77OO 9OO4l2": `phone_misread`
    return found | batch.non_ascii()


def email_screen(batch: TextBatch) -> Positions:
    """The texts `EmailDetector.wants` may accept (the module's docstring); every text beyond ASCII."""
    joined = batch.joined
    texts = batch.texts
    found = joined.matching(_AT_SIGN) | joined.matching(_A_WORD) | batch.non_ascii()
    found.update(position for position in joined.containing(b"\n") if "@" in texts[position])
    return found
