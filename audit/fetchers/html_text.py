"""Plain text from the small HTML fragments some exports hold (Mastodon posts, bios, fields).

Detectors read text, and a phone number split by `<br>` or an e-mail hidden in a link is only
found once the markup is gone.  Mastodon hides `https://` in a `<span class="invisible">`
inside links; joining inline elements with nothing between them keeps such a URL whole,
while block elements and `<br>` become line breaks so words of two paragraphs never fuse.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})
_SKIPPED = frozenset({"script", "style", "head", "title"})
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v]+")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "br" or tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment, entities decoded, one line per block or `<br>`."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    text = _SPACES.sub(" ", "".join(collector.parts))
    lines = (line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()


def html_title(document: str) -> str:
    """The `<title>` of a whole page (LinkedIn articles), or ""."""
    found = re.search(r"<title[^>]*>(.*?)</title>", document, re.IGNORECASE | re.DOTALL)
    return html_to_text(found.group(1)) if found else ""
