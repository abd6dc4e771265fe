"""A named e-mail filter for an address the writer copied in: a recipient on a "Cc:" or "Bcc:" line (clause 2.4.3).

"Cc: reception@surgery…, pm@surgery…", "Cc: casework@office-of-my-mp…", "fyi the To: was me and Cc: was
customerservices@…": a message pasted or described with its headers names who else it went to, and those are the
organisations and officials the writer wrote to, never the writer.  (A "To:" or "From:" line is another matter: a
forwarded message's "From:" is often the writer's own address, and a "To:" the writer's when they received it.)
The filter drops an address whose nearest header label before it on its line is "Cc:" or "Bcc:".
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_HEADER_LABEL = re.compile(r"(?i)(?<![\w-])(to|from|cc|bcc|subject|sent|date|reply-to)\s*:")
"""A mail header's label, wherever it sits on a line ("Cc: x", "the To: was me and Cc: was x")."""


def _copied_in(text: str, start: int, end: int) -> bool:
    """The nearest header label before the address on its line is "Cc:" or "Bcc:"."""
    line_start = text.rfind("\n", 0, start) + 1
    labels = list(_HEADER_LABEL.finditer(text, line_start, start))
    return bool(labels) and labels[-1].group(1).lower() in ("cc", "bcc")


COPIED_IN = Filter(
    "copied in",
    "drop",
    "a recipient on a Cc: or Bcc: line of a message the writer pasted or described, not the writer",
    _copied_in,
)
