"""The summary's headline names what was read: exports, public pages, or both."""

from __future__ import annotations

import pytest

from audit.fetchers import SourceReport
from audit.pipeline import ScanResult
from tui.widgets.summary import sources_words


@pytest.mark.parametrize(
    ("platforms", "words"),
    [
        (["x"], "1 export"),
        (["x", "facebook"], "2 exports"),
        (["web"], "1 public page"),
        (["x", "web", "web"], "1 export and 2 public pages"),
        ([], "0 exports"),
    ],
)
def test_a_page_fetched_is_not_called_an_export(platforms: list[str], words: str) -> None:
    result = ScanResult(sources=[SourceReport(source=f"s{i}", platform=p) for i, p in enumerate(platforms)])
    assert sources_words(result) == words
