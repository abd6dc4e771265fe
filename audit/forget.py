"""Forgetting: remove everything profile-audit keeps on this computer.

All of it lives in one folder (`audit.paths.data_home_path`): the progress file, the
fingerprint key and its spare copy, the findings of recent scans kept for a quick re-check
(`audit.cache`: they hold the values found), a progress file set aside as unreadable, and
temporary files a cut-off save left behind.  `kept` lists them with what each one is, so the person
sees what will go before they confirm; `forget` removes them under the folder's lock, so a
save running at that moment finishes first rather than half way.

When the folder is the platform's own (`~/.local/share/profile-audit` or the like), every
file in it is profile-audit's, so anything else found there goes too and then the folder
itself.  When `PROFILE_AUDIT_HOME` points somewhere else, that folder may hold other things:
only profile-audit's own files are removed and the folder stays.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from audit.errors import AuditError
from audit.model import KEY_BACKUP, KEY_FILE
from audit.paths import CACHE_FOLDER, HOME_ENV, data_home_path, folder_lock
from audit.state import STATE_FILE

NAMED = {
    STATE_FILE: "your progress: what you decided about each finding, and when you scanned",
    KEY_FILE: "the key that ties your decisions to the findings they are about",
    KEY_BACKUP: "the spare copy of that key",
    CACHE_FOLDER: "the findings of your recent scans, kept so that checking an unchanged export again is quick",
}
PATTERNS = (
    (re.compile(re.escape(STATE_FILE) + r"\.unreadable-.+"), "a progress file set aside because it could not be read"),
    (
        re.compile(r"\.(?:" + "|".join(re.escape(name) for name in NAMED) + r")\..+"),
        "left over from a save that was cut off",
    ),
)
KEYS = (KEY_FILE, KEY_BACKUP)
OTHER = "another file in profile-audit's own folder"


class ForgetError(AuditError):
    """A file could not be removed; one line naming it."""


@dataclass(frozen=True)
class Kept:
    """One thing profile-audit keeps, and what it is in plain words."""

    path: Path
    what: str


def owns_folder() -> bool:
    """Whether the data folder is the platform's default, which only profile-audit uses."""
    return not os.environ.get(HOME_ENV)


def kept(home: Path | None = None, whole_folder: bool | None = None) -> list[Kept]:
    """What is kept in `home` (the data folder by default), the keys last: if a removal
    fails half way, no progress is left behind without the key that reads it."""
    home = data_home_path() if home is None else home
    whole_folder = owns_folder() if whole_folder is None else whole_folder
    try:
        names = sorted((entry.name for entry in os.scandir(home)), key=lambda name: (name in KEYS, name))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        raise ForgetError(f"{home}: cannot look inside ({error.strerror or type(error).__name__})") from None
    found = []
    for name in names:
        what = NAMED.get(name) or next((what for pattern, what in PATTERNS if pattern.fullmatch(name)), None)
        if what is None and whole_folder:
            what = OTHER
        if what is not None:
            found.append(Kept(home / name, what))
    return found


def forget(items: list[Kept], home: Path | None = None, whole_folder: bool | None = None) -> int:
    """Remove `items` (from `kept`) under the folder's lock; then the folder, if it is
    profile-audit's own and now empty.  Returns how many were removed."""
    home = data_home_path() if home is None else home
    whole_folder = owns_folder() if whole_folder is None else whole_folder
    if not home.is_dir():
        return 0
    removed = 0
    with folder_lock(home):
        for item in items:
            try:
                if item.path.is_dir() and not item.path.is_symlink():
                    shutil.rmtree(item.path)
                else:
                    item.path.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                reason = error.strerror or type(error).__name__
                raise ForgetError(f"{item.path}: cannot remove it ({reason}); nothing after it was removed") from None
            removed += 1
    if whole_folder:
        with contextlib.suppress(OSError):  # not empty: something arrived meanwhile
            home.rmdir()
    return removed
