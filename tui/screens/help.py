"""The help screen, built from the key bindings that are live where it was opened.

Nothing is written twice: the keys and their descriptions come from `active_bindings` of
the screen underneath, so a new binding appears here as soon as it exists.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Markdown

STATUSES_HELP = """\
## Statuses

| status | means |
| --- | --- |
| to do | not dealt with yet |
| fixed | you changed it on the platform; a re-scan checks it has gone |
| accepted | it may stay, for the reason you gave (e.g. "school number, allowed") |
| dismissed | a false alarm: it is not what the tool thought |
| snoozed | ask again later; it comes back as to do when the snooze ends |

Your decisions are saved as you make them, on this computer only: the progress file
holds fingerprints and statuses, never a number, address or e-mail.
"""


def bindings_table(screen: Screen[object]) -> str:
    """A Markdown table of the keys active on `screen`, in the order they apply."""
    rows: list[str] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding: Binding = active.binding
        if key in seen or not binding.description:
            continue
        seen.add(key)
        what = binding.tooltip or binding.description
        if binding.group is not None:
            what = f"{binding.group.description}: {what}"
        display = screen.app.get_key_display(binding).replace("|", "\\|")
        rows.append(f"| `{display}` | {what} |")
    return "## Keys\n\n| key | does |\n| --- | --- |\n" + "\n".join(rows) + "\n"


class HelpScreen(ModalScreen[None]):
    """Keys of the screen underneath, then what the statuses mean."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="close-help"),
        Binding("question_mark", "dismiss", "Close", show=False),
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.text = bindings_table(under) + "\n" + STATUSES_HELP

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(self.text)

    def on_mount(self) -> None:
        box = self.query_one("#help")
        box.border_title = "Help"
        box.border_subtitle = "Esc closes · Ctrl+P for commands"
