"""Tar exports: older Mastodon servers hand out `archive-<date>-<hex>.tar.gz`.

Read member by member like a zip: the index of members is read once, nothing is extracted
to disk, only regular files count (links and devices inside a downloaded archive are never
followed), and a member declaring more than `MAX_MEMBER_BYTES` is refused.  A gzip stream
cannot seek backwards cheaply, so members are best read in archive order; exports of this
kind are small (a profile, one outbox, media), so the cost stays low either way.
"""

from __future__ import annotations

import tarfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from audit import archive as limits
from audit.archive import Archive, bounded
from audit.errors import SourceError, UnreadableMember


class TarArchive(Archive):
    """A `.tar`, `.tar.gz` or `.tar.bz2` export, read member by member."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        try:
            self._tar = tarfile.open(path, "r:*")  # noqa: SIM115 - closed by close()
            members = self._tar.getmembers()
        except (tarfile.TarError, OSError, EOFError) as error:
            raise SourceError(f"{path}: not a readable tar archive ({type(error).__name__})") from None
        self._members = {_clean(m.name): m for m in members if m.isfile() and _clean(m.name)}
        self._sorted = sorted(self._members)

    def _raw_names(self) -> list[str]:
        return [n for n in self._sorted if n.startswith(self._prefix)]

    def _raw_size(self, raw_name: str) -> int:
        return self._members[raw_name].size

    def _raw_open(self, raw_name: str) -> BinaryIO:
        member = self._members[raw_name]
        if member.size > limits.MAX_MEMBER_BYTES:
            raise UnreadableMember(raw_name, f"refused: declares {member.size // 1024**2} MiB")
        stream = self._tar.extractfile(member)
        if stream is None:
            raise UnreadableMember(raw_name, "not a regular file")
        return bounded(stream, member.size)

    def close(self) -> None:
        self._tar.close()


def _clean(name: str) -> str:
    """`./outbox.json` -> `outbox.json`; absolute or climbing paths are kept inside the archive."""
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".", "..", "/")]
    return "/".join(parts)
