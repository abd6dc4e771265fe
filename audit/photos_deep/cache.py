"""What the deep scan read in each photo, kept by the photo's content hash so a repeated or
interrupted deep scan picks up where it stopped.

Reading one photo takes a second or more; an export holds thousands.  Each reading is saved
as soon as it is made, one small file per photo (`<sha256>.json`) in `photo-cache/` in the
data folder: the folder 0700, each file 0600 and written atomically (`write_private`), since
the text read in a photo may be a phone number or an address.  Keyed by the bytes, not the
name, so the same photo in next year's download (or in two platforms' downloads) is read
once, and a photo edited since is read again.  A reading made by another engine version is
ignored, and an unreadable cache file is simply read again: the cache can never make a scan
fail.  `forget` (or deleting the folder) removes it all.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from audit.paths import data_home, write_private
from audit.photos_deep.engines import ENGINE_VERSION, Reading

FOLDER = "photo-cache"


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ReadingCache:
    """Readings by content hash, in a 0700 folder of 0600 files."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_home() / FOLDER

    def get(self, key: str) -> Reading | None:
        try:
            saved = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            if saved.get("engine") != ENGINE_VERSION:
                return None
            lines = tuple(str(line) for line in saved["lines"])
            labels = tuple((str(label), float(score)) for label, score in saved["labels"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return Reading(lines, labels)

    def put(self, key: str, reading: Reading) -> None:
        """Keep a reading (not a failure: a photo that could not be decoded is tried again)."""
        if reading.failed:
            return
        document = {"engine": ENGINE_VERSION, "lines": list(reading.lines), "labels": list(reading.labels)}
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private(self.folder / f"{key}.json", json.dumps(document).encode("utf-8"))

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
