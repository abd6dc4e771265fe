"""The labelled profession/workplace corpus: loading, checking, and its frozen split.

The corpus (`corpus/profession/voices*/*.jsonl`, one file per writer's voice, see
`corpus/profession/BRIEF.md`) is split by a hash of each line's id: 70 % train, 15 % dev (model
selection and calibration), 15 % test.  Each batch's test split is frozen when the batch
is written, before any tuning on it: its digest is kept in `bench/profession_baseline.json`
(checked by `make test`), and nothing is ever tuned on it.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from detectors.base import Item, Provenance, SchoolProfile

ROOT = Path(__file__).resolve().parent.parent / "corpus" / "profession"
Split = Literal["train", "dev", "test"]
SPLITS: tuple[Split, ...] = ("train", "dev", "test")


@dataclass(frozen=True, slots=True)
class Line:
    """One labelled text."""

    id: str
    voice: str
    text: str
    section: str
    job: bool
    schools: tuple[str, ...]
    profile: str | None
    place: str | None
    hard: bool

    @property
    def split(self) -> Split:
        return split_of(self.id)

    def item(self) -> Item:
        """The line as a fetcher would hand it to the detectors."""
        field = "bio" if self.section == "profile" else "text"
        return Item(Provenance("corpus", self.voice, self.id, field, section=self.section), text=self.text,  # type: ignore[arg-type]
                    place=self.place)  # fmt: skip

    def school_spans(self) -> list[tuple[int, int]]:
        """Every occurrence of every labelled school in the text (case-insensitive)."""
        spans = []
        lowered = self.text.lower()
        for school in self.schools:
            needle = school.lower()
            at = lowered.find(needle)
            while at >= 0:
                spans.append((at, at + len(needle)))
                at = lowered.find(needle, at + 1)
        return spans


class CorpusError(ValueError):
    """A corpus file holds a line that is not a labelled text; the message names file and line."""


def split_of(line_id: str) -> Split:
    bucket = int(hashlib.sha256(line_id.encode()).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


@lru_cache(maxsize=1)
def profiles(root: Path = ROOT) -> dict[str, SchoolProfile]:
    """The invented school profiles lines may be scanned with."""
    data = tomllib.loads((root / "profiles.toml").read_text(encoding="utf-8"))
    return {
        key: SchoolProfile(
            name=v["name"],
            aliases=tuple(v.get("aliases", ())),
            town=v.get("town", ""),
            handles=tuple(v.get("handles", ())),
        )  # fmt: skip
        for key, v in data.items()
    }


BATCHES = (
    "voices",
    "voices-2",
    "voices-3",
    "voices-4",
    "voices-5",
    "voices-6",
    "voices-7",
    "voices-8",
    "voices-9",
    "voices-10",
    "voices-11",
    "voices-12",
    "voices-13",
    "voices-14",
    "voices-15",
    "voices-16",
    "voices-17",
    "voices-18",
    "voices-19",
    "voices-20",
    "voices-21",
    "voices-22",
    "voices-23",
    "voices-24",
    "voices-25",
    "voices-26",
    "voices-27",
    "voices-28",
    "voices-29",
    "voices-30",
    "voices-31",
    "voices-32",
    "voices-33",
    "voices-34",
    "voices-35",
    "voices-36",
    "voices-37",
    "voices-38",
    "voices-39",
    "voices-40",
    "voices-41",
    "voices-42",
    "voices-43",
    "voices-44",
    "voices-45",
    "voices-46",
)
"""Folders of voice files, each written (and its test split frozen) before any tuning on it."""


def lines(root: Path = ROOT, split: Split | None = None, batches: tuple[str, ...] = BATCHES) -> Iterator[Line]:
    """Every well-formed line of the corpus (optionally one split, some batches), in file order."""
    for path in sorted(p for batch in batches for p in (root / batch).glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
                row["id"], row["text"]  # noqa: B018 - both are required
            except (ValueError, KeyError, TypeError) as error:
                raise CorpusError(f"{path.name}:{number}: not a corpus line ({type(error).__name__})") from None
            schools = tuple(s for s in row.get("schools") or () if isinstance(s, str) and s.strip())
            line = Line(
                id=str(row["id"]),
                voice=path.stem,
                text=str(row["text"]),
                section=str(row.get("section") or "post"),
                job=bool(row.get("job")) or bool(schools),
                schools=schools,
                profile=row.get("profile") or None,
                place=row.get("place") or None,
                hard=bool(row.get("hard")),
            )
            if split is None or line.split == split:
                yield line


def digest(split: Split, batch: str = "voices", root: Path = ROOT) -> str:
    """SHA-256 of one batch's split (ids, texts and labels, in id order): what freezing means."""
    rows = sorted(lines(root, split, (batch,)), key=lambda line: line.id)
    h = hashlib.sha256()
    for line in rows:
        h.update(json.dumps([line.id, line.text, line.job, line.schools, line.profile, line.place]).encode())
    return h.hexdigest()
