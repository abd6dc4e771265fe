"""How deep an HTML page nests, measured before any tree is built, so a hostile page is refused early.

Meta's pages are read as BeautifulSoup trees, and the tree walks in `meta_html` recurse once
per level: a page nested 1,000 `<div>`s deep raised RecursionError and lost the whole scan,
and 200,000 deep took bs4 seven seconds and over 100 MB just to build.  Meta's pages nest
about a dozen levels (the 2022 card: html, body, four wrapper divs, `main`, `section`, a
table's rows and cells; 12 at most in every page of the fixtures, which copy the real
layouts), so `MAX_DEPTH` is far beyond any of them and shallow enough for every recursive
walk (the test reads a page exactly `MAX_DEPTH` deep whole).

The depth is the one the tree would have, so it is measured by the same parser bs4 uses
(libxml2's HTML parser, through lxml) with a target that only counts starts and ends: no
tree is built, implicit closes (`<p>`, `<li>`, `<td>` left open) and void elements (`<br>`,
`<img>`) count exactly as they will in the tree, and a stray `</div>` cannot hide a level the
way it would from a count of tags in the bytes.  The markup is fed a chunk at a time and the
count stops at the first element that goes too deep, so a page 200,000 levels deep is refused
in milliseconds; a normal page costs one pass of the C parser, a small part of building its tree.
"""

from __future__ import annotations

from lxml import etree

MAX_DEPTH = 256
"""Elements open at once beyond which a page is refused: 20x the deepest Meta page layout."""
CHUNK = 64 * 1024
"""Characters fed to the parser at a time: a page too deep stops within one chunk of the place."""


class TooDeepHtml(Exception):
    """A page nests deeper than its limit; raised by a parser target while the page is parsed.

    Its message names the limit and nothing from the page; the reader adds what it skipped.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(f"nested deeper than {limit} levels")
        self.limit = limit


class DepthCounter:
    """A parser target that keeps the number of open elements and stops the parse past the limit.

    lxml hands an exception raised here back out of `feed`, and libxml2 stops where it was.
    """

    def __init__(self, limit: int = MAX_DEPTH) -> None:
        self.limit = limit
        self.depth = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > self.limit:
            raise TooDeepHtml(self.limit)

    def end(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)

    def close(self) -> None:
        """Nothing to return: the count is the result."""


def check_depth(markup: str, limit: int = MAX_DEPTH) -> None:
    """Raise TooDeepHtml if `markup` opens more than `limit` elements at once; else return.

    Markup libxml2 cannot read at all is left for the real parse to deal with, as before.
    """
    parser = etree.HTMLParser(target=DepthCounter(limit), no_network=True)
    try:
        for start in range(0, len(markup), CHUNK):
            parser.feed(markup[start : start + CHUNK])
        if markup.strip():  # libxml2 calls an empty document an error
            parser.close()
    except etree.LxmlError:
        return
