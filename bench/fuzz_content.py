"""Mutations of a member's bytes: flipped, inserted, deleted or cut; huge tokens, deep nesting,
other encodings, another platform's file in its place.

Why: these are the damages a download, a copy or a text editor does to one file, and the
ones a fetcher must survive or name under `sources[].unreadable`.  A blind change may by chance
leave a valid file, so `_blind` exempts the member from the "unreported broken" count when the
bytes still parse.  Each mutation returns False when it does not apply, so another is drawn.
"""

from __future__ import annotations

import codecs
import json
import random
import re

from bench.fuzz_cases import MB, PLATFORMS, TEXT, VARIANTS, Case, Entry, base_tree

JUNK = (b"{", b"]", b"\x00", b"\xff\xfe", b"<div>", b'"', b"\\", b"\r\n", b"\xc3", b"\xed\xa0\x80")


def files_of(case: Case, text: bool = False) -> list[Entry]:
    return [e for e in case.entries if e.link is None and e.data and (not text or e.name.lower().endswith(TEXT))]


def pick(rng: random.Random, case: Case, text: bool = False, suffixes: tuple[str, ...] = TEXT) -> Entry | None:
    found = [e for e in files_of(case, text) if not text or e.name.lower().endswith(suffixes)]
    return rng.choice(found) if found else None


def _blind(case: Case, entry: Entry, data: bytes, step: str) -> bool:
    """A change that may by chance leave a valid file: only a broken one must be named."""
    if data == entry.data:
        return False
    entry.data = data
    case.steps.append(f"{step} {entry.name}")
    if entry.origin and _valid(entry.name, data):
        case.exempt.add(entry.origin)
    return True


def _valid(name: str, data: bytes) -> bool:
    """Whether the bytes still make a well-formed file of the kind the name says."""
    low = name.lower()
    if low.endswith(".car"):
        return False
    try:
        if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    if low.endswith(".js"):
        text = text.partition("=")[2]
    if low.endswith((".js", ".json")):
        try:
            json.loads(text)
        except RecursionError:
            return True
        except ValueError:
            return False
    return True


def m_flip(rng: random.Random, case: Case) -> bool:
    entry = pick(rng, case)
    if entry is None:
        return False
    data = bytearray(entry.data)
    count = rng.randint(1, 8)
    for _ in range(count):
        data[rng.randrange(len(data))] ^= rng.randint(1, 255)
    return _blind(case, entry, bytes(data), f"flip {count} bytes in")


def m_insert(rng: random.Random, case: Case) -> bool:
    entry = pick(rng, case)
    if entry is None:
        return False
    junk = rng.choice(JUNK) if rng.random() < 0.8 else rng.randbytes(rng.randint(1, 64))
    at = rng.randrange(len(entry.data) + 1)
    return _blind(case, entry, entry.data[:at] + junk + entry.data[at:], f"insert {len(junk)} bytes into")


def m_delete(rng: random.Random, case: Case) -> bool:
    entry = pick(rng, case)
    if entry is None or len(entry.data) < 2:
        return False
    at = rng.randrange(len(entry.data))
    span = rng.randint(1, max(1, len(entry.data) // 2))
    return _blind(case, entry, entry.data[:at] + entry.data[at + span :], f"delete {span} bytes from")


def m_truncate(rng: random.Random, case: Case) -> bool:
    entry = pick(rng, case)
    if entry is None:
        return False
    return _blind(case, entry, entry.data[: rng.randrange(len(entry.data))], "truncate")


def _points(entry: Entry, json_at: bytes, html_at: bytes) -> list[int]:
    pattern = json_at if entry.name.lower().endswith((".js", ".json")) else html_at
    return [m.end() for m in re.finditer(pattern, entry.data)]


def m_huge_token(rng: random.Random, case: Case) -> bool:
    """One enormous word inside a value: the tokenizer's worst case (issue 13: 20,000 `!`)."""
    entry = pick(rng, case, text=True, suffixes=(".js", ".json", ".html", ".htm", ".csv", ".txt"))
    if entry is None:
        return False
    points = _points(entry, rb'"\s*:\s*"', rb">") if not entry.name.endswith((".csv", ".txt")) else []
    points = points or [m.end() for m in re.finditer(rb"[,:]\s?", entry.data)] or [len(entry.data)]
    sizes = [("!", 20_000), ("a", 20_000)] if case.light else [("!", 20_000), ("!", 200_000), ("0123456789", 3 * MB)]
    sizes += [] if case.light else [("a", MB), ("\U0001f602", 100_000), ("-", 500_000)]
    unit, size = rng.choice(sizes)
    token = (unit * (size // len(unit) + 1))[:size].encode()
    at = rng.choice(points)
    entry.data = entry.data[:at] + token + entry.data[at:]
    case.steps.append(f"insert a {size:,}-character word into {entry.name}")
    return True


def m_deep(rng: random.Random, case: Case) -> bool:
    """A value nested thousands deep: a valid file that must not eat memory or the stack."""
    entry = pick(rng, case, text=True, suffixes=(".js", ".json", ".html", ".htm"))
    if entry is None:
        return False
    depth = rng.choice((1_000, 5_000) if case.light else (1_000, 20_000, 200_000))
    if entry.name.lower().endswith((".html", ".htm")):
        points = _points(entry, rb"$^", rb">")
        nested = b"<div>" * depth
    else:
        points = _points(entry, rb"[{]\s*(?=\")", rb"$^")
        nested = (
            b'"fuzz": '
            + (b"[" * depth + b"]" * depth if rng.random() < 0.5 else b'{"a": ' * depth + b"1" + b"}" * depth)
            + b", "
        )
        points = [p for p in points if _valid(entry.name, entry.data[:p] + b'"fuzz": [[]], ' + entry.data[p:])]
    if not points:
        return False
    at = rng.choice(points)
    entry.data = entry.data[:at] + nested + entry.data[at:]
    case.steps.append(f"nest a value {depth:,} deep in {entry.name}")
    return True


def m_encoding(rng: random.Random, case: Case) -> bool:
    entry = pick(rng, case, text=True, suffixes=(".js", ".json", ".html", ".htm", ".csv", ".txt"))
    if entry is None:
        return False
    bom = entry.data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    try:
        text = entry.data.decode("utf-16" if bom else "utf-8-sig")
    except UnicodeDecodeError:
        return False
    how = rng.choice(("utf-16", "utf-16-be", "latin-1", "cp1252", "utf-8 with BOM", "utf-8 twice", "utf-8"))
    if how in ("latin-1", "cp1252"):
        data = text.encode(how, "replace")
    elif how == "utf-8 with BOM":
        data = codecs.BOM_UTF8 + text.encode()
    elif how == "utf-8 twice":
        data = text.encode().decode("latin-1").encode()
    else:
        data = text.encode(how)
    if data == entry.data:
        return False
    entry.data = data
    case.steps.append(f"re-encode {entry.name} as {how}")
    return True


def _foreign(rng: random.Random, case: Case) -> tuple[str, bytes] | None:
    other = rng.choice([p for p in PLATFORMS if p != case.platform])
    members = [(n, d) for n, d in base_tree(other, VARIANTS[other][-1]) if n.lower().endswith(TEXT)]
    return rng.choice(members) if members else None


def m_swap(rng: random.Random, case: Case) -> bool:
    """A member replaced by another platform's file under the same name."""
    entry, foreign = pick(rng, case, text=True), _foreign(rng, case)
    if entry is None or foreign is None or foreign[1] == entry.data:
        return False
    entry.data = foreign[1]
    case.steps.append(f"swap {entry.name} for another platform's {foreign[0]}")
    return True


def m_add_foreign(rng: random.Random, case: Case) -> bool:
    """Another platform's file dropped in (a renamed download): the export must still be read as itself."""
    foreign = _foreign(rng, case)
    if foreign is None or foreign[0] in {e.name for e in case.entries}:
        return False
    case.entries.append(Entry(*foreign))
    case.steps.append(f"add another platform's {foreign[0]}")
    return True
