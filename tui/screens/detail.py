"""One finding, in full: what was found and where, who can see it, the policy's words,
and how to fix it on that platform, with the way straight to the post.

The excerpt and every value are the person's own text: they are shown as plain `Content`.
A photo's finding shows the photo itself, small (`PhotoPreview`; a private one on request).
The fix steps are our packaged Markdown, rendered with Textual's `Markdown` widget.  Where the
export let us build the post's web address, `o` opens it and `c` copies it; where it did not,
the screen says how to find the post (its date and its words).
"""

from __future__ import annotations

import webbrowser
from datetime import datetime
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Footer, Header, Markdown, Static

from audit.guidance import guidance_for_finding
from audit.model import Finding
from audit.policy import clause_text
from audit.state import Status
from audit.visibility import how_to_check
from audit.wording import percent_sure, place_of
from tui.labels import kind_one, platform_title, seen_by, visibility_label, when_words
from tui.screens.checking import PHOTO_KINDS, apply_check, fetch_page, no_page_words, page_address, verified_words
from tui.screens.marking import STATUS_BINDINGS, mark
from tui.session import STATUS_LABELS
from tui.widgets.evidence import Evidence
from tui.widgets.photo_preview import HIDDEN_KINDS, SHOW_KEY, SHOW_TOOLTIP, PhotoPreview

if TYPE_CHECKING:
    from tui.app import AuditApp


def facts(app: AuditApp, finding: Finding) -> Content:
    """Label/value lines: found, where, who can see it, date, confidence, status."""
    session = app.session
    status = session.status_of(finding)
    status_text = STATUS_LABELS[status]
    if status == "accepted" and session.reason_of(finding):
        status_text += f": {session.reason_of(finding)}"
    if status == "snoozed" and session.snoozed_until(finding):
        status_text += f" until {session.snoozed_until(finding)}"
    seen = session.state.seen.get(finding.id)
    if seen is not None and seen.verified:  # a re-fetch of its page proved it gone (`v`)
        status_text += f" · {verified_words(seen.verified)}"
    rows = [
        ("Found", finding.value),
        *([("Near", finding.place)] if finding.place else []),  # a position in words: "near Fernside, 0.4 km"
        ("Where", f"{platform_title(finding.platform)}: {place_of(finding).words}"),
        _reach(finding),
        ("Who can see it", _who_can_see(finding)),
        ("Date", when_words(finding)),
        ("How sure", f"{finding.tier} ({percent_sure(finding.confidence)}% of findings like this are right)"),
        ("Why", finding.why),
        ("Status", status_text),
    ]
    return Content("\n").join(
        Content.assemble((f"{label:<15}", "bold"), Content(value) if isinstance(value, str) else value)
        for label, value in rows
    )


def _reach(finding: Finding) -> tuple[str, str | Content]:
    """The post's web address (a link the terminal can open), or how to find it without one."""
    if finding.url:
        return "Link", Content.styled(finding.url, Style(underline=True, link=finding.url))
    return "How to find it", how_to_find(finding)


_THINGS = {"comment": "comment", "message": "message", "checkin": "check-in", "media": "photo or video"}
_BROWSE = {
    "facebook": "your Activity log lists everything by date: on your profile, choose ··· then Activity log",
    "instagram": "Your activity lists posts and comments by date: on your profile, choose ☰ then Your activity",
    "x": "X's search finds a post by a few of its words",
    "linkedin": "the Activity section of your profile lists your posts and comments",
    "tiktok": "your profile lists your videos, newest first",
    "mastodon": "your profile lists your posts, newest first",
    "bluesky": "your profile lists your posts, newest first",
}
"""Where on each platform a post can be looked up by its date or words."""
_DELETED_WHEN_ONLY_ME = frozenset({"x"})
"""Platforms whose posts are "only me" in a download only when they were deleted."""
OPENING_WORDS = 8


def how_to_find(finding: Finding) -> str:
    """Where the export gives no address: what to look for (the date, the first words shown)."""
    platform = platform_title(finding.platform)
    if finding.section in ("profile", "account"):
        place = "your profile" if finding.section == "profile" else "your account settings"
        return f"The download gives no link to it: it is in {place} on {platform}."
    dated = f" of {long_date(finding.created_at)}" if finding.created_at else ""
    words = opening_words(finding.excerpt)
    says = f" that says \u201c{words}\u201d" if words else ""
    if finding.section == "message":
        return f"The download gives no link to it. Look in your {platform} messages for the one{dated}{says}."
    if finding.platform in _DELETED_WHEN_ONLY_ME and finding.visibility == "only_me":
        return f"No link: this is the post{dated}{says}, which you deleted; {platform} kept it in your download."
    tip = _BROWSE.get(finding.platform)
    thing = _THINGS.get(finding.section, "post")
    return f"The download gives no link to it. Look for the {thing}{dated}{says}" + (f" ({tip})." if tip else ".")


def opening_words(excerpt: str) -> str:
    """The first words of the excerpt, enough to recognise or search for the post (with "…"
    where the excerpt starts or stops inside the post's text)."""
    text = excerpt.strip()
    words = text.lstrip("\u2026").split()
    shown = " ".join(words[:OPENING_WORDS])
    before = "\u2026" if text.startswith("\u2026") and shown else ""
    after = "\u2026" if len(words) > OPENING_WORDS or text.endswith("\u2026") else ""
    return before + shown + after


def long_date(moment: datetime) -> str:
    """A date as the person would say it: "3 March 2016"."""
    return f"{moment.day} {moment:%B %Y}"


def open_in_browser(app: App[Any], url: str) -> bool:
    """Open `url` in the person's web browser; False when none can be opened from here.

    Served in a browser tab (`profile-audit serve`), the tab's own browser opens it.  In a terminal
    the system's default browser is asked, but never a text-mode one (lynx, w3m): it would take
    over the terminal the app is drawn on.  Tests replace this function.
    """
    if app.is_web:
        app.open_url(url)
        return True
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:  # a console browser, run in this terminal
        return False
    return bool(browser.open(url, new=2))


def _who_can_see(finding: Finding) -> str:
    """The audience; where the export does not say, where on the platform to look (2.4.4)."""
    if finding.visibility == "unknown":
        return f"{visibility_label('unknown')}. {how_to_check(finding.platform)}"
    return seen_by(finding)


def clauses(finding: Finding) -> Content:
    """Each clause number with its words from the policy."""
    parts = [
        Content.assemble((number, "bold $accent"), "  ", Content(clause_text(number) or "(not in this policy)"))
        for number in finding.clauses
    ]
    return Content("\n\n").join(parts) if parts else Content("No clause cited.")


class FindingScreen(Screen[None]):
    """The detail of one finding; n/p step through the list it was opened from."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        *STATUS_BINDINGS,
        Binding("n", "step(1)", "Next", id="next"),
        Binding("p", "step(-1)", "Previous", id="previous", show=False),
        Binding("o", "open_link", "Open", tooltip="Open the post in your web browser", id="open-link"),
        Binding("c", "copy_link", "Copy link", tooltip="Copy the post's web address", id="copy-link", show=False),
        Binding(
            "v", "check_gone", "Check it's gone", tooltip="Fetch its public page again", id="check-gone", show=False
        ),
        Binding(SHOW_KEY, "show_photo", "Show photo", tooltip=SHOW_TOOLTIP, id="show-photo", show=False),
    ]
    HELP = """\
## A finding

The words around it (the value highlighted), where it is, who can see it, the policy
clause it touches and how to fix it on that platform.  Mark it when you have dealt with it.
`o` opens the post in your web browser and `c` copies its link; where the download gives
no link, the screen says how to find the post.  For a finding on a public page, `v` fetches
the page again, as a stranger sees it, and says whether it has gone; a fix it proves is
recorded with the date.  A photo that may be private is shown only when you press `s`.
"""

    def __init__(self, finding_id: str, order: list[str]) -> None:
        super().__init__()
        self.finding_id = finding_id
        self.order = order or [finding_id]

    @property
    def audit_app(self) -> AuditApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield Static(id="detail-title")
            yield PhotoPreview(id="photo")
            yield Evidence(id="evidence")
            yield Static(id="facts")
            yield Static(id="clauses")
            yield Markdown(id="fix")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#evidence").border_title = "What it says"
        self.query_one("#clauses").border_title = "Policy"
        self.watch(self.app, "decisions", self.fill)

    @property
    def finding(self) -> Finding | None:
        return self.audit_app.session.finding(self.finding_id)

    def fill(self, _: object = None) -> None:
        finding = self.finding
        if finding is None:
            return
        position = f"{self.order.index(finding.id) + 1} of {len(self.order)}" if finding.id in self.order else ""
        self.query_one("#detail-title", Static).update(
            Content.assemble((kind_one(finding.kind), "bold"), (f"   {position}", "dim"))
        )
        self.query_one(Evidence).show(finding.value, finding.excerpt, finding.evidence)
        self.query_one("#facts", Static).update(facts(self.audit_app, finding))
        self.query_one("#clauses", Static).update(clauses(finding))
        fix = self.query_one("#fix", Markdown)
        fix.border_title = f"How to fix it on {platform_title(finding.platform)}"
        fix.update(guidance_for_finding(finding))
        self.query_one(PhotoPreview).show(finding, self.audit_app.session.sources)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`s` is offered (and listed in the help) only where a photo is kept hidden."""
        finding = self.finding
        return action != "show_photo" or (finding is not None and finding.kind in HIDDEN_KINDS)

    def action_show_photo(self) -> None:
        self.query_one(PhotoPreview).toggle(self.audit_app.session.sources)

    def action_back(self) -> None:
        self.dismiss()

    def action_mark(self, status: Status) -> None:
        mark(self, self.finding, status)

    def action_open_link(self) -> None:
        finding = self.finding
        if finding is None:
            return
        if not finding.url:
            self.notify(how_to_find(finding), title="No link for this one", markup=False, timeout=10)
        elif open_in_browser(self.app, finding.url):
            self.notify("Opened in your web browser.", timeout=3)
        else:
            self.app.copy_to_clipboard(finding.url)
            self.notify(
                f"No web browser can be opened from here, so the link is copied: paste it into one. {finding.url}",
                title="Open it yourself",
                severity="warning",
                markup=False,
                timeout=10,
            )

    def action_copy_link(self) -> None:
        finding = self.finding
        if finding is None:
            return
        if not finding.url:
            self.notify(how_to_find(finding), title="No link for this one", markup=False, timeout=10)
            return
        self.app.copy_to_clipboard(finding.url)
        self.notify(f"Link copied: {finding.url}", markup=False, timeout=5)

    def action_check_gone(self) -> None:
        """Fetch the finding's public page again (in a worker) and say whether it has gone."""
        finding = self.finding
        if finding is None:
            return
        address = page_address(finding)
        if address is None:
            self.notify(no_page_words(finding), title="No page to check", markup=False, timeout=12)
            return
        self.notify("Fetching the page again, as a stranger sees it…", title="Checking", timeout=4)
        self.run_check(finding.id, address, finding.kind in PHOTO_KINDS)

    @work(thread=True, exclusive=True, exit_on_error=False, group="check", description="Checking a public page")
    def run_check(self, finding_id: str, address: str, photos: bool) -> None:
        """The fetch, off the UI thread; the comparison and the save go back to the app's thread.
        A photo's finding fetches the page's own images too: that is what was asked about."""
        app = self.audit_app
        page = fetch_page(app, address, photos)
        app.call_from_thread(apply_check, app, finding_id, page)

    def action_step(self, by: int) -> None:
        if self.finding_id not in self.order:
            return
        index = (self.order.index(self.finding_id) + by) % len(self.order)
        self.finding_id = self.order[index]
        self.fill()
        self.query_one("#detail", VerticalScroll).scroll_home(animate=False)
