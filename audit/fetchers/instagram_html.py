"""Instagram's HTML flavour (I1-I3): the JSON flavour's file names with `.html`.

Post pages look the same in 2022 and 2025 (a card per post: caption, media, a table of
`Latitude`/`Longitude`/`Tagged users` rows, a timestamp); profile pages are tables of label
and value.  Records are found by structure (see `meta_html`); this module says what each
page is and applies the account's visibility.  Where the JSON twin of a page is present,
the page is skipped (JSON keeps more detail).  `synced_contacts.html` (the phone's address
book: other people) is never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from audit.fetchers.meta_common import other_peoples
from audit.fetchers.meta_labels import norm_label
from detectors.base import Item, Section, Visibility

if TYPE_CHECKING:
    from audit.fetchers.meta_common import MetaFetcher as _Base
else:
    _Base = object

_PAGE = re.compile(r"\.html?$", re.IGNORECASE)
_NUMBER = re.compile(r"_\d+$")
ACCOUNT_VISIBLE = "account"
PAGE_KINDS: dict[str, tuple[str, Section, str]] = {
    "posts": ("caption", "post", ACCOUNT_VISIBLE),
    "reels": ("caption", "post", ACCOUNT_VISIBLE),
    "igtv_videos": ("caption", "post", ACCOUNT_VISIBLE),
    "other_content": ("caption", "post", ACCOUNT_VISIBLE),
    "stories": ("caption", "post", ACCOUNT_VISIBLE),
    "archived_posts": ("caption", "post", "only_me"),
    "profile_photos": ("caption", "media", "public"),
    "post_comments": ("comment", "comment", "unknown"),
    "reels_comments": ("comment", "comment", "unknown"),
    "professional_information": ("professional_information", "profile", "public"),
    "possible_phone_numbers": ("possible_phone_numbers", "account", "only_me"),
    "possible_emails": ("possible_emails", "account", "only_me"),
    "autofill_information": ("autofill_information", "account", "only_me"),
    "signup_information": ("signup_information", "account", "only_me"),
    "signup_details": ("signup_details", "account", "only_me"),
    "profile_based_in": ("profile_based_in", "account", "only_me"),
    "account_based_in": ("account_based_in", "account", "only_me"),
}
"""Page stem -> (field for the record's text, section, visibility or "account")."""
CONNECTION_PAGES = {"followers": "follower", "following": "following", "close_friends": "close_friend"}


class InstagramPages(_Base):
    """HTML reading for `InstagramFetcher` (a mixin over `MetaFetcher`'s helpers)."""

    _account: Visibility

    def _pages(self, names: list[str]) -> list[str]:
        known = set(names)
        return [n for n in names if _PAGE.search(n) and _PAGE.sub(".json", n) not in known and not other_peoples(n)]

    def html_profile(self, names: list[str]) -> list[Item]:
        """Personal-information pages, read first: they hold the private-account flag."""
        found: list[Item] = []
        for name in self._pages(names):
            if _stem(name) == "personal_information":
                found += self.guarded(name, self._personal_page(name), may_be_empty=True)
        return found

    def _personal_page(self, name: str) -> Iterator[Item]:
        for record in self.page_records_of(name):
            for label, value in record.pairs:
                if norm_label(label) in ("private account", "account privacy"):
                    self.set_private(value)
                item = self.profile_item(name, label, value)
                if item:
                    yield item

    def html_items(self, names: list[str]) -> Iterator[Item]:
        """Every page's items; a page may rightly be empty, so one is named only by its shape."""
        for name in self._pages(names):
            stem = _stem(name)
            if stem in CONNECTION_PAGES:
                yield from self.guarded(name, self._connection_page(name, CONNECTION_PAGES[stem]), may_be_empty=True)
            elif stem in PAGE_KINDS:
                field, section, visible = PAGE_KINDS[stem]
                visibility: Any = self._account if visible == ACCOUNT_VISIBLE else visible
                yield from self.guarded(name, self.page_items(name, field, section, visibility), may_be_empty=True)

    def _connection_page(self, name: str, field: str) -> Iterator[Item]:
        """One text-less item per account listed: counted, never read for findings."""
        visibility: Visibility = "only_me" if field == "close_friend" else self._account
        for record in self.page_records_of(name):
            if record.when is not None:
                yield self.connection(name, field, visibility, record.when)

    def set_private(self, flag: Any) -> None: ...  # provided by InstagramFetcher

    def profile_item(self, name: str, label: str, value: Any, field: str | None = None) -> Item | None: ...


def _stem(name: str) -> str:
    return _NUMBER.sub("", _PAGE.sub("", name.rsplit("/", 1)[-1]))
