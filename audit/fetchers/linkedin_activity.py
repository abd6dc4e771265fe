"""What the person wrote and sent on LinkedIn: posts, comments, articles, messages, notes, job forms.

These are the person's own words (or the details they typed into a form), each with the
audience the export records: a post's `Visibility`, nothing for a comment (seen wherever the
post it answers is), "public" for a published article, the people in the conversation for a
message or an invitation note, the employer for a job application.  Only the person's own
messages are read (`linkedin_messages` tells them from the others').  A mixin of
`LinkedInFetcher`, which keeps the file map, the CSV reading every reader shares (`_rows`,
`_skip_once`) and the profile's files; kept apart because the profile is what the person
shows, and this is what they said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.errors import UnreadableMember
from audit.fetchers.html_text import html_title, html_to_text
from audit.fetchers.linkedin_csv import Row, field_name, fix_mojibake, has_header, linkedin_url, parse_date, share_id
from audit.fetchers.linkedin_messages import likeliest_sender, own_messages, sent_invitation
from audit.fetchers.linkedin_repeats import Repeats
from detectors.base import Item, Visibility

if TYPE_CHECKING:
    from audit.fetchers.base import Fetcher as _Base
else:
    _Base = object

_SHARE_AUDIENCE: dict[str, Visibility] = {
    "PUBLIC": "public",
    # "Connections only": people the member accepted, LinkedIn's nearest thing to friends.
    # The exact scope of MEMBER_NETWORK is UNVERIFIED; CONNECTIONS is seen only in a synthetic fixture.
    "MEMBER_NETWORK": "friends",
    "CONNECTIONS": "friends",
}


class LinkedInActivity(_Base):
    """Posts, comments, articles and what was sent, as items (mixed into `LinkedInFetcher`)."""

    _owner: str
    _counts: dict[str, int]
    _applications: Repeats

    if TYPE_CHECKING:  # `LinkedInFetcher`'s reading layer, shared with the profile's readers

        def _rows(
            self, name: str, wanted: str | tuple[str, ...], *, backslash_quotes: bool = False
        ) -> Iterator[Row]: ...

        def _skip_once(self, name: str, reason: str) -> None: ...

    # -- activity --------------------------------------------------------------------------

    def _shares(self, name: str) -> Iterator[Item]:
        for row in self._rows(name, "ShareCommentary"):
            audience = _SHARE_AUDIENCE.get(row.get("Visibility").upper(), "unknown")
            when, item_id = parse_date(row.get("Date")), share_id(row.get("ShareLink"))
            for column in ("ShareCommentary", "SharedUrl"):
                item = self.text_item(name, item_id, field_name(column), row.get(column), "post", audience, when)
                if item:
                    yield item.linked(linkedin_url(row.get("ShareLink")))

    def _comments(self, name: str) -> Iterator[Item]:
        """Comments carry no audience: they are seen wherever the post they answer is."""
        for row in self._rows(name, "Message", backslash_quotes=True):
            item = self.text_item(
                name,
                share_id(row.get("Link")),
                "message",
                row.get("Message"),
                "comment",
                "unknown",
                parse_date(row.get("Date")),
            )
            if item:
                yield item.linked(linkedin_url(row.get("Link")))  # the post it answers, where it is shown

    def _rich_media(self, name: str) -> Iterator[Item]:
        """Photo uploads are links only (no image files, so no EXIF to read); the description is text.

        The 2024 layout (`Type,Link`) has no description: each row is a fixed phrase ("... can be
        downloaded at") and a link, so the file is passed over on purpose, and not reported.
        """
        for row in self._rows(name, ("Media Description", "Link")):
            if not row.has("Media Description"):
                return
            link = row.get("Media Link") or None
            item = self.text_item(name, link, "media_description", row.get("Media Description"), "post", "unknown")
            if item:
                yield item.linked(linkedin_url(link))

    def _article(self, name: str) -> Iterator[Item]:
        """A published article (public: UNVERIFIED); the file has no date, the `<h1>` link its URL."""
        self.report.current_file = name
        try:
            with self.archive.open(name) as stream:
                document = stream.read().decode("utf-8", errors="replace")
        except UnreadableMember as error:
            self.report.skip(name, error.reason)
            return
        link = re.search(r"<h1[^>]*>\s*<a[^>]+href=\"([^\"]+)\"", document, re.IGNORECASE)
        item_id = link.group(1) if link else None
        body = re.sub(r"<title[^>]*>.*?</title>", "", document, flags=re.IGNORECASE | re.DOTALL)
        for field, text in (("title", html_title(document)), ("body", html_to_text(body))):
            item = self.text_item(name, item_id, field, text, "post", "public")
            if item:
                yield item.linked(linkedin_url(item_id))

    # -- messages the person sent ----------------------------------------------------------

    def _messages(self, name: str) -> Iterator[Item]:
        """Only what the person wrote, in either layout of the file (`linkedin_messages`)."""
        wanted = "Direction" if self._has(name, "Direction") else "CONVERSATION ID"
        owner = self._owner
        if not owner and wanted == "CONVERSATION ID":
            owner = likeliest_sender(self._rows(name, wanted))
        own = 0
        textless = True  # the person's rows, but no column for their words (a damaged header)
        for row, audience in own_messages(self._counted(name, wanted), owner):
            own += 1
            textless = textless and not row.has("Content")
            when = parse_date(row.get("Date"), month_first=wanted == "Direction")
            conversation = row.get("CONVERSATION ID") or None
            for column in ("Subject", "Content"):
                text = fix_mojibake(html_to_text(row.get(column)))
                item = self.text_item(name, conversation, field_name(column), text, "message", audience, when)
                if item:
                    yield item
        if own == 0 and self._counts.get(name, 0) > 0:  # messages there, none matched to the owner
            self.report.skip(
                name, "messages not read: none could be told to be the person's own (is Profile.csv damaged?)"
            )
        elif own and textless:
            self._skip_once(name, "not the LinkedIn file it is named after (no 'CONTENT' column)")

    def _counted(self, name: str, wanted: str) -> Iterator[Row]:
        """`_rows`, counting them (a file of messages none of which is the owner's is named)."""
        self._counts[name] = 0
        for row in self._rows(name, wanted):
            self._counts[name] += 1
            yield row

    def _has(self, name: str, column: str) -> bool:
        """Whether a file's header names `column` (a file that will not decode answers no)."""
        with self.archive.open(name) as stream:
            return has_header(stream, column)

    def _invitations(self, name: str) -> Iterator[Item]:
        """The note the person sent with an invitation."""
        for row in self._rows(name, "Direction"):
            if sent_invitation(row, self._owner):
                item = self.text_item(
                    name, None, "message", row.get("Message"), "message", "custom", parse_date(row.get("Sent At"))
                )
                if item:
                    yield item

    def _job_applications(self, name: str) -> Iterator[Item]:
        """The phone and e-mail typed into job forms go to the employer that posted the job.

        LinkedIn copies the same contact details into every application: each distinct value
        is one item (one finding), at its earliest application, not one per application
        (`linkedin_repeats`).
        """
        for repeat in self._applications.distinct(self._rows(name, "Application Date")):
            row = repeat.first
            item = self.text_item(
                name,
                row.get("Job Url") or None,
                field_name(repeat.column),
                repeat.value,
                "account",
                "custom",
                parse_date(row.get("Application Date"), month_first=True),
            )
            if item:
                yield item
