"""The re-check training persona is what its builder makes."""

from __future__ import annotations

from pathlib import Path

from audit.demo import persona_last_year, personas_root
from fixtures.personas_recheck import NAME, build


def test_committed_folder_is_what_the_builder_makes(tmp_path: Path) -> None:
    built = build(tmp_path)
    shipped = personas_root() / NAME
    files = sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file())
    for relative in files:
        assert (built / relative).read_bytes() == (shipped / relative).read_bytes(), relative


def test_last_years_decisions_are_read() -> None:
    last = persona_last_year(NAME)
    assert last is not None and last.persona == "sam-ta" and len(last.decisions) == 5
    assert persona_last_year("sam-ta") is None
