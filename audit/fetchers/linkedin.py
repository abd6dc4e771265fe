"""LinkedIn "Get a copy of your data" export: the CSV files of shared/formats/linkedin.md.

LinkedIn publishes no schema and renames files between generations (`Shares.csv` in older
and Basic exports, `Shares_<member id>.csv` in the Complete export seen in 2026;
`PhoneNumbers.csv` beside `Phone Numbers.csv`), so files are matched case-insensitively by
their name with spaces, underscores and the numeric suffix ignored, wherever they sit, and
columns by header name.  Every file is streamed row by row (`linkedin_csv`), whatever its
encoding and delimiter (the 2018 export mixes UTF-16 tab files with UTF-8 comma files).
One file name has held two layouts: `Messages.csv` of 2018 (`From,To,Date,Subject,Content,
Direction,Folder`) and `messages.csv` of later years (conversation ids, sender URLs).  The
profile's files are read here; posts, comments, articles and what was sent in `linkedin_activity`.

Who can see what: the export records an audience only for posts (`Visibility`).  Profile
visibility settings are not exported (UNVERIFIED that no file holds them), so headline,
positions and education, which LinkedIn shows on the public profile by default, are
"public"; contact details (e-mail, phone, address) follow the "Contact info" setting, which is
not exported either, so they are "unknown" and the person is told where to check.

Not read, on purpose: Connections, Recommendations and Endorsements (other people's details
and words), Reactions, Votes and InstantReposts (no words of the person's), the
identity-verification files (never to be displayed), `Rich Media.csv` in its 2024 layout
(`Type,Link`: a fixed phrase and a download link per upload, no words of the person's; the
older `Media Description` layout is read), and the 2018 `Share Title`/`Share Description`
columns (the preview of the page a post links to, written by that page: UNVERIFIED).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import datetime

from audit.archive import Archive
from audit.errors import UnreadableMember
from audit.fetchers.base import Fetcher
from audit.fetchers.linkedin_activity import LinkedInActivity
from audit.fetchers.linkedin_csv import (
    Row,
    bracket_list,
    field_name,
    file_key,
    iter_rows,
    parse_date,
)
from audit.fetchers.linkedin_repeats import Repeats
from detectors.base import Item, Section, Visibility

_Columns = tuple[tuple[str, Section, Visibility], ...]
_PROFILE: _Columns = (
    ("First Name", "profile", "public"),
    ("Last Name", "profile", "public"),
    ("Maiden Name", "profile", "unknown"),
    ("Address", "profile", "unknown"),
    ("Birth Date", "profile", "unknown"),
    ("Contact Instructions", "profile", "unknown"),  # 2018 only
    ("Headline", "profile", "public"),
    ("Summary", "profile", "public"),
    ("Zip Code", "profile", "unknown"),
    ("Geo Location", "profile", "public"),
)
_PROFILE_LISTS: _Columns = (
    ("Twitter Handles", "profile", "public"),
    ("Websites", "profile", "public"),
    ("Instant Messengers", "profile", "unknown"),
)
_POSITIONS: _Columns = (
    ("Title", "profile", "public"),
    ("Company Name", "profile", "public"),
    ("Description", "profile", "public"),
    ("Location", "profile", "public"),
)
_EDUCATION: _Columns = (
    ("School Name", "profile", "public"),
    ("Degree Name", "profile", "public"),
    ("Notes", "profile", "public"),
    ("Activities", "profile", "public"),
)
_APPLICATION_COLUMNS = ("Contact Email", "Contact Phone Number", "Question And Answers")


class LinkedInFetcher(LinkedInActivity, Fetcher):
    """Reads a LinkedIn export, zip or folder, Basic or Complete, one CSV at a time."""

    platform = "linkedin"
    title = "LinkedIn"
    markers = (
        "Profile.csv",
        "Positions.csv",
        "Email Addresses.csv",
        "PhoneNumbers.csv",
        "Phone Numbers.csv",
        "Connections.csv",
        "Registration.csv",
        "messages.csv",
        "Education.csv",
    )
    _RECOGNISED = frozenset({"profile", "positions", "emailaddresses", "phonenumbers", "registration", "connections"})

    not_read = (
        ("Ad_Targeting*.csv", "advertising and ad-targeting records: not the person's words"),
        ("Logins*.csv", "security and login records: no personal text"),
        ("Security Challenges*.csv", "security and login records: no personal text"),
        ("SearchQueries*.csv", "security and login records: no personal text"),
        ("Registration*.csv", "security and login records: no personal text"),
        ("Calendar*.csv", "security and login records: no personal text"),
        ("Learning*.csv", "courses watched: no personal text"),
        ("Connections*.csv", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
        (
            "Company Follows*.csv",
            "lists of accounts (followers, following, blocks, mutes): names, not the person's text",
        ),
        (
            "Member_Follows*.csv",
            "lists of accounts (followers, following, blocks, mutes): names, not the person's text",
        ),
        (
            "Hashtag_Follows*.csv",
            "lists of accounts (followers, following, blocks, mutes): names, not the person's text",
        ),
        ("Contacts*.csv", "the imported address book: other people's details, never read"),
        ("Endorsement_*_Info*.csv", "skill endorsements: others' names and skill words"),
        ("Skills*.csv", "skill words without a job or school"),
        ("Certifications*.csv", "certificate names and issuers"),
        ("Reactions*.csv", "other people's posts the person liked or saved: not their own words"),
        ("Votes*.csv", "other people's posts the person liked or saved: not their own words"),
        ("Saved_Items*.csv", "other people's posts the person liked or saved: not their own words"),
        ("SavedJobAlerts*.csv", "saved job searches"),
        ("Job Applicant Saved Answers*.csv", "answers saved for job forms: read where an application used them"),
        ("Job Applicant Saved Screening Question Responses*.csv", "screening answers saved for job forms"),
    )

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        """A top-level CSV with one of LinkedIn's own file names, in any case or spacing."""
        names = archive.names()
        return any("/" not in n and n.lower().endswith(".csv") and file_key(n) in cls._RECOGNISED for n in names)

    def items(self) -> Iterator[Item]:
        self._owner = ""
        self._counts: dict[str, int] = {}
        self._applications = Repeats(_APPLICATION_COLUMNS, split={"Question And Answers": " | "})
        by_key: dict[str, list[str]] = {}
        for name in self.archive.names():
            if name.lower().endswith(".csv"):
                by_key.setdefault(file_key(name), []).append(name)
        readers: tuple[tuple[str, Callable[[str], Iterator[Item]]], ...] = (
            ("profile", self._profile),
            ("profilesummary", self._profile_summary),
            ("positions", self._positions),
            ("education", self._education),
            ("emailaddresses", self._emails),
            ("phonenumbers", self._phones),
            ("whatsappphonenumbers", self._phones),
            ("shares", self._shares),
            ("comments", self._comments),
            ("richmedia", self._rich_media),
            ("messages", self._messages),
            ("invitations", self._invitations),
            ("jobapplications", self._job_applications),
        )
        for key, reader in readers:
            for name in sorted(by_key.get(key, ())):
                # A CSV whose rows hold nothing to check (invitations sent without a note) is
                # rightly empty; one in another layout fails its header check instead.
                yield from self.guarded(name, self._file(name, reader), may_be_empty=True)
        for name in self.archive.names():
            if name.lower().startswith("articles/") and name.lower().endswith((".html", ".htm")):
                yield from self.guarded(name, self._article(name))

    # -- reading ---------------------------------------------------------------------------

    def _file(self, name: str, reader: Callable[[str], Iterator[Item]]) -> Iterator[Item]:
        """One CSV's items; a file that cannot be decoded or parsed is reported, the rest scanned."""
        self.report.current_file = name
        try:
            yield from reader(name)
        except UnreadableMember as error:
            self.report.skip(name, error.reason)
        except UnicodeDecodeError:
            self.report.skip(name, "not UTF-8 or UTF-16 text")
        except csv.Error:
            self.report.skip(name, "not a readable CSV file")

    def _rows(self, name: str, wanted: str | tuple[str, ...], *, backslash_quotes: bool = False) -> Iterator[Row]:
        """Each data row; a missing header or a last row that breaks off is reported."""
        with self.archive.open(name) as stream:
            try:
                pending: Row | None = None
                for row in iter_rows(stream, wanted, backslash_quotes=backslash_quotes):
                    if pending is not None:
                        yield pending
                    pending = row
            except UnicodeDecodeError:
                raise
            except ValueError:
                columns = "' or '".join((wanted,) if isinstance(wanted, str) else wanted)
                self._skip_once(name, f"not the LinkedIn file it is named after (no '{columns}' column)")
                return
        if pending is not None:
            yield pending
            if not pending.complete:
                self._skip_once(name, "truncated: its last row breaks off")

    def _skip_once(self, name: str, reason: str) -> None:
        """messages.csv may be read twice (to find its owner): report a problem once."""
        if not any(u.path == name and u.reason == reason for u in self.report.unreadable):
            self.report.skip(name, reason)

    def _columns(self, name: str, row: Row, columns: _Columns, when: datetime | None = None) -> Iterator[Item]:
        for column, section, visibility in columns:
            item = self.text_item(name, None, field_name(column), row.get(column), section, visibility, when)
            if item:
                yield item

    # -- profile ---------------------------------------------------------------------------

    def _profile(self, name: str) -> Iterator[Item]:
        for row in self._rows(name, "Headline"):
            self._owner = self._owner or f"{row.get('First Name')} {row.get('Last Name')}".strip().lower()
            yield from self._columns(name, row, _PROFILE)
            for column, section, visibility in _PROFILE_LISTS:
                for value in bracket_list(row.get(column)):
                    item = self.text_item(name, None, field_name(column), value, section, visibility)
                    if item:
                        yield item

    def _profile_summary(self, name: str) -> Iterator[Item]:
        for row in self._rows(name, "Profile Summary"):
            item = self.text_item(name, None, "profile_summary", row.get("Profile Summary"), "profile", "public")
            if item:
                yield item

    def _positions(self, name: str) -> Iterator[Item]:
        for row in self._rows(name, "Title"):
            yield from self._columns(name, row, _POSITIONS, parse_date(row.get("Started On")))

    def _education(self, name: str) -> Iterator[Item]:
        for row in self._rows(name, "School Name"):
            yield from self._columns(name, row, _EDUCATION, parse_date(row.get("Start Date")))

    def _emails(self, name: str) -> Iterator[Item]:
        for row in self._rows(name, "Email Address"):
            item = self.text_item(name, None, "email_address", row.get("Email Address"), "account", "unknown")
            if item:
                yield item

    def _phones(self, name: str) -> Iterator[Item]:
        """`PhoneNumbers.csv` and `Whatsapp Phone Numbers.csv` (whose header is UNVERIFIED: only
        the `Number` column is relied on).  Masked numbers (`06*********`) find nothing, rightly."""
        for row in self._rows(name, "Number"):
            number, extension = row.get("Number"), row.get("Extension")
            text = f"{number} ext. {extension}" if number and extension else number
            item = self.text_item(name, None, "number", text, "account", "unknown")
            if item:
                yield item
