"""E-mail addresses broken up in the text: by a line break, or with a character to swap for the @.

- "my address is tam.\\nrowe@example.com", "ola.bright@\\nstudent.example.net": a phone or a
  notes app wrapped the address after a dot or the @.  The pieces are joined again
  across that one break (and only where the break follows or precedes a "." or "@" inside the
  address), so "rowe@example.com" is not reported instead of the whole address.
- "tam.rowe#example.net (replace the # with @)": the text says which character stands for the
  @; only then is that character read as one.

Both return spans in the original text, so the finding points at what the writer typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BREAK = re.compile(
    r"(?<=[A-Za-z0-9][.@])[ \t]*\r?\n[ \t]*(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t]*\r?\n[ \t]*(?=[.@][A-Za-z0-9])"
)
"""A line break right after (or right before) a dot or an @ between two address characters."""
_SWAP = re.compile(
    r"(?i)\b(?:swap|replace)\s+(?:the\s+)?[\"'“‘]?([#$%&*~^!]|\(at\))[\"'”’]?\s+(?:for|with|to)\s+(?:an?\s+)?"
    r"(?:@|at\b)"
)
"""An instruction to read a character as the @: "swap the # for @", "replace & with an @" (the
detector asks only texts holding "wap" or "lace")."""


_OFFERED = re.compile(r"(?i)(?:\b(?:e-?mail|address|contact|mail|at|is)\b\W{0,3}|^|[:(])\s*[\w.+-]+\.$")
"""Before a break after a dot, the piece must be offered as an address ("email: tam.", "it's at
ola."), or "a lovely day.\nola@…" would read as one address."""


def across_line_breaks(text: str, plain: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) of each address that `plain` finds only once line breaks inside it
    are taken out: any break right after an @, a break after a dot only in an offered piece."""
    if "\n" not in text or _BREAK.search(text) is None:
        return
    kept: list[int] = []  # for each character of the joined text, its index in `text`
    pieces: list[str] = []
    at = 0
    for found in _BREAK.finditer(text):
        line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        if line.endswith(".") and _OFFERED.search(line) is None:
            continue
        pieces.append(text[at : found.start()])
        kept.extend(range(at, found.start()))
        at = found.end()
    pieces.append(text[at:])
    kept.extend(range(at, len(text)))
    joined = "".join(pieces)
    for match in plain.finditer(joined):
        start, last = kept[match.start()], kept[match.end() - 1]
        if last - start + 1 != len(match.group()):  # it ran across a break
            yield start, last + 1, match.group()


def may_swap(text: str) -> bool:
    """Whether `with_swapped_at` may find an address: "wap" or "lace" in the text (what the detector
    asks before it looks) and the instruction itself."""
    return ("wap" in text or "lace" in text) and _SWAP.search(text) is not None


def with_swapped_at(text: str, local: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) of each address written with the character the text says to swap
    for the @ ("tam.rowe#example.net (replace the # with @)")."""
    instruction = _SWAP.search(text)
    if instruction is None:
        return
    stand_in = re.escape(instruction.group(1))
    pattern = re.compile(local + stand_in + r"([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
    for found in pattern.finditer(text):
        if instruction.start() <= found.start() < instruction.end():
            continue
        local_part = found.group()[: len(found.group()) - len(found.group(1)) - len(instruction.group(1))]
        yield found.start(), found.end(), f"{local_part}@{found.group(1)}"
