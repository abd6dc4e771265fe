"""A named e-mail filter for a login to a machine written like an address (clauses 2.4.3, 2.1.5).

"git@code.example.org:quill/garden-app.git", "ssh deploy@build.example.net", "scp notes.txt jo@box.example.org:~/":
the part before the @ is an account on a computer (a code host's shared "git" user, a server's login), and the
text is a command or a repository's remote, not a way to write to anyone.  Mail is never sent to such a name
(the colon and path after the host are no part of an address), so the filter drops the candidate when:

- a path follows the host straight after a colon: a slash, a home directory ("~"), or a name ending ".git"
  ("host:quill/app.git", "host:/var/www", "host:~/"); a colon then a space ("jo@example.com: she'll
  reply") or a smiley ("jo@example.com:)") is ordinary punctuation after a real address;
- or a command that logs in comes right before it ("ssh ", "scp ", "sftp ", "rsync ", "git clone ").
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_PATH_AFTER = re.compile(r":(?:~|/|[\w.-]+/|[\w./-]*\.git\b)")
"""A path after the host: "host:quill/app.git", "host:/srv", "host:~/"."""
_COMMAND_BEFORE = re.compile(r"(?i)\b(?:ssh|scp|sftp|rsync|mosh|git\s+clone)\s+(?:-\S+\s+)*(?:\S+\s+)?$")
"""A command that logs in to the machine: "ssh ", "scp -r notes/ ", "git clone "."""


def _login_to_a_machine(text: str, start: int, end: int) -> bool:
    """ "git@code.example.org:quill/app.git", "ssh deploy@build.example.net": an account on a computer."""
    if text.startswith(":", end) and _PATH_AFTER.match(text, end):
        return True
    return _COMMAND_BEFORE.search(text, max(0, start - 40), start) is not None


LOGIN_TO_A_MACHINE = Filter(
    "login to a machine",
    "drop",
    "an account on a computer in a command or a repository's remote (git@host:quill/app.git, ssh user@host)",
    _login_to_a_machine,
)
