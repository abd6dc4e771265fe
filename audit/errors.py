"""Errors the scan reports to the person, each one line long.

    AuditError                 anything the CLI turns into "profile-audit: <message>", exit 2
    ├── SourceError            a whole source cannot be read (missing, not an archive, empty)
    ├── SchoolProfileError     the school TOML is missing, malformed or has a bad key
    └── UnreadableMember       one file inside a good source cannot be read; the scan goes on

Messages name the path and what is wrong, never a value found inside a file.
"""

from __future__ import annotations


class AuditError(Exception):
    """Base of every error the person is shown as one line."""


class SourceError(AuditError):
    """A source given on the command line cannot be read at all."""


class SchoolProfileError(AuditError):
    """The school profile TOML cannot be used."""


class UnreadableMember(AuditError):
    """One file inside an export cannot be read; it is reported and the scan carries on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
