"""Which platform wrote an export, chosen by the weight of evidence, and which files of other
platforms lie in it unread.

Why: people drop files into the wrong folder.  One file of another platform inside an export (a
Mastodon `outbox.json`, a Bluesky `repo.car` beside an X archive's `data/`, an Instagram page in a
LinkedIn folder) must not make the whole export be read as that other platform, with nothing of
the real export read and nothing said.  So:

- when fetchers of more than one platform recognise the archive, each is weighed by how many of
  its own data files are there (its markers, the folders only it writes, its file kinds; media
  weigh nothing; a marker holding another format, `renamed_as`, not counted), and the heaviest
  is read; Facebook and Instagram count as one family, because an Accounts Centre export
  rightly holds both, and both are read;
- any other platform's files the chosen fetcher will not read are named under `unreadable`, a
  whole folder at once when all of it looks like another export ("scan it on its own"), even
  when that platform did not recognise the archive (its marker was damaged or renamed).

A real export holds one platform's files only, so it is recognised exactly as before.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, reduce
from pathlib import PurePosixPath

from audit.archive import TEXT_SUFFIXES, Archive
from audit.errors import UnreadableMember
from audit.fetchers.base import Fetcher

FAMILIES = (frozenset({"facebook", "instagram"}),)
"""Platforms one export may rightly hold together (Meta's Accounts Centre): read side by side."""
OWN_FILES: dict[str, tuple[str, ...]] = {
    "x": ("data/*.js", "data/js/tweets/*.js"),
    "mastodon": ("media_attachments/*",),
    "bluesky": ("*.car", "*_blobs/*"),
    "linkedin": ("*.csv",),
}
"""Globs (beyond a fetcher's markers and Meta's root folders) of files only that platform writes.
Files other exports also write (Instagram's early `likes.json`, a generic `avatar.jpg`) are left
out: a file here is named as another platform's when it sits in an export of the wrong kind."""


@dataclass(frozen=True)
class Recognition:
    """The fetcher chosen for an archive, the fetchers read beside it, and the strays."""

    fetcher: type[Fetcher] | None
    companions: tuple[type[Fetcher], ...] = ()
    """Fetchers of the chosen one's family that recognise the archive too: each reads it as well."""
    strays: tuple[tuple[str, str], ...] = ()
    """(path, why) for other platforms' files or folders that no fetcher will read."""


def weigh(archive: Archive, fetchers: Sequence[type[Fetcher]]) -> Recognition:
    """Recognise the archive by the weight of evidence; its root is left where the chosen fetcher found it."""
    claimants = [fetcher for fetcher in fetchers if claims(fetcher, archive)]
    if not claimants:
        return Recognition(None)
    chosen = claimants[0]
    if any(not kin(f, chosen) for f in claimants):  # only then weighed: a lone claim opens nothing more
        weights = {f: evidence(f, archive) for f in claimants}
        chosen = _heaviest(weights, fetchers)
    companions = tuple(f for f in claimants if f is not chosen and kin(f, chosen))
    claims(chosen, archive)  # put the root back where the chosen fetcher found it
    return Recognition(chosen, companions, tuple(stray_files(archive, chosen, fetchers)))


def _heaviest(weights: dict[type[Fetcher], int], order: Sequence[type[Fetcher]]) -> type[Fetcher]:
    """The first fetcher (in registry order) of the family with the most evidence; ties keep the order."""
    by_family: dict[type[Fetcher], int] = {}
    for fetcher, weight in weights.items():
        head = next(f for f in order if f in weights and kin(f, fetcher))
        by_family[head] = by_family.get(head, 0) + weight
    return max(by_family, key=lambda f: (by_family[f], -order.index(f)))


def kin(one: type[Fetcher], other: type[Fetcher]) -> bool:
    """Whether two fetchers are one, or of one family (read together from one export)."""
    return one is other or any({one.platform, other.platform} <= family for family in FAMILIES)


def evidence(fetcher: type[Fetcher], archive: Archive) -> int:
    """How many of the fetcher's own files the archive holds at the root the fetcher finds, less
    the marker files that hold another format than their name says."""
    claims(fetcher, archive)  # moves the root to where this fetcher finds its export
    owned = own_files(fetcher)
    found = sum(1 for name in _data_files(archive) if owned.match(name))
    return found - sum(1 for name in marker_files(fetcher, archive) if renamed_as(archive, name))


@dataclass(frozen=True)
class Owned:
    """The paths one platform writes, lower-cased, matched without a regex: an export may hold
    100,000 files, and most are nobody else's, so a miss must cost next to nothing."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    infixes: tuple[str, ...] = ()
    spans: tuple[tuple[str, str], ...] = ()
    """(start, end) of `start*end` globs."""

    @classmethod
    def of(cls, globs: Sequence[str]) -> Owned:
        """From globs whose only wildcard is `*`: `a`, `a*`, `*b`, `*x*` or `a*b`."""
        exact, prefixes, suffixes, infixes, spans = set(), [], [], [], []
        for glob in (g.lower() for g in globs):
            parts = glob.split("*")
            if len(parts) == 1:
                exact.add(glob)
            elif len(parts) == 3 and parts[0] == parts[2] == "":
                infixes.append(parts[1])
            elif len(parts) != 2:
                raise ValueError(f"unsupported glob: {glob}")
            elif not parts[1]:
                prefixes.append(parts[0])
            elif not parts[0]:
                suffixes.append(parts[1])
            else:
                spans.append((parts[0], parts[1]))
        return cls(frozenset(exact), tuple(prefixes), tuple(suffixes), tuple(infixes), tuple(spans))

    def __or__(self, other: Owned) -> Owned:
        return Owned(
            self.exact | other.exact,
            self.prefixes + other.prefixes,
            self.suffixes + other.suffixes,
            self.infixes + other.infixes,
            self.spans + other.spans,
        )

    def match(self, name: str) -> bool:
        name = name.lower()
        return (
            name in self.exact
            or name.startswith(self.prefixes)
            or name.endswith(self.suffixes)
            or any(infix in name for infix in self.infixes)
            or any(name.startswith(start) and name.endswith(end) for start, end in self.spans)
        )


@cache
def own_files(fetcher: type[Fetcher]) -> Owned:
    """The paths only this fetcher's platform writes: its markers, Meta's root folders, `OWN_FILES`."""
    prefixes = [prefix + "*" for prefix in getattr(fetcher, "root_prefixes", ())]
    return Owned.of(
        [*fetcher.markers, *getattr(fetcher, "root_files", ()), *prefixes, *OWN_FILES.get(fetcher.platform, ())]
    )


def _data_files(archive: Archive) -> list[str]:
    """The files that hold a platform's data (JSON, scripts, pages, CSV, CAR); media are left out,
    so a photo library weighs nothing and a big export is looked through quickly."""
    return [name for name in archive.names() if name.lower().endswith(TEXT_SUFFIXES)]


def _belongs(owned: Owned, name: str) -> bool:
    """Whether `name`, at the root or one folder down (an export in its own folder), is one of `owned`."""
    if owned.match(name):
        return True
    _, slash, rest = name.partition("/")
    return bool(slash) and owned.match(rest)


def stray_files(archive: Archive, chosen: type[Fetcher], fetchers: Sequence[type[Fetcher]]) -> list[tuple[str, str]]:
    """(path, why) for the files of other platforms in the archive (at the chosen root) that are
    not also the chosen family's: a top folder holding nothing of the chosen family's is named whole."""
    strangers = tuple(f for f in fetchers if not kin(f, chosen))
    family = [own_files(f) for f in fetchers if kin(f, chosen)]
    anyone = _any_of(strangers)  # one pass over a big export; most files are nobody else's
    names = archive.names()
    candidates = [
        n for n in _data_files(archive) if _belongs(anyone, n) and not any(_belongs(mine, n) for mine in family)
    ]
    strays: list[tuple[str, str]] = []
    for stranger in strangers:
        owned = own_files(stranger)
        found = [n for n in candidates if _belongs(owned, n)]
        strays += _named(names, found, stranger, chosen, family)
    return strays


def _any_of(fetchers: Sequence[type[Fetcher]]) -> Owned:
    return reduce(operator.or_, (own_files(f) for f in fetchers), Owned())


def _named(
    names: list[str],
    found: list[str],
    stranger: type[Fetcher],
    chosen: type[Fetcher],
    family: list[Owned],
) -> list[tuple[str, str]]:
    """The stranger's files as report lines: whole top folders where they can be, else file by file."""
    inside = f"inside {_a(chosen.title)} {chosen.title} export: not read"
    by_folder: dict[str, list[str]] = {}
    lines: list[tuple[str, str]] = []
    for name in found:
        top, slash, _ = name.partition("/")
        if slash:
            by_folder.setdefault(top + "/", []).append(name)
        else:
            lines.append((name, f"looks like {_a(stranger.title)} {stranger.title} file {inside}"))
    for folder, files in by_folder.items():
        everything = [n for n in names if n.startswith(folder)]
        if any(_belongs(mine, n) for mine in family for n in everything):
            lines += [(n, f"looks like {_a(stranger.title)} {stranger.title} file {inside}") for n in files]
            continue
        count = f"{len(everything)} file{'s' if len(everything) != 1 else ''}"
        if _holds_marker(stranger, folder, everything):
            lines.append(
                (
                    folder,
                    f"looks like {_a(stranger.title)} {stranger.title} export ({count}) {inside}; scan it on its own",
                )
            )
        else:
            lines.append((folder, f"looks like {stranger.title} files ({count}) {inside}"))
    return lines


def _holds_marker(fetcher: type[Fetcher], folder: str, names: list[str]) -> bool:
    markers = {marker.lower() for marker in fetcher.markers}
    return any(name[len(folder) :].lower() in markers for name in names)


def _a(title: str) -> str:
    """The article before a platform's name: "an Instagram", "an X (Twitter)", "a Mastodon"."""
    return "an" if title[:1].upper() in "AEIOUX" else "a"


# -- one fetcher's claim ---------------------------------------------------------------------------


def claims(fetcher: type[Fetcher], archive: Archive) -> bool:
    """Whether this fetcher reads the archive, its root left where the fetcher found it.

    A fetcher whose every marker file holds another format than its name says (an Instagram
    `profile.json` renamed `Profile.csv`) is passed over.
    """
    archive.find_root(fetcher.markers)
    if not fetcher.recognises(archive):
        return False
    found = marker_files(fetcher, archive)
    return not found or not all(renamed_as(archive, name) for name in found)


def marker_files(fetcher: type[Fetcher], archive: Archive) -> list[str]:
    """The files of the archive (at its current root) named as one of the fetcher's markers."""
    wanted = {marker.lower() for marker in fetcher.markers}
    return [name for name in archive.names() if name.lower() in wanted]


def renamed_as(archive: Archive, name: str) -> str | None:
    """The format a file really holds ("JSON", "HTML") when its name says another, else None.

    Only a clear sign counts: a damaged file is junk, not another format, and stays the
    fetcher's to report.
    """
    expected = _OTHER_FORMATS.get(PurePosixPath(name).suffix.lower())
    if not expected:
        return None
    try:
        with archive.open(name) as stream:
            head = stream.read(256).removeprefix(b"\xef\xbb\xbf")
    except UnreadableMember:
        return None
    found = "JSON" if _JSON_HEAD.match(head) else "HTML" if _HTML_HEAD.match(head) else None
    return found if found in expected else None


_JSON_HEAD = re.compile(rb"\s*[\[{]\s*[\"\[{\]}]")
_HTML_HEAD = re.compile(rb"\s*<(?:!doctype|html|head|body|div|meta|table)\b", re.IGNORECASE)
_OTHER_FORMATS = {
    ".csv": ("JSON", "HTML"),
    ".txt": ("JSON", "HTML"),
    ".json": ("HTML",),
    ".html": ("JSON",),
    ".htm": ("JSON",),
}
