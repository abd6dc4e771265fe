"""Decisions are never lost: two writers merge, a damaged key is refused or restored, killed
saves leave nothing behind, and a reason keeps no street or postcode."""

from __future__ import annotations

import json
import logging
import os
import stat
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from audit import cli, model, paths
from audit.model import KEY_BACKUP, KEY_FILE, FingerprintKeyError
from audit.recheck import apply
from audit.scrub import scrub
from audit.state import AuditState, Decision, StateError, StateStore
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tests.audit.findings import finding

DAY = date(2026, 11, 25)
LATER = date(2026, 11, 26)
WHEN_TWEETED = "2024-05-01T09:00:00+00:00"


def two_writers(path: Path) -> tuple[StateStore, AuditState, StateStore, AuditState]:
    """The app and `scan --state`, both having read the same file."""
    app, cli_store = StateStore(path), StateStore(path)
    return app, app.load(), cli_store, cli_store.load()


def saved(path: Path) -> AuditState:
    return StateStore(path).load()


# Two writers.


def test_the_app_and_a_headless_scan_keep_each_others_work(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    phone, email = finding("+447700900123"), finding("jo@example.com", kind="email", item_id="2")
    first = AuditState()
    apply(first, [phone, email], today=DAY)
    StateStore(path).save(first)

    app, app_state, headless, headless_state = two_writers(path)
    apply(headless_state, [phone], today=LATER, scanned={"x"})  # the scan runs while the app is open
    headless.save(headless_state)
    app_state.decide(email, "dismissed", "not mine", today=LATER)  # then the person decides in the app
    app.save(app_state)

    on_disk = saved(path)
    assert on_disk.status_of(email.id) == "dismissed"  # the app's decision
    assert on_disk.scans == [DAY.isoformat(), LATER.isoformat()]  # and the headless scan
    assert on_disk.seen[phone.id].last_scan == 2 and on_disk.seen[email.id].last_scan == 1
    assert on_disk.sources == {"x": 2}
    assert app_state == on_disk  # the app now shows what the file holds


def test_a_scan_saved_after_the_app_keeps_the_apps_decision_made_the_same_day(tmp_path: Path) -> None:
    """The issue's case: the scan, started before the decision, saves last."""
    path = tmp_path / "state.json"
    phone = finding("+447700900123")
    first = AuditState()
    first.decide(phone, "snoozed", today=DAY)
    StateStore(path).save(first)

    app, app_state, headless, headless_state = two_writers(path)
    app_state.decide(phone, "fixed", today=DAY)
    app.save(app_state)
    apply(headless_state, [phone], today=DAY)
    headless.save(headless_state)

    assert saved(path).status_of(phone.id) == "fixed"
    assert headless_state.status_of(phone.id) == "fixed"


def test_when_both_change_a_decision_the_newer_one_wins(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    phone = finding("+447700900123")
    StateStore(path).save(AuditState())
    app, app_state, other, other_state = two_writers(path)
    other_state.decide(phone, "accepted", "school mobile", today=LATER)
    other.save(other_state)
    app_state.decide(phone, "dismissed", "not mine", today=DAY)  # an older decision, saved later
    app.save(app_state)
    assert saved(path).decisions[phone.id] == Decision("accepted", "school mobile", LATER.isoformat())


def test_scans_recorded_by_both_writers_are_both_kept_and_renumbered(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    phone, email = finding("+447700900123"), finding("jo@example.com", kind="email", platform="facebook")
    first = AuditState()
    apply(first, [phone], today=DAY, scanned={"x"})
    StateStore(path).save(first)

    app, app_state, headless, headless_state = two_writers(path)
    apply(headless_state, [email], today=LATER, scanned={"facebook"})
    headless.save(headless_state)
    apply(app_state, [phone], today=LATER, scanned={"x"})
    app.save(app_state)

    on_disk = saved(path)
    assert on_disk.scans == [DAY.isoformat(), LATER.isoformat(), LATER.isoformat()]
    assert on_disk.sources == {"x": 3, "facebook": 2}
    assert on_disk.seen[phone.id].last_scan == 3 and on_disk.seen[phone.id].first_seen == DAY.isoformat()
    assert on_disk.seen[email.id].last_scan == 2


def test_a_decision_moved_to_a_new_key_is_not_brought_back(tmp_path: Path) -> None:
    """`recheck.carry_over` moves a decision to a finding's new key; a merge must not undo it."""
    path = tmp_path / "state.json"
    old, new, email = finding("+447700900123"), finding("+447700900123", item_id="9"), finding("a@example.com")
    first = AuditState()
    first.decide(old, "accepted", "school mobile", today=DAY)
    StateStore(path).save(first)

    app, app_state, headless, headless_state = two_writers(path)
    headless_state.decisions[new.id] = headless_state.decisions.pop(old.id)  # as carry_over does
    headless.save(headless_state)
    app_state.decide(email, "fixed", today=DAY)
    app.save(app_state)

    on_disk = saved(path)
    assert set(on_disk.decisions) == {new.id, email.id}


def test_a_decision_changed_after_the_other_writer_moved_it_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    old, new = finding("+447700900123"), finding("+447700900123", item_id="9")
    first = AuditState()
    first.decide(old, "snoozed", today=DAY)
    StateStore(path).save(first)

    app, app_state, headless, headless_state = two_writers(path)
    headless_state.decisions[new.id] = headless_state.decisions.pop(old.id)
    headless.save(headless_state)
    app_state.decide(old, "fixed", today=LATER)
    app.save(app_state)
    assert saved(path).status_of(old.id) == "fixed"  # never dropped


def test_a_merge_whose_write_failed_is_not_merged_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    StateStore(path).save(AuditState(scans=[DAY.isoformat()]))
    app, app_state, headless, headless_state = two_writers(path)
    headless_state.scans.append(LATER.isoformat())
    headless.save(headless_state)
    app_state.scans.append(LATER.isoformat())
    real_replace = paths.os.replace

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths.os, "replace", disk_full)
    with pytest.raises(StateError, match="cannot save the progress file"):
        app.save(app_state)
    monkeypatch.setattr(paths.os, "replace", real_replace)
    app.save(app_state)
    assert saved(path).scans == [DAY.isoformat(), LATER.isoformat(), LATER.isoformat()]


def test_saves_are_serialised_by_a_lock_on_the_folder(tmp_path: Path) -> None:
    with paths.folder_lock(tmp_path) as locked:
        assert locked  # POSIX: the read-merge-write of one writer cannot interleave with another's


def test_a_file_spoilt_by_the_other_writer_is_refused_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    app = StateStore(path)
    state = app.load()
    state.decide(finding("+447700900123"), "fixed", today=DAY)
    path.write_bytes(b"{ half written")
    with pytest.raises(StateError, match="move it aside"):
        app.save(state)
    assert path.read_bytes() == b"{ half written"


def test_the_app_saving_while_scan_state_runs_keeps_both(
    tmp_path: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the real command: the app's decision lands on disk while the scan is running."""
    tweet = Tweet("1500000000000000001", "text me on 07700 900101", datetime.fromisoformat(WHEN_TWEETED))
    export = write_tree(XArchive(tweets=[tweet]).tree("data"), tmp_path / "x")
    app = StateStore()
    app_state = app.load()
    real_scan = cli.scan
    decided = finding("jo@example.com", kind="email", item_id="7")

    def scan_while_the_app_decides(*args: object, **kwargs: object) -> object:
        result = real_scan(*args, **kwargs)  # type: ignore[arg-type]
        app_state.decide(decided, "dismissed", "old address", today=DAY)
        app.save(app_state)
        return result

    monkeypatch.setattr(cli, "scan", scan_while_the_app_decides)
    assert cli.main(["scan", "-q", str(export), "--state"]) == 1
    capsys.readouterr()
    on_disk = saved(private_home / "state.json")
    assert on_disk.status_of(decided.id) == "dismissed"
    assert len(on_disk.scans) == 1 and len(on_disk.seen) == 2  # the scan's sighting and the decision's


# The fingerprint key.


def fresh_key(home: Path) -> bytes:
    model._secret.cache_clear()
    return model.fingerprint_key()


def test_the_key_is_made_with_a_backup_beside_it(private_home: Path) -> None:
    key = fresh_key(private_home)
    assert (private_home / KEY_FILE).read_bytes() == key == (private_home / KEY_BACKUP).read_bytes()
    assert stat.S_IMODE(os.stat(private_home / KEY_BACKUP).st_mode) == 0o600


def test_a_key_made_before_backups_existed_gets_one(private_home: Path) -> None:
    (private_home / KEY_FILE).write_bytes(b"k" * 32)
    assert fresh_key(private_home) == b"k" * 32
    assert (private_home / KEY_BACKUP).read_bytes() == b"k" * 32


@pytest.mark.parametrize("damage", [b"short", b"k" * 33, b"", None])
def test_a_damaged_or_lost_key_is_restored_from_its_backup(
    private_home: Path, caplog: pytest.LogCaptureFixture, damage: bytes | None
) -> None:
    before = finding("+447700900123").id
    key = (private_home / KEY_FILE).read_bytes()
    if damage is None:
        (private_home / KEY_FILE).unlink()
    else:
        (private_home / KEY_FILE).write_bytes(damage)
    with caplog.at_level(logging.WARNING):
        assert fresh_key(private_home) == key
    assert finding("+447700900123").id == before  # saved decisions still match
    assert (private_home / KEY_FILE).read_bytes() == key
    assert "restored it from fingerprint.key.bak" in caplog.text and str(private_home / KEY_FILE) in caplog.text


@pytest.mark.parametrize("backup", [None, b"also damaged"])
def test_a_damaged_key_without_a_good_backup_is_refused_not_replaced(private_home: Path, backup: bytes | None) -> None:
    (private_home / KEY_FILE).write_bytes(b"twelve bytes")
    if backup is not None:
        (private_home / KEY_BACKUP).write_bytes(backup)
    with pytest.raises(FingerprintKeyError) as caught:
        fresh_key(private_home)
    message = str(caught.value)
    assert "\n" not in message and str(private_home / KEY_FILE) in message and "damaged" in message
    assert (private_home / KEY_FILE).read_bytes() == b"twelve bytes"  # left for the person to decide


def test_a_lost_key_with_a_damaged_backup_is_refused(private_home: Path) -> None:
    (private_home / KEY_BACKUP).write_bytes(b"xx")
    with pytest.raises(FingerprintKeyError, match="is missing"):
        fresh_key(private_home)
    assert not (private_home / KEY_FILE).exists()


# Killed saves.


def leave_temp(folder: Path, name: str = ".state.json.k1ll3d_0") -> Path:
    """What a save killed between writing its temp file and renaming it leaves."""
    temp = folder / name
    temp.write_text(json.dumps({"version": 1, "decisions": {}}))
    return temp


def test_a_killed_saves_temp_file_is_removed_on_the_next_load(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json")
    store.save(AuditState(scans=[DAY.isoformat()]))
    temp = leave_temp(tmp_path)
    other = leave_temp(tmp_path, ".fingerprint.key.k1ll3d_0")  # not the state's: left alone
    quarantined = tmp_path / "state.json.unreadable-20261125T000000Z"
    quarantined.write_text("{")
    assert store.load().scans == [DAY.isoformat()]
    assert not temp.exists() and other.exists() and quarantined.exists()


def test_a_killed_saves_temp_file_is_removed_on_the_next_save(tmp_path: Path) -> None:
    temp = leave_temp(tmp_path)
    StateStore(tmp_path / "state.json").save(AuditState())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]
    assert not temp.exists()


def test_an_unlocked_sweep_spares_a_writer_still_at_work(tmp_path: Path) -> None:
    young, old = leave_temp(tmp_path, ".state.json.youngabc"), leave_temp(tmp_path, ".state.json.oldabcde")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert paths.remove_stale_temporaries(tmp_path / "state.json", locked=False) == 1
    assert young.exists() and not old.exists()


def test_the_folder_is_synced_after_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[bool] = []
    real_fsync = os.fsync

    def recording_fsync(handle: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(handle).st_mode))
        real_fsync(handle)

    monkeypatch.setattr(paths.os, "fsync", recording_fsync)
    StateStore(tmp_path / "state.json").save(AuditState())
    assert synced == [False, True]  # the file's data, then the folder holding the new name


# Reasons.


@pytest.mark.parametrize(
    ("reason", "gone", "kept"),
    [
        ("fine, it was the flat on Larkspur Road", "larkspur", "fine, it was the flat on"),
        ("we were at 12 Mill Lane back then", "mill lane", "back then"),
        ("old postcode LS99 9ZZ, moved since", "ls99", "moved since"),
        ("Rose Cottage, Wren Close is my mum's", "wren close", "is my mum's"),
        ("the office on Brackenford Street, allowed", "brackenford", "allowed"),
    ],
)
def test_a_reason_keeps_no_street_or_postcode(tmp_path: Path, reason: str, gone: str, kept: str) -> None:
    store = StateStore(tmp_path / "state.json")
    state = AuditState()
    state.decide(finding("+447700900123"), "accepted", reason, today=DAY)
    store.save(state)
    text = (tmp_path / "state.json").read_text().lower()
    assert gone not in text
    assert kept.lower() in text


@pytest.mark.parametrize(
    "reason",
    ["school number, allowed", "a lovely view of the park", "we went on a road trip", "everyone knows I teach Year 4"],
)
def test_ordinary_reasons_are_left_as_typed(reason: str) -> None:
    assert scrub(reason) == reason


def test_scrubbing_twice_changes_nothing_more() -> None:
    """Every save and load scrubs again: a reason must not wear away a little each time."""
    for reason in ("we live on Larkspur Road, LS99 9ZZ", "text 07700 900123 on the main road", "12 Mill Lane"):
        once = scrub(reason)
        assert scrub(once) == once
