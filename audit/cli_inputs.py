"""What a headless command reads: its sources, the demo persona and the school profile.

`scan` and `report` take the same inputs (SOURCE..., `--demo [PERSONA]`, `--school FILE`) and
must read them the same way: a persona brings its own exports and its school's profile (a
`--school` given as well wins), and demo mode keeps nothing, not even the fingerprint key,
in the person's data folder.  Working that out in one place keeps the two commands from
drifting apart.

Only what parsing needs is imported at the top (the persona list is read from the bundled
folders, as `audit.demo` reads it), so `--help` and `--version` stay fast; the core's modules
are imported by `resolve_inputs`, once the progress line is showing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.sources import Source
    from detectors.base import SchoolProfile

DEFAULT_PERSONA = "jo-ect"
DEEP_PHOTOS_HELP = (
    "also read the text in every photo and check what it shows, on this computer "
    "(needs: pip install 'profile-audit[photos]')"
)
"""What `--photos deep` does, in `scan --help` and `report --help` alike."""
"""`audit.demo.DEFAULT_PERSONA` (tests/test_startup.py checks they agree)."""
PERSONAS_ROOT = Path(__file__).resolve().parent / "demo"


class UsageError(Exception):
    """A mistake in what was typed: the parser says it, with the usage line, and exits 2."""


def persona_names() -> list[str]:
    """The bundled personas, read from their folders as `audit.demo.persona_names` does."""
    return sorted(p.name for p in PERSONAS_ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def persona_title(name: str) -> str:
    """The first line of a persona's story ("Jo Marsh, early-career teacher"), or its name."""
    story = PERSONAS_ROOT / name / "story.md"
    text = story.read_text(encoding="utf-8") if story.is_file() else ""
    lines = [line.lstrip("# ").strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else name


def persona_problem(demo: str | None) -> str | None:
    """What is wrong with `--demo PERSONA`, in one line, or None when it names a bundled persona."""
    if demo and demo not in persona_names():
        return f"no bundled persona '{demo}' (have: {', '.join(persona_names())})"
    return None


def source_argument(text: str) -> str | Path:
    """A SOURCE as typed: a web address stays text, anything else is a path.

    `audit.sources.source_argument` without importing the fetchers (argparse calls this while
    parsing, before the progress line can show); tests/test_startup.py checks they agree.
    """
    return text if text.lower().startswith(("http:/", "https:/")) else Path(text)


def sources_in_words(sources: Sequence[str | Path], demo: str | None) -> str:
    """What a command is about to read, in a few words for the first progress line."""
    names = [source if isinstance(source, str) else source.name or str(source) for source in sources]
    if demo:
        names.append(f"the demo persona {demo}")
    return names[0] if len(names) == 1 else f"{len(names)} exports"


@dataclass(frozen=True)
class Inputs:
    """The sources to read and the school profile to read them with, persona included."""

    sources: list[Source]
    school: SchoolProfile
    demo: str | None

    def home(self) -> AbstractContextManager[None]:
        """Where the scan may keep things: a throwaway folder in demo mode, else the data folder."""
        return throwaway_home() if self.demo else nullcontext()


def resolve_inputs(
    sources: Sequence[Source], school_path: Path | None, demo: str | None, deep_photos: bool = False
) -> Inputs:
    """The command's inputs, checked before anything is read.

    A persona adds its exports after any given, and its school's profile unless `--school`
    names one.  Outside demo mode, a data folder that cannot be written or a damaged
    fingerprint key fails here, as one line (`AuditError`), before a scan has started; so does
    `--photos deep` without the `photos` extra (the line says how to install it).
    """
    from audit.demo import persona_school, persona_sources
    from audit.model import fingerprint_key
    from audit.paths import data_home
    from audit.school import load_school

    chosen: list[Source] = list(sources)
    if demo:
        chosen += persona_sources(demo)
        school_path = school_path or persona_school(demo)
    school = load_school(school_path)
    if not demo:
        data_home()
        fingerprint_key()
    if deep_photos:
        from audit.photos_deep import check_available

        check_available()
    return Inputs(chosen, school, demo)


@contextmanager
def throwaway_home() -> Iterator[None]:
    """Demo scans write nothing to the person's data folder, not even the fingerprint key."""
    import tempfile

    from audit.paths import HOME_ENV

    previous = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="profile-audit-demo-") as home:
        os.environ[HOME_ENV] = home
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop(HOME_ENV, None)
            else:
                os.environ[HOME_ENV] = previous
