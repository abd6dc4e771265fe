""" "Check it's gone" (`v` on a finding): fetch its public page again and say what became of it.

The fetch runs in a thread worker of the finding's screen (`FindingScreen.run_check`); the
comparison with the saved progress (`audit.verify.compare`) runs back on the app's thread,
where the state lives, and is saved at once like any decision.  This module holds the parts
that are not Textual: which page a finding came from, and the words for each answer.  A
finding read from a download has no page to fetch; the person is told what to do instead.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from audit.errors import AuditError
from audit.fetchers import WEB_PLATFORM
from audit.fetchers.public_page import is_address
from audit.model import Finding
from tui.labels import platform_title

if TYPE_CHECKING:
    from audit.verify import FindingCheck, PageCheck, Refetch
    from tui.app import AuditApp

PHOTO_KINDS = frozenset({"photo_location"})
"""Kinds read from a page's image files: checking one fetches the page's own images too."""


def page_address(finding: Finding) -> str | None:
    """The public page a finding was read from (its `file`), or None for a download's finding."""
    return finding.file if finding.platform == WEB_PLATFORM and is_address(finding.file) else None


def fetch_page(app: AuditApp, address: str, photos: bool) -> Refetch:
    """Fetch and scan the page again (network: call it from a worker thread).  httpx and the
    page readers are imported here, on first use, so the app starts without them."""
    from audit.verify import refetch

    return refetch(address, app.session.school(), photos=photos)


def no_page_words(finding: Finding) -> str:
    """What to do instead when there is no page to fetch (the finding came from a download)."""
    return (
        f"This one came from your {platform_title(finding.platform)} download, not from a public page, so there is "
        "no page to fetch. Once you have fixed it, download your data again and re-scan it; to check what "
        "strangers see, scan your public profile's address (profile-audit scan https://...)."
    )


def verified_words(day: str) -> str:
    """ "checked gone on 3 May 2025": how a proved fix is shown beside its status."""
    when = date.fromisoformat(day)
    return f"checked gone on {when.day} {when:%B %Y}"


def answer(check: FindingCheck | None, today: date | None = None) -> tuple[str, str, str]:
    """(title, message, severity) of the notification for the finding that was checked."""
    if check is None:
        return (
            "Could not tell",
            "The page was fetched again, but this finding is not in your saved progress, "
            "so there is nothing to compare it with. Re-scan (r) and try again.",
            "warning",
        )
    from audit.verify import kind_words

    what = kind_words(check.kind).capitalize()
    if check.outcome == "gone":
        day = (today or date.today()).isoformat()
        advice = "" if check.status == "fixed" else " Mark it fixed with f."
        return (
            "Gone",
            f"{what}: not on the page any more, as a stranger sees it today; recorded as {verified_words(day)}."
            + advice,
            "information",
        )
    if check.outcome == "still there":
        marked = " You marked it fixed, but" if check.status == "fixed" else ""
        return (
            "Still there",
            f"{what}:{marked} the page still shows it to anyone who visits. "
            "Check you saved the change on the site, then try again.",
            "warning",
        )
    return "Could not check", f"{what}: {check.why}.", "error"


def apply_check(app: AuditApp, finding_id: str, page: Refetch) -> PageCheck:
    """Compare the re-fetched page with the saved progress, save it, and tell the person."""
    from audit.verify import compare

    session = app.session
    result = compare(session.state, page)
    try:
        session.store.save(session.state)
    except AuditError as error:
        app.notify(str(error), title="Not saved", severity="error", markup=False)
    title, message, severity = answer(result.check_for(finding_id))
    app.notify(message, title=title, severity=severity, markup=False, timeout=12)  # type: ignore[arg-type]
    app.decisions += 1  # every screen shows the checked fixes
    return result
