"""One export in several parts (Meta splits a large export into numbered zips), read as one.

Each part is an archive of its own kind (a zip, a folder, ...); together they are one tree of
names, the first part holding a name being the one read.  What any part refuses is filed in the
one report, and every part shares one inflation budget: a zip bomb split across the parts is
still one bomb, stopped at the export's limit (`audit.archive.Budget`).  Kept apart from
`audit.archive`, the base every kind shares, as `ziparchive`, `tararchive`, `cararchive` and
`folderarchive` are.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import BinaryIO

from audit.archive import Archive, Budget


class MultiArchive(Archive):
    """Several parts of one export (Meta splits large exports into numbered zips)."""

    def __init__(self, parts: Sequence[Archive]) -> None:
        super().__init__(" + ".join(p.label for p in parts))
        self.parts = list(parts)
        self._owner: dict[str, Archive] = {}
        budget = Budget(sum(p.budget.packed for p in self.parts if p.budget is not None))
        for part in self.parts:
            part._sink = self.refuse
            _share(part, budget)
            for name in part.names():
                self._owner.setdefault(name, part)
        self._all = sorted(self._owner)

    def _static_problems(self) -> list[tuple[str, str]]:
        return [*(p for part in self.parts for p in part._static_problems()), *self._problems]

    def _raw_size(self, raw_name: str) -> int:
        return self._owner[raw_name].size(raw_name)

    def _raw_open(self, raw_name: str) -> BinaryIO:
        stream = self._owner[raw_name].open(raw_name)
        # the part's raw layer: a buffer of its own under this one would inflate ahead of every seek
        return stream.detach() if isinstance(stream, io.BufferedReader) else stream  # type: ignore[return-value]

    def _release(self) -> None:
        for part in self.parts:
            part.close()


def _share(archive: Archive, budget: Budget) -> None:
    """One inflation budget for every part of a split export: a bomb split across parts is one bomb."""
    if isinstance(archive, MultiArchive):
        for part in archive.parts:
            _share(part, budget)
    elif archive.budget is not None:
        archive.budget = budget
