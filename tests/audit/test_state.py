"""The progress file: round trip, migration, atomic 0600 writes, corrupt files, no values."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from audit import paths
from audit.migrations import CURRENT_VERSION, MigrationError, migrate
from audit.state import AuditState, Decision, Seen, StateError, StateStore
from tests.audit.findings import finding

FIXTURE_V0 = Path(__file__).resolve().parents[2] / "fixtures" / "state" / "v0.json"
DAY = date(2026, 11, 25)


def test_missing_file_is_an_empty_state(tmp_path: Path) -> None:
    state = StateStore(tmp_path / "state.json").load()
    assert state == AuditState(version=CURRENT_VERSION, decisions={}, seen={}, scans=[])
    assert state.status_of("abcdef0123456789") == "todo"


def test_default_path_is_in_the_data_home(private_home: Path) -> None:
    assert StateStore().path == private_home / "state.json"


def test_round_trip(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json")
    state = AuditState()
    fixed, accepted, snoozed = (
        finding("+447700900123"),
        finding("+447700900124", item_id="2"),
        finding("jo@example.com", kind="email", platform="facebook", item_id="3"),
    )
    state.decide(fixed, "fixed", today=DAY)
    state.decide(accepted, "accepted", "school office mobile, allowed", today=DAY)
    state.decide(snoozed, "snoozed", snooze_until=date(2026, 12, 1), today=DAY)
    state.scans.append("2026-11-20")
    store.save(state)

    loaded = store.load()
    assert loaded == state
    assert loaded.decisions[accepted.id] == Decision("accepted", "school office mobile, allowed", "2026-11-25", None)
    assert loaded.seen[snoozed.id].kind == "email"
    assert loaded.seen[snoozed.id].platform == "facebook"
    assert json.loads((tmp_path / "state.json").read_text())["version"] == CURRENT_VERSION


def test_snooze_runs_out(tmp_path: Path) -> None:
    state = AuditState()
    item = finding("+447700900125")
    state.decide(item, "snoozed", snooze_until=date(2026, 12, 1), today=DAY)
    assert state.status_of(item.id, date(2026, 11, 30)) == "snoozed"
    assert state.status_of(item.id, date(2026, 12, 1)) == "todo"
    state.decide(item, "snoozed", today=DAY)
    assert state.status_of(item.id, date(2030, 1, 1)) == "snoozed"


def test_snooze_date_is_dropped_for_other_statuses() -> None:
    state = AuditState()
    item = finding("+447700900126")
    state.decide(item, "fixed", snooze_until=date(2026, 12, 1), today=DAY)
    assert state.decisions[item.id].snooze_until is None
    with pytest.raises(ValueError):
        state.decide(item, "done", today=DAY)  # type: ignore[arg-type]


def test_saved_file_holds_no_value_of_any_finding(tmp_path: Path) -> None:
    """Reasons are where people type values; none may reach the disk, in any spelling."""
    store = StateStore(tmp_path / "state.json")
    state = AuditState()
    recorded = [
        (finding("+447700900321"), "07700 900321 is my school mobile, allowed"),
        (finding("+441134960457", item_id="2"), "landline +44 113 496 0457 is fine"),
        (finding("jo.marsh@example.com", kind="email", item_id="3"), "jo.marsh@example.com was the old one"),
        (finding("jo.m@example.net", kind="email", item_id="4"), "jo.m at example dot net is a typo"),
        (finding("12 Larkspur Road, LS6 2QT", kind="address", item_id="5"), "12 Larkspur Road was my flat"),
        (finding("Year 4 teacher", kind="job_title", item_id="6"), "everyone knows I'm a Year 4 teacher"),
        (finding("St Aidan's Primary", kind="school", item_id="7"), "st aidan's primary says it's fine"),
    ]
    for item, reason in recorded:
        state.decide(item, "accepted", reason, today=DAY)
    store.save(state)
    saved = (tmp_path / "state.json").read_text().lower()
    for item, _ in recorded:
        assert item.value.lower() not in saved
    for fragment in ("900321", "496 0457", "4960457", "example.com", "example dot net", "larkspur", "ls6 2qt"):
        assert fragment not in saved
    assert "is my school mobile, allowed" in saved  # the rest of the reason survives


def test_hand_built_state_cannot_smuggle_a_value(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json")
    bad_id = AuditState(decisions={"call 07700 900123": Decision("fixed")})
    with pytest.raises(ValueError):
        store.save(bad_id)
    bad_kind = AuditState(seen={"abcdef0123456789": Seen("jo@example.com", "x", "2026-01-01", "2026-01-01")})
    with pytest.raises(ValueError):
        store.save(bad_kind)
    digits_in_kind = AuditState(seen={"abcdef0123456789": Seen("phone07700900123", "x", "2026-01-01", "2026-01-01")})
    with pytest.raises(ValueError):
        store.save(digits_in_kind)
    bad_date = AuditState(scans=["07700 900123"])
    with pytest.raises(ValueError):
        store.save(bad_date)
    sneaky = AuditState(decisions={"abcdef0123456789": Decision("accepted", "text me on 07700 900123")})
    store.save(sneaky)
    assert "900123" not in (tmp_path / "state.json").read_text()
    assert not list(tmp_path.glob(".state.json.*"))


def test_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    StateStore(path).save(AuditState(scans=["2026-11-25"]))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_failed_write_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    store = StateStore(path)
    store.save(AuditState(scans=["2026-01-01"]))
    before = path.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(paths.os, "replace", crash)
    with pytest.raises(OSError):
        store.save(AuditState(scans=["2026-01-01", "2026-11-25"]))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]  # no temp file left behind


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"{not json", "not a profile-audit progress file"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"version": 1, "decisions": {"zz": {"status": "fixed"}}}', "not a profile-audit progress file"),
        (b'{"version": 1, "decisions": {"abcdef0123456789": {"status": "maybe"}}}', "not a profile-audit"),
        (b'{"version": 99}', "newer profile-audit"),
        (b'{"version": "one"}', "not a whole number"),
        (b"\xff\xfe\x00", "not a profile-audit progress file"),
        (b'{"version": 1, "decisions": []}', "not a profile-audit progress file"),
        (b'{"version": 1, "seen": {"abcdef0123456789": {"kind": "phone"}}}', "not a profile-audit progress file"),
    ],
)
def test_corrupt_file_is_one_line_error_and_never_overwritten(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    store = StateStore(path)
    with pytest.raises(StateError) as caught:
        store.load()
    message = str(caught.value)
    assert "\n" not in message
    assert says in message
    assert str(path) in message
    with pytest.raises(StateError):
        store.save(AuditState())
    assert path.read_bytes() == content
    moved = store.quarantine()
    assert moved is not None and moved.read_bytes() == content
    store.save(AuditState())
    assert store.load() == AuditState()


def test_migration_from_v0_fixture(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(FIXTURE_V0.read_bytes())
    state = StateStore(path).load()
    assert state.version == CURRENT_VERSION
    assert state.scans == ["2025-09-03"]
    assert state.status_of("a1b2c3d4e5f60718293a4b5c") == "fixed"
    assert state.status_of("99aa88bb77cc66dd55ee44ff") == "dismissed"
    assert state.decisions["0f1e2d3c4b5a69788796a5b4"].reason == "school office number, allowed"
    assert state.decisions["0f1e2d3c4b5a69788796a5b4"].updated == "2025-09-03"
    assert state.seen["1234abcd1234abcd1234abcd"] == Seen(
        "email", "facebook", "2025-09-03", "2025-09-03", 1, identity=1
    )
    assert path.read_bytes() == FIXTURE_V0.read_bytes()  # loading never rewrites
    StateStore(path).save(state)
    assert json.loads(path.read_text())["version"] == CURRENT_VERSION
    assert StateStore(path).load() == state


def test_migration_rejects_malformed_v0() -> None:
    with pytest.raises(MigrationError):
        migrate({"statuses": ["fixed"]})
    with pytest.raises(MigrationError):
        migrate({"kinds": {"abcdef0123456789": "phone"}})


def test_a_file_spoilt_between_two_saves_is_still_never_overwritten(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json")
    state = AuditState()
    state.decide(finding("+447700900123"), "fixed")
    store.save(state)
    store.save(state)  # unchanged since our own write: not read back
    (tmp_path / "state.json").write_bytes(b"{ broken")
    with pytest.raises(StateError):
        store.save(state)
    assert (tmp_path / "state.json").read_bytes() == b"{ broken"
