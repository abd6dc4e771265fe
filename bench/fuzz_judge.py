"""Judging a case: a crash, a hang, a found value in an error, an unreported broken member.

Why: a pass must mean what it says.  A crash is a traceback, the CLI's one-line "internal
error", a signal, an exit code outside 0/1/2, an error over more than one line, or output that
is not UTF-8 JSON.  An unreported broken member is a text file that gave items before the
mutation (`Baseline`), gives none after, and is named nowhere under `sources[].unreadable`;
members the mutation removed, renamed or left valid are exempt.  Only counts, file names inside
the export, mutation names and exception types are ever recorded, never a found value.
"""

from __future__ import annotations

import json
import re
import signal
from dataclasses import dataclass, field
from typing import Any

from bench.fuzz_cases import MB, TEXT, Case, base_tree
from bench.fuzz_child import Outcome


@dataclass
class Baseline:
    members: dict[str, int] = field(default_factory=dict)
    """Text member of the unmutated export -> items it gave (only those that gave some)."""
    values: list[str] = field(default_factory=list)
    """Values found in it: no error message may repeat one."""
    broken: str | None = None


@dataclass
class Record:
    key: str
    platform: str
    variant: str
    container: str
    steps: list[str]
    rc: int = 0
    seconds: float = 0.0
    peak_mb: float = 0.0
    crash: str | None = None
    hang: bool = False
    lost: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.crash or self.hang or self.lost or self.other)


def _overlap(a: str, b: str) -> bool:
    """One path is the other, or a folder (or zip) of it, or it with a wrapping folder."""
    a, b = f"/{a.strip('/')}/", f"/{b.strip('/')}/"
    return a in b or b in a


def _crash(outcome: Outcome, state: bool) -> tuple[str | None, dict[str, Any] | None]:
    """Why this run counts as a crash (None if it does not), and the JSON report when there is one."""
    err = outcome.err.decode("utf-8", "replace")
    if outcome.rc < 0:
        return f"killed by {signal.Signals(-outcome.rc).name}", None
    if "Traceback (most recent call last)" in err:
        last = [line for line in err.splitlines() if line and not line[0].isspace()][-1]
        kind = re.match(r"[A-Za-z_][\w.]*", last)
        return f"traceback ({kind.group(0) if kind else 'unknown'})", None
    internal = re.search(r"internal error \((\w+)", err)
    if internal:  # the CLI's one line for a bug: still a crash, the whole scan is lost
        return f"internal error ({internal.group(1)})", None
    if outcome.rc not in (0, 1, 2):
        return f"exit code {outcome.rc}", None
    try:
        text = outcome.out.decode("utf-8")
        outcome.err.decode("utf-8")
    except UnicodeDecodeError:
        return "output is not UTF-8", None
    if outcome.rc == 2:
        lines = [line for line in err.splitlines() if line.strip()]
        errors = [line for line in lines if line.startswith("profile-audit:")] if state else lines
        return (None if len(errors) == 1 else f"exit 2 with {len(lines)} lines on stderr"), None
    try:
        return None, json.loads(text)
    except ValueError:
        return "output is not JSON", None


def baseline_of(outcome: Outcome, base: tuple[str, str]) -> Baseline:
    crash, report = _crash(outcome, False)
    if outcome.hang or crash or report is None or outcome.tally is None:
        return Baseline(broken="hang" if outcome.hang else crash or f"exit {outcome.rc}, no report or tally")
    members = {}
    for name, _ in base_tree(*base):
        count = sum(n for file, n in outcome.tally.items() if _overlap(file, name))
        if name.lower().endswith(TEXT) and count:
            members[name] = count
    return Baseline(members, sorted({str(f.get("value", "")) for f in report.get("findings", []) if f.get("value")}))


def evaluate(case: Case, outcome: Outcome, base: Baseline) -> Record:
    record = Record(case.key, case.platform, case.variant, case.container, list(case.steps), outcome.rc)
    record.seconds, record.peak_mb, record.hang = outcome.seconds, outcome.peak_kb / 1024, outcome.hang
    if outcome.stray:
        record.other.append(f"wrote {len(outcome.stray)} files beside the export")
    if not case.state and _leaks(outcome.err, base.values):
        record.other.append("a found value in stderr")
    if outcome.hang:
        return record
    record.crash, report = _crash(outcome, case.state)
    if record.crash or report is None or outcome.tally is None or base.broken:
        return record
    named = [u.get("path", "") for source in report.get("sources", []) for u in source.get("unreadable", [])]
    for member in base.members:
        if member in case.exempt:
            continue
        read = any(_overlap(file, member) for file, n in outcome.tally.items() if n)
        names = {member, *case.aliases.get(member, ())}
        if not read and not any(p.strip("/") in ("", "(export)") or _overlap(p, n) for p in named for n in names):
            record.lost.append(member)
    padded = [e.name for e in case.entries if e.pad]
    if case.bomb >= 2 * 1024 * MB and not any(_overlap(p, n) for p in named for n in padded):
        record.other.append(f"zip bomb of {case.bomb // MB:,} MB read without refusal")
    return record


def _leaks(err: bytes, values: list[str]) -> bool:
    compact = re.sub(r"[\s()-]", "", err.decode("utf-8", "replace")).lower()
    for value in values:
        value = re.sub(r"[\s()-]", "", value).lower()
        if len(value) >= 6 and (value in compact or (value.startswith("+44") and "0" + value[3:] in compact)):
            return True
    return False
