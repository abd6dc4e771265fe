"""The keepable HTML report: hostile text stays text, the copy to share holds no value, files are
written 0600 and atomically, and the JSON export gains statuses in a minor version."""

from __future__ import annotations

import base64
import html
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from audit.cli import main
from audit.demo import persona_school, persona_sources
from audit.model import Finding
from audit.paths import HOME_ENV
from audit.pipeline import ScanResult, scan
from audit.recheck import apply
from audit.redact import masked_position, masked_value
from audit.report import SCHEMA, SCHEMA_WITH_STATUS, to_json
from audit.report_html import build, build_from_state, render, write
from audit.report_media import post_link, thumbnail
from audit.school import load_school
from audit.state import AuditState, StateStore
from fixtures.exportkit import jpeg, write_tree
from fixtures.x_archive import Tweet, XArchive

WHEN = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
HOSTILE = (
    "<script>document.body.dataset.pwned = 'script'</script> ring 07700 900123 "
    "<img src=x onerror=\"document.body.dataset.pwned = 'img'\">"
)
"""A post whose words are HTML that would run if the report did not escape it."""


@dataclass
class Scanned:
    result: ScanResult
    sources: list[Path]
    school: str


@pytest.fixture(scope="module")
def jo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scanned]:
    """jo-ect's exports scanned once for the module, with a throwaway fingerprint key."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(HOME_ENV, str(tmp_path_factory.mktemp("jo-home")))
        sources = persona_sources("jo-ect")
        school = load_school(persona_school("jo-ect"))
        yield Scanned(scan(sources, school), sources, school.name)


def leaks(page: str, finding: Finding) -> list[str]:
    """Where `finding`'s value can still be read in `page`, in any spelling a person could use."""
    text = html.unescape(page)
    found: list[str] = []
    value = finding.value
    if finding.kind == "phone":
        digits = re.sub(r"\D", "", value)
        national = digits[2:] if value.startswith("+44") else digits[-9:]
        if re.search(r"[\s\-().]*".join(national), text):
            found.append(f"phone number ending {digits[-3:]}")
    elif finding.kind == "email":
        name = value.split("@")[0]
        if value.lower() in text.lower() or (len(name) >= 3 and name.lower() in text.lower()):
            found.append(f"e-mail {name[:1]}…")
    elif finding.kind == "address":
        if value.lower() in text.lower() or value.replace(" ", "").lower() in text.lower():
            found.append("address")
    elif finding.kind in ("location", "photo_location"):
        found += [f"position {number}" for number in re.findall(r"-?\d+\.\d{2,}", value) if number in text]
    return found


def hostile_export(tmp_path: Path) -> Path:
    archive = XArchive(tweets=[Tweet("1100000000000000077", HOSTILE, WHEN)])
    return write_tree(archive.tree("data"), tmp_path / "hostile-x")


def test_post_text_with_html_is_shown_as_text(tmp_path: Path) -> None:
    source = hostile_export(tmp_path)
    result = scan([source])
    assert result.findings, "the phone number in the hostile post is found"
    page = render(build(result, sources=[source]))
    assert "<script" not in page.lower() and "<img src=x" not in page
    assert "&#39;script&#39;&lt;/script&gt; ring " in page  # the excerpt: whole words either side
    assert "&lt;img src=x" in page
    assert "default-src 'none'" in page  # and even so, the page may run nothing and fetch nothing


def test_copy_to_share_holds_no_value_of_any_finding(jo: Scanned) -> None:
    page = render(build(jo.result, redact=True, sources=jo.sources, school=jo.school))
    assert len(jo.result.findings) > 30
    for finding in jo.result.findings:
        assert not leaks(page, finding), f"{finding.kind} on {finding.platform} in {finding.file}"
    assert "+44 77•••••456" in page and "j•••@example.com" in page and "LS99 •••" in page
    assert "53.8•••, -1.5•••" in page
    assert "href=" not in page, "links to the posts are left out of the copy to share"
    assert "audit/demo/jo-ect" not in page, "only the last part of each download's path"
    assert "Larkspur" not in page, "every word of an address goes, even where it is not the finding"


def test_report_to_keep_shows_values_statuses_and_reasons(jo: Scanned) -> None:
    state = AuditState()
    phones = [f for f in jo.result.findings if f.kind == "phone" and f.platform == "x"]
    state.decide(phones[0], "accepted", "the running club's number, on purpose")
    state.decide(phones[1], "fixed")
    page = render(build(jo.result, state, sources=jo.sources, school=jo.school, today=date(2024, 11, 2)))
    assert "Made on 2 November 2024" in page and "St Aidan&#39;s C of E Primary School" in page
    assert phones[0].value in page and "Reason: the running club&#39;s number, on purpose" in page
    assert "Still in this export" in page  # marked fixed, yet the download has it
    assert f'data-count="{len(jo.result.findings)}"' in page
    assert "keep their personal phone numbers private" in page  # clause 2.4.2 in words
    linked = [post_link(f) for f in jo.result.findings if post_link(f)]
    assert len(linked) >= 5 and all(f'href="{link}"' in page for link in linked)
    assert page.count("data:image/jpeg;base64,") >= 2  # the flagged photos, as thumbnails


def test_progress_alone_makes_a_page_of_decisions_without_values(jo: Scanned) -> None:
    state = AuditState()
    phone = next(f for f in jo.result.findings if f.kind == "phone")
    state.decide(phone, "dismissed", f"not mine: {phone.value}")
    apply(state, jo.result.findings, today=date(2024, 11, 2))
    page = render(build_from_state(state))
    assert "Made from your saved progress" in page
    assert f'data-count="{len(jo.result.findings)}"' in page and "dismissed" in page
    for finding in jo.result.findings:
        assert not leaks(page, finding)
        if finding.excerpt and finding.kind not in ("job_title", "school"):  # "Year 4 teacher": fix steps
            assert finding.excerpt not in html.unescape(page)


def test_what_has_gone_since_the_previous_scan(jo: Scanned) -> None:
    state = AuditState()
    apply(state, jo.result.findings, today=date(2024, 9, 3))
    gone = next(f for f in jo.result.findings if f.kind == "phone" and f.platform == "x")
    now = ScanResult(jo.result.sources, [f for f in jo.result.findings if f is not gone])
    report = build(now, state)
    assert report.previous_scan == "2024-09-03"
    assert report.gone_since == ["Personal phone numbers on X (Twitter): 1"]
    assert "Gone since the scan of 2024-09-03" in render(report)
    assert state.scans == ["2024-09-03"], "the caller's progress is left as it was"


def test_masks() -> None:
    assert masked_value("phone", "+447700900123") == "+44 77•••••123"
    assert masked_value("email", "jo.marsh@example.com") == "j•••@example.com"
    assert masked_value("address", "LS99 9ZZ") == "LS99 •••"
    assert masked_value("address", "4 Meadowsweet Close") == "•• ••• Close"
    assert masked_value("school", "St Aidan's") == "St Aidan's"
    assert masked_position("53.80120, -1.54870") == "53.8•••, -1.5•••"
    assert masked_position("somewhere") == "•••"


def test_thumbnails_are_small_lose_their_position_and_blur_in_the_copy() -> None:
    photo = jpeg(gps=(53.8012, -1.5487), size=(640, 480))
    kept = Image.open(BytesIO(base64.b64decode(thumbnail(photo, blur=False).split(",", 1)[1])))
    assert max(kept.size) <= 160 and not kept.getexif()
    stripes = Image.new("RGB", (320, 240), "white")
    stripes.paste(Image.new("RGB", (20, 240), "black"), (100, 0))
    uri = thumbnail(_jpeg_bytes(stripes), blur=True)
    blurred = Image.open(BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("L")
    assert ImageStat.Stat(blurred).stddev[0] < ImageStat.Stat(stripes.convert("L")).stddev[0] / 2
    assert thumbnail(b"not a picture", blur=False) == ""


def _jpeg_bytes(image: Image.Image) -> bytes:
    out = BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def test_links_to_the_platform_only(jo: Scanned) -> None:
    post = next(f for f in jo.result.findings if f.platform == "x" and f.section == "post" and f.url)
    assert post_link(post) == post.url  # the fetcher's own address wins
    built = {name: getattr(post, name) for name in post.__dataclass_fields__} | {"url": None}
    assert post_link(Finding(**built)) == f"https://x.com/i/status/{post.item_id}"  # built from the id
    assert post_link(Finding(**built | {"section": "message"})) == ""
    assert post_link(Finding(**built | {"item_id": "javascript:alert(1)"})) == ""
    assert post_link(Finding(**built | {"item_id": "https://x.com/a b"})) == ""


def test_written_owner_only_and_never_half(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "new-folder" / "report.html"
    write(target, "<p>first</p>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700

    def cut_off(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", cut_off)
    with pytest.raises(OSError):
        write(target, "<p>second</p>")
    assert target.read_text() == "<p>first</p>"
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_json_gains_statuses_in_a_minor_version(jo: Scanned) -> None:
    plain = to_json(jo.result)
    assert plain["schema"] == SCHEMA and "status" not in plain["findings"][0]
    state = AuditState()
    phone = next(f for f in jo.result.findings if f.kind == "phone")
    state.decide(phone, "accepted", f"club number {phone.value}", today=date(2024, 11, 2))
    document = to_json(jo.result, state)
    assert document["schema"] == SCHEMA_WITH_STATUS and document["schema"].startswith(SCHEMA)
    decided = next(f for f in document["findings"] if f["id"] == phone.id)
    assert {k: decided[k] for k in ("status", "decided", "snoozed_until")} == {
        "status": "accepted",
        "decided": "2024-11-02",
        "snoozed_until": None,
    }
    assert decided["reason"] == "club number [removed]"
    assert set(plain["findings"][0]) | {"status", "reason", "decided", "snoozed_until"} == set(decided)
    assert all(f["status"] == "todo" for f in document["findings"] if f["id"] != phone.id)


def test_report_command_reads_saved_progress_and_writes_both_files(
    tmp_path: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = hostile_export(tmp_path)
    assert main(["scan", "-q", "--state", str(source)]) == 1
    store = StateStore()
    state = store.load()
    [finding] = scan([source]).findings
    state.decide(finding, "fixed")
    store.save(state)
    capsys.readouterr()
    page, data = tmp_path / "out" / "report.html", tmp_path / "out" / "findings.json"
    assert main(["report", "-q", str(source), "--html", str(page), "--json", str(data)]) == 0
    assert "Wrote" in capsys.readouterr().out
    for path in (page, data):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(data.read_text())["findings"][0]["status"] == "fixed"
    assert "Marked fixed on" in page.read_text()
    progress = tmp_path / "progress.html"
    assert main(["report", "--from-state", "--html", str(progress)]) == 0
    assert "Made from your saved progress" in progress.read_text() and "900123" not in progress.read_text()


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["--demo"], "say where to write the report"),
        (["--from-state", "--html", "x.html"], "no saved progress yet"),
        (["--demo", "--from-state", "--html", "x.html"], "saved progress only"),
        (["--demo", "--redact", "--json", "x.json"], "cannot be redacted"),
        (["--html", "x.html"], "give at least one SOURCE"),
    ],
)
def test_report_command_mistakes_are_one_line(
    arguments: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["report", *arguments]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


async def test_app_exports_the_copy_to_share_from_a_key(tmp_path: Path) -> None:
    """In the app: `h`, choose the copy to share, give a path; the page is written 0600."""
    from textual.widgets import Input, OptionList

    from tui.app import make_app
    from tui.commands import app_commands
    from tui.screens.help import key_rows
    from tui.screens.prompts import ChoicePrompt, PathPrompt

    target = tmp_path / "out" / "for-my-line-manager.html"
    app = make_app([hostile_export(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Export report" in [command.title for command in app_commands(app)]
        assert ("h", "Export a report to keep or share (HTML)") in key_rows(app.screen)
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, ChoicePrompt)
        app.screen.query_one(OptionList).highlighted = 1  # "A copy to share"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathPrompt)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("Report written to" in note.message for note in app._notifications)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    page = target.read_text()
    assert "A copy to share" in page and "+44 77•••••123" in page and "900123" not in page
