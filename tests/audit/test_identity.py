"""Finding identity across export generations, and a progress file of today's v1 shape carried over.

`fixtures/state/v1.json` was written by the v1 code (commit c1e5475) for three findings, with the
fingerprint key `fixtures/state/v1.key` (32 random bytes of no meaning, so the test can recompute
the keys that code made).  The same findings read from next year's exports (another file, another
field name, another export generation) must keep the decisions.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from audit.identity import anchor
from audit.migrations import CURRENT_VERSION
from audit.model import Finding, make_finding
from audit.recheck import apply, carry_over, recheck
from audit.state import AuditState, StateStore
from detectors.base import Item, Match, Provenance

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "state"
PHONE = Match("phone", "+447700900123", 9, 21, 0.95, "UK mobile number", ("2.3.2",))
EMAIL = Match("email", "ola.b@example.com", 10, 27, 0.93, "e-mail address", ("2.4.3",))
BIO_PHONE = Match("phone", "+447700900124", 0, 12, 0.98, "UK mobile number in a profile field", ("2.3.2",))
WHEN = datetime(2017, 3, 4, 15, 39, tzinfo=UTC)


def item(platform: str, file: str, item_id: str | None, field: str, text: str, when: datetime | None = None,
         section: str = "post") -> Item:  # fmt: skip
    return Item(Provenance(platform, file, item_id, field, section, when, "public"), text=text)  # type: ignore[arg-type]


def last_years() -> list[Finding]:
    """The three findings as the v1 fixture's exports gave them (same files, fields and texts)."""
    return [
        make_finding(
            item("x", "data/js/tweets/2017_03.js", "1100000000000000001", "text", "Ring me: 07700 900123 after six"),
            PHONE,
        ),  # fmt: skip
        make_finding(
            item("facebook", "posts/your_posts_1.json", None, "post", "Write to ola.b@example.com for the fair", WHEN),
            EMAIL,
        ),  # fmt: skip
        make_finding(
            item(
                "instagram",
                "personal_information/personal_information.json",
                None,
                "Phone Number",
                "07700 900124",
                section="profile",
            ),
            BIO_PHONE,
        ),  # fmt: skip
    ]


def this_years() -> list[Finding]:
    """The same three from newer exports: X's data/ layout, Facebook's HTML flavour, a renamed field."""
    return [
        make_finding(
            item("x", "data/tweets.js", "1100000000000000001", "full_text", "Ring me: 07700 900123 after six"), PHONE
        ),  # fmt: skip
        make_finding(
            item(
                "facebook",
                "your_facebook_activity/posts/your_posts_1.html",
                None,
                "text",
                "Write to  ola.b@example.com  for the fair",
                WHEN.replace(second=12),
            ),
            EMAIL,
        ),  # fmt: skip
        make_finding(
            item(
                "instagram",
                "personal_information/personal_information/personal_information.json",
                None,
                "Phone",
                "07700 900124",
                section="profile",
            ),
            BIO_PHONE,
        ),  # fmt: skip
    ]


@pytest.fixture
def v1_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(FIXTURES / "v1.key", home / "fingerprint.key")
    shutil.copy(FIXTURES / "v1.json", home / "state.json")
    monkeypatch.setenv("PROFILE_AUDIT_HOME", str(home))
    return home


def test_the_same_things_in_a_newer_export_generation_keep_their_ids(v1_home: Path) -> None:
    assert [f.id for f in last_years()] == [f.id for f in this_years()]


def test_a_v1_file_of_todays_code_migrates_and_every_decision_is_carried_over(v1_home: Path) -> None:
    """The first scan after the upgrade (of last year's exports) re-keys the decisions; the next
    one, of newer export generations, finds them under the same keys."""
    state = StateStore(v1_home / "state.json").load()
    assert state.version == CURRENT_VERSION
    assert all(seen.identity == 1 for seen in state.seen.values())
    assert carry_over(state, last_years()) == 3
    findings = this_years()
    result = recheck(state, findings, date(2026, 9, 2), scanned={"x", "facebook", "instagram"})
    assert [state.status_of(f.id) for f in findings] == ["fixed", "accepted", "dismissed"]
    assert state.decisions[findings[1].id].reason == "the PTA's shared address, on purpose"
    assert result.marked_fixed_but_found == [findings[0]] and result.new == [] and result.fixed_since == {}
    apply(state, findings, date(2026, 9, 2), scanned={"x", "facebook", "instagram"})
    StateStore(v1_home / "state.json").save(state)
    reloaded = StateStore(v1_home / "state.json").load()
    assert set(reloaded.decisions) == {f.id for f in findings}
    assert all(seen.identity == 2 and seen.place and seen.rules for seen in reloaded.seen.values())


def test_a_value_the_rules_now_word_differently_keeps_its_decision() -> None:
    post = item("x", "data/tweets.js", "1", "full_text", "my Sydney landline (02) 5550 1234")
    old = make_finding(post, Match("phone", "+44255501234", 18, 32, 0.85, "UK landline number", ("2.3.2",)))
    new = make_finding(post, Match("phone", "+61255501234", 18, 32, 0.85, "phone number from Australia", ("2.3.2",)))
    state = AuditState()
    apply(state, [old], date(2025, 9, 3))
    state.decide(old, "dismissed", "a relative abroad", today=date(2025, 9, 3))
    assert carry_over(state, [new]) == 1
    assert state.status_of(new.id) == "dismissed" and old.id not in state.decisions


def test_a_scan_of_one_platform_says_nothing_of_the_others() -> None:
    x = make_finding(item("x", "data/tweets.js", "1", "full_text", "Ring me: 07700 900123 after six"), PHONE)
    fb = make_finding(item("facebook", "posts/your_posts_1.json", None, "post", "Write to ola.b@example.com", WHEN),
                      EMAIL)  # fmt: skip
    state = AuditState()
    apply(state, [x, fb], date(2025, 9, 3), scanned={"x", "facebook"})
    only_x = recheck(state, [x], date(2026, 9, 2), scanned={"x"})
    assert only_x.fixed_since == {} and only_x.still_there == [x]
    apply(state, [x], date(2026, 9, 2), scanned={"x"})
    facebook_again = recheck(state, [], date(2026, 9, 3), scanned={"facebook"})
    assert set(facebook_again.fixed_since) == {fb.id}  # gone from the Facebook export read again


def test_accepting_needs_a_reason() -> None:
    finding = make_finding(item("x", "f", "1", "t", "Ring me: 07700 900123 after six"), PHONE)
    with pytest.raises(ValueError, match="needs a reason"):
        AuditState().decide(finding, "accepted", "  ")


def test_the_anchor_ignores_files_fields_and_layout_but_not_the_post() -> None:
    a = item("facebook", "posts/your_posts_1.json", None, "post", "Fair on Saturday!", WHEN)
    b = item("facebook", "your_activity/posts/your_posts_1.html", None, "text", "fair on saturday", WHEN)
    c = item("facebook", "posts/your_posts_1.json", None, "post", "Fair on Sunday!", WHEN)
    assert anchor(a) == anchor(b) != anchor(c)


def test_masked_values_are_recognisable_and_useless() -> None:
    from audit.scrub import mask

    assert mask("phone", "+447700900123") == "+44 77•••••123"
    assert mask("email", "ola.b@example.com") == "o•••@example.com"
    assert mask("address", "LS99 9ZZ") == "LS99 •••"
    assert mask("address", "12 Larkspur Close") == "•• Larkspur Close"
