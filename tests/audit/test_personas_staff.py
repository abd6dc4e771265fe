"""The TA and head-teacher training personas: regenerable, found as planted, decoys left alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.demo import persona_names, persona_school, persona_sources, persona_story, personas_root
from audit.model import Finding
from audit.pipeline import scan
from audit.school import load_school
from detectors import kinds
from fixtures.personas_staff import PERSONAS, build_persona

RESERVED_PHONE = re.compile(r"\+44(?:7700900\d{3}|1632960\d{3}|1\d\d4960\d{3}|1\d14960\d{3}|2079460\d{3})")
RESERVED_MAIL = re.compile(r".+@(?:[\w-]+\.)*example\.(?:com|org|net)")

EXPECTED = {
    "sam-ta": {
        "phone": {"+447700900612", "+447700900613", "+447700900614", "+447700900615"},
        "email": {"sam.okafor.footy@example.net", "sokafor.eastholme@example.com"},
        "address": {"BD99 9ZZ"},
    },
    "priya-head": {
        "phone": {"+447700900734", "+441154960733", "+447700900735", "+447700900736"},
        "email": {"priya.raman@example.com", "priya.r@example.org"},
        "address": {"4 Meadowsweet Close"},
        "photo_location": {"53.92710, -1.38620", "51.50010, -0.12010"},  # the file's EXIF; Instagram's own copy
    },
}
PLATFORMS = {"sam-ta": {"x", "facebook"}, "priya-head": {"x", "instagram"}}
DECOY_ITEMS = {
    "sam-ta": ["1200000000000000003", "1200000000000000004", "1200000000000000007", "1200000000000000008",
               "1200000000000000009"],
    "priya-head": ["1300000000000000005", "1300000000000000007", "1300000000000000008", "1300000000000000010"],
}  # fmt: skip
NOT_THEIR_JOB = {
    "sam-ta": ["1200000000000000003", "1200000000000000004", "1200000000000000008", "1200000000000000009"],
    "priya-head": ["1300000000000000007", "1300000000000000010"],
}
"""Decoys that say nothing of the writer's own job (a score, an order, their son's teacher, "head to")."""
DECOY_VALUES = {"+447700900999", "+447700900998", "+441144960300", "+441154960100"}
"""Posts with scores, order numbers, the school's own contacts, someone else's teacher, "head to"."""


def _findings(name: str) -> list[Finding]:
    school = load_school(persona_school(name))
    return scan(persona_sources(name), school).findings


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_committed_folder_is_what_the_builder_makes(name: str, tmp_path: Path) -> None:
    built = build_persona(name, tmp_path)
    shipped = personas_root() / name
    files = sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file())
    for relative in files:
        assert (built / relative).read_bytes() == (shipped / relative).read_bytes(), relative


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_persona_ships_school_and_story(name: str) -> None:
    assert name in persona_names()
    school = load_school(persona_school(name))
    assert school.name and school.domains and school.phones
    story = persona_story(name)
    assert "What a pupil's parent could find" in story
    assert "How it was fixed" in story


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_planted_findings_are_found(name: str) -> None:
    found: dict[str, set[str]] = {}
    for finding in _findings(name):
        found.setdefault(finding.kind, set()).add(finding.value)
    for kind, values in EXPECTED[name].items():
        assert found.get(kind) == values, kind
    for kind in ("job_title", "school"):
        assert kind in kinds()
        assert found.get(kind), f"{name}: no {kind} finding"
    assert {f.platform for f in _findings(name)} == PLATFORMS[name]


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_decoys_are_left_alone(name: str) -> None:
    findings = _findings(name)
    contacts = [f for f in findings if f.item_id in DECOY_ITEMS[name] and f.kind not in ("job_title", "school")]
    assert contacts == []
    assert [f for f in findings if f.item_id in NOT_THEIR_JOB[name] and f.tier == "likely"] == []
    assert not {f.value for f in findings} & DECOY_VALUES
    assert not any("@marlowefields." in f.value or "@hollinsbrook." in f.value for f in findings)


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_only_reserved_values(name: str) -> None:
    for finding in _findings(name):
        if finding.kind == "phone":
            assert RESERVED_PHONE.fullmatch(finding.value), finding.value
        if finding.kind == "email":
            assert RESERVED_MAIL.fullmatch(finding.value), finding.value


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_profession_and_workplace_findings_come_in_both_tiers(name: str) -> None:
    tiers = {f.tier for f in _findings(name) if f.kind in ("job_title", "school")}
    assert tiers == {"likely", "worth a look"}
    for finding in _findings(name):
        if finding.kind in ("job_title", "school"):
            assert finding.explanation is not None and finding.explanation.cues
