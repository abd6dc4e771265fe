"""The person's progress: what they decided about each finding, and what each scan saw.

Kept in one versioned JSON file (`{"version": 1, ...}`, older shapes upgraded by
`audit.migrations`), written atomically with mode 0600 under the data folder.  It is keyed
by finding fingerprints (`Finding.id`, a keyed hash) and holds no phone number, address or
e-mail *by construction*: every field is either a closed vocabulary (status), a checked
pattern (fingerprint, kind, platform, ISO date) or a reason that `audit.scrub` has cleaned
of anything contact-shaped.  Encoding validates again, so a state built by hand cannot smuggle
a value onto disk either.

A corrupt file is never overwritten silently: `load` raises a one-line `StateError`, and
`save` refuses to replace a file it cannot read until `quarantine` has moved it aside.  Two
writers (the app open while `scan --state` runs) never lose each other's work: a save that
finds the file changed since it was read merges it in first (`merge`), under a lock on the
folder.  Temp files of killed saves are swept up on the next load or save.

This module is the file's handling; what the file holds is `audit.state_model`'s and its bytes
are `audit.state_format`'s.  Their public names are importable from here as before.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from audit.errors import AuditError
from audit.migrations import MigrationError
from audit.paths import data_home, folder_lock, remove_stale_temporaries, write_private
from audit.state_format import decode, encode, parse, to_bytes
from audit.state_model import STATUSES, AuditState, Decision, Seen, Status
from audit.statemerge import merge

__all__ = [
    "STATE_FILE",
    "STATUSES",
    "AuditState",
    "Decision",
    "Seen",
    "StateError",
    "StateStore",
    "StateWriteError",
    "Status",
    "decode",
    "encode",
    "to_bytes",
]

STATE_FILE = "state.json"


class StateError(AuditError):
    """The progress file cannot be read or used; one line, naming the file, never a value."""


class StateWriteError(StateError, OSError):
    """The progress file cannot be written (a read-only folder, a full disk).  Still an
    `OSError` for callers that handle those, and a one-line `AuditError` for the CLI and app."""


class StateStore:
    """Reads and writes the progress file; the path is injectable (tests, demo mode)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_home() / STATE_FILE
        self._known: tuple[int, int, int] | None = None
        """(inode, mtime_ns, size) of the file as this store last read or wrote it."""
        self._base: bytes | None = None
        """What the file held then, as its bytes (decoded only for a merge, which is rare: a copy
        of 100,000 sightings after every save took longer than writing them): tells a merge what
        this writer changed and what the other did."""
        self._looked = False
        """Whether this store has read or written the file (found or not) at all."""

    def load(self) -> AuditState:
        """The saved state; an empty one if there is no file yet."""
        if self.path.parent.is_dir():
            with folder_lock(self.path.parent) as locked:
                remove_stale_temporaries(self.path, locked)
        return self._read()

    def _read(self) -> AuditState:
        self._looked = True
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._known, self._base = None, None
            return AuditState()
        except OSError as error:
            raise StateError(f"{self.path}: cannot read the progress file ({error.strerror})") from None
        try:
            state = parse(raw)
            self._known, self._base = self._stamp(), raw
            return state
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            reason = _one_line(error) if isinstance(error, MigrationError) else "not a profile-audit progress file"
            raise StateError(f"{self.path}: {reason}; move it aside to start afresh") from None

    def save(self, state: AuditState) -> None:
        """Write `state` atomically, 0600; refuse to replace a file that `load` cannot read.

        The file is read back first only when it changed since this store last read or
        wrote it (so the app's save after every decision does not re-read the whole file);
        then another writer saved in between, and its work is merged into `state` (in
        place: afterwards `state` is what the file holds).  A store that never looked at the
        file only checks it can be read: `state` came from elsewhere and already holds it.
        The folder is locked meanwhile.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with folder_lock(self.path.parent) as locked:
                remove_stale_temporaries(self.path, locked)
                stamp = self._stamp()
                if stamp is not None and stamp != self._known:
                    looked, base = self._looked, self._base  # before `_read` moves them on
                    theirs = self._read()
                    if looked:
                        merge(state, theirs, parse(base) if base is not None else None)
                written = to_bytes(state)
                write_private(self.path, written)
        except OSError as error:
            if isinstance(error, StateWriteError):
                raise
            why = error.strerror or type(error).__name__
            raise StateWriteError(f"{self.path}: cannot save the progress file ({why})") from None
        self._known, self._base, self._looked = self._stamp(), written, True

    def _stamp(self) -> tuple[int, int, int] | None:
        """Changes with every save: `write_private` replaces the file, so even a rewrite of
        the same size within the file system's clock tick gets a new inode."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return None
        return info.st_ino, info.st_mtime_ns, info.st_size

    def quarantine(self) -> Path | None:
        """Move an unreadable file aside (the person asked to start afresh); return where."""
        if not self.path.exists():
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        self.path.replace(target)
        return target


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
