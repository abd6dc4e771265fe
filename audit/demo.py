"""Bundled fictional personas for `make demo` and training sessions.

Each persona is a folder of exports laid out exactly as the platforms write them, shipped
inside the `audit` package so an installed wheel has them.  Everyone in them is invented;
every number and address is from a reserved range.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from audit.errors import SourceError
from audit.recheck import apply
from audit.school import load_school
from audit.state import AuditState, Status

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


@dataclass(frozen=True, slots=True)
class LastYearDecision:
    """One decision the persona made last year, named by what the person saw (not by a key)."""

    platform: str
    kind: str
    value: str
    status: Status
    reason: str = ""


@dataclass(frozen=True, slots=True)
class LastYear:
    """A persona's previous annual check: which persona's exports, when, and what was decided."""

    persona: str
    scanned: date
    decisions: tuple[LastYearDecision, ...]


def persona_last_year(name: str) -> LastYear | None:
    """The persona's `last-year.toml`, for a training session on the annual re-check, if it has one."""
    path = personas_root() / name / "last-year.toml"
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    decisions = tuple(LastYearDecision(**entry) for entry in data.get("decision", ()))
    return LastYear(str(data["persona"]), date.fromisoformat(str(data["scanned"])), decisions)


def last_year_state(name: str) -> AuditState | None:
    """The progress file the persona would have kept after last year's check, made afresh.

    Last year's exports (another persona's folder: the same account, an older download) are
    scanned with today's code and the decisions applied by platform, kind and value, so that this
    year's re-check shows what a real person sees: decisions carried over to a newer export
    generation, what was marked fixed but is still there, what has gone.
    """
    last = persona_last_year(name)
    if last is None:
        return None
    from audit.pipeline import scan  # here: the app's first screen lists personas without the detectors

    result = scan(persona_sources(last.persona), load_school(persona_school(last.persona)))
    state = AuditState()
    for decision in last.decisions:
        for finding in result.findings:
            if (finding.platform, finding.kind, finding.value) == (decision.platform, decision.kind, decision.value):
                state.decide(finding, decision.status, decision.reason, today=last.scanned)
    apply(state, result.findings, last.scanned, scanned={source.platform for source in result.sources})
    return state
