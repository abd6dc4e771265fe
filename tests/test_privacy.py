"""Private by construction: fingerprints hide values, keys are 0600, nothing reaches the network."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest

from audit.model import fingerprint
from audit.pipeline import scan
from fixtures.exportkit import write_tree
from tests.fetchers.test_x import sample


def test_fingerprint_holds_no_value_and_depends_on_the_key(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = fingerprint("phone", "+447700900123", "x:1:full_text")
    assert "447700900123" not in first and len(first) == 24
    assert first == fingerprint("phone", "+447700900123", "x:1:full_text")
    assert first != fingerprint("phone", "+447700900124", "x:1:full_text")
    key = private_home / "fingerprint.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    from audit import model

    monkeypatch.setenv("PROFILE_AUDIT_HOME", str(tmp_path / "other-home"))
    model._secret.cache_clear()
    assert fingerprint("phone", "+447700900123", "x:1:full_text") != first


def test_a_scan_opens_no_network_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used during a scan")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = scan([write_tree(sample().tree("data"), tmp_path / "x")])
    assert result.findings


def test_items_without_ids_stay_apart_by_their_time() -> None:
    from datetime import UTC, datetime

    from audit.identity import anchor
    from detectors.base import Item, Provenance

    def post(day: int | None, text: str = "x", file: str = "posts/your_posts_1.json", field: str = "post") -> Item:
        when = datetime(2022, 1, day, tzinfo=UTC) if day else None
        return Item(Provenance("facebook", file, None, field, "post", when), text=text)

    assert anchor(post(1)) != anchor(post(2))
    assert anchor(post(1)) == anchor(post(1))
    assert anchor(post(None, "Ring me!")) != anchor(post(None, "Text me"))
    # neither the file, nor the field, nor the flavour's spacing and entities make it another post
    assert anchor(post(1, "Ring  me!")) == anchor(post(1, "ring me", "your_posts_1.html", "text"))


def test_the_evidence_span_points_at_the_matched_words_in_the_excerpt() -> None:
    from audit.model import excerpt_with_span

    text = "Our   new house:\n12 Larkspur   Close, and " + "more words " * 10
    start = text.index("12")
    end = text.index("Close") + len("Close")
    snippet, span = excerpt_with_span(text, start, end)
    assert span is not None and snippet[span[0] : span[1]] == "12 Larkspur Close"
    assert snippet.endswith("…") and "\n" not in snippet
    late = "x" * 100 + " call 07700 900123"
    snippet, span = excerpt_with_span(late, late.index("07700"), len(late))
    assert snippet.startswith("…") and span and snippet[span[0] : span[1]] == "07700 900123"
    assert excerpt_with_span("", 0, 0) == ("", None)


def test_a_failing_detector_costs_one_item_and_is_reported_without_the_text(tmp_path: Path) -> None:
    from detectors import build_detectors
    from detectors.base import Detector, Item, Match

    class Fragile(Detector):
        kind = "phone"
        title = "fragile"
        clauses = ("2.3.2",)

        def detect(self, item: Item) -> list[Match]:
            if "07700 900123" in (item.text or ""):
                raise ZeroDivisionError("07700 900123")
            return []

    result = scan([write_tree(sample().tree("data"), tmp_path / "x")], detectors=[Fragile(), *build_detectors()])
    [problem] = result.sources[0].unreadable
    assert problem.path == "data/tweets.js"
    assert problem.reason == "the phone check failed on one item (ZeroDivisionError)"
    assert any(f.value == "+447700900123" for f in result.findings)  # the other detectors still ran
