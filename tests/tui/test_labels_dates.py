"""The date line of a finding names where a missing date was missing from: a download or a page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from audit.model import Finding
from tui.labels import when_words


def _finding(platform: str, created_at: datetime | None) -> Finding:
    return Finding(
        id="f1", kind="phone", clauses=("2.3.2",), platform=platform, item_id=None, file="posts.json",
        field="text", value="+447700900123", excerpt="call 07700 900123", confidence=0.9,
        visibility="public", created_at=created_at, rule="test", section="posts",
    )  # fmt: skip


def test_a_dated_finding_reads_as_a_day() -> None:
    finding = _finding("twitter", datetime(2016, 3, 3, 12, tzinfo=UTC))
    assert when_words(finding) == "3 March 2016"


def test_an_undated_post_from_a_download_says_the_download_gives_none() -> None:
    assert when_words(_finding("twitter", None)) == "not given in the download"


def test_an_undated_public_page_is_not_called_a_download() -> None:
    finding = replace(_finding("twitter", None), platform="web")
    assert when_words(finding) == "not given on the page"
