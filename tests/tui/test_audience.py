"""The summary never implies a safety the export cannot show (issue 14, point 1)."""

from __future__ import annotations

from tui.widgets.summary import audience


def test_unknown_audiences_are_not_called_private() -> None:
    assert "public" not in audience(0, 138).plain and "can't tell who sees 138" in audience(0, 138).plain
    assert audience(5, 138).plain.strip() == "·  5 public"
    assert audience(0, 0).plain.strip() == "·  none public"
