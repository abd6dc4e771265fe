"""A Bluesky `repo.car` read as a stream: CAR v1 blocks, the commit, and the MST walk.

shared/formats/bluesky.md: after the header, a CAR is `varint(len) | CID | DAG-CBOR block`,
repeated, in no defined order.  The commit (the header's root) points at the root of a Merkle
Search Tree whose entries name each record `"<collection>/<rkey>"`.

Memory: a repo of a few hundred MB must never sit in memory, and block order is undefined (a
record may come before the MST node naming it).  So the file is read twice, as a stream:

1. `index()`: keep only the commit and the MST nodes (compact tuples; a record's name costs
   ~100 bytes), decoding only blocks that start like an MST node (`{"e": ..., "l": ...}` in
   canonical DAG-CBOR begins `a2 61 65`); records are skipped unread.  Then the MST is walked
   into `{record CID: [keys]}`.
2. `records()`: read again, decode only the record blocks and hand them out as they come.

Two sequential reads beat an offset index here: a zip member cannot seek cheaply.  Block hashes
are not verified: a damaged but readable record is still the person's words, worth scanning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import libipld

from audit.cararchive import CarError, read_header, read_varint

MAX_BLOCK_BYTES = 16 * 1024**2
"""atproto caps blocks far lower (records ~1 MB); a longer length means broken framing."""
MST_PREFIX = b"\xa2\x61e"
DECODE_ERRORS = (ValueError, TypeError, OverflowError, RecursionError)

Node = tuple[bytes | None, list[tuple[int, bytes, bytes, bytes | None]]]
"""An MST node as kept in memory: (left subtree, [(prefix length, key suffix, value, right)])."""


def decode(data: bytes) -> Any:
    """One DAG-CBOR block, or None if it cannot be decoded."""
    try:
        return libipld.decode_dag_cbor(data)
    except DECODE_ERRORS:
        return None


def cid_text(raw: Any) -> str | None:
    """`bafy...` for raw CID bytes (a link as libipld decodes it); None if it is not one."""
    if not isinstance(raw, bytes):
        return None
    try:
        return str(libipld.encode_cid(raw))
    except DECODE_ERRORS:
        return None


def sections(stream: BinaryIO) -> Iterator[tuple[bytes, bytes]]:
    """(CID bytes, block bytes) for each block after the header; CarError where framing breaks."""
    while True:
        length = read_varint(stream)
        if length is None:
            return
        if not 0 < length <= MAX_BLOCK_BYTES:
            raise CarError("a block length that cannot be right (the file is damaged)")
        data = stream.read(length)
        if len(data) < length:
            raise CarError("truncated inside a block")
        cut = _cid_length(data)
        if cut is None:
            raise CarError("a block without a readable CID (the file is damaged)")
        yield data[:cut], data[cut:]


def _cid_length(data: bytes) -> int | None:
    """Length of the CID at the start of a section: 34 for CIDv0, varints + digest for v1."""
    if data[:2] == b"\x12\x20":
        return 34 if len(data) >= 34 else None
    at = 0
    values = []
    for _ in range(4):  # version, codec, hash code, digest length
        value = shift = 0
        while at < len(data):
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        else:
            return None
        values.append(value)
    if values[0] != 1 or at + values[3] > len(data):
        return None
    return at + values[3]


@dataclass
class RepoIndex:
    """What the first pass learnt: the account, the records' names, and what went wrong."""

    did: str = ""
    keys: dict[bytes, list[str]] = field(default_factory=dict)
    """Record CID -> its `collection/rkey` names (identical records share one block)."""
    skip: set[bytes] = field(default_factory=set)
    """Blocks that are not records (commit, MST nodes)."""
    complete: bool = False
    """Whether the MST walk reached every node: if not, records are read by `$type` instead."""
    problem: str = ""


def index(stream: BinaryIO, ignore: frozenset[str] = frozenset()) -> RepoIndex:
    """Pass 1: the commit and MST nodes, walked into record names.  Raises CarError on a bad header.

    Records of the `ignore` collections (likes and follows: most of a repo) are not named, so
    pass 2 never decodes them and their names cost no memory.
    """
    roots = read_header(stream)
    found = RepoIndex()
    nodes: dict[bytes, Node] = {}
    commit: Any = None
    try:
        for cid, data in sections(stream):
            if roots and cid == roots[0]:
                commit = decode(data)
            elif data.startswith(MST_PREFIX):
                node = _node(decode(data))
                if node is not None:
                    nodes[cid] = node
    except CarError:
        pass  # pass 2 meets the same break and reports it with what it kept
    found.skip = set(nodes) | set(roots[:1])
    if not isinstance(commit, dict) or not isinstance(commit.get("data"), bytes):
        found.problem = "the repository's commit is missing or unreadable"
        return found
    found.did = commit["did"] if isinstance(commit.get("did"), str) else ""
    missing = _walk(commit["data"], nodes, found.keys, ignore)
    found.complete = missing == 0
    if missing:
        found.problem = f"{missing} part(s) of the repository's index (MST) are missing or unreadable"
    return found


def records(stream: BinaryIO, found: RepoIndex, on_broken: Callable[[], None]) -> Iterator[tuple[bytes, Any]]:
    """Pass 2: (CID, decoded block) for each record block, in file order.

    With a complete MST only the blocks it names are decoded (stale and ignored ones are not); without
    one every other block is decoded and the caller keeps those with a `$type`.  A block that
    will not decode is counted through `on_broken`; CarError ends the stream where framing breaks.
    """
    read_header(stream)
    for cid, data in sections(stream):
        if cid in found.skip or (found.complete and cid not in found.keys):
            continue
        record = decode(data)
        if record is None:
            on_broken()
            continue
        yield cid, record


def _node(value: Any) -> Node | None:
    """An MST node as a compact tuple, or None when the block is not one."""
    if not isinstance(value, dict) or set(value) != {"e", "l"} or not isinstance(value["e"], list):
        return None
    left = value["l"] if isinstance(value["l"], bytes) else None
    entries = []
    for entry in value["e"]:
        if not isinstance(entry, dict):
            return None
        prefix, suffix, target, right = entry.get("p"), entry.get("k"), entry.get("v"), entry.get("t")
        if not isinstance(prefix, int) or not isinstance(suffix, bytes) or not isinstance(target, bytes):
            return None
        entries.append((prefix, suffix, target, right if isinstance(right, bytes) else None))
    return left, entries


def _walk(root: bytes, nodes: dict[bytes, Node], keys: dict[bytes, list[str]], ignore: frozenset[str]) -> int:
    """Fill `keys` from the MST under `root` (left subtree, then each entry and its right
    subtree); return how many nodes were missing.  Iterative, and a node is visited once."""
    missing = 0
    seen: set[bytes] = set()
    stack: list[bytes] = [root]
    while stack:
        cid = stack.pop()
        if cid in seen:
            continue
        seen.add(cid)
        node = nodes.get(cid)
        if node is None:
            missing += 1
            continue
        left, entries = node
        previous = b""
        children = [left] if left else []
        for prefix, suffix, target, right in entries:
            full = previous[:prefix] + suffix
            previous = full
            key = full.decode("utf-8", "replace")
            if key.split("/", 1)[0] not in ignore:
                keys.setdefault(target, []).append(key)
            if right:
                children.append(right)
        stack.extend(reversed(children))
    return missing
