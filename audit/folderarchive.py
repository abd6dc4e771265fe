"""An export already unpacked into a folder, read as an archive without copying anything.

People often unzip an export before pointing the tool at it, or a platform hands over a folder
in the first place.  The folder is walked once: files are named by their posix path under it,
symbolic links are never followed (a link could lead anywhere on the machine), and a name that
climbs out or cannot be printed, or a sub-folder that cannot be listed, is refused and named in
the report, as a zip's would be.  Members are opened as they are asked for; the limits and the
notices all kinds share are `audit.archive`'s, as for `ziparchive`, `tararchive` and
`cararchive`.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from audit.archive import Archive
from audit.members import bad_name, describe, printable


class FolderArchive(Archive):
    """An export already unpacked into a folder; symbolic links are not followed."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._root = path
        names: list[str] = []

        def unlisted(error: OSError) -> None:
            where = os.path.relpath(error.filename, path) if error.filename else "."
            self.refuse(printable(where) + "/", f"the folder cannot be listed ({describe(error)})")

        for folder, dirs, files in os.walk(path, onerror=unlisted):
            dirs[:] = sorted(d for d in dirs if not (Path(folder) / d).is_symlink())
            for file in files:
                full = Path(folder) / file
                if not full.is_symlink() and full.is_file():
                    name = PurePosixPath(full.relative_to(path)).as_posix()
                    problem = bad_name(name)
                    if problem:
                        self.refuse(printable(name), problem)
                    else:
                        names.append(name)
        self._all = sorted(names)

    def _raw_size(self, raw_name: str) -> int:
        return (self._root / raw_name).stat().st_size

    def _raw_open(self, raw_name: str) -> BinaryIO:
        return open(self._root / raw_name, "rb")  # noqa: SIM115 - the caller closes it
