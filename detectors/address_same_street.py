"""The writer's own house on a street the text already names: "the Khans, 10 Mulberry Walk ... us at number 3",
"the parcel for 11 Quill Gardens came to us at 13" (clause 2.3.2).

Neighbours in a street chat give their own house by its number alone once the street is written out
for someone else's: the number and the street together are the writer's home just as "13 Quill Gardens"
would be.  `SAME_STREET_RULE` pairs each such lone house number with the nearest
numbered street line the detector has already found in the text.  Only the writer's own house said by
its number counts ("came to us at 13", "we're at number 3", before a pause); someone else's ("the key's with
Jean at number 14", "we're 21, you're 12": an age as often) is left alone, and so is a number followed by a
unit, a time, a word or a flat's slash ("us at 3pm", "us at 0/2, ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

SAME_STREET_RULE = "the writer's own house on a street the text names (came to us at 13, we're at number 3)"
_LONE_NUMBER = re.compile(
    r"(?i)(?:\b(?:us|me|ours|mine)[ \t]+at[ \t]+(?:number[ \t]+|no\.?[ \t]*)?"
    r"|\b(?:we['’]re|i['’]m|we[ \t]+are|i[ \t]+am)[ \t]+at[ \t]+number[ \t]+)"
    r"(?P<number>\d{1,3}[a-z]?)(?![\w:.,/]\d)(?![\w/])"
    r"(?=[ \t]*(?:$|\n|[,.;!?)–—-]|\(|[^\w\s]|(?:by[ \t]+mistake|not|and|btw|next[ \t]+door|opposite)\b))"
)
"""A house said by its number alone, before a pause or a word that ends the phrase (not "at 13 years old")."""
_STREET_LINE = re.compile(r"(?P<number>\d{1,4}[A-Za-z]?)[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")
"""A numbered street line as the detector found it: its number, then its capitalised name."""


def other_houses(text: str, streets: Iterable[tuple[int, int]]) -> Iterator[tuple[str, int, int]]:
    """(number and street, start, end) of each lone house number, on the nearest numbered street found."""
    lines = []
    for start, end in streets:
        line = _STREET_LINE.match(text, start, end)
        if line is not None:
            lines.append((start, line.group("number"), line.group("name")))
    if not lines:
        return
    for found in _LONE_NUMBER.finditer(text):
        number = found.group("number")
        at = found.start("number")
        start, own, name = min(lines, key=lambda line: abs(line[0] - at))
        if own.lower() != number.lower():
            yield f"{number} {name}", at, found.end("number")
