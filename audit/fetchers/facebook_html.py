"""Facebook's HTML pages: the legacy archive (G0, HTML only) and the HTML flavour of G1-G3.

The HTML flavour uses the JSON flavour's file names with `.html`, so a page's kind comes
from its name; the legacy archive has its own names (`index.htm`, `html/timeline.htm`,
`html/contact_info.htm`, `photos/<album id>/index.htm`).  Where a JSON twin of a page is
present the page is skipped: the notes find HTML drops detail (EXIF, coordinates).
Records are found by structure (see `meta_html`); here we only say what each page is.
Two legacy pages need more than that: the timeline, one page of every post, is streamed
post by post (`facebook_timeline`), and the contact page is read only above its address
book of other people (`facebook_contact_info`).  Address-book pages of the later
generations are never read (`meta_common.OTHER_PEOPLES_FILES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.errors import UnreadableMember
from audit.fetchers.facebook_contact_info import own_contact_records
from audit.fetchers.facebook_timeline import timeline_items
from audit.fetchers.meta_common import other_peoples
from detectors.base import Item, Section, Visibility

if TYPE_CHECKING:
    from audit.fetchers.meta_common import MetaFetcher as _Base
else:
    _Base = object

_PAGE = re.compile(r"\.html?$", re.IGNORECASE)
_NUMBER = re.compile(r"_\d+$")
PAGE_KINDS: dict[str, tuple[str, Section]] = {
    "your_posts": ("post", "post"),
    "your_posts__check_ins__photos_and_videos": ("post", "post"),
    "posts_on_other_pages_and_profiles": ("post", "post"),
    "group_posts_and_comments": ("post", "post"),
    "your_posts_and_comments_in_groups": ("post", "post"),
    "timeline": ("post", "post"),
    "archive": ("post", "post"),
    "trash": ("post", "post"),
    "comments": ("comment", "comment"),
    "your_comments_in_groups": ("comment", "comment"),
    "profile_information": ("profile", "profile"),
    "profile_update_history": ("profile", "profile"),
    "index": ("profile", "profile"),
    "contact_info": ("profile", "profile"),
    "check-ins": ("checkin", "checkin"),
    "places_you_have_been_tagged_in": ("checkin", "checkin"),
    "cities_you_have_checked_into": ("checkin", "checkin"),
    "your_uncategorized_photos": ("media", "media"),
    "your_videos": ("media", "media"),
    "your_photos": ("media", "media"),
    "photos": ("media", "media"),
    "videos": ("media", "media"),
    "your_group_membership_activity": ("group", "other"),
    "your_groups": ("group", "other"),
    "groups": ("group", "other"),
}
"""Page stem -> (field for the record's text, section).  Unlisted pages (ads, logins) are not read."""
CONNECTION_PAGES = {
    "friends": "friend",
    "your_friends": "friend",
    "who_you_follow": "following",
    "who_you've_followed": "following",
    "who_you_ve_followed": "following",
}
ONLY_ME_PAGES = {"archive", "trash"}
"""Archived and binned posts: only their owner sees them."""


class FacebookPages(_Base):
    """HTML reading for `FacebookFetcher` (a mixin: it uses `MetaFetcher`'s helpers)."""

    _friends_visibility: Visibility
    _following_visibility: Visibility

    def html_items(self, names: list[str], owners: frozenset[str] = frozenset()) -> Iterator[Item]:
        """Every HTML page's items; `owners` (the profile's name) keeps other people's timeline posts out."""
        known = set(names)
        pages = [n for n in names if _PAGE.search(n) and _PAGE.sub(".json", n) not in known and not other_peoples(n)]
        for name in pages:
            if name.rsplit("/", 1)[-1].startswith("privacy_settings."):
                self._privacy_page(name)
        legacy = any(n.startswith("html/") for n in names)
        for name in pages:
            stem = _stem(name)
            if legacy and stem in ("timeline", "contact_info"):
                reader = timeline_items(self, name, owners) if stem == "timeline" else self._contact_info(name)
                yield from self.guarded(name, reader)
                continue
            if "/album/" in name or (stem == "index" and name.startswith("photos/")):
                stem = "photos"  # album pages: `posts/album/<n>.html`, G0 `photos/<album id>/index.htm`
            elif stem == "index" and ("/" in name or not legacy):
                continue  # the HTML flavour's table of contents: links only
            if stem in CONNECTION_PAGES:  # a page may rightly list nobody: judged by its shape
                field = CONNECTION_PAGES[stem]
                audience = self._friends_visibility if field == "friend" else self._following_visibility
                yield from self.guarded(name, self._connection_page(name, field, audience), may_be_empty=True)
            elif stem in PAGE_KINDS:
                field, section = PAGE_KINDS[stem]
                visibility: Visibility = "only_me" if stem in ONLY_ME_PAGES else "unknown"
                yield from self.guarded(name, self.page_items(name, field, section, visibility), may_be_empty=True)

    def _contact_info(self, name: str) -> Iterator[Item]:
        """The legacy contact page's own details (the address book below them is never read)."""
        self.report.current_file = name
        try:
            records, shaped = own_contact_records(self.archive, name)
        except UnreadableMember as error:
            self.report.skip(name, error.reason)
            return
        if not shaped:  # a later page saved under the legacy name: named if it gives nothing
            self.not_its_shape(name)
        for record in records:
            yield from self.record_items(name, record, "profile", "profile", "unknown")

    def _privacy_page(self, name: str) -> None:
        for record in self.page_records_of(name):
            for label, value in record.pairs:
                self.apply_privacy(label, value)  # type: ignore[attr-defined]

    def _connection_page(self, name: str, field: str, visibility: Visibility) -> Iterator[Item]:
        """One text-less item per friend: counted, never read for findings (not the person's data)."""
        for record in self.page_records_of(name):
            if record.when is not None:
                yield self.connection(name, field, visibility, record.when)


def _stem(name: str) -> str:
    return _NUMBER.sub("", _PAGE.sub("", name.rsplit("/", 1)[-1]))
