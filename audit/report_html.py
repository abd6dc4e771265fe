"""The report a person keeps: one self-contained HTML page of a scan and their decisions.

After the walk-through people want something to keep ("I reviewed my profiles on joining",
clause 2.3.3) or to show, and an IT lead wants a handout.  The page is one file that needs
nothing else, ever: CSS and the chart (SVG) inline, photos as small thumbnails in `data:` URIs,
re-encoded so their EXIF position is not carried along, and a Content-Security-Policy that lets
it fetch nothing and run no script.  Jinja2 escapes everything the person's exports put in it,
so post text with `<script>` in it is shown, never run.  `build` makes the page's data (`audit.report_page`) from a
scan and the saved progress, `build_from_state` from the progress alone (which holds no values:
see `audit.state`); `render` makes the page; `write` saves it 0600, atomically.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup

from audit.fetchers import fetchers, platform_titles
from audit.guidance import guidance_for
from audit.model import Finding
from audit.paths import write_private
from audit.pipeline import ScanResult
from audit.policy import clause_text
from audit.recheck import Recheck, recheck
from audit.redact import Redactor, masked_value, source_name
from audit.report import KIND_TITLES, sort_by_risk
from audit.report_media import post_link, thumbnails
from audit.report_page import Entry, Group, Report, Section
from audit.sources import Source
from audit.state import AuditState
from audit.visibility import explain, how_to_check
from audit.wording import STATUS_WORDS, audience, date_words, place_of

_MARKDOWN = MarkdownIt("commonmark", {"html": False})
"""The fix guides are ours, but raw HTML in them is escaped all the same."""


def build(
    result: ScanResult,
    state: AuditState | None = None,
    *,
    redact: bool = False,
    sources: Sequence[Source] = (),
    school: str = "",
    demo: str | None = None,
    since: Recheck | None = None,
    today: date | None = None,
) -> Report:
    """The page's data for a scan; statuses and reasons from `state`; photos re-read from `sources`.

    `since` says what has gone since the previous scan; without it, it is worked out from a copy
    of `state` (the caller's state is never changed).
    """
    state = copy.deepcopy(state) if state is not None else AuditState()
    scanned = {source.platform for source in result.sources}
    if since is None and state.scans:
        since = recheck(state, result.findings, scanned=scanned)
    redactor = Redactor(result.findings) if redact else None
    photos = thumbnails(result.findings, sources, redact)
    report = Report(_day(today), redacted=redact, demo=demo, school=school, scans=list(state.scans))
    for source in result.sources:
        name = source_name(source.source) if redact or demo else source.source
        report.sources.append((name, _platform(source.platform), source.items))
        report.unreadable += [(name, skipped.path, skipped.reason) for skipped in source.unreadable]
    groups: dict[tuple[str, str], Group] = {}
    for finding in sort_by_risk(result.findings):
        entry = _entry(finding, state, redactor, photos.get((finding.platform, finding.file), ""))
        _group(groups, finding.platform, finding.kind).entries.append(entry)
    report.sections = _sections(groups)
    if since is not None and since.previous_scan and not result.cancelled:  # a half scan: all would look gone
        gone = Counter((seen.platform, seen.kind) for seen in since.fixed_since.values())
        report.gone_since = [f"{_kind(k)} on {_platform(p)}: {n}" for (p, k), n in sorted(gone.items())]
        report.previous_scan = since.previous_scan
    report.cannot_see = _cannot_see(result)
    return report


def _entry(finding: Finding, state: AuditState, redactor: Redactor | None, photo: str) -> Entry:
    status = state.status_of(finding.id)
    if redactor is not None:
        words = redactor.excerpt(finding)
        value, why = masked_value(finding.kind, finding.value), redactor.text(finding.why)
    else:
        start, end = finding.evidence or (len(finding.excerpt), len(finding.excerpt))
        words = (finding.excerpt[:start], finding.excerpt[start:end], finding.excerpt[end:])
        value, why = finding.value, finding.why
    note = _note(state, finding.id, redactor)
    if status == "fixed":
        note += " Still in this export: fine if it was downloaded before the fix, if not, look again."
    return Entry(
        STATUS_WORDS[status],
        value,
        words,
        where=place_of(finding).words,  # words, not file paths (a message folder can name the other person)
        date=date_words(finding.created_at) or "no date",
        audience=audience(finding.platform, finding.visibility, finding.section),
        public=finding.visibility == "public",
        audience_words=explain(finding.platform, finding.visibility),
        tier=finding.tier,
        why=why,
        clauses=", ".join(finding.clauses),
        note=note.strip(),
        link="" if redactor else post_link(finding),
        photo=photo,
    )


def _note(state: AuditState, finding_id: str, redactor: Redactor | None) -> str:
    """The decision in words, "" if there is none."""
    decision = state.decisions.get(finding_id)
    if decision is None or decision.status == "todo":
        return ""
    note = f"Marked {STATUS_WORDS[decision.status]}" + (f" on {decision.updated}." if decision.updated else ".")
    if decision.reason:
        note += f" Reason: {redactor.text(decision.reason) if redactor else decision.reason}"
    if decision.snooze_until and state.status_of(finding_id) == "snoozed":
        note += f" Comes back on {decision.snooze_until}."
    return note


def build_from_state(state: AuditState, *, redact: bool = False, today: date | None = None) -> Report:
    """The page from the saved progress alone: what was decided, by kind and platform.

    The progress file keeps fingerprints, kinds, platforms, dates, statuses and scrubbed
    reasons, never a value, so this page cannot show what was found, its words, who can see
    it, a link or a photo; it says so at the top.
    """
    report = Report(_day(today), from_state=True, redacted=redact, scans=list(state.scans))
    groups: dict[tuple[str, str], Group] = {}
    for finding_id, seen in sorted(state.seen.items(), key=lambda kv: kv[1].first_seen):
        gone = seen.last_scan != state.sources.get(seen.platform, len(state.scans))
        status = STATUS_WORDS[state.status_of(finding_id)]
        when = f"Found {seen.first_seen}" + (f" to {seen.last_seen}" if seen.last_seen != seen.first_seen else "")
        entry = Entry("gone" if gone and status == "to do" else status, when, clauses=", ".join(_clauses(seen.kind)))
        entry.note = (_note(state, finding_id, None) + (" Not found by the last scan." if gone else "")).strip()
        _group(groups, seen.platform, seen.kind).entries.append(entry)
    report.sections = _sections(groups)
    return report


def render(report: Report) -> str:
    """The page, every value escaped (Jinja2 autoescaping)."""
    environment = Environment(
        loader=PackageLoader("audit", "templates"), autoescape=True, undefined=StrictUndefined, trim_blocks=True
    )
    return environment.get_template("report.html.j2").render(report=report, statuses=STATUS_WORDS)


def write(path: Path, page: str) -> None:
    """Save the page readable by its owner only (0600), atomically: never half a report."""
    write_private(path, page.encode("utf-8"))


def _cannot_see(result: ScanResult) -> list[str]:
    notes = []
    if result.cancelled:
        notes.append("The scan was stopped before the end: this report shows only what was found until then.")
    for platform in dict.fromkeys(f.platform for f in result.findings if f.visibility == "unknown"):
        count = sum(f.platform == platform and f.visibility == "unknown" for f in result.findings)
        notes.append(f"Who can see {count} of the {_platform(platform)} findings: the export does not say. "
                     f"{how_to_check(platform)}")  # fmt: skip
    return notes


def _group(groups: dict[tuple[str, str], Group], platform: str, kind: str) -> Group:
    key = (platform, kind)
    if key not in groups:
        fix = Markup(_MARKDOWN.render(guidance_for(platform, kind)))  # html is off: anything raw is escaped
        groups[key] = Group(_kind(kind), [(n, clause_text(n)) for n in _clauses(kind)], fix)
    return groups[key]


def _sections(groups: dict[tuple[str, str], Group]) -> list[Section]:
    """Platforms in the tool's order, kinds in the policy's order of concern."""
    platform_order = [fetcher.platform for fetcher in fetchers()]
    kind_order = list(KIND_TITLES)
    sections: dict[str, Section] = {}
    for platform, kind in sorted(groups, key=lambda pk: (_rank(platform_order, pk[0]), _rank(kind_order, pk[1]))):
        sections.setdefault(platform, Section(_platform(platform))).groups.append(groups[(platform, kind)])
    return list(sections.values())


def _rank(order: list[str], name: str) -> int:
    return order.index(name) if name in order else len(order)


def _clauses(kind: str) -> tuple[str, ...]:
    from detectors import DETECTORS  # on first use: importing the report must not load spaCy

    return next((detector.clauses for detector in DETECTORS if detector.kind == kind), ())


def _platform(platform: str) -> str:
    return platform_titles().get(platform, platform)


def _kind(kind: str) -> str:
    return KIND_TITLES.get(kind, kind.replace("_", " ").capitalize())


def _day(today: date | None) -> str:
    day = today or date.today()
    return f"{day.day} {day:%B %Y}"
