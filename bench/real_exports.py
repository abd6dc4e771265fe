"""What the scan makes of real published exports, file by file, as Markdown for RESULTS.md.

    .venv/bin/python bench/real_exports.py /work/shared/real-exports [--zip]

The folder holds `<platform>/<archive>/` folders, each an unpacked export its owner published.
Every archive is scanned by the project's own `audit.pipeline.scan` (as a folder, and with
`--zip` also as a zip written on the fly in a temporary directory, which must agree) and every
file in it is accounted for: read (it gave items), opened but gave none, skipped on purpose or
unreadable (with the fetcher's reason), or "not looked at": never opened and never named by the
fetcher, which is a finding for the lead, not something this bench fixes.  Nothing found is
ever printed or kept: two pass-through detectors see every item the pipeline hands out and keep
only its file, section, kind of content, date or none, position or none; findings are counted by
kind and tier; long ids in file names are masked.  The folder is read in place, never copied.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.archive import Archive  # noqa: E402
from audit.errors import AuditError  # noqa: E402
from audit.fetchers import SourceReport  # noqa: E402
from audit.paths import HOME_ENV  # noqa: E402
from audit.pipeline import scan  # noqa: E402
from audit.sources import open_sources  # noqa: E402
from detectors import build_detectors  # noqa: E402
from detectors.base import Detector, Item, Match  # noqa: E402

ItemKey = tuple[str, str, str, str, bool, bool]
"""(platform, file, section, content type, dated, with a position) of one item: all the bench keeps."""
_ID = re.compile(r"\d{6,}|(?<![A-Za-z0-9])(?=[A-Za-z]*\d)[A-Za-z0-9]{8,}(?![A-Za-z0-9])")
TIERS = ("likely", "worth a look")
STATES = ("read", "opened, no items", "skipped", "unreadable", "not looked at")


class _Tally(Detector):
    """Wants every text item and finds nothing: the bench's window on what the fetchers yield."""

    kind = "bench-tally"
    title = "bench tally"
    clauses = ()

    def __init__(self, census: Census) -> None:
        super().__init__(None)
        self.census = census

    def wants(self, item: Item) -> bool:
        return True

    def detect(self, item: Item) -> list[Match]:
        self.census.count(item)
        return []


class _MediaTally(_Tally):
    """The same for media items, which the pipeline shows to media detectors only."""

    handles_media = True


@dataclass
class Source:
    """One fetcher's view of an archive: where its root is and what told it the platform."""

    platform: str
    root: str
    evidence: list[str]
    report: SourceReport | None = None


@dataclass
class Census:
    """One scan of one archive, with no value kept: paths, kinds and counts only."""

    label: str
    error: str = ""
    files: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    items: Counter[ItemKey] = field(default_factory=Counter)
    findings: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    finding_ids: set[str] = field(default_factory=set)
    opened: set[str] = field(default_factory=set)

    def count(self, item: Item) -> None:
        where = item.provenance
        kind = "media" if item.media is not None else "text" if item.text else "position only"
        placed = item.coordinates is not None or bool(item.place)
        self.items[(where.platform, where.file, where.section, kind, where.created_at is not None, placed)] += 1

    def why_not_read(self, path: str) -> str | None:
        """The recognised fetcher's reason for leaving this file unread on purpose, if it gives one."""
        from audit.fetchers import FETCHERS

        for source in self.sources:
            fetcher = next((f for f in FETCHERS if f.platform == source.platform), None)
            if fetcher is not None and path.startswith(source.root):
                reason = fetcher.why_not_read(path[len(source.root) :])
                if reason:
                    return reason
        return None

    def prefix(self, platform: str) -> str:
        return next((s.root for s in self.sources if s.platform == platform), "")

    def notes(self) -> Iterator[tuple[str, str, str]]:
        """(state, full path, reason) of every file a fetcher reported as skipped or unreadable."""
        for source in self.sources:
            report = source.report
            skipped = getattr(report, "skipped", ())  # on-purpose skips, if the report keeps them apart
            for state, entries in (("skipped", skipped), ("unreadable", report.unreadable if report else ())):
                yield from ((state, source.root + entry.path, entry.reason) for entry in entries)

    def per_file(self) -> dict[str, tuple[str, int, int, str]]:
        """Every file of the archive (and any other path a fetcher named): state, items, undated, reasons."""
        counts: Counter[str] = Counter()
        undated: Counter[str] = Counter()
        for (platform, file, _, _, dated, _), n in self.items.items():
            counts[self.prefix(platform) + file] += n
            undated[self.prefix(platform) + file] += 0 if dated else n
        reasons: dict[str, list[tuple[str, str]]] = {}
        for state, path, reason in self.notes():
            reasons.setdefault(path, []).append((state, reason))
        opened = {s.root + name for name in self.opened for s in self.sources}
        table: dict[str, tuple[str, int, int, str]] = {}
        for path in [*self.files, *sorted((set(counts) | set(reasons)) - set(self.files))]:
            states = [state for state, _ in reasons.get(path, [])]
            state = "unreadable" if "unreadable" in states else "skipped" if states else "read" if counts[path] else ""
            detail = ["not a file in the archive"] if path not in self.files else []
            detail += [f"{s}: {r}" for s, r in reasons.get(path, [])]
            on_purpose = self.why_not_read(path) if not state and path not in opened else None
            if on_purpose:
                state, detail = "skipped", [*detail, f"not read on purpose: {on_purpose}"]
            state = state or ("opened, no items" if path in opened else "not looked at")
            table[path] = (state, counts[path], undated[path], "; ".join(detail))
        return table


def census(source: Path, label: str, detectors: Sequence[Detector]) -> Census:
    """Scan one archive with the pipeline, watching which files the fetchers open."""
    result = Census(label)
    tallies = [_Tally(result), _MediaTally(result)]
    try:
        result.sources = _layout(source, result)
        with _watching_opens(result.opened):
            scanned = scan([source], detectors=[*detectors, *tallies])
    except AuditError as error:
        result.error = str(error).replace(str(source), label)
        return result
    for report, found in zip(scanned.sources, result.sources, strict=True):
        found.report = report
    for finding in scanned.findings:
        result.findings[(finding.platform, finding.kind, finding.tier)] += 1
        result.finding_ids.add(finding.id)
    return result


def _layout(source: Path, result: Census) -> list[Source]:
    """Each recognising fetcher's root and the markers (or Meta root prefixes) it found there."""
    found: list[Source] = []
    for archive, fetcher in open_sources([source]):
        with archive:
            names = archive.names()
            evidence = [m for m in fetcher.markers if archive.has(m)]
            prefixes: tuple[str, ...] = getattr(fetcher, "root_prefixes", ())
            evidence += [f"{p}…" for p in prefixes if any(n.startswith(p) for n in names)]
            archive.find_root(())
            result.files = archive.names()
            found.append(Source(fetcher.platform, _root(result.files, names), evidence))
    return found


def _root(full: list[str], relative: list[str]) -> str:
    """The wrapping folder a fetcher looked through (`""` when the export sits at the top)."""
    for name in full:
        if relative and name.endswith(relative[0]):
            prefix = name[: len(name) - len(relative[0])]
            if [n[len(prefix) :] for n in full if n.startswith(prefix)] == relative:
                return prefix
    return ""


@contextmanager
def _watching_opens(opened: set[str]) -> Iterator[None]:
    """Note every member any fetcher (or media detector) opens, by its name under the root."""
    real_open = Archive.open

    def noting_open(self: Archive, name: str) -> BinaryIO:
        opened.add(name)
        return real_open(self, name)

    with mock.patch.object(Archive, "open", noting_open):
        yield


def _zipped(folder: Path, dest: Path) -> Path:
    """The folder as its owner would zip it (`cd folder && zip -qr ../x.zip .`)."""
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                out.write(path, path.relative_to(folder).as_posix())
    return dest


def agreement(folder: Census, zipped: Census) -> str:
    """Whether the zip scan saw what the folder scan saw; which parts differ if not."""
    parts: list[tuple[str, object, object]] = [
        ("error", folder.error, zipped.error),
        ("items", folder.items, zipped.items),
    ]
    parts += [("findings", folder.finding_ids, zipped.finding_ids), ("files", folder.per_file(), zipped.per_file())]
    differ = [name for name, seen_in_folder, seen_in_zip in parts if seen_in_folder != seen_in_zip]
    return "yes" if not differ else "no: " + ", ".join(differ) + " differ"


def _shown(path: str) -> str:
    """A path inside an archive, with long ids (tweet, media, record keys) masked."""
    return "`" + _ID.sub("{id}", path).replace("|", "\\|") + "`"


def overview(rows: list[tuple[Census, str]]) -> list[str]:
    head = "| archive | platform | root | recognised by | items | undated | likely | worth a look | files | "
    lines = [head + " | ".join(STATES) + " | zip agrees |", "|---|---|---|---|" + "---:|" * 11 + "---|"]
    for result, agrees in rows:
        if result.error:
            lines.append(f"| `{result.label}` | not scanned: {result.error} |" + " |" * 13)
            continue
        states = Counter(state for state, *_ in result.per_file().values())
        for source in result.sources:
            mine = [(k, n) for k, n in result.items.items() if k[0] == source.platform]
            found = [(k, n) for k, n in result.findings.items() if k[0] == source.platform]
            counts = [sum(n for _, n in mine), sum(n for k, n in mine if not k[4])]
            counts += [sum(n for k, n in found if k[2] == tier) for tier in TIERS]
            counts += [len(result.files), *(states[s] for s in STATES)]
            where = [_shown(source.root) if source.root else "top", ", ".join(map(_shown, source.evidence)) or "-"]
            cells = [f"`{result.label}`", source.platform, *where, *map(str, counts), agrees]
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def details(result: Census) -> list[str]:
    """One archive's items by section and type, findings by kind and tier, and every file."""
    lines = [f"### `{result.label}`", ""]
    if result.error:
        return [*lines, f"Not scanned: {result.error}", ""]
    sections: Counter[tuple[str, str, str]] = Counter()
    for (platform, _, section, kind, dated, placed), n in result.items.items():
        sections[(platform, section, kind)] += n
        sections[(platform, section, "undated")] += 0 if dated else n
        sections[(platform, section, "with a position")] += n if placed else 0
    columns = ("text", "media", "position only", "with a position", "undated")
    lines += ["| platform | section | " + " | ".join(columns) + " |", "|---|---|" + "---:|" * len(columns)]
    for platform, section in sorted({(p, s) for p, s, _ in sections}):
        counts = [str(sections[(platform, section, k)]) for k in columns]
        lines.append(f"| {platform} | {section} | " + " | ".join(counts) + " |")
    lines += ["", "| platform | finding kind | likely | worth a look |", "|---|---|---:|---:|"]
    for platform, kind in sorted({(p, k) for p, k, _ in result.findings}):
        likely, look = (result.findings[(platform, kind, tier)] for tier in TIERS)
        lines.append(f"| {platform} | {kind} | {likely} | {look} |")
    if not result.findings:
        lines.append("| - | none | 0 | 0 |")
    lines += ["", "| file | state | items | undated | reason |", "|---|---|---:|---:|---|"]
    table = result.per_file()
    for path, (state, items, undated, reason) in table.items():
        lines.append(f"| {_shown(path)} | {state} | {items} | {undated} | {reason.replace('|', '/') or '-'} |")
    missed = [_shown(p) for p, (state, *_) in table.items() if state == "not looked at"]
    lines += ["", f"Not looked at ({len(missed)}): " + (", ".join(missed) or "none") + ".", ""]
    return lines


def archives(folder: Path) -> list[tuple[str, Path]]:
    """`<platform>/<archive>` folders, sorted, with their labels."""
    found = sorted(a for p in folder.iterdir() if p.is_dir() for a in p.iterdir() if a.is_dir())
    return [(f"{a.parent.name}/{a.name}", a) for a in found]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of <platform>/<archive>/ exports (read in place)")
    parser.add_argument("--zip", action="store_true", help="also scan each archive as a zip and compare")
    args = parser.parse_args(argv)
    detectors = build_detectors()
    rows: list[tuple[Census, str]] = []
    # the findings' fingerprint key goes to the throwaway folder, not the person's data folder
    with tempfile.TemporaryDirectory() as scratch, mock.patch.dict(os.environ, {HOME_ENV: scratch}):
        for label, path in archives(args.folder):
            result = census(path, label, detectors)
            zipped = _zipped(path, Path(scratch) / "export.zip") if args.zip else None
            rows.append((result, agreement(result, census(zipped, label, detectors)) if zipped else "-"))
    print(f"## Real exports ({'folder and zip' if args.zip else 'folder'} scans)\n")
    print("\n".join(overview(rows)) + "\n")
    for result, _ in rows:
        print("\n".join(details(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
