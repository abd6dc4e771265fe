"""The evidence line: the words around a finding, with the value itself highlighted.

Findings carry the span of the matched words in their excerpt (`Finding.evidence`), which
is highlighted as it stands.  Findings made without one (older exports of the JSON
contract) have their normalised value (`+447700900457`) located again in the excerpt as
written (`ring 07700-900-457 after 6pm`): literally, by its digits for numbers, or as an
address spelt out ("jo at example dot com").  The excerpt is the person's own text: it is
always plain `Content`, never markup.
"""

from __future__ import annotations

import re

from textual.content import Content
from textual.widgets import Static

_NUMBER_RUN = re.compile(r"\+?\(?\d[\d\s().\-]*\d")
_AT = r"\s*(?:@|[\[(]\s*at\s*[\])]|\s+at\s+)\s*"
_DOT = r"\s*(?:\.|[\[(]\s*dot\s*[\])]|\s+dot\s+)\s*"
HIGHLIGHT = "bold reverse"
TAIL_DIGITS = 9
"""A number matches when its last nine digits do: enough to skip country and trunk codes."""


def locate(value: str, excerpt: str) -> tuple[int, int] | None:
    """The span of `value` in `excerpt` as it was written there, or None if not found."""
    if not value or not excerpt:
        return None
    start = excerpt.lower().find(value.lower())
    if start >= 0:
        return start, start + len(value)
    digits = re.sub(r"\D", "", value)
    if len(digits) >= TAIL_DIGITS:
        for run in _NUMBER_RUN.finditer(excerpt):
            if re.sub(r"\D", "", run.group())[-TAIL_DIGITS:] == digits[-TAIL_DIGITS:]:
                return run.start(), run.end()
    if value.count("@") == 1:
        local, domain = value.split("@")
        pattern = _DOT.join(map(re.escape, local.split("."))) + _AT + _DOT.join(map(re.escape, domain.split(".")))
        found = re.search(pattern, excerpt, re.IGNORECASE)
        if found:
            return found.start(), found.end()
    return None


def highlighted(value: str, excerpt: str, span: tuple[int, int] | None = None) -> Content:
    """The excerpt as plain content, with the evidence (or the value, found again) styled."""
    content = Content(excerpt)
    span = span or locate(value, excerpt)
    return content.stylize(HIGHLIGHT, *span) if span else content


class Evidence(Static):
    """Shows one finding's excerpt with its evidence highlighted."""

    def show(self, value: str, excerpt: str, span: tuple[int, int] | None = None) -> None:
        self.update(highlighted(value, excerpt, span) if excerpt else Content(value))
