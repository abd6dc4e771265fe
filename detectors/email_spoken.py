"""Mailbox names said aloud: spelt a character at a time, or said as words the writer says to run together.

Voice-typing, and people who type the way they speak, give a mailbox name as they would read it out on the
phone.  `email._OBFUSCATED` reads "jo dot marsh at example dot com", whose name is written as typed; these
are the forms whose name is not (clause 2.4.3):

- a character at a time: "p a t . k at …", "p, a, t, 7 at …", "b e a dot h o y at …": the spelt-out search
  finds only the last character before the "at" ("e@…", "7@…"); `letters_apart_before` reads the rest;
- as words, with an instruction to run them together: "sam fox seventy two at example dot net (one word)",
  "ann lee no spaces @ example.org": `joined_words_before` reads the words back to where the address was
  introduced ("my email is", "it's", a colon), number words as digits ("seventy two" 72);
- the whole address a character at a time, the domain too: "b e a . h o y @ e x a m p l e . o r g" (`ALL_APART`);
- invited after, not before: "kaybakes at example.org for commissions": `invited_after`.

A spelling or an instruction is deliberate, so a mailbox read this way needs no other invitation to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from detectors.phone_words import NUMBER_WORD, digits_said

SPOKEN = "e-mail address said aloud (spelt a character at a time, or words said to run together)"
"""The rule of a finding read this way."""


@dataclass(frozen=True, slots=True)
class Spoken:
    """A mailbox name said aloud: where it starts in the text, and the name as it is typed."""

    start: int
    local: str


_PIECE_WORDS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_APART = re.compile(
    r"(?i)(?<![\w'’.@])(?:(?:[a-z0-9]|dot|underscore|dash|hyphen)(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*\.[ \t]*)){3,}$"
)
"""Characters written one at a time, apart, with a spoken "dot" among them: "b e a dot h o ", "p, a, t, 7, "."""
_WITHIN = 96


def letters_apart_before(text: str, start: int, local: str) -> Spoken | None:
    """The whole mailbox name when `local` (found at `start`) is the last character or piece of one spelt a
    character at a time: "p a t . k" before "7@…" is "patk7"; None when what precedes is not such a spelling.
    `local` itself must open with a lone character ("7", "e.mullen"): a word before "at" is a name of its own."""
    if not local[:1].isalnum() or (len(local) > 1 and local[1] not in "._-"):
        return None
    found = _APART.search(text, max(0, start - _WITHIN), start)
    if found is None:
        return None
    tokens = [token for token in re.split(r"[\s,]+|(?<=\S)(?=\.)|(?<=\.)", found.group()) if token.strip()]
    if sum(len(token) == 1 and token.isalnum() for token in tokens) < 3:
        return None  # "a", "I" and a digit in a sentence are not a spelling
    spelt = "".join(_PIECE_WORDS.get(token.lower(), token) for token in tokens)
    return Spoken(found.start(), (spelt + local).lower())


_JOIN_SAID = (
    r"(?:no\s+spaces?|no\s+gaps?|no\s+dots?|all\s+(?:one\s+word|together|joined(?:\s+up)?|lower\s*case)|one\s+word)"
)
_JOIN_BEFORE = re.compile(rf"(?i)\b{_JOIN_SAID}[\s,]*$")
"""The instruction said between the name and the "at": "ann lee no space @ …"."""
_JOIN_AFTER = re.compile(rf"(?i)[\s,.(\u2013\u2014-]*(?:{_JOIN_SAID}[\s,.)]*)+")
"""The instruction said after the whole address: "… at example dot net (one word)", "…, no gaps"."""
_OPENERS = frozenset(("is", "its", "it's", "it’s", "email", "e-mail", "mail", "address", "me", "on", "to", "at", "was"))
"""Words that introduce the address ("my email is …", "it's …", "write to …"): the name starts after them."""
_NAME_WORD = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?")
"""A word that can be part of a mailbox name, a piece with its dots ("lily.fenwick") included."""
_NUMBER_RUN = re.compile(rf"(?i)^{NUMBER_WORD}$")
_MAX_WORDS = 6


def joined_words_before(text: str, at: int, end: int) -> Spoken | None:
    """The mailbox name said as words before the "at" at `at` (the address ending at `end`) when the writer says
    to run them together, before the "at" or after the address; None when they do not."""
    before = text[max(0, at - 80) : at]
    offset = max(0, at - 80)
    said = _JOIN_BEFORE.search(before)
    if said is not None:
        before = before[: said.start()]
    elif not _said_after(text, end):
        return None
    words = list(re.finditer(r"[^\s:]+|:", before))
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        bare = word.group().strip(",.;!?()\"'").lower()
        if word.group() == ":" or word.group().endswith(":") or bare in _OPENERS or not _NAME_WORD.fullmatch(bare):
            break
        taken.insert(0, word)
        if len(taken) > _MAX_WORDS:
            return None
    if not taken:
        return None
    local = _typed([word.group().strip(",.;!?()\"'").lower() for word in taken])
    return Spoken(offset + taken[0].start(), local) if local else None


def _said_after(text: str, end: int) -> bool:
    after = _JOIN_AFTER.match(text, end)
    return after is not None and after.end() > end


def _typed(words: list[str]) -> str:
    """Words said as a mailbox name, typed: runs of number words as digits ("seventy one" 71), others run on."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word and _NUMBER_RUN.match(word) and word not in ("o", "oh", "plus"):
            run.append(word)
            continue
        if run:
            digits = digits_said(" ".join(run))
            if digits is None or not digits.isdigit():
                return ""
            out.append(digits)
            run = []
        out.append(_PIECE_WORDS.get(word, word))
    return "".join(out)


_INVITED_AFTER = re.compile(
    r"(?i)\s*[,.(\u2013\u2014-]?\s*(?:for|to)\s+(?:orders?|order|bookings?|book|enquiries|inquiries|commissions?|"
    r"quotes?|prices?|details|info|more\s+info|a\s+chat)\b"
)
"""What the address is for, said right after it: "… for orders", "… to book"."""


def invited_after(text: str, end: int) -> bool:
    """Whether the words right after an address spelt out invite people to write to it ("… for commissions")."""
    return _INVITED_AFTER.match(text, end) is not None


ALL_APART = re.compile(
    r"(?<![\w.@])(?:[A-Za-z0-9._-] ){2,}[A-Za-z0-9_-] ?@ ?[A-Za-z0-9](?: [A-Za-z0-9.-]){3,}(?![\w.@])"
)
"""A whole address written a character at a time with a space after each, the domain too: "j o @ e x . c o m"
(the spaces are dropped when the address is read)."""


def addresses_apart(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each address written a character at a time (`ALL_APART`)."""
    for found in ALL_APART.finditer(text):
        yield found.start(), found.end(), found.group()


def spoken_local(text: str, found: re.Match[str], local: str) -> Spoken | None:
    """The mailbox name said aloud before the "at" of a spelt-out address (`found`, with a `local` group; `local`
    is its name as read so far): words said to run together, or characters spelt one at a time; None if neither."""
    return joined_words_before(text, found.end("local"), found.end()) or letters_apart_before(
        text, found.start(), local
    )
