"""Whether a page asks search engines not to list it (`noindex`), said as information only.

A page can carry `<meta name="robots" content="noindex">` (or one addressed to a named search
engine, `googlebot`), or its server can send `X-Robots-Tag: noindex`.  Search engines that
honour it leave the page out of their results, so someone searching a teacher's name is less
likely to land on it; but anyone with the address or a link still sees all of it.  That is
worth knowing, and it changes nothing about what the page exposes, so it is told to the
person in words beside the findings, never counted as a finding.
"""

from __future__ import annotations

from collections.abc import Iterable

ROBOTS_META_NAMES = frozenset({"robots", "googlebot", "bingbot", "slurp", "duckduckbot"})
"""`<meta name=...>` values that address search engines' robots (all of them, or one)."""
NOT_LISTED = frozenset({"noindex", "none"})
"""Directives meaning "do not list this page" (`none` is `noindex, nofollow`)."""
NOINDEX_WORDS = (
    "This page asks search engines not to list it (noindex), so it is less likely to turn up when someone "
    "searches your name; anyone with its address or a link to it can still see everything on it"
)


def asks_not_to_be_listed(meta_contents: Iterable[str], header: str = "") -> bool:
    """Whether any robots `<meta>` content or the `X-Robots-Tag` header says noindex.

    The header may name a search engine before its directives (`googlebot: noindex, nofollow`)
    or carry several values joined with commas; each directive is looked at on its own.
    """
    for value in [*meta_contents, header]:
        for directive in value.split(","):
            word = directive.rsplit(":", 1)[-1].strip().lower()
            if word in NOT_LISTED:
                return True
    return False
