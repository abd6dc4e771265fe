"""Where profile-audit keeps its own files, and how it writes them.

Everything lives under one folder: the user's data dir from platformdirs, or
`$PROFILE_AUDIT_HOME` (tests and demo mode point it at a throwaway folder).  Files that
could hold personal data are written atomically (temp file + `os.replace`) with mode 0600.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

import platformdirs

HOME_ENV = "PROFILE_AUDIT_HOME"


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
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
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
