"""Re-check sorts a new scan against the saved progress, one category at a time."""

from __future__ import annotations

from datetime import date

from audit.recheck import Recheck, apply, recheck
from audit.state import AuditState, Seen, StateStore
from detectors import RULES_VERSION
from tests.audit.findings import finding

FIRST, SECOND, THIRD = date(2025, 9, 3), date(2026, 9, 2), date(2026, 9, 2)

MOBILE = finding("+447700900401", item_id="1")
LANDLINE = finding("+441134960402", item_id="2")
EMAIL = finding("jo@example.com", kind="email", platform="facebook", item_id="3")
LATER = finding("+447700900404", item_id="4")


def test_first_scan_everything_is_new() -> None:
    state = AuditState()
    result = recheck(state, [MOBILE, EMAIL], FIRST)
    assert result == Recheck(new=[MOBILE, EMAIL], previous_scan=None)
    assert state == AuditState()  # recheck only reads


def test_apply_records_sightings_and_the_scan() -> None:
    state = AuditState()
    apply(state, [MOBILE, EMAIL], FIRST)
    assert state.scans == ["2025-09-03"]
    assert state.seen[EMAIL.id] == Seen(
        "email", "facebook", "2025-09-03", "2025-09-03", 1, EMAIL.place_id, RULES_VERSION
    )
    apply(state, [EMAIL], SECOND)
    assert state.scans == ["2025-09-03", "2026-09-02"]
    assert state.seen[EMAIL.id] == Seen(
        "email", "facebook", "2025-09-03", "2026-09-02", 2, EMAIL.place_id, RULES_VERSION
    )
    assert state.seen[MOBILE.id].last_scan == 1


def test_every_category_on_a_second_scan() -> None:
    state = AuditState()
    apply(state, [MOBILE, LANDLINE, EMAIL], FIRST)
    state.decide(MOBILE, "fixed", today=FIRST)  # says fixed, but it is still there
    state.decide(LANDLINE, "fixed", today=FIRST)  # really fixed: gone from the new export
    state.decide(EMAIL, "accepted", "shared with the PTA on purpose", today=FIRST)

    result = recheck(state, [LATER, EMAIL, MOBILE], SECOND)

    assert result.marked_fixed_but_found == [MOBILE]
    assert result.new == [LATER]
    assert result.still_there == [EMAIL]
    assert result.fixed_since == {
        LANDLINE.id: Seen("phone", "x", "2025-09-03", "2025-09-03", 1, LANDLINE.place_id, RULES_VERSION)
    }
    assert result.previous_scan == "2025-09-03"
    assert result.found == [MOBILE, LATER, EMAIL]  # marked-fixed-but-found first


def test_fixed_since_compares_with_the_previous_scan_only() -> None:
    state = AuditState()
    apply(state, [MOBILE, LANDLINE], FIRST)
    apply(state, [MOBILE], SECOND)
    assert recheck(state, [MOBILE], THIRD).fixed_since == {}  # LANDLINE went a scan ago
    assert set(recheck(state, [], THIRD).fixed_since) == {MOBILE.id}


def test_two_scans_on_one_day_are_told_apart() -> None:
    state = AuditState()
    apply(state, [MOBILE, LANDLINE], SECOND)
    apply(state, [MOBILE], SECOND)
    assert recheck(state, [MOBILE], SECOND).fixed_since == {}


def test_snoozed_and_dismissed_are_still_there_and_expired_snooze_is_todo() -> None:
    state = AuditState()
    apply(state, [MOBILE, EMAIL], FIRST)
    state.decide(MOBILE, "snoozed", snooze_until=date(2026, 1, 1), today=FIRST)
    state.decide(EMAIL, "dismissed", "an example in a how-to post", today=FIRST)
    result = recheck(state, [MOBILE, EMAIL], SECOND)
    assert result.still_there == [MOBILE, EMAIL]
    assert state.status_of(MOBILE.id, SECOND) == "todo"
    assert state.status_of(EMAIL.id, SECOND) == "dismissed"


def test_walk_through_survives_a_save_and_reload(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Open, mark fixed, quit, re-scan: the finding comes back as marked fixed but found."""
    store = StateStore(tmp_path / "state.json")
    state = store.load()
    apply(state, [MOBILE, EMAIL], FIRST)
    state.decide(MOBILE, "fixed", today=FIRST)
    store.save(state)

    again = store.load()
    result = recheck(again, [MOBILE, EMAIL], FIRST)
    assert result.marked_fixed_but_found == [MOBILE]
    assert result.still_there == [EMAIL]
    assert result.new == [] and result.fixed_since == {}


def test_a_scan_that_did_not_look_inside_photos_cannot_say_their_text_is_gone() -> None:
    on_a_badge = finding("Wrenfield Primary", kind="photo_text", item_id="5")
    state = AuditState()
    apply(state, [MOBILE, on_a_badge], FIRST)

    plain = recheck(state, [MOBILE], SECOND)
    deep = recheck(state, [MOBILE], SECOND, looked_inside_photos=True)

    assert plain.fixed_since == {}
    assert list(deep.fixed_since) == [on_a_badge.id]
