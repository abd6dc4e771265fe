"""Where profile-audit keeps its own files, and how it writes them.

Everything lives under one folder: the user's data dir from platformdirs, or
`$PROFILE_AUDIT_HOME` (tests and demo mode point it at a throwaway folder).  Files that
could hold personal data are written atomically (temp file + `os.replace`) with mode 0600.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

HOME_ENV = "PROFILE_AUDIT_HOME"


def data_home() -> Path:
    """The folder for state and keys, created 0700 on first use."""
    override = os.environ.get(HOME_ENV)
    home = Path(override) if override else Path(platformdirs.user_data_dir("profile-audit", appauthor=False))
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
