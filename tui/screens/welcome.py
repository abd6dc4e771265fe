"""First screen when no export was given: where to get one, a box for its path, and the
school profile beside it.

A new member of staff may not know the platforms let them download their data; this
screen says where, and offers the bundled demo so they can see what the tool does first.
Without the school profile the same export gives wrong findings (the school's own e-mail
addresses and numbers reported as personal), so the profile has its own box and a picker,
is checked as soon as it is chosen, and is kept in the session for the scan and re-scans.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, DirectoryTree, Footer, Header, Input, Label, Markdown, Static

from audit.errors import SchoolProfileError
from audit.school import describe, load_school
from tui.screens.prompts import Prompt

if TYPE_CHECKING:
    from tui.app import AuditApp

WELCOME = """\
## Check what your social media shows about you

Reads the archive a platform lets you download and checks it against your school's
social-media policy. **Nothing leaves this computer.**

1. **Download your data** (a `.zip`, ready after a day or two).\\
   X: *Settings and privacy > Your account > Download an archive of your data*\\
   Facebook or Instagram: *Accounts Centre > Your information and permissions >
   Download your information* (choose JSON)
2. **Type where it is** below: the `.zip`, or the folder it unpacked to.
3. **Add your school's profile** if you have one, then press **Enter**.
"""
NO_PROFILE = (
    "No school profile: your school's own e-mail addresses and numbers may be reported as yours. "
    "Ask your IT lead for one (a school.toml file), or make one: profile-audit school init"
)
LABEL_WIDTH = 16
"""The labels' column: the boxes, and the line under the profile's, start after it."""
SHORT_BELOW = 30
"""Terminals with fewer rows than this get one-line boxes and buttons (`compact`), to fit."""
"""The labels' column: the boxes, and the line under the profile's, start after it."""


class WelcomeScreen(Screen[None]):
    """Explains where exports come from and takes the path of one, and the school profile.

    It fits a 100x30 terminal without scrolling, and an 80x24 one with the boxes and buttons
    drawn one line high (the `-short` class, below 30 rows), so the steps and the boxes are
    seen together."""

    DEFAULT_CSS = f"""
    WelcomeScreen {{
        #welcome-text {{ margin: 0; }}
        #welcome-text MarkdownH2 {{ margin: 1 0 1 0; }}
        .field {{ height: auto; }}
        .field-label {{ width: {LABEL_WIDTH}; padding: 1 1 0 0; text-style: bold; }}
        .field Input {{ width: 1fr; }}
        #choose-school {{ margin: 0 0 0 1; }}
        #school-status {{ color: $text-muted; margin: 0 0 1 {LABEL_WIDTH}; }}
        #school-status.error {{ color: $text-error; }}
        #welcome-buttons {{ height: auto; }}
        #welcome-buttons Button {{ margin: 0 2 0 0; }}
        #welcome-buttons .hint {{ padding: 1 0 0 0; }}
    }}
    WelcomeScreen.-short {{
        #welcome-text MarkdownH2 {{ margin: 0 0 1 0; }}
        .field-label {{ padding: 0 1 0 0; }}
        .field Input {{ padding: 0 1; }}
        #school-status {{ margin: 0 0 1 0; }}
        #welcome-buttons .hint {{ padding: 0; }}
    }}
    """
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT_BELOW, "-roomy")]
    BINDINGS = [Binding("ctrl+o", "demo", "Try the demo", id="demo")]
    AUTO_FOCUS = "#source"

    @property
    def audit_app(self) -> AuditApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        chosen = self.audit_app.session.school_path
        yield Header()
        with VerticalScroll(id="welcome"):
            yield Markdown(WELCOME + self.last_scan_line(), id="welcome-text")
            with Horizontal(classes="field"):
                yield Label("Your export", classes="field-label")
                yield Input(placeholder="~/Downloads/twitter-2024-11-01.zip, or the unpacked folder", id="source")
            with Horizontal(classes="field", id="school-row"):
                yield Label("School profile", classes="field-label")
                yield Input(str(chosen or ""), placeholder="optional: ~/Downloads/school.toml", id="school")
                yield Button("Choose…", id="choose-school")
            yield Static(id="school-status", markup=False)
            with Horizontal(id="welcome-buttons"):
                yield Button("Scan", id="scan", variant="primary")
                yield Button("Try the demo", id="demo")
                yield Label("A fictional teacher; nothing is saved.", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self._show_school(self.query_one("#school", Input).value)

    def on_resize(self, event: events.Resize) -> None:
        """Below `SHORT_BELOW` rows, one-line boxes and buttons: the steps stay in view above them."""
        short = event.size.height < SHORT_BELOW
        for widget in self.query("Input, Button").results():
            if isinstance(widget, Input | Button):
                widget.compact = short

    def last_scan_line(self) -> str:
        """Next year's visit: remind them their progress is kept and a new scan is compared."""
        scans = self.audit_app.session.state.scans
        if not scans:
            return ""
        return f"\nYour progress from the scan of {scans[-1]} is kept: scan a new export to see what changed.\n"

    @on(Input.Changed, "#school")
    def _school_typed(self, event: Input.Changed) -> None:
        self._show_school(event.value)

    def _show_school(self, text: str) -> None:
        """Say under the box what the profile holds, or what is wrong with it, as it is typed."""
        status = self.query_one("#school-status", Static)
        path = Path(text.strip()).expanduser()
        error = False
        if not text.strip():
            message = NO_PROFILE
        elif not path.is_file():
            message = "There is no file at that path yet."
        else:
            try:
                message = f"Using {describe(load_school(path))}."
            except SchoolProfileError as problem:
                message, error = str(problem), True
        status.update(message)
        status.set_class(error, "error")

    @on(Button.Pressed, "#choose-school")
    def action_choose_school(self) -> None:
        def chosen(path: Path | None) -> None:
            if path is not None:
                self.query_one("#school", Input).value = str(path)
                self.query_one("#scan" if self.query_one("#source", Input).value.strip() else "#source").focus()

        self.app.push_screen(ProfilePicker(self._picker_start()), chosen)

    def _picker_start(self) -> Path:
        """Where the profile probably is: beside the one typed, or beside the export, or home."""
        school = self.query_one("#school", Input).value.strip()
        source = self.query_one("#source", Input).value.strip()
        candidates: list[Path] = []
        if school:
            typed = Path(school).expanduser()
            candidates.append(typed if _is_folder(typed) else typed.parent)
        if source:
            candidates.append(Path(source).expanduser().parent)
        candidates += [Path.home(), Path.cwd()]
        return next((folder for folder in candidates if _is_folder(folder)), Path("/"))

    @on(Input.Submitted)
    @on(Button.Pressed, "#scan")
    def _scan(self) -> None:
        text = self.query_one("#source", Input).value.strip()
        if not text:
            self.notify("Type the path of an export first.", severity="warning", markup=False)
            return
        path = Path(text).expanduser()
        if not path.exists():
            self.notify("There is nothing at that path.", severity="error", markup=False)
            return
        usable, school = self._chosen_school()
        if not usable:
            return
        self.audit_app.session.school_path = school
        self.dismiss()
        self.audit_app.open_sources([path])

    def _chosen_school(self) -> tuple[bool, Path | None]:
        """(whether the scan can go ahead, the profile to use); a bad profile stops it, named."""
        text = self.query_one("#school", Input).value.strip()
        if not text:
            return True, None
        path = Path(text).expanduser()
        try:
            load_school(path)
        except SchoolProfileError as error:
            self.notify(str(error), title="School profile", severity="error", markup=False, timeout=10)
            self.query_one("#school", Input).focus()
            return False, None
        return True, path

    @on(Button.Pressed, "#demo")
    def action_demo(self) -> None:
        """Pick a persona; this screen stays until one is chosen (opening it closes this)."""
        self.audit_app.action_open_persona()


class ProfileTree(DirectoryTree):
    """Folders and .toml files only, hidden ones left out: the profile is all that is wanted."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [path for path in paths if not path.name.startswith(".") and (_is_folder(path) or _is_toml(path))]


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _is_toml(path: Path) -> bool:
    return path.suffix.lower() == ".toml"


class ProfilePicker(Prompt[Path]):
    """Choose the school profile file from a folder tree; dismisses with its path."""

    DEFAULT_CSS = """
    #picker-tree { height: auto; min-height: 3; max-height: 50vh; }
    ProfilePicker Label { width: 100%; }
    """
    BINDINGS = [Binding("backspace", "up", "Up a folder")]

    def __init__(self, start: Path) -> None:
        super().__init__("Choose your school profile")
        self.start = start.resolve()

    def compose(self) -> ComposeResult:
        with Vertical(classes="prompt"):
            yield Label(Content(str(self.start)), id="picker-folder", classes="hint")
            yield ProfileTree(self.start, id="picker-tree")
            yield Label(
                Content("Enter: open a folder or choose a file. Backspace: up a folder. Esc: cancel."),
                classes="hint",
            )

    @on(DirectoryTree.FileSelected)
    def _chosen(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self.dismiss(event.path)

    def action_up(self) -> None:
        tree = self.query_one(ProfileTree)
        parent = Path(tree.path).parent
        tree.path = parent
        self.query_one("#picker-folder", Label).update(Content(str(parent)))
