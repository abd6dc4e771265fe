"""The help screen, built from the key bindings that are live where it was opened.

Nothing is written twice: the keys and their descriptions come from `active_bindings` of
the screen underneath, so a new binding appears here as soon as it exists.  Widget-level
keys (arrows, paging) are left to the closing line: the person needs ours.  It ends with
where progress is kept (the store's own folder, so it is never out of date) and how to
delete it (`profile-audit forget`).
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Markdown, Static

MOVING = "Arrows move, Enter opens, Tab goes to the next part, Ctrl+P lists every command."
STATUSES_HELP = """\
### Statuses

- **to do**: not dealt with yet.
- **fixed**: you changed it on the platform; a re-scan checks it has gone.
- **accepted**: it may stay, for the reason you gave ("school number, allowed").
- **dismissed**: a false alarm, not what the tool thought.
- **snoozed**: ask again later; it comes back as to do when the snooze ends.

Decisions are saved as you make them, on this computer only. The progress file holds
fingerprints and statuses, never a number, address or e-mail.
"""
KEPT_HELP = """\
### Where your progress is kept

On this computer only, in this folder (your progress, and the key that ties it to the findings):
"""
DEMO_KEPT_HELP = """\
### Where your progress is kept

Demo mode: nothing is saved. This session's progress is in a temporary folder, removed when
the app closes.
"""
FORGET_HELP = """\
To delete it all, close the app and run `profile-audit forget` in a terminal: it lists what
it will remove and asks before it does.
"""


def kept_folder(app: object) -> Path | None:
    """The folder holding this session's progress; None in demo mode (nothing is kept)."""
    session = getattr(app, "session", None)
    if session is None or session.demo:
        return None
    folder: Path = session.store.path.parent
    return folder


def key_rows(screen: Screen[object]) -> list[tuple[str, str]]:
    """(key, what it does) for our own bindings active on `screen` (ours all carry an `id`)."""
    rows: list[tuple[str, str]] = []
    for active in screen.active_bindings.values():
        binding: Binding = active.binding
        if binding.id is None or not binding.description:
            continue
        what = binding.tooltip or binding.description
        if binding.group is not None:
            what = f"{binding.group.description}: {what}"
        rows.append((screen.app.get_key_display(binding), what))
    return rows


def keys_table(rows: list[tuple[str, str]]) -> Content:
    """Aligned `key  what` lines, our own words only (no user text)."""
    width = max((len(key) for key, _ in rows), default=0) + 3
    lines = [Content.assemble((f"{key:>{width - 3}}   ", "bold $accent"), what) for key, what in rows]
    return Content("\n").join([*lines, Content(""), Content.styled(MOVING, "dim")])


class HelpScreen(ModalScreen[None]):
    """Keys of the screen underneath, what the statuses mean, where progress is kept."""

    DEFAULT_CSS = """
    #help-folder { text-wrap: nowrap; text-overflow: ellipsis; padding: 0 2; margin: 0 0 1 0; }
    """

    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="close-help"),
        Binding("question_mark", "dismiss", "Close", show=False),
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.rows = key_rows(under)
        self.folder = kept_folder(under.app)

    @property
    def text(self) -> str:
        """The help as plain text (for tests and screen readers' sake)."""
        kept = DEMO_KEPT_HELP if self.folder is None else f"{KEPT_HELP}\n{self.folder}\n\n{FORGET_HELP}"
        return keys_table(self.rows).plain + "\n\n" + STATUSES_HELP + "\n" + kept

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Content.styled("Keys", "bold"), classes="help-heading")
            yield Static(keys_table(self.rows), id="help-keys")
            yield Markdown(STATUSES_HELP)
            if self.folder is None:
                yield Markdown(DEMO_KEPT_HELP)
            else:
                yield Markdown(KEPT_HELP)
                yield Static(Content(str(self.folder)), id="help-folder")
                yield Markdown(FORGET_HELP)

    def on_mount(self) -> None:
        box = self.query_one("#help")
        box.border_title = "Help"
        box.border_subtitle = "Esc closes"
