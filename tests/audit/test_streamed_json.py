"""`scan` output written finding by finding (`audit.jsonout`): the same bytes as the whole-document
`report.dumps` and `report.summary`, for the demo personas, with and without saved progress, and
with a likely home (positions held back to the end of the scan and re-worded)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from audit.cli import main
from audit.demo import persona_names, persona_school, persona_sources
from audit.jsonout import ScanOutput
from audit.model import Finding
from audit.pipeline import ScanResult, scan
from audit.report import dumps, summary
from audit.school import load_school
from audit.state import AuditState
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive

HOME = (53.8036, -1.5500)


def written(result: ScanResult, findings: list[tuple[Finding, int]], *, as_json: bool, state: AuditState | None) -> str:
    output = ScanOutput(as_json=as_json, state=state)
    for finding, order in findings:
        output.add(finding, order)
    out = io.StringIO()
    output.write(out, result)
    return out.getvalue()


def streamed(sources: list[Path], school_path: Path | None) -> tuple[ScanResult, list[tuple[Finding, int]]]:
    """A scan whose findings go to a sink, as `profile-audit scan` without --state runs it."""
    sunk: list[tuple[Finding, int]] = []
    result = scan(sources, load_school(school_path), on_finding=lambda f, n: sunk.append((f, n)))
    return result, sunk


@pytest.mark.parametrize("persona", persona_names())
def test_streamed_output_is_byte_for_byte_the_whole_document(persona: str) -> None:
    sources, school_path = persona_sources(persona), persona_school(persona)
    whole = scan(sources, load_school(school_path))
    result, sunk = streamed(sources, school_path)
    assert whole.findings and not result.findings  # the sink took them all
    assert sorted(n for _, n in sunk) == list(range(len(whole.findings)))
    state = AuditState()
    state.decide(whole.findings[0], "accepted", "my work account, on purpose")
    state.decide(whole.findings[-1], "fixed")
    for as_json, render in ((True, dumps), (False, lambda r, s=None: summary(r))):
        assert written(result, sunk, as_json=as_json, state=None) == render(whole, None) + "\n"
    assert written(result, sunk, as_json=True, state=state) == dumps(whole, state) + "\n"


def test_held_back_positions_keep_their_place_and_the_likely_home_comes_last(tmp_path: Path) -> None:
    start = datetime(2024, 3, 4, 19, 30, tzinfo=UTC)
    tweets = [
        Tweet(str(900 + i), f"Quiet evening in, ring 07700 900{i:03d}", start + timedelta(days=i), geo=HOME)
        for i in range(6)
    ]
    source = write_tree(XArchive(tweets=tweets).tree("data"), tmp_path / "x")
    whole = scan([source])
    result, sunk = streamed([source], None)
    assert [f for f, _ in sorted(sunk, key=lambda pair: pair[1])] == whole.findings
    assert whole.findings[-1].field == "position"  # the likely home, after every other finding
    assert written(result, sunk, as_json=True, state=None) == dumps(whole) + "\n"
    assert written(result, sunk, as_json=False, state=None) == summary(whole) + "\n"


def test_no_findings_prints_the_same_as_before(tmp_path: Path) -> None:
    source = write_tree(
        XArchive(tweets=[Tweet("1", "Lovely walk", datetime(2024, 1, 1, tzinfo=UTC))]).tree("data"), tmp_path / "x"
    )
    result, sunk = streamed([source], None)
    assert not sunk
    assert written(result, sunk, as_json=True, state=None) == dumps(result) + "\n"
    assert written(result, sunk, as_json=False, state=None) == summary(result) + "\n"


def test_the_command_prints_the_streamed_document(capsys: pytest.CaptureFixture[str]) -> None:
    whole = scan(persona_sources("sam-ta"), load_school(persona_school("sam-ta")))
    assert main(["scan", "--demo", "sam-ta", "-q", "--json", "--jobs", "1"]) == 1
    printed = capsys.readouterr().out
    assert printed.count('"id": ') == len(whole.findings)
    assert printed.startswith('{\n  "schema": "profile-audit.findings/1",\n')
