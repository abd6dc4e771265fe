"""Bundled fictional personas for `make demo` and training sessions.

Each persona is a folder of exports laid out exactly as the platforms write them, shipped
inside the `audit` package so an installed wheel has them.  Everyone in them is invented;
every number and address is from a reserved range.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from audit.errors import SourceError

DEFAULT_PERSONA = "jo-ect"


def personas_root() -> Path:
    """The folder holding one sub-folder per persona (wheels install unzipped)."""
    return Path(str(resources.files("audit") / "demo"))


def persona_names() -> list[str]:
    return sorted(p.name for p in personas_root().iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def persona_sources(name: str = DEFAULT_PERSONA) -> list[Path]:
    """The export folders of one persona, one per platform."""
    folder = personas_root() / name
    if not folder.is_dir():
        raise SourceError(f"no bundled persona '{name}' (have: {', '.join(persona_names())})")
    return sorted(p for p in folder.iterdir() if p.is_dir())


def persona_school(name: str = DEFAULT_PERSONA) -> Path | None:
    path = personas_root() / name / "school.toml"
    return path if path.is_file() else None


def persona_story(name: str = DEFAULT_PERSONA) -> str:
    path = personas_root() / name / "story.md"
    return path.read_text(encoding="utf-8") if path.is_file() else ""
