"""Where profile-audit keeps its own files, and how it writes them.

Everything lives under one folder: the user's data dir from platformdirs, or
`$PROFILE_AUDIT_HOME` (tests and demo mode point it at a throwaway folder).  Files that
could hold personal data are written atomically (temp file + `os.replace`, then the folder
synced so the rename itself survives a power cut) with mode 0600.  A write killed half way
leaves its temp file behind; `remove_stale_temporaries` sweeps those up on the next use.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import platformdirs

from audit.errors import AuditError

try:  # POSIX; elsewhere writers are not serialised and only old temp files are swept
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

HOME_ENV = "PROFILE_AUDIT_HOME"
STALE_AFTER = 60.0
"""Seconds after which an unlocked sweep treats a temp file as left by a killed write (a
write takes milliseconds; a younger file may belong to a writer still at work)."""
_TEMP_TAIL = r"[a-z0-9_]{8}"
"""What `tempfile.mkstemp` appends to the prefix."""


class DataFolderError(AuditError):
    """The data folder cannot be made; one line naming it (exit 2, never a traceback)."""


def data_home_path() -> Path:
    """Where the folder for state and keys is, without creating it."""
    override = os.environ.get(HOME_ENV)
    return Path(override) if override else _platform_home()


@lru_cache(maxsize=1)
def _platform_home() -> Path:
    return Path(platformdirs.user_data_dir("profile-audit", appauthor=False))


def data_home() -> Path:
    """The folder for state and keys, created 0700 on first use."""
    home = data_home_path()
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise DataFolderError(
            f"{home}: cannot create the data folder ({error.strerror or type(error).__name__}); "
            f"set {HOME_ENV} to a folder you can write"
        ) from None
    return home


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable by the owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable: without it a power cut can bring back the old file (or none)."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover - Windows cannot open a folder; its rename is durable
        return
    try:
        os.fsync(handle)
    except OSError:  # pragma: no cover - some file systems refuse to sync a folder
        pass
    finally:
        os.close(handle)


@contextmanager
def folder_lock(folder: Path) -> Iterator[bool]:
    """Hold an exclusive lock on `folder` (flock on the folder itself, so no lock file is
    left around); yields whether it is held.  Best effort: where locks are unavailable (no
    fcntl, a file system that refuses them) the caller runs unlocked and must be careful."""
    if fcntl is None:  # pragma: no cover - Windows
        yield False
        return
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(handle)  # closing releases the lock


def remove_stale_temporaries(path: Path, locked: bool) -> int:
    """Delete the temp files killed writes of `path` left beside it; returns how many.

    Under `folder_lock` every one is stale (writers hold the lock while they write);
    without it only those older than `STALE_AFTER` are, so a live writer is never robbed.
    Files that cannot be removed are left: a sweep never fails the caller.
    """
    pattern = re.compile(re.escape(f".{path.name}.") + _TEMP_TAIL)
    oldest = time.time() - (0.0 if locked else STALE_AFTER)
    removed = 0
    try:
        candidates = [entry for entry in os.scandir(path.parent) if pattern.fullmatch(entry.name)]
    except OSError:
        return 0
    for entry in candidates:
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime <= oldest:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


CACHE_FOLDER = "scan-cache"
"""The folder, inside the data folder, where the findings of recent scans are kept so that a
re-check of an unchanged export is quick (`audit.cache`); named here so that `audit.forget`
knows it without importing the scan."""
