"""Fix steps: one Markdown guide per (platform, kind), shipped as package data.

A finding is only useful if the person knows where to go to fix it, and that differs by
platform: X hides the phone number under "Discoverability and contacts", Facebook under
"How people find and contact you".  The guides live in `audit/guidance/<platform>/<kind>.md`
(read with importlib.resources so an installed wheel has them) and fall back to
`generic/<kind>.md`, then `generic/default.md`, so a new detector or fetcher always has
something sensible to show before its own guide is written.
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.resources.abc import Traversable

GUIDANCE_DIR = "guidance"
GENERIC = "generic"
DEFAULT = "default"
_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
"""Platforms and kinds are identifiers; anything else (a path, "..") falls back to generic."""


def guidance_for(platform: str, kind: str) -> str:
    """The Markdown fix guide for `kind` findings on `platform`, the best one available."""
    for folder, name in guidance_candidates(platform, kind):
        found = _file(folder, name)
        if found is not None:
            return found.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{GUIDANCE_DIR}/{GENERIC}/{DEFAULT}.md is missing from the package")


def guidance_candidates(platform: str, kind: str) -> list[tuple[str, str]]:
    """Where `guidance_for` looks, most specific first."""
    candidates: list[tuple[str, str]] = []
    if _NAME.fullmatch(kind):
        if _NAME.fullmatch(platform):
            candidates.append((platform, kind))
        candidates.append((GENERIC, kind))
    candidates.append((GENERIC, DEFAULT))
    return candidates


def has_specific_guidance(platform: str, kind: str) -> bool:
    """Whether a guide written for this exact platform and kind ships."""
    return bool(_NAME.fullmatch(platform) and _NAME.fullmatch(kind) and _file(platform, kind))


def guidance_root() -> Traversable:
    return resources.files("audit") / GUIDANCE_DIR


def _file(folder: str, name: str) -> Traversable | None:
    path = guidance_root() / folder / f"{name}.md"
    return path if path.is_file() else None
