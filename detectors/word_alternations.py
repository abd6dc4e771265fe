"""Regexes of many literal words, made cheap for Python's `re`: grouped by first letter, or folded.

`re` tries the branches of an alternation one by one at every place it is tried, and skips a branch
on its first character cheaply only when that character is compared case-sensitively.  So a
case-insensitive regex of a hundred words costs a step per word at every word of a text: the street
patterns try ~80 street types after each word of a name and ~150 stop words before it
(`street_shapes`), and `phone_cues.ORGANISATION` tries ~170 words at every word boundary of a post.
Posts dense with contact details spend much of their detector time in such regexes (the phone
filters and the bare-street pattern).  Two remedies, each giving the same matches:

- `by_first_letter`: the words grouped under their first letter ("c(?:rescent|lose|l)|r(?:oad|d)"),
  so about twenty groups are tried and then one group's words: `street_shapes.BARE` ran 2.5x faster
  over the street windows of 120,000 posts.  Words with different first letters never match at one
  place (in any case: a first letter and the characters a case-insensitive regex takes for it belong
  to one group), and a group keeps its words' order, so a longer word given first is tried first.
- `FoldedWords`: the words compiled case-sensitively and run over the text lower-cased, about three
  times cheaper (25 against 75 us for `ORGANISATION` on a 130-character post).  Only where
  lower-casing is exact: on ASCII text (outside it, "İ" grows when lower-cased and `re.IGNORECASE`
  equates "ſ" with "s" and "K" with "k"); any other text is read by the case-insensitive regex itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def by_first_letter(words: Iterable[str]) -> str:
    """`"|".join(words)`, grouped by first letter in the order the words come: "ab|c|ad" -> "a(?:b|d)|c".

    Words must be lower-case literals (nothing a regex reads as other than itself).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word or word != word.lower() or re.escape(word) != word:
            raise ValueError(f"not a lower-case literal word: {word!r}")
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        letter + rests[0] if len(rests) == 1 else f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()
    )


def by_first_character(pattern: str) -> str | None:
    """`pattern`, an alternation of lower-case words written as a regex (`dentists?|care\\s+home|(?:annual|
    paternity)\\s+leave|\\d+\\s+shops`), grouped by the character each alternative opens with, as `by_first_letter`
    groups plain words; None when an alternative opens with anything else (a class, an optional letter).

    The same matches, in the same order of trial: an alternative that opens with a group of alternatives is first
    written out one alternative at a time (`(?:a|p)x` is `ax|px`, tried in that order), and two alternatives that
    open with different characters never match at one place (`\\d` is one opening too: no digit is a letter).  So
    `re` tries a group per opening character at each word, not every alternative.  `FoldedWords` compiles its
    words this way (`phone_cues.ORGANISATION`'s ~150 words: 2.6x faster over 70,000 lower-cased posts)."""
    groups: dict[str, list[str]] = {}
    for alternative in _alternatives(pattern):
        for spelt in _written_out(alternative):
            if spelt is None:
                return None
            opening = 2 if spelt.startswith("\\d") else 1
            if spelt[:opening] != "\\d" and not ("a" <= spelt[0] <= "z"):
                return None
            if spelt[opening : opening + 1] in ("?", "*", "{"):
                return None  # an optional opening: the alternative may open with what follows it
            groups.setdefault(spelt[:opening], []).append(spelt)
    return "|".join(_group(opening, spelt) for opening, spelt in groups.items())


def _group(opening: str, alternatives: list[str]) -> str:
    """Alternatives that open alike, the opening written once (`c(?:ab|d)`); written whole, in order, where one
    repeats its opening (`\\d+\\s+shops`): the opening is then not theirs to share."""
    if any(spelt[len(opening) : len(opening) + 1] == "+" for spelt in alternatives):
        return "|".join(alternatives)
    return f"{opening}(?:{'|'.join(spelt[len(opening) :] for spelt in alternatives)})"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (not split inside a group or a class, nor at an escaped bar)."""
    bars = [at for at, char, depth in _outside_escapes_and_classes(pattern) if char == "|" and depth == 0]
    return [pattern[start + 1 : end] for start, end in zip([-1, *bars], [*bars, len(pattern)], strict=True)]


def _outside_escapes_and_classes(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a regex that is neither escaped nor inside a character class, with where it stands
    and the depth of groups after it: what `_alternatives` and `_written_out` read its structure from."""
    depth, in_class, at = 0, False, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            if char in "()":
                depth += 1 if char == "(" else -1
            yield at, char, depth
        at += 1


def _written_out(alternative: str) -> list[str | None]:
    """An alternative, or the alternatives of the non-capturing group it opens with each followed by the rest
    ([None] when the group is quantified or capturing: it cannot be written out)."""
    if not alternative.startswith("("):
        return [alternative]
    if not alternative.startswith("(?:"):
        return [None]
    at = next((at for at, char, depth in _outside_escapes_and_classes(alternative) if char == ")" and depth == 0),
              len(alternative))  # fmt: skip
    rest = alternative[at + 1 :]
    if at >= len(alternative) or rest[:1] in ("?", "*", "+", "{"):
        return [None]
    return [spelt for inner in _alternatives(alternative[3:at]) for spelt in _written_out(inner + rest)]


class FoldedWords:
    """`re.compile(rf"\\b(?:{words}|{cased})\\b", re.IGNORECASE)`, with `spans` a faster `finditer`.

    `words` must be lower case outside its escapes (it is matched against lower-cased text);
    `cased`, if any, holds the alternatives that keep their case, each inside `(?-i:...)`: a second
    regex over the text as written, whose match counts only where the words match nowhere earlier
    (at one place the words come first, as they do in `pattern`'s alternation).
    """

    def __init__(self, words: str, cased: str | None = None) -> None:
        unescaped = re.sub(r"\\.", "", words)
        if unescaped != unescaped.lower():
            raise ValueError("FoldedWords matches its words against lower-cased text: write them in lower case")
        either = words if cased is None else f"{words}|{cased}"
        self.pattern = re.compile(rf"\b(?:{either})\b", re.IGNORECASE)
        """The regex itself: what `spans` answers for, and what non-ASCII text is read with."""
        self._words = re.compile(rf"\b(?:{by_first_character(words) or words})\b")
        self._cased = None if cased is None else re.compile(rf"\b(?:{cased})\b", re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        """`pattern.search(text) is not None`, the faster way."""
        return next(self.spans(text), None) is not None

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each match of `pattern` in `text`, as `pattern.finditer` finds them."""
        if not text.isascii():
            yield from (found.span() for found in self.pattern.finditer(text))
            return
        lowered = text.lower()
        words = self._words.search(lowered)
        cased = None if self._cased is None else self._cased.search(text)
        while words is not None or cased is not None:
            found = words if cased is None or (words is not None and words.start() <= cased.start()) else cased
            if found is None:  # never: the loop runs while one of the two is found
                return
            yield found.span()
            at = found.end()  # never empty: every alternative reads a word
            if words is not None and words.start() < at:
                words = self._words.search(lowered, at)
            if cased is not None and cased.start() < at and self._cased is not None:
                cased = self._cased.search(text, at)
