"""A response's media type and its text, decoded the way a browser would.

Sites name their character set in the `Content-Type` header, in a `<meta charset>`, or not at
all; many old personal sites are Windows-1252 and say nothing.  A page is decoded with the
header's charset, else the meta tag's, else UTF-8, and only if that fails as Windows-1252, so
that "Caf\u00e9" and curly quotes survive and a number is never split by a replacement character.
"""

from __future__ import annotations

import re


def media_type(content_type: str) -> str:
    """`text/html` from `text/html; charset=utf-8`: what kind of file the site says it sent."""
    return content_type.split(";", 1)[0].strip().lower()


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_text(body: bytes, content_type: str) -> str:
    """The body as text: the header's charset, else a `<meta charset>`, else UTF-8, else Windows-1252."""
    found = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    charset = found.group(1) if found else None
    if charset is None:
        meta = _META_CHARSET.search(body[:2048])
        charset = meta.group(1).decode("ascii") if meta else None
    if body.startswith(b"\xef\xbb\xbf"):
        charset = "utf-8-sig"
    for candidate in (charset, "utf-8"):
        if candidate:
            try:
                return body.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")
