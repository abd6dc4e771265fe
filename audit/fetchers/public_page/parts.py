"""A part of a public page in plain words: where on the page a finding sits, for people who
have never read a page's source ("the page's description, as link previews show it").

The fields the extractor writes (`extract`, `structured`, `endpoints`) name the element or the
JSON path ("meta og:description", "JSON-LD Person.worksFor"); these words say what a visitor
or a search engine sees there.  The element's own name is kept after it, in brackets, for
whoever edits the page's source.
"""

from __future__ import annotations

_FIXED = {
    "title": "the page's title (its browser tab and search results)",
    "meta description": "the page's description (search results)",
    "meta og:title": "the page's title as link previews show it",
    "meta og:description": "the page's description as link previews show it",
    "meta author": "the page's author line, hidden in its source",
    "meta keywords": "the page's keywords, hidden in its source",
    "WhatsApp link": "a WhatsApp link on the page",
    "rel=me link": "a link to another of your profiles",
}
_PREFIXES = (
    ("JSON-LD", "details hidden in the page for search engines"),
    ("microdata", "details hidden in the page for search engines"),
    ("h-card", "the page's contact card"),
    ("meta ", "details hidden in the page's source"),
    ("tel: link", "a phone link on the page"),
    ("sms: link", "a text-message link on the page"),
    ("mailto: link", "an e-mail link on the page"),
)


def part_words(field: str) -> str:
    """ "meta og:description" -> "the page's description as link previews show it (meta
    og:description)"; a field it does not know is given as it is."""
    if field in _FIXED:
        return f"{_FIXED[field]} ({field})"
    if field.startswith("image alt text (") and field.endswith(")"):
        return f"the description (alt text) of the image {field[len('image alt text (') : -1]}"
    if field.startswith("page text"):
        return "the page's text"  # the element ("p", "li") helps nobody find it
    for prefix, words in _PREFIXES:
        if field.startswith(prefix):
            return f"{words} ({field})"
    return field
