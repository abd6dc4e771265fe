"""A flagged photo in a finding's detail: a small picture drawn in the terminal, and where it is.

The photo is the evidence: "a photo with its position" means little until the person sees
which photo.  It is read from the export in a worker (never on the UI thread), at most
`PHOTO_MAX_BYTES` of it, shrunk to a few dozen pixels without its metadata and drawn with
half-blocks (`rich_pixels`): two pixels a cell, plain text and colours, so it is the same in
any terminal, in tmux, under Pilot and in the SVG snapshots (no sixel or kitty graphics, which
tmux and the tests cannot show).  Nothing is written to disk.

A photo that may be intimate (`photo_content`, clause 2.3.3) is never drawn until the person
asks: the app may be on a projector in a training session.  Where the photo cannot be drawn
(not in the download, too big, damaged, the library missing) one line says so instead.

An iPhone's HEIC photo is drawn through pillow-heif, taught to Pillow here on first need (the
scan reads HEIC metadata without it); without pillow-heif the line says the preview needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from audit.fetchers import WEB_PLATFORM
from audit.model import Finding
from audit.sources import Source
from detectors.photo_files import HEIF_SUFFIXES, IMAGE_SUFFIXES
from tui.labels import platform_title

if TYPE_CHECKING:  # with PIL and the detectors that mask values: imported when a photo is drawn
    from audit.report_media import PhotoFile

Pixels: Any = ...
"""`rich_pixels.Pixels`, imported when a photo is first drawn (it brings Pillow, which the first
screen does not need); None in an install without it, where every photo is the one-line fallback."""


def _pixels() -> Any:
    global Pixels
    if Pixels is ...:
        try:
            import rich_pixels
        except ImportError:
            Pixels = None
        else:
            Pixels = rich_pixels.Pixels
    return Pixels


PICTURE_CELLS = (28, 10)
"""The picture fits in this many columns and rows; half-blocks make it 28 x 20 pixels."""
PHOTO_KINDS = frozenset({"photo_location", "photo_text", "photo_content"})
HIDDEN_KINDS = frozenset({"photo_content"})
"""Kinds whose photo is hidden until the person asks (clause 2.3.3: it may be intimate)."""
SHOW_KEY = "s"
"""The detail screen's key that shows (or hides again) a hidden photo."""
HIDDEN_WORDS = f"photo hidden: press {SHOW_KEY} to show it"
SHOW_TOOLTIP = "Show, or hide again, a photo hidden as it may be private"
"""In the help; not in the footer (full at 80 columns): the hidden photo's line names the key."""
LOADING_WORDS = "Reading the photo…"
HEIF_NEEDED = "showing HEIC photos (from iPhones) needs pillow-heif: pip install pillow-heif"


def has_photo_file(finding: Finding) -> bool:
    """True when the finding names a picture file of its export (not a public page's image)."""
    return finding.platform != WEB_PLATFORM and finding.file.lower().endswith(IMAGE_SUFFIXES)


def shows_photo(finding: Finding) -> bool:
    """A photo kind, or any finding whose item is a photo (a likely home found from one)."""
    return finding.kind in PHOTO_KINDS or has_photo_file(finding)


def size_words(size: int) -> str:
    """A file size as people read it: "812 KB", "4.1 MB"."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB"


def not_shown(finding: Finding, photo: PhotoFile | None) -> str:
    """The one line said instead of the picture."""
    if photo is not None:
        return f"photo: {PurePosixPath(photo.name).name}, {size_words(photo.size)}, not shown"
    if finding.platform == WEB_PLATFORM:
        return "photo: on the public page, not fetched again here"
    if has_photo_file(finding):
        return f"photo: {PurePosixPath(finding.file).name}, not found in the download now, not shown"
    kept = (
        f" ({platform_title(finding.platform)} kept only where it was taken)"
        if finding.kind == "photo_location"
        else ""
    )
    return f"photo: not in this download{kept}"


def heif_ready() -> bool:
    """Whether Pillow can open HEIC here (`detectors.photo_location.heif_ready`, imported when a
    photo is drawn: it brings Pillow and the header readers, which the first screen does not need)."""
    from detectors.photo_location import heif_ready as ready

    return ready()


def is_heif(photo: PhotoFile) -> bool:
    """A HEIC or HEIF photo, by its name or, for a renamed one, its first box ("ftyp")."""
    return photo.name.lower().endswith(HEIF_SUFFIXES) or (photo.data or b"")[4:8] == b"ftyp"


@dataclass(frozen=True, slots=True)
class Drawn:
    """A photo drawn in half-blocks, and the cells it takes (the drawing cannot measure itself)."""

    picture: RenderableType
    columns: int
    rows: int


def picture_of(finding: Finding, sources: Sequence[Source]) -> Drawn | str:
    """The photo drawn small, or the line saying why not.  Slow (reads the export): a worker's job."""
    from audit.report_media import photo_of, small_picture

    try:
        photo = photo_of(finding, sources) if has_photo_file(finding) else None
    except Exception:  # an export moved or damaged since the scan: say the photo is not shown
        photo = None
    pixels = _pixels()
    if photo is None or photo.data is None or pixels is None:
        return not_shown(finding, photo)
    if is_heif(photo) and not heif_ready():  # Pillow alone cannot open it: say what is missing
        return f"{not_shown(finding, photo)}; {HEIF_NEEDED}"
    columns, rows = PICTURE_CELLS
    picture = small_picture(photo.data, (columns, rows * 2))
    if picture is None:
        return not_shown(finding, photo)
    return Drawn(pixels.from_image(picture), picture.width, (picture.height + 1) // 2)


def caption(finding: Finding) -> Content:
    """Beside the picture: which file, and where it is in words (`Finding.place`)."""
    lines = []
    if has_photo_file(finding):
        lines.append(Content.assemble(("File  ", "bold"), PurePosixPath(finding.file).name))
    if finding.place:  # "Taken 10 m from where you post most in the evenings…; near Fernside, 0.4 km"
        label = "Taken " if finding.kind == "photo_location" else "Where "
        lines.append(Content.assemble((label, "bold"), finding.place))
    lines.append(Content.styled("Shown here only: the photo is not copied or sent anywhere.", "dim"))
    return Content("\n").join(lines)


class PhotoPreview(Horizontal):
    """The picture (or the line in its place) and its caption; hidden for findings with no photo."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        super().__init__(id=id)
        self.finding: Finding | None = None
        self.hidden = False
        self._shown = 0
        """Bumped at each `show`: a worker's result for an earlier finding is dropped."""

    def compose(self) -> ComposeResult:
        yield Static(id="photo-picture")
        yield Static(id="photo-caption")

    def on_mount(self) -> None:
        self.border_title = "The photo"
        self.display = False

    def show(self, finding: Finding, sources: Sequence[Source]) -> None:
        """Show `finding`'s photo: hidden first for the private kinds, else read in a worker."""
        same = self.finding is not None and self.finding.id == finding.id
        self.finding = finding
        self.display = shows_photo(finding)
        if not self.display:
            return
        self.query_one("#photo-caption", Static).update(caption(finding))
        if same:  # a decision was made on it: the picture (or the line) stands as it is
            return
        self.hidden = finding.kind in HIDDEN_KINDS  # stepping to another finding hides it again
        self._draw(sources)

    def toggle(self, sources: Sequence[Source]) -> bool:
        """Show a hidden photo, or hide it again; True if it is now shown."""
        if self.finding is None or not self.display:
            return False
        self.hidden = not self.hidden
        self._draw(sources)
        return not self.hidden

    def _draw(self, sources: Sequence[Source]) -> None:
        self._shown += 1
        if self.hidden or self.finding is None:
            self._put(Content.styled(HIDDEN_WORDS, "italic"))
            return
        self._put(Content.styled(LOADING_WORDS, "dim"))
        self.read_photo(self._shown, self.finding, list(sources))

    @work(thread=True, exclusive=True, exit_on_error=False, group="photo-preview", description="Reading a photo")
    def read_photo(self, shown: int, finding: Finding, sources: list[Source]) -> None:
        """Read and shrink the photo off the UI thread; hand the drawing back to it."""
        drawn = picture_of(finding, sources)
        self.app.call_from_thread(self._arrived, shown, drawn)

    def _arrived(self, shown: int, drawn: Drawn | str) -> None:
        if shown != self._shown or self.hidden:  # the person has moved on, or hid it meanwhile
            return
        self._put(Content(drawn) if isinstance(drawn, str) else drawn)

    def _put(self, what: Drawn | Content) -> None:
        """Show the picture at its own size, or a line of words at theirs."""
        static = self.query_one("#photo-picture", Static)
        self.set_class(isinstance(what, Drawn), "-drawn")
        if isinstance(what, Drawn):
            static.styles.width, static.styles.height = what.columns, what.rows
            static.update(what.picture)
        else:
            static.styles.width, static.styles.height = "auto", "auto"
            static.update(what)
