"""X's Grailbird archive (2012-2018): `tweets.csv`, monthly `data/js/tweets/YYYY_MM.js` and user details.

Before the GDPR archive, X (then Twitter) handed out Grailbird, a small web app: the person's
profile in `data/js/user_details.js`, their posts month by month as JavaScript files in the
same shape as later archives' tweets, and all of them again in `tweets.csv`, which is read
only when the monthly files are missing.  Every post is public: Grailbird records no audience
beyond the `user.protected` a monthly file's tweets carry.  A mixin of `XFetcher`, kept apart
because this layout is one generation of its own, with its own files (shared/formats/x.md).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.errors import UnreadableMember
from audit.fetchers.jsonstream import iter_array, skip_to_assignment
from audit.fetchers.x_fields import handle_of, parse_date, profile_url, status_url
from audit.fetchers.x_files import GRAILBIRD_MONTH
from detectors.base import Item, Visibility

if TYPE_CHECKING:
    from audit.fetchers.base import Fetcher as _Base
else:
    _Base = object


class XGrailbird(_Base):
    """Grailbird's profile and posts as items (mixed into `XFetcher`)."""

    _handle: str | None
    _seen: set[str]

    if TYPE_CHECKING:  # `XFetcher`'s, which reads a monthly file as it reads any tweets file

        def _tweets(self, name: str, visibility: Visibility) -> Iterator[Item]: ...

    def _grailbird(self, names: list[str]) -> Iterator[Item]:
        path = "data/js/user_details.js"
        if self.archive.has(path):
            self.report.current_file = path
            try:
                with self.archive.open(path) as stream:
                    skip_to_assignment(stream, path)
                    for details in iter_array(stream, path, prefix=""):
                        self._handle = handle_of(details.get("screen_name")) or self._handle
                        for field in ("bio", "location", "full_name", "screen_name"):
                            item = self.text_item(path, None, field, details.get(field), "profile", "public")
                            if item:
                                yield item.linked(profile_url(self._handle))
            except UnreadableMember as error:
                self.report.skip(path, error.reason)
        months = [n for n in names if GRAILBIRD_MONTH.match(n)]
        for name in months:
            yield from self._tweets(name, "public")
        if not months and self.archive.has("tweets.csv"):
            yield from self._tweets_csv("tweets.csv")

    def _tweets_csv(self, name: str) -> Iterator[Item]:
        self.report.current_file = name
        try:
            with self.archive.open(name) as stream:
                rows = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8", newline=""))
                for row in rows:
                    if row.get("retweeted_status_id"):
                        continue
                    tweet_id = row.get("tweet_id") or None
                    if tweet_id in self._seen:
                        continue
                    when = parse_date(row.get("timestamp"))
                    url = status_url(self._handle, tweet_id)
                    item = self.text_item(name, tweet_id, "text", row.get("text"), "post", "public", when, url=url)
                    if item:
                        yield item
        except (UnicodeDecodeError, csv.Error):
            self.report.skip(name, "not a readable UTF-8 CSV file")
        except UnreadableMember as error:
            self.report.skip(name, error.reason)
