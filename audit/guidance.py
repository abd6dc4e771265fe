"""Fix steps: one Markdown guide per (platform, kind), shipped as package data.

A finding is only useful if the person knows where to go to fix it, and that differs by
platform: X hides the phone number under "Discoverability and contacts", Facebook under
"How people find and contact you".  The guides live in `audit/guidance/<platform>/<kind>.md`
(read with importlib.resources so an installed wheel has them) and fall back to
`generic/<kind>.md`, then `generic/default.md`, so a new detector or fetcher always has
something sensible to show before its own guide is written.

Within a guide, each block of steps is tagged with the places it is for, in a comment the
reader never sees (`<!-- where: profile contact -->`, `<!-- where: all -->` for advice that
always applies; places are `audit.wording.PLACE_KEYS`).  `guidance_for_finding` keeps the
steps for where the finding is (a number in an album's description gets the album's steps,
not the contact details'), falling back to the nearest kind of place (`NEAREST`), or the
whole guide when no block names it.
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.resources.abc import Traversable

from audit.model import Finding
from audit.wording import place_of

GUIDANCE_DIR = "guidance"
GENERIC = "generic"
DEFAULT = "default"
_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
"""Platforms and kinds are identifiers; anything else (a path, "..") falls back to generic."""
_TAG = re.compile(r"^<!-- where: ([a-z_ ]+) -->\n", re.MULTILINE)
ALWAYS = "all"
NEAREST = {
    "contact": "profile",
    "album": "photo",
    "photo": "post",
    "checkin": "post",
    "comment": "post",
    "story": "post",
    "article": "post",
    "deleted": "post",
    "archived": "post",
}
"""Where a guide has no steps written for a place, the steps for the place most like it."""


def guidance_for(platform: str, kind: str, where: str | None = None) -> str:
    """The Markdown fix guide for `kind` findings on `platform`, the best one available;
    with `where` (a place key), only the steps for that place and those that always apply."""
    for folder, name in guidance_candidates(platform, kind):
        found = _file(folder, name)
        if found is not None:
            return steps_for(found.read_text(encoding="utf-8"), where)
    raise FileNotFoundError(f"{GUIDANCE_DIR}/{GENERIC}/{DEFAULT}.md is missing from the package")


def guidance_for_finding(finding: Finding) -> str:
    """The fix steps for this finding's platform, kind and place."""
    return guidance_for(finding.platform, finding.kind, place_of(finding).key)


def steps_for(guide: str, where: str | None) -> str:
    """The guide's opening, then its blocks tagged for `where` (or the nearest place that has
    any) and those for all places; every block when none is tagged for it.  Tags are removed."""
    parts = _TAG.split(guide)
    opening, blocks = parts[0], [(parts[i].split(), parts[i + 1]) for i in range(1, len(parts), 2)]
    tagged = {tag for tags, _ in blocks for tag in tags}
    while where is not None and where not in tagged:
        where = NEAREST.get(where)
    if where is None:
        return opening + "".join(body for _, body in blocks)
    return opening + "".join(body for tags, body in blocks if where in tags or ALWAYS in tags)


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
