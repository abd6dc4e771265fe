"""Prove a fix: fetch a public page again and say, for each saved finding of it, whether it has gone.

A teacher who took their mobile number off their personal site wants to know it is really
gone, as a parent searching for them would see it today, and to have that on record.  So
`profile-audit verify URL` (and "Check it's gone" on a finding in the app) fetches the page
again, exactly as `scan URL` does, and sorts every saved finding of that page into:

- **still there**: found again (whatever its status: "marked fixed but still there" comes first);
- **gone**: not found on a page that was read whole; the date is recorded in the progress file
  (`Seen.verified`), and the app shows the fix as checked;
- **could not check**: the page could not be fetched (an error, robots.txt, a login wall) or a
  part of it could not be seen (a refused endpoint, a photo not fetched without `--photos`), so
  "not found" proves nothing and nothing is recorded.

The progress file holds no page addresses and no values, so the address comes from the person
(or from the finding in the app) and the saved findings of that page are recognised by their
fingerprints: a finding found again by its own key (`Finding.id`), one not found again by its
place key (`Finding.place_id`: kind and where on the page, without the value), recomputed for
the page's address and for each post the page shows.  A finding on a post that has left the
page altogether cannot be recognised without the address, so it is not listed.

The fetch (`refetch`) and the comparison (`compare`) are apart: the app fetches in a worker
thread and compares on its own thread, where the state lives.  Nothing here imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from audit.errors import SourceError
from audit.fetchers.public_page import is_address
from audit.fetchers.public_page.capture import Capture, normalise
from audit.fetchers.public_page.items import PLATFORM
from audit.fetchers.public_page.options import page_options
from audit.fetchers.public_page.parts import part_words
from audit.identity import anchor
from audit.model import Finding, fingerprint
from audit.pipeline import scan
from audit.recheck import carry_over
from audit.report import KIND_TITLES
from audit.scrub import mask
from audit.state import AuditState, Seen, Status
from audit.wording import STATUS_WORDS
from detectors.base import Item, Provenance, SchoolProfile

Outcome = Literal["still there", "gone", "could not check"]
OUTCOMES: tuple[Outcome, ...] = ("still there", "could not check", "gone")
"""In the order a person wants them: what still needs doing first."""
PHOTO_KINDS = frozenset({"photo_location"})
"""Kinds read from the page's image files, which only `--photos` fetches."""


@dataclass(slots=True)
class Refetch:
    """One page fetched and scanned again: what was found, or why it could not be read."""

    url: str
    """The address as the scan keys it (`capture.normalise`)."""
    findings: list[Finding] = field(default_factory=list)
    capture: Capture | None = None
    error: str = ""
    """Why the page could not be read at all (one line, no value), "" when it was read."""
    photos: bool = False


@dataclass(slots=True)
class FindingCheck:
    """The answer for one saved finding of the page."""

    finding_id: str
    kind: str
    outcome: Outcome
    status: Status
    """What the person had decided about it."""
    found: Finding | None = None
    """The finding as found again (for "still there"): where on the page, its masked value."""
    why: str = ""
    """For "could not check": why, in plain words."""


@dataclass(slots=True)
class PageCheck:
    """Every saved finding of one page, checked."""

    url: str
    checks: list[FindingCheck] = field(default_factory=list)
    new: list[Finding] = field(default_factory=list)
    """On the page now but not in the saved progress (added since, or never scanned with --state)."""
    problem: str = ""
    """Why the page could not be checked whole, "" when it was."""
    notices: list[str] = field(default_factory=list)
    """Worth knowing about the page (it asks search engines not to list it); the command line
    has already said them on stderr as the page was fetched."""

    def of(self, outcome: Outcome) -> list[FindingCheck]:
        return [check for check in self.checks if check.outcome == outcome]

    def check_for(self, finding_id: str) -> FindingCheck | None:
        return next((check for check in self.checks if check.finding_id == finding_id), None)


def refetch(address: str, school: SchoolProfile | None = None, photos: bool = False) -> Refetch:
    """Fetch and scan one public page again, as `scan URL` does; never raises for the page itself."""
    if not is_address(address):
        return Refetch(address, error=f"{address}: not a web address (give the full address, starting with https://)")
    url = normalise(address)
    with page_options(photos=photos) as options:
        try:
            result = scan([url], school)
        except SourceError as error:
            return Refetch(url, error=str(error), photos=photos)
    captured = options.captures[0] if options.captures else None
    return Refetch(url, result.findings, captured, photos=photos)


def compare(state: AuditState, page: Refetch, today: date | None = None) -> PageCheck:
    """Sort the saved findings of the page by what the re-fetch showed, and record the "gone".

    Changes `state` in place (a verified date set or cleared, keys carried over as a re-check
    would); the caller saves it.
    """
    when = (today or date.today()).isoformat()
    if page.findings:
        carry_over(state, page.findings)
    found = {finding.id: finding for finding in page.findings}
    places = _page_places(state, page)
    result = PageCheck(page.url, notices=list(page.capture.notices) if page.capture else [])
    result.problem = _problem(page)
    for key, seen in state.seen.items():
        if seen.platform != PLATFORM or not (key in found or seen.place in places):
            continue
        status = state.status_of(key)
        if key in found:
            seen.verified = ""
            result.checks.append(FindingCheck(key, seen.kind, "still there", status, found[key]))
        elif why := result.problem or _unseen(seen, page):
            result.checks.append(FindingCheck(key, seen.kind, "could not check", status, why=why))
        else:
            seen.verified = when
            result.checks.append(FindingCheck(key, seen.kind, "gone", status))
    result.checks.sort(key=lambda check: (OUTCOMES.index(check.outcome), check.status != "fixed", check.kind))
    result.new = [finding for finding in page.findings if finding.id not in state.seen]
    return result


def _page_places(state: AuditState, page: Refetch) -> set[str]:
    """The place keys the page's saved findings may carry: each kind the progress holds, at the
    page's address and at each post the page shows now (the same anchors a scan makes)."""
    addresses = {page.url}
    if page.capture is not None:
        addresses |= {piece.item_id for piece in page.capture.pieces if piece.item_id}
    kinds = {seen.kind for seen in state.seen.values() if seen.platform == PLATFORM}
    anchors = {anchor(Item(Provenance(PLATFORM, page.url, address, "", "profile"))) for address in addresses}
    return {fingerprint(kind, "", where) for kind in kinds for where in anchors}


def _problem(page: Refetch) -> str:
    """Why nothing on the page can be called gone: it was not read, or not all of it."""
    if page.error:
        return page.error.removeprefix(f"{page.url}: ")
    if page.capture is None:
        return "the page was not read"
    if not page.capture.complete:
        notes = "; ".join(page.capture.notes) or "part of the page could not be read"
        return f"not all of the page could be seen ({notes})"
    return ""


def _unseen(seen: Seen, page: Refetch) -> str:
    """Why this one finding could not be looked for, though the page was read ("" if it was)."""
    if seen.kind in PHOTO_KINDS and not page.photos:
        return "it was in one of the page's photos, which are fetched only with --photos"
    return ""


def kind_words(kind: str) -> str:
    """A kind in a few words, singular where it reads better ("phone number")."""
    singular = {"phone": "phone number", "email": "e-mail address", "address": "home address",
                "photo_location": "photo location", "location": "location"}  # fmt: skip
    return singular.get(kind, KIND_TITLES.get(kind, kind).lower())


def describe_check(check: FindingCheck) -> str:
    """One line for one finding, with its value masked (a terminal others may see)."""
    marked = f" (you marked it {STATUS_WORDS[check.status]})" if check.status != "todo" else ""
    if check.outcome == "still there" and check.found is not None:
        where = part_words(check.found.field)
        value = mask(check.kind, check.found.value)
        if check.status == "fixed":
            return f"still there, though marked fixed: {kind_words(check.kind)} “{value}” in {where}"
        return f"still there: {kind_words(check.kind)} “{value}” in {where}{marked}"
    if check.outcome == "could not check":
        return f"could not check: {kind_words(check.kind)}{marked}: {check.why}"
    return f"gone: {kind_words(check.kind)}{marked}; recorded as checked gone"


def describe(result: PageCheck, today: date | None = None) -> str:
    """What the check found on one page, in plain words, for the terminal."""
    day = (today or date.today()).isoformat()
    lines = [f"{result.url}: checked again on {day}, as a stranger sees it."]
    if result.problem and not result.checks:
        lines.append(f"  could not check this page: {result.problem}")
    if not result.checks and not result.problem:
        lines.append(
            "  none of your saved findings came from this page: is it the address you scanned? "
            "(scan it with `profile-audit scan ADDRESS --state` to keep your progress on it)"
        )
    lines += [f"  {describe_check(check)}" for check in result.checks]
    if result.new:
        lines.append(
            f"  also on the page: {len(result.new)} finding{'s' if len(result.new) != 1 else ''} not in your "
            "saved progress; see them with `profile-audit scan ADDRESS --state`"
        )
    counts = [f"{len(result.of(outcome))} {outcome}" for outcome in OUTCOMES if result.of(outcome)]
    if counts:
        lines.append(f"  in all: {', '.join(counts)}.")
    return "\n".join(lines)
