"""Fix guides: one per (platform, kind), generic fallbacks, shipped in the wheel."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from audit.fetchers import FETCHERS
from audit.guidance import guidance_candidates, guidance_for, guidance_root, has_specific_guidance

PLATFORMS = [fetcher.platform for fetcher in FETCHERS]
"""Every platform we read: a new fetcher without its own guides (and settings path below) fails here."""
KINDS = ["phone", "email", "address", "job_title", "school", "photo_location", "location"]
SETTINGS_PATHS = {
    "x": "Settings and privacy",
    "facebook": "Settings & privacy",
    "instagram": "Settings and activity",
    "linkedin": "Settings & Privacy",
    "mastodon": "Preferences",
    "tiktok": "Settings and privacy",
    "bluesky": "Settings",
}
NO_SETTINGS_PAGE = {("bluesky", "photo_location")}
"""Bluesky has no location setting at all: its photo steps are in the post and on the phone."""
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_platform_and_kind_has_its_own_guide(platform: str, kind: str) -> None:
    assert has_specific_guidance(platform, kind)
    text = guidance_for(platform, kind)
    assert text.startswith("# ")
    assert re.search(r"^1\. ", text, re.MULTILINE), "numbered steps"
    if (platform, kind) not in NO_SETTINGS_PAGE:
        assert SETTINGS_PATHS[platform] in text, "names the platform's own settings page"
    assert text != guidance_for("generic", kind)


@pytest.mark.parametrize("kind", KINDS)
def test_generic_guide_for_every_kind(kind: str) -> None:
    assert (guidance_root() / "generic" / f"{kind}.md").is_file()
    assert guidance_for("nowhere", kind) == (guidance_root() / "generic" / f"{kind}.md").read_text(encoding="utf-8")


def test_unknown_kind_falls_back_to_default() -> None:
    default = (guidance_root() / "generic" / "default.md").read_text(encoding="utf-8")
    assert guidance_for("x", "photo_content_new_kind") == default
    assert guidance_for("../..", "phone") == guidance_for("generic", "phone")
    assert guidance_candidates("x", "../../etc") == [("generic", "default")]


def test_guides_render_as_meant() -> None:
    """A line starting ">" turns a settings path into a quote; an odd "**" leaks bold."""
    for path in Path(str(guidance_root())).rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*>", text, re.MULTILINE), path
        for paragraph in text.split("\n\n"):
            assert paragraph.count("**") % 2 == 0, (path, paragraph[:60])


def test_guides_hold_no_real_looking_contact_details() -> None:
    for path in Path(str(guidance_root())).rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\d{5,}", text.replace(" ", "")), path
        for address in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            assert address.split("@")[1] in ("example.com", "example.org", "example.net"), path


@pytest.mark.slow
def test_wheel_ships_guides_and_policy(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for platform in PLATFORMS:
        for kind in KINDS:
            assert f"audit/guidance/{platform}/{kind}.md" in names
    assert "audit/guidance/generic/default.md" in names
    assert "audit/policies/cameley-social-media-policy.md" in names
