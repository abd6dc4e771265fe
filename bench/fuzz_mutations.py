"""Mutations of an export's layout and container, the weighted table of all mutations, and
`make_case`, which draws from it.

Why: people rename, remove and duplicate members, zip part of an export again, unpack two
parts side by side, and archives carry names that are not UTF-8, links, lying zip headers,
bombs and `../` names; the scanner must refuse or name each of them.  The table's order and
weights are part of the seed: changing either changes every case a seed gives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from bench.fuzz_cases import MB, Case, Entry, base_tree, spec
from bench.fuzz_content import (
    files_of,
    m_add_foreign,
    m_deep,
    m_delete,
    m_encoding,
    m_flip,
    m_huge_token,
    m_insert,
    m_swap,
    m_truncate,
    pick,
)
from bench.fuzz_write import zip_bytes

Mutation = Callable[[random.Random, Case], bool]


def m_rename(rng: random.Random, case: Case) -> bool:
    entry = pick(rng, case)
    if entry is None or entry.raw_name is not None:
        return False
    stem, dot, suffix = entry.name.rpartition(".")
    head, _, base = entry.name.rpartition("/")
    new = rng.choice(
        (
            entry.name + ".bak",
            f"{stem} (1){dot}{suffix}" if dot else entry.name + " (1)",
            f"{head}/{base.upper()}".lstrip("/"),
        )
    )
    if new == entry.name or new in {e.name for e in case.entries}:
        return False
    case.steps.append(f"rename {entry.name} to {new}")
    _exempt(case, entry)
    entry.name = new
    return True


def _exempt(case: Case, entry: Entry) -> None:
    """A member renamed or removed may rightly give nothing now, and so may the members a
    mutation moved into it (a zip inside the export)."""
    if entry.origin:
        case.exempt.add(entry.origin)
    case.exempt.update(origin for origin, names in case.aliases.items() if entry.name in names)


def m_remove(rng: random.Random, case: Case) -> bool:
    entry = pick(rng, case)
    if entry is None or len(case.entries) < 2:
        return False
    case.entries.remove(entry)
    case.steps.append(f"remove {entry.name}")
    _exempt(case, entry)
    return True


def m_duplicate(rng: random.Random, case: Case) -> bool:
    """Two members of one name (zip and tar allow it): a broken copy beside the good one."""
    entry = pick(rng, case, text=True)
    if entry is None:
        return False
    copy = Entry(entry.name, entry.data[: len(entry.data) // 3], origin=entry.origin)
    where = case.entries.index(entry) + rng.randint(0, 1)
    case.entries.insert(where, copy)
    case.steps.append(
        f"duplicate {entry.name} with a truncated copy {'after' if where > case.entries.index(entry) else 'before'} it"
    )
    return True


def m_inner_zip(rng: random.Random, case: Case) -> bool:
    """Part or all of the export moved into a zip inside the export."""
    files = [e for e in case.entries if e.link is None and e.raw_name is None]
    if not files:
        return False
    folders = sorted({e.name.rpartition("/")[0] for e in files if "/" in e.name})
    how = rng.choice(("one", "folder", "all") if folders else ("one", "all"))
    if how == "one":
        moved = [rng.choice(files)]
    elif how == "folder":
        folder = rng.choice(folders)
        moved = [e for e in files if e.name.startswith(folder + "/")]
    else:
        moved = files
    inner = (moved[0].name.rpartition("/")[0] + "/" if how != "all" else "") + rng.choice(("inner.zip", "export.zip"))
    inner = inner.lstrip("/")
    for entry in moved:
        case.entries.remove(entry)
        if entry.origin:
            case.aliases.setdefault(entry.origin, set()).add(inner)
    case.entries.append(Entry(inner, zip_bytes(moved)))
    case.steps.append(f"move {len(moved)} members into {inner}")
    return True


def m_two_roots(rng: random.Random, case: Case) -> bool:
    """The export split under two top folders, as when two parts are unpacked side by side."""
    if len(case.entries) < 2:
        return False
    halves = [rng.random() < 0.5 for _ in case.entries]
    halves[0], halves[-1] = True, False
    for entry, first in zip(case.entries, halves, strict=True):
        top = "part_1" if first else "part_2"
        for names in case.aliases.values():  # members moved into a zip before: it moves too
            if entry.name in names:
                names.add(top)
        entry.name = f"{top}/{entry.name}"
        entry.raw_name = entry.raw_name and f"{top}/".encode() + entry.raw_name
        if entry.origin:
            case.aliases.setdefault(entry.origin, set()).add(top)
    case.steps.append("split the export under two top folders")
    return True


def m_bad_name(rng: random.Random, case: Case) -> bool:
    """A name that is not UTF-8: in a folder, or in a zip whose header says it is."""
    entry = pick(rng, case)
    if entry is None:
        return False
    head, _, base = entry.name.rpartition("/")
    raw = (head + "/" if head else "").encode() + b"\xff\xfe" + base.encode()
    if case.container == "folder":
        case.entries.append(Entry(entry.name + ".copy", entry.data, raw_name=raw))
        case.steps.append(f"add a copy of {entry.name} under a name that is not UTF-8")
    else:
        entry.raw_name, entry.flags = raw, entry.flags | 0x800
        case.steps.append(f"give {entry.name} a zip name flagged UTF-8 that is not")
        if entry.origin:  # named as a reader may decode it: replaced, or as the zip default cp437
            case.aliases.setdefault(entry.origin, set()).update({raw.decode("utf-8", "replace"), raw.decode("cp437")})
    return True


def m_link(rng: random.Random, case: Case) -> bool:
    """A member replaced by a symbolic link out of the export (never to be followed)."""
    entry = pick(rng, case)
    if entry is None:
        return False
    entry.link, entry.data = rng.choice(("/etc/hostname", "../../outside.json", "/dev/zero")), b""
    case.steps.append(f"replace {entry.name} with a link out of the export")
    if entry.origin:
        case.exempt.add(entry.origin)
    return True


def m_zip_header(rng: random.Random, case: Case) -> bool:
    """A zip member whose headers lie: damaged data, an unknown method, encryption, a newer version."""
    entry = pick(rng, case)
    if entry is None:
        return False
    how = rng.choice(("damaged data", "unknown method", "encrypted", "version 6.4"))
    if how == "damaged data":
        entry.corrupt = [rng.randrange(1 << 30) for _ in range(rng.randint(1, 4))]
    elif how == "unknown method":
        entry.method = rng.choice((97, 98, 99))
    elif how == "encrypted":
        entry.flags |= 0x1
    else:
        entry.version = rng.choice((64, 100, 255))
    case.steps.append(f"zip header of {entry.name}: {how}")
    return True


def m_bomb(rng: random.Random, case: Case) -> bool:
    """A zip bomb spread over many members: each one under the per-member ratio floor."""
    readable = [e for e in files_of(case, text=True) if e.name.lower().endswith((".js", ".json", ".html", ".htm"))]
    if not readable or case.bomb:
        return False
    threads = [e for e in readable if re.search(r"/inbox/[^/]+/message_1\.(json|html)$", e.name)]
    for n in range(40 - len(readable) if threads else 0):
        head, _, thread_file = threads[0].name.rpartition("/")
        copy = Entry(f"{head}_{n}/{thread_file}", threads[0].data)
        case.entries.append(copy)
        readable.append(copy)
    pad = 2 * MB if case.light else 63 * MB
    for entry in readable[:40]:
        entry.pad = pad
    case.bomb = pad * min(40, len(readable))
    case.steps.append(f"zip bomb: {min(40, len(readable))} members of {pad // MB} MB each")
    return True


def m_cut_file(rng: random.Random, case: Case) -> bool:
    case.raw.append(("truncate", rng.random()))
    case.steps.append(f"truncate the whole {case.container} file")
    return True


def m_flip_file(rng: random.Random, case: Case) -> bool:
    case.raw += [("flip", rng.random()) for _ in range(rng.randint(1, 6))]
    case.exempt.update(e.origin for e in case.entries if e.origin)
    case.steps.append(f"flip bytes anywhere in the {case.container} file")
    return True


def m_tar_dotdot(rng: random.Random, case: Case) -> bool:
    """`../outbox.json` beside the real one: a climbing name must not shadow it."""
    entry = pick(rng, case, text=True)
    if entry is None:
        return False
    prefix = rng.choice(("../", "/", "./../", "a/../../"))
    shadow = Entry(prefix + entry.name, rng.choice((b"", b"{}", entry.data[: len(entry.data) // 2])))
    case.entries.insert(case.entries.index(entry) + rng.randint(0, 1), shadow)
    case.steps.append(f"add {prefix}{entry.name} beside {entry.name}")
    return True


def m_many_files(rng: random.Random, case: Case) -> bool:
    """Thousands of small media files: read in one pass, not once per file."""
    count = 300 if case.light else rng.choice((2_000, 20_000))
    case.entries += [
        Entry(f"media_attachments/files/000/{n // 1000:03d}/{n:06d}/original/{n}.png", b"\x89PNG") for n in range(count)
    ]
    case.steps.append(f"add {count:,} small media files")
    return True


ALL, PACKED, FILE = ("folder", "zip", "tar"), ("zip", "tar"), ("zip", "tar", "car")
MUTATIONS: list[tuple[str, int, tuple[str, ...], Mutation]] = [
    ("flip", 14, (*ALL, "car"), m_flip),
    ("insert", 8, (*ALL, "car"), m_insert),
    ("delete", 6, (*ALL, "car"), m_delete),
    ("truncate", 10, (*ALL, "car"), m_truncate),
    ("huge token", 6, ALL, m_huge_token),
    ("deep", 6, ALL, m_deep),
    ("encoding", 8, ALL, m_encoding),
    ("swap", 5, ALL, m_swap),
    ("add foreign", 4, ALL, m_add_foreign),
    ("rename", 4, ALL, m_rename),
    ("remove", 3, ALL, m_remove),
    ("duplicate", 5, PACKED, m_duplicate),
    ("inner zip", 4, ALL, m_inner_zip),
    ("two roots", 3, ALL, m_two_roots),
    ("bad name", 3, ("folder", "zip"), m_bad_name),
    ("link", 2, ("folder", "tar"), m_link),
    ("zip header", 8, ("zip",), m_zip_header),
    ("bomb", 1, ("zip",), m_bomb),
    ("cut file", 4, FILE, m_cut_file),
    ("flip file", 3, FILE, m_flip_file),
    ("tar dotdot", 4, ("tar",), m_tar_dotdot),
    ("many files", 1, ("tar",), m_many_files),
]


def make_case(seed: int, index: int, light: bool = False) -> Case:
    """Case `index` of `seed`, the same every time: one to three mutations drawn by weight, redrawn until one applies."""
    rng, platform, variant, container = spec(seed, index)
    case = Case(seed, index, platform, variant, container, light=light)
    if container == "car":
        car = next((n, d) for n, d in base_tree(platform, variant) if n.endswith(".car"))
        case.entries = [Entry(*car, origin=car[0])]
    else:
        case.entries = [Entry(n, d, origin=n) for n, d in base_tree(platform, variant)]
    for _ in range(rng.choices((1, 2, 3), (70, 25, 5))[0]):
        for _attempt in range(20):
            name, _weight, containers, mutate = rng.choices(MUTATIONS, [m[1] for m in MUTATIONS])[0]
            if container in containers and mutate(rng, case):
                break
    if container != "car" and rng.random() < 0.05:
        case.home = rng.choice(("blocked", "bad_key"))
        case.steps.append(f"data folder {case.home}")
    case.state = rng.random() < 0.1
    return case
