"""The progress file's compact format (issue 16): one line, the same bytes for the same
progress, earlier files (indented, every key sorted; older versions) still read and
re-saved compact, the no-values rule checked as strictly, 0600 as before."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from audit import state as state_module
from audit import state_format, state_model
from audit.migrations import CURRENT_VERSION
from audit.state import AuditState, Seen, StateError, StateStore, decode, encode, to_bytes
from audit.state_format import parse
from audit.statemerge import merge
from tests.audit.findings import finding

FIXTURE_V0 = Path(__file__).resolve().parents[2] / "fixtures" / "state" / "v0.json"
DAY = date(2026, 11, 25)


def progress(count: int = 6) -> AuditState:
    """A state with decisions of every kind and sightings on two platforms, over two scans."""
    state = AuditState(scans=["2025-11-20", "2026-11-25"], sources={"x": 2, "facebook": 1})
    for n in range(count):
        found = finding(f"+4477009001{n:02d}", platform="x" if n % 2 else "facebook", item_id=str(n))
        state.seen[found.id] = Seen(found.kind, found.platform, "2025-11-20", "2026-11-25", 2, found.place_id, "4")
        if n % 3 == 0:
            state.decide(found, "accepted", "the school office's mobile", today=DAY)
        elif n % 3 == 1:
            state.decide(found, "snoozed", snooze_until=date(2026, 12, 25), today=DAY)
    return state


def reordered(state: AuditState) -> AuditState:
    """The same progress, its mappings filled in the opposite order."""
    return replace(
        state,
        decisions=dict(reversed(state.decisions.items())),
        seen=dict(reversed(state.seen.items())),
        sources=dict(reversed(state.sources.items())),
    )


def test_the_file_is_one_compact_line_that_reads_back_the_same(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json")
    state = progress()
    store.save(state)
    raw = (tmp_path / "state.json").read_bytes()
    assert raw.count(b"\n") == 1 and raw.endswith(b"}\n") and b", " not in raw and b'": ' not in raw
    assert json.loads(raw)["version"] == CURRENT_VERSION
    assert StateStore(tmp_path / "state.json").load() == state
    assert stat.S_IMODE((tmp_path / "state.json").stat().st_mode) == 0o600


def test_the_same_progress_always_gives_the_same_bytes() -> None:
    state = progress()
    assert to_bytes(state) == to_bytes(reordered(state))
    document = json.loads(to_bytes(state))
    assert list(document["seen"]) == sorted(state.seen)
    assert list(document["decisions"]) == sorted(state.decisions)


def test_a_file_written_by_an_earlier_release_reads_the_same_and_is_saved_compact(tmp_path: Path) -> None:
    """Earlier releases wrote the same document with `indent=1, sort_keys=True`."""
    path = tmp_path / "state.json"
    state = progress()
    path.write_text(json.dumps(encode(state), indent=1, sort_keys=True) + "\n")
    path.chmod(0o600)
    store = StateStore(path)
    loaded = store.load()
    assert loaded == state
    store.save(loaded)
    assert path.read_bytes() == to_bytes(state)


@pytest.mark.parametrize("version", [1, 2])
def test_older_versions_are_upgraded_and_saved_in_the_compact_format(tmp_path: Path, version: int) -> None:
    path = tmp_path / "state.json"
    sighting = {"kind": "phone", "platform": "x", "first_seen": "2024-05-01", "last_seen": "2024-05-01", "last_scan": 1}
    if version == 2:
        sighting |= {"place": "", "rules": "", "identity": 1}
    document = {
        "version": version,
        "decisions": {"0123456789abcdef": {"status": "fixed", "reason": "", "updated": "2024-05-02"}},
        "seen": {"0123456789abcdef": sighting},
        "scans": ["2024-05-01"],
        **({"sources": {"x": 1}} if version == 2 else {}),
    }
    path.write_text(json.dumps(document, indent=1, sort_keys=True))
    store = StateStore(path)
    state = store.load()
    assert state.status_of("0123456789abcdef") == "fixed"
    assert state.seen["0123456789abcdef"].identity == 1 and state.seen["0123456789abcdef"].verified == ""
    assert state.sources == {"x": 1}
    store.save(state)
    assert path.read_bytes().count(b"\n") == 1
    assert StateStore(path).load() == state


def test_the_prototype_file_is_upgraded_and_saved_compact(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(FIXTURE_V0.read_bytes())
    store = StateStore(path)
    state = store.load()
    store.save(state)
    assert path.read_bytes() == to_bytes(state)
    assert StateStore(path).load() == state


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("kind", "phone07700900123"),
        ("platform", "x y"),
        ("first_seen", "07700 900123"),
        ("verified", "someone@example.com"),
        ("rules", "7 Larkspur Close"),
        ("place", "SW1A 1AA"),
    ],
)
def test_a_value_in_any_sighting_is_refused_even_after_good_ones(field: str, bad: str) -> None:
    """The checks remember texts already found good; a bad one is never taken for one."""
    state = progress()
    last = sorted(state.seen)[-1]
    setattr(state.seen[last], field, bad)
    with pytest.raises(ValueError):
        encode(state)
    document = json.loads(to_bytes(progress()))
    document["seen"][last][field] = bad
    with pytest.raises(ValueError):
        decode(document)


def test_a_hand_edited_file_with_a_value_in_it_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    document = json.loads(to_bytes(progress()))
    key = next(iter(document["seen"]))
    document["seen"][key]["last_seen"] = "ring 07700 900123"
    path.write_text(json.dumps(document, separators=(",", ":")))
    with pytest.raises(StateError, match="not a profile-audit progress file"):
        StateStore(path).load()


def test_a_reason_is_scrubbed_when_read_as_when_written() -> None:
    document = json.loads(to_bytes(progress()))
    key = next(iter(document["decisions"]))
    document["decisions"][key]["reason"] = "ring the office on 07700 900123"
    assert "900123" not in decode(document).decisions[key].reason


def test_a_merge_leaves_sightings_it_does_not_renumber_untouched(tmp_path: Path) -> None:
    mine, theirs = progress(), progress()
    base = progress()
    theirs.scans.append("2026-11-26")
    merge(mine, theirs, base)
    assert mine.scans == ["2025-11-20", "2026-11-25", "2026-11-26"]
    assert {key: seen.last_scan for key, seen in mine.seen.items()} == dict.fromkeys(base.seen, 2)
    store = StateStore(tmp_path / "state.json")
    store.save(mine)
    assert StateStore(tmp_path / "state.json").load() == mine


def test_the_format_and_the_types_are_still_importable_from_audit_state() -> None:
    """The file's bytes (`audit.state_format`) and what it holds (`audit.state_model`) live
    apart from the file's handling; callers keep importing every public name from `audit.state`."""
    assert (state_module.encode, state_module.decode, state_module.to_bytes) == (
        state_format.encode,
        state_format.decode,
        state_format.to_bytes,
    )
    assert (state_module.AuditState, state_module.Decision, state_module.Seen, state_module.STATUSES) == (
        state_model.AuditState,
        state_model.Decision,
        state_model.Seen,
        state_model.STATUSES,
    )
    assert set(state_module.__all__) <= set(dir(state_module))


def test_parse_reads_the_bytes_to_bytes_writes() -> None:
    written = progress()
    assert parse(to_bytes(written)) == written
    with pytest.raises(ValueError, match="not a JSON object"):
        parse(b"[]")
