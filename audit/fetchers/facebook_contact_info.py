"""The legacy archive's `html/contact_info.htm`: the person's own contact details, never their address book.

The page (2010-2018 archives) opens with the person's own details, a table of label and
value rows (e-mails, phones, address).  Below them comes an "Address Book": the contacts
Facebook synced from the person's phone, often hundreds of other people's names and numbers
(checked on a real 2017 archive, shared/formats/facebook.md).  A public script that lists
that address book takes the page's *second* table and skips its first row, a header row
("extract_names_numbers.py", code-index id 830376182): so the book is its own table with
column headings.

Those numbers are other people's data, not the person's exposure, and a finding on them
would be false and would repeat someone else's number back.  So the page is cut where the
address book starts, before it is parsed at all: at the heading that names it, and any
table left whose first row is only column headings (a listing of people, where the person's
own details are label-and-value rows) is dropped as well.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audit.archive import Archive
from audit.fetchers.meta_html import HtmlRecord, page_records, page_text, parse_page
from audit.fetchers.meta_shape import page_is_meta

if TYPE_CHECKING:  # bs4 itself is imported by `parse_page`, when a page is read (not when the app starts)
    from bs4 import Tag

ADDRESS_BOOK_TITLES = (
    r"address\s*book",
    r"your\s+address\s+books?",
    r"phone\s+contacts",
    r"synced\s+contacts",
    r"adressbuch",
    r"carnet\s+d['\u2019]adresses",
    r"rubrica",
    r"adresboek",
    r"libreta\s+de\s+direcciones",
)
"""The section's heading: English as seen; the other languages are UNVERIFIED guesses."""
_BOOK_HEADING = re.compile(
    r"<(?P<tag>[a-z][a-z0-9]*)\b[^>]*>\s*(?:" + "|".join(ADDRESS_BOOK_TITLES) + r")\s*:?\s*</(?P=tag)\s*>",
    re.IGNORECASE,
)


def own_contact_records(archive: Archive, name: str) -> tuple[list[HtmlRecord], bool]:
    """The records of the page above its address book (UnreadableMember if it cannot be read),
    and whether the page is the legacy archive's at all (`meta_shape.page_is_meta`)."""
    from bs4 import Tag

    markup = page_text(archive, name)
    soup = parse_page(own_part(markup))
    for table in soup.find_all("table"):
        if isinstance(table, Tag) and _is_listing(table):
            table.decompose()
    return page_records(soup), page_is_meta(markup, legacy=True)


def own_part(markup: str) -> str:
    """The markup before the element that heads the address book (all of it if there is none)."""
    found = _BOOK_HEADING.search(markup)
    return markup[: found.start()] if found else markup


def _is_listing(table: Tag) -> bool:
    """A table whose first row is column headings only: one row per other person follows."""
    from bs4 import Tag

    row = table.find("tr")
    if not isinstance(row, Tag):
        return False
    cells = [c for c in row.find_all(["th", "td"], recursive=False) if isinstance(c, Tag)]
    return len(cells) >= 2 and all(c.name == "th" for c in cells)
