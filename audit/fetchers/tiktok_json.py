"""Stream chosen sub-trees of TikTok's one big `user_data(_tiktok).json`, in one pass.

The file is a single object of sections ("Profile", "Post", "Your Activity", ...), and most
of its bytes are watch history and likes the audit never reads.  `json.load` would hold all of
it; `ijson.kvitems` would still build every section.  Here the parser's events are walked with
a small stack of keys, and only values whose path matches a target are built, one list element
at a time, so memory stays at one post, comment or message however large the file is.

Paths are matched case-insensitively through alias sets, because TikTok renamed keys between
versions (`Video` -> `Post`, `Activity` -> `Your Activity`, `Profile Information` ->
`Profile Info`) and changed their capitalisation (shared/formats/tiktok.md, "Parser rule").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

import ijson

from audit.fetchers.jsonstream import PARSE_BUFFER, Position, reported

ANY_KEY = "<any key>"
"""A path step matching every key of a map (the chats of `ChatHistory`)."""
EACH = "<each element>"
"""A path step matching every element of a list: the target is built one element at a time."""


@dataclass(frozen=True, slots=True)
class Target:
    """A sub-tree to build: `steps` are alias sets (lower case), `ANY_KEY` or `EACH`."""

    name: str
    steps: tuple[frozenset[str] | str, ...]


def aliases(*names: str) -> frozenset[str]:
    """One path step that accepts any of `names`, whatever their capitalisation."""
    return frozenset(n.casefold() for n in names)


@dataclass(frozen=True, slots=True)
class Hit:
    """A built value, which target it matched, and the map keys on its path (chat labels)."""

    target: str
    keys: tuple[str, ...]
    value: Any


def _matches(steps: tuple[frozenset[str] | str, ...], path: Sequence[str | None]) -> bool:
    if len(steps) != len(path):
        return False
    for step, here in zip(steps, path, strict=True):
        if step == EACH:
            if here is not None:
                return False
        elif here is None or step != ANY_KEY and isinstance(step, frozenset) and here.casefold() not in step:
            return False
    return True


def _could_lead(targets: Sequence[Target], path: Sequence[str | None]) -> bool:
    """Whether some target lies below `path`: everything else is skipped unbuilt."""
    depth = len(path)
    return any(len(t.steps) > depth and _matches(t.steps[:depth], path) for t in targets)


_STARTS = {"start_map", "start_array"}
_ENDS = {"end_map", "end_array"}


def walk(stream: BinaryIO, name: str, targets: Sequence[Target]) -> Iterator[Hit]:
    """Every value under one of `targets`, in file order.

    Raises UnreadableMember, after yielding what came before, if the JSON breaks off or is
    malformed, naming the byte where it broke and never what the file says.
    """
    counter = Position(stream)
    yield from reported(
        _walk(ijson.basic_parse(counter, use_float=True, buf_size=PARSE_BUFFER), targets), counter, name
    )


def _walk(events: Iterator[tuple[str, Any]], targets: Sequence[Target]) -> Iterator[Hit]:
    path: list[str | None] = []  # map key, or None inside a list, for the value about to start
    skip_depth = 0  # > 0 while inside a value no target wants
    builder: ijson.ObjectBuilder | None = None
    build_depth, target = 0, ""
    for event, value in events:
        if builder is not None:
            builder.event(event, value)
            build_depth += 1 if event in _STARTS else -1 if event in _ENDS else 0
            if build_depth == 0:
                yield Hit(target, tuple(p for p in path if p is not None), builder.value)
                builder = None
            continue
        if skip_depth:
            skip_depth += 1 if event in _STARTS else -1 if event in _ENDS else 0
            continue
        if event == "map_key":
            path[-1] = value
            continue
        if event in _ENDS:
            path.pop()
            continue
        found = next((t for t in targets if _matches(t.steps, path)), None)
        if found is not None:
            builder, target = ijson.ObjectBuilder(), found.name
            builder.event(event, value)
            build_depth = 1 if event in _STARTS else 0
            if build_depth == 0:
                yield Hit(target, tuple(p for p in path if p is not None), builder.value)
                builder = None
            continue
        if event in _STARTS:
            if path and not _could_lead(targets, path) or not path and not targets:
                skip_depth = 1
                continue
            path.append("" if event == "start_map" else None)
