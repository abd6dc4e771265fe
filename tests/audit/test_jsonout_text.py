"""`audit.jsonout` keeps each finding's printed text as UTF-8 bytes (half the memory of a string
holding "…"), and gives back exactly the text `report` writes, whatever characters it holds:
accents, emoji, and half a character (a lone surrogate an export's JSON escaped)."""

from __future__ import annotations

import io
import os
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.fetchers import SourceReport
from audit.jsonout import ScanOutput
from audit.model import Finding
from audit.paths import DataFolderError, data_home
from audit.pipeline import ScanResult
from audit.report import dumps, summary
from detectors.base import Explanation

BASE = Finding(
    id="0123456789abcdef01234567",
    kind="phone",
    clauses=("2.3.2",),
    platform="x",
    item_id="1000000000000000093",
    file="data/tweets.js",
    field="full_text",
    value="+447700900093",
    excerpt="…new number is 07700 900093, text me",
    confidence=0.99,
    visibility="public",
    created_at=datetime(2012, 1, 3, 15, 33, tzinfo=UTC),
    rule="UK mobile number, offered as a contact",
    section="post",
    explanation=Explanation("rule", "offered as a contact", ("text me",), ()),
)
EXCERPTS = ["plain ASCII only", "…café, naïve", "ring me 😀 “now”", "half a character \ud83d here", "\udcff"]


@pytest.mark.parametrize("as_json", [True, False])
def test_the_text_written_is_the_reports_own(as_json: bool) -> None:
    findings = [replace(BASE, id=f"{n:024x}", excerpt=excerpt) for n, excerpt in enumerate(EXCERPTS)]
    result = ScanResult(sources=[SourceReport(source="x.zip", platform="x", items=5)], findings=findings)
    output = ScanOutput(as_json=as_json)
    output.add_all(findings)
    out = io.StringIO()
    output.write(out, result)
    assert out.getvalue() == (dumps(result) if as_json else summary(result)) + "\n"


def test_each_finding_is_kept_as_utf8_bytes_in_a_nameless_private_file() -> None:
    output = ScanOutput(as_json=True)
    output.add(BASE, 0)
    row = output._rows[0]
    assert not any(isinstance(part, (bytes, str)) and "new number" in str(part) for part in row)  # not in memory
    spool = output._spool._file
    assert spool is not None
    status = os.fstat(spool.fileno())
    assert stat.S_IMODE(status.st_mode) == 0o600 and status.st_nlink == 0  # 0600, and no name to open it by
    assert not list(data_home().iterdir())  # nothing left in the data folder
    assert "…new number is".encode() in output._spool.get(row[-2], row[-1])
    output.write(io.StringIO(), ScanResult(findings=[], sources=[]))
    assert output._spool._file is None  # closed (and so gone) once written


def test_the_texts_stay_in_memory_where_the_data_folder_cannot_be_made(monkeypatch: pytest.MonkeyPatch) -> None:
    import audit.jsonout

    def refuse() -> Path:
        raise DataFolderError("cannot create the data folder")

    monkeypatch.setattr(audit.jsonout, "data_home", refuse)
    output = ScanOutput(as_json=True)
    output.add(BASE, 0)
    written = io.StringIO()
    output.write(written, ScanResult(findings=[BASE], sources=[]))
    assert "…new number is" in written.getvalue()
