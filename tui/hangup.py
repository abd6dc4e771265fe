"""Close the app when its terminal goes away, instead of spinning on a dead one.

Closing a terminal window normally sends the programs in it SIGHUP, and Python's default for it ends
the app.  Not always: run through a wrapper that catches SIGHUP and waits for its child (`make demo`,
some launchers), the app is never told, and the terminal under it is simply gone.  Textual's input
thread then reads end-of-file from it at once, again and again (it expects that only of a pipe), and
the orphaned app burns most of a core until someone finds it: seen on this project's own machine,
half an hour of CPU after a tmux session was killed.

So, while the app runs on a terminal, it asks once a second whether its input is still one (after a
hang-up `isatty` fails with EIO), and when it is not, the app exits as if hung up (`EXIT_HANGUP`).
A decision already made has been saved by then (saves are atomic and happen as decisions are made);
the exit only stops the app.  Under Pilot, a pipe or the browser tab there is no terminal to watch.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

EXIT_HANGUP = 129
"""The app's return code, and the command's exit status, when its terminal went away (128 + SIGHUP)."""
EVERY_SECONDS = 1.0
"""How often the terminal is asked after: a stat-like call, nothing the app would notice."""


def terminal_fd() -> int | None:
    """The file descriptor the app reads its keys from when that is a terminal, else None."""
    stream = sys.__stdin__
    if stream is None:
        return None
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # closed, or replaced by something without a descriptor
        return None
    return fd if os.isatty(fd) else None


def watch_terminal(app: App[Any], every: float = EVERY_SECONDS) -> bool:
    """Have `app` exit with `EXIT_HANGUP` once its terminal has gone; whether there is one to watch."""
    fd = terminal_fd()
    if fd is None:
        return False

    def still_there() -> None:
        if not os.isatty(fd):
            app.exit(return_code=EXIT_HANGUP)

    app.set_interval(every, still_there, name="terminal watch")
    return True
