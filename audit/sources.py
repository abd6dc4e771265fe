"""Sources as the person names them, opened as archives and matched to a fetcher.

A source is a zip, an unpacked folder, the parts of one split export passed together
(`x_1.zip x_2.zip`, Meta's `facebook-jo-2024-11-01-a1b2c3d4.zip` ...), a folder holding
nothing but those parts, or the web address of a public profile page (`https://...`, fetched
as a logged-out stranger sees it: `audit.fetchers.public_page`).  Every source is opened and
recognised before any is scanned, so a bad path or an address that cannot be fetched fails
fast with one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from audit.archive import Archive, open_archive
from audit.errors import SourceError
from audit.fetchers import Fetcher, claims, fetchers, marker_files, recognition_of, renamed_as
from audit.fetchers.public_page import is_address, open_page
from audit.multiarchive import MultiArchive

Source = Path | str
"""A path, or a web address kept as text (a `Path` would fold its `//`)."""


def source_argument(text: str) -> Source:
    """A SOURCE as typed on the command line: a web address stays text, anything else is a path."""
    return text if is_address(text) else Path(text)


def source_label(source: Source) -> str:
    """A source in a few words for a title bar: a file's or folder's name, a page's address."""
    return source if isinstance(source, str) else source.name


def open_source(path: Path) -> Archive:
    """One path as an archive; a folder of nothing but one export's zips is read as those parts."""
    if path.is_dir():
        parts = _zip_parts(path)
        if parts:
            return open_parts(parts)
    return open_archive(path)


_NUMBERED_PART = re.compile(r"^(?P<base>.+?)_(?:part_?)?\d{1,3}$", re.IGNORECASE)
_META_PART = re.compile(r"^(?P<base>(?:facebook|instagram|meta)-.+-\d{4}-\d{2}-\d{2})-[A-Za-z0-9]{4,16}$")
"""Meta names every part of one export alike but for a random suffix after the date."""


def part_key(path: Path) -> str | None:
    """The name the parts of one split export share (`x_1.zip`, `x_2.zip` -> `x`), or None."""
    if path.suffix.lower() != ".zip":
        return None
    found = _META_PART.match(path.stem) or _NUMBERED_PART.match(path.stem)
    return str(path.parent / found["base"]) if found else None


def group_parts(paths: Sequence[Path]) -> list[list[Path]]:
    """Sources in the order given, with the parts of one export (two or more) gathered together."""
    keys = [part_key(Path(p)) for p in paths]
    groups: dict[str, list[Path]] = {}
    for path, key in zip(paths, keys, strict=True):
        shared = key if key is not None and keys.count(key) > 1 else f"\0{path}"
        groups.setdefault(shared, []).append(Path(path))
    return list(groups.values())


def open_parts(paths: Sequence[Path]) -> Archive:
    """Several zips of one export, read as one tree (a post's media may sit in another part)."""
    opened: list[Archive] = []
    try:
        for path in paths:
            opened.append(open_source(path))
    except BaseException:
        for part in opened:
            part.close()
        raise
    return opened[0] if len(opened) == 1 else MultiArchive(opened)


def _zip_parts(folder: Path) -> list[Path]:
    """The zips of a folder that holds nothing but the parts of one export; [] otherwise."""
    files = [p for p in folder.iterdir() if not p.name.startswith(".")]
    zips = sorted(p for p in files if p.is_file() and p.suffix.lower() == ".zip")
    if not zips or len(zips) != len(files):
        return []
    if len(group_parts(zips)) > 1:
        raise SourceError(f"{folder}: holds zips of several exports; give them one export at a time")
    return zips


def open_sources(paths: Sequence[Source]) -> list[tuple[Archive, type[Fetcher]]]:
    """Open and recognise every source before scanning any, so a bad path fails fast.

    Parts of one split export (`x_1.zip x_2.zip`, or a folder of them) become one source; an
    Accounts Centre export holding both Facebook and Instagram data is read by both fetchers.
    Where several platforms' files are mixed, the platform with the most of its own files is
    read and the others' files are named as not read (`audit.fetchers.recognition`).
    Web addresses are fetched here, after the files are known to be good, each address once.
    """
    opened: list[tuple[Archive, type[Fetcher]]] = []
    try:
        for group in group_parts([Path(p) for p in paths if not is_address(p)]):
            _looks_like_an_address(group[0])
            archive = open_parts(group)
            found = recognition_of(archive)
            if found.fetcher is None:
                why = _unknown(archive)
                archive.close()
                raise SourceError(f"{group[0]}: {why}")
            for path, reason in found.strays:  # another platform's files: named, never read as the export
                archive.refuse(path, reason)
            opened.append((archive, found.fetcher))
            for other in found.companions:
                again = open_parts(group)
                claims(other, again)
                opened.append((again, other))
        for address in dict.fromkeys(str(p) for p in paths if is_address(p)):
            opened.append(open_page(address))
    except BaseException:
        for archive, _ in opened:
            archive.close()
        raise
    return opened


_BARE_ADDRESS = re.compile(
    r"^(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|uk|social|app|io|me|ee|co|blog|online|site|page|dev)(?:/|$)",
    re.IGNORECASE,
)
"""`x.com/jo`, `www.example.org/about`: an address typed without `https://` (file names end otherwise)."""


def _looks_like_an_address(path: Path) -> None:
    """A missing path that reads like a web address without its `https://`: say how to give it."""
    if not path.exists() and _BARE_ADDRESS.match(str(path)):
        raise SourceError(
            f"{path}: no such file or folder; to scan a public web page, give its full address, "
            f"starting with https:// (https://{path})"
        )


def _unknown(archive: Archive) -> str:
    """Why no fetcher took the archive, in one line."""
    known = ", ".join(f.title for f in fetchers())
    top = {name.split("/", 1)[0] for name in archive.names()}
    if top & {"start_here.html", "personal_information", "connections", "logged_information"}:
        return (
            "looks like a Meta Accounts Centre export, but holds neither Facebook nor Instagram data "
            "(no your_facebook_activity/ or your_instagram_activity/ folder); is another part missing?"
        )
    partial = _partial(archive)
    if partial:
        return (
            f"not an export profile-audit can read whole: it holds {partial}, but not enough of "
            "one export to read it; is a file renamed or missing?"
        )
    return f"not an export profile-audit recognises (it reads: {known})"


def _partial(archive: Archive) -> str:
    """The platforms' marker files the archive does hold, and which of them hold another format."""
    found: list[str] = []
    for fetcher in fetchers():
        archive.find_root(fetcher.markers)
        for name in marker_files(fetcher, archive)[:2]:
            other = renamed_as(archive, name)
            found.append(f"{name} ({fetcher.title}{f', but it holds {other}' if other else ''})")
    archive.find_root(())
    return ", ".join(found[:4])
