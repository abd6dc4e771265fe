"""A photo's finding shows the photo itself, small, and where it is in words.

Driven with Pilot on jo-ect's real Facebook download (its photos carry GPS), with the scan
replaced by findings built here, so the picture and the words do not move when a detector
learns something new.  A photo that may be intimate (`photo_content`, clause 2.3.3) is hidden
until `s` is pressed; a photo that cannot be drawn is one line of words.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PIL import Image
from textual.pilot import Pilot
from textual.widgets import Static

from audit import report_media
from audit.demo import persona_school, persona_sources
from audit.fetchers import SourceReport
from audit.model import Finding, make_finding
from audit.pipeline import ScanResult
from audit.report_media import PhotoFile
from audit.sources import Source
from detectors.base import Item, Match, Provenance
from tests.tui.conftest import recorded
from tui import app as app_module
from tui.app import AuditApp, make_app
from tui.screens.detail import FindingScreen
from tui.screens.help import HelpScreen
from tui.widgets import photo_preview
from tui.widgets.photo_preview import HIDDEN_WORDS, PhotoPreview

SnapCompare = Callable[..., bool]
ALBUM = "your_facebook_activity/posts/media/MobileUploads_7Kp2Xw"
HOME_PHOTO = f"{ALBUM}/4410_8820_n.jpg"
SCHOOL_PHOTO = f"{ALBUM}/4420_8830_n.jpg"
POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
HOME_PLACE = "10 m from where you post most in the evenings and at weekends; near Chapel Allerton, 2.3 km"
HALF_BLOCK = "\u2584"


def photo_finding(file: str, kind: str = "photo_location", place: str | None = HOME_PLACE) -> Finding:
    """A finding on one of jo-ect's Facebook photos (or its posts file, for a photo left out)."""
    when = datetime(2023, 9, 2, 18, 40, tzinfo=UTC)
    where = Provenance("facebook", file, None, "media", "media", when, "friends")
    clauses = ("2.3.3",) if kind == "photo_content" else ("2.3.3", "2.3.2")
    value = "exposed skin" if kind == "photo_content" else "53.81490, -1.56330"
    rule = "what the picture shows" if kind == "photo_content" else "GPS position in the photo"
    finding = make_finding(Item(where), Match(kind, value, 0, 0, 0.9, rule, clauses))
    return replace(finding, place=place if kind != "photo_content" else None)


def phone_finding() -> Finding:
    text = "ring 07700 900123 after six"
    where = Provenance("facebook", POSTS, "1", "text", "post", None, "public")
    return make_finding(Item(where, text=text), Match("phone", "+447700900123", 5, 17, 0.95, "UK mobile", ("2.3.2",)))


@pytest.fixture
def jo_with(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[Finding]], AuditApp]:
    """The app on jo-ect's real exports, its scan answering with the findings given."""

    def build(findings: list[Finding]) -> AuditApp:
        result = ScanResult([SourceReport(source="jo-ect", platform="facebook", items=30)], findings)
        monkeypatch.setattr(app_module, "scan", lambda paths, school, **callbacks: result)
        return make_app(persona_sources("jo-ect"), persona_school("jo-ect"))

    return build


async def open_detail(pilot: Pilot[None], finding: Finding, order: Sequence[Finding] = ()) -> FindingScreen:
    """Open `finding`'s detail, as Enter on the list does, and wait for its photo to be read."""
    app = pilot.app
    await recorded(pilot)  # the scan listed and compared: its notice is in, and cleared here
    app.clear_notifications()
    screen = FindingScreen(finding.id, [f.id for f in order] or [finding.id])
    await app.push_screen(screen)
    await settled(pilot)
    return screen


async def settled(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def picture_text(screen: FindingScreen) -> str:
    static = screen.query_one("#photo-picture", Static)
    return "\n".join(strip.text for strip in static.render_lines(static.region.reset_offset))


def caption_text(screen: FindingScreen) -> str:
    return str(screen.query_one("#photo-caption", Static).render())


async def test_a_photo_finding_shows_the_photo_and_where_it_was_taken(
    jo_with: Callable[[list[Finding]], AuditApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    real = report_media.photo_of

    def read(finding: Finding, sources: Sequence[Source]) -> PhotoFile | None:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(finding, sources)

    monkeypatch.setattr(report_media, "photo_of", read)
    finding = photo_finding(HOME_PHOTO)
    app = jo_with([finding])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_detail(pilot, finding)
        preview = screen.query_one(PhotoPreview)
        assert preview.display and preview.has_class("-drawn")
        picture = screen.query_one("#photo-picture", Static)
        assert 0 < picture.size.width <= 28 and 0 < picture.size.height <= 10
        assert HALF_BLOCK in picture_text(screen)
        assert "4410_8820_n.jpg" in caption_text(screen) and "near Chapel Allerton, 2.3 km" in caption_text(screen)
    assert threads == [False]  # read once, in a worker, never on the UI thread


async def test_a_finding_without_a_photo_shows_none(jo_with: Callable[[list[Finding]], AuditApp]) -> None:
    phone = phone_finding()
    app = jo_with([phone])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_detail(pilot, phone)
        assert not screen.query_one(PhotoPreview).display


async def test_a_photo_that_may_be_private_is_hidden_until_asked(jo_with: Callable[[list[Finding]], AuditApp]) -> None:
    private = photo_finding(SCHOOL_PHOTO, kind="photo_content")
    other = photo_finding(HOME_PHOTO)
    app = jo_with([private, other])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_detail(pilot, private, [private, other])
        preview = screen.query_one(PhotoPreview)
        assert preview.display and not preview.has_class("-drawn")
        assert HIDDEN_WORDS in picture_text(screen) and HIDDEN_WORDS == "photo hidden: press s to show it"
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert "Show, or hide again, a photo hidden as it may be private" in help_screen.text
        await pilot.press("escape")
        await pilot.press("s")
        await settled(pilot)
        assert preview.has_class("-drawn") and HALF_BLOCK in picture_text(screen)
        await pilot.press("s")  # and hidden again, for the next person to look at the screen
        await settled(pilot)
        assert HIDDEN_WORDS in picture_text(screen)
        await pilot.press("s", "n")  # shown, then on to an ordinary photo: drawn straight away
        await settled(pilot)
        assert screen.finding_id == other.id and preview.has_class("-drawn")
        assert not screen.active_bindings.get("s")  # nothing to hide here: `s` is not offered
        await pilot.press("n")  # back to the private one: hidden again, whatever was shown before
        await settled(pilot)
        assert screen.finding_id == private.id and HIDDEN_WORDS in picture_text(screen)


async def test_a_photo_too_big_to_open_is_one_line(
    jo_with: Callable[[list[Finding]], AuditApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_media, "PHOTO_MAX_BYTES", 100)
    finding = photo_finding(HOME_PHOTO)
    app = jo_with([finding])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_detail(pilot, finding)
        assert not screen.query_one(PhotoPreview).has_class("-drawn")
        line = picture_text(screen)
        assert "photo: 4410_8820_n.jpg, " in line and " KB, not shown" in line
        assert "near Chapel Allerton" in caption_text(screen)  # the place is said all the same


async def test_without_the_drawing_library_the_photo_is_one_line(
    jo_with: Callable[[list[Finding]], AuditApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(photo_preview, "Pixels", None)
    finding = photo_finding(HOME_PHOTO)
    app = jo_with([finding])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_detail(pilot, finding)
        assert "photo: 4410_8820_n.jpg, " in picture_text(screen) and "not shown" in picture_text(screen)


async def test_a_photo_the_download_left_out_says_so(jo_with: Callable[[list[Finding]], AuditApp]) -> None:
    finding = photo_finding(POSTS)  # Meta kept the position in the posts file, not the photo
    app = jo_with([finding])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_detail(pilot, finding)
        assert "photo: not in this download (Facebook kept only where it was taken)" in picture_text(screen)


def test_a_damaged_photo_is_not_drawn() -> None:
    photo = PhotoFile(HOME_PHOTO, 4_100_000, b"\xff\xd8\xff not really a jpeg")
    assert report_media.small_picture(photo.data or b"", (28, 20)) is None
    assert photo_preview.not_shown(photo_finding(HOME_PHOTO), photo) == "photo: 4410_8820_n.jpg, 4.1 MB, not shown"


def test_photo_detail_80x24(snap_compare: SnapCompare, jo_with: Callable[[list[Finding]], AuditApp]) -> None:
    finding = photo_finding(HOME_PHOTO)

    async def run_before(pilot: Pilot[None]) -> None:
        await open_detail(pilot, finding)

    assert snap_compare(jo_with([finding]), terminal_size=(80, 24), run_before=run_before)


def heic_photo() -> bytes:
    """An iPhone-style HEIC picture (made with pillow-heif; skipped where it is not installed)."""
    pillow_heif = pytest.importorskip("pillow_heif")
    out = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (64, 48), "#c84")).save(out, quality=70)
    return out.getvalue()


def pillow_without_heif(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pillow as a fresh process has it: HEIC not taught (the scan no longer teaches it by the way)."""
    monkeypatch.setattr(Image, "OPEN", {name: value for name, value in Image.OPEN.items() if name != "HEIF"})
    monkeypatch.setattr(Image, "ID", [name for name in Image.ID if name != "HEIF"])


async def test_a_heic_photo_is_drawn(
    jo_with: Callable[[list[Finding]], AuditApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = heic_photo()
    pillow_without_heif(monkeypatch)
    name = f"{ALBUM}/IMG_0001.HEIC"
    monkeypatch.setattr(report_media, "photo_of", lambda finding, sources: PhotoFile(name, len(data), data))
    finding = photo_finding(name)
    app = jo_with([finding])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_detail(pilot, finding)
        assert screen.query_one(PhotoPreview).has_class("-drawn") and HALF_BLOCK in picture_text(screen)
        assert "IMG_0001.HEIC" in caption_text(screen)


async def test_without_pillow_heif_a_heic_photo_says_what_the_preview_needs(
    jo_with: Callable[[list[Finding]], AuditApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = heic_photo()
    pillow_without_heif(monkeypatch)
    monkeypatch.setattr(photo_preview, "heif_ready", lambda: False)
    name = f"{ALBUM}/IMG_0002.heic"
    monkeypatch.setattr(report_media, "photo_of", lambda finding, sources: PhotoFile(name, 2_100_000, data))
    finding = photo_finding(name)
    app = jo_with([finding])
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await open_detail(pilot, finding)
        assert not screen.query_one(PhotoPreview).has_class("-drawn")
        line = " ".join(picture_text(screen).split())
        assert "photo: IMG_0002.heic, 2.1 MB, not shown; showing HEIC photos (from iPhones) needs pillow-heif" in line
        assert "pip install pillow-heif" in line
