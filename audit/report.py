"""Turn a scan into what the person reads: the JSON contract and a grouped text summary.

The JSON contract, `profile-audit.findings/1`: `{"schema", "sources": [{source, platform,
items, unreadable: [{path, reason}]}], "findings": [...]}`, each finding as `Finding.to_json`
spells it, riskiest first.

Minor version `profile-audit.findings/1.1` (written when the saved progress is known: the
app's export, `profile-audit report --json`) is 1 with four more keys on every finding:
`status` ("todo", "fixed", "accepted", "dismissed" or "snoozed"), `reason` (why it was
accepted or dismissed, "" if none; scrubbed of contact details like the progress file),
`decided` (ISO date of the decision, null if none) and `snoozed_until` (ISO date, null).
Nothing is renamed or removed, so a reader of 1 that ignores keys it does not know keeps
working; readers should accept any schema that starts with `profile-audit.findings/1`
(the major version), as a 2 would be the one to break them.  Without saved progress the
document stays exactly 1.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC
from typing import Any

from audit.fetchers import platform_titles
from audit.model import Finding
from audit.pipeline import ScanResult
from audit.state import AuditState
from audit.visibility import how_to_check
from audit.wording import audience, audience_words_short, clause_words, percent_sure, where

SCHEMA = "profile-audit.findings/1"
SCHEMA_WITH_STATUS = "profile-audit.findings/1.1"
"""The minor version with each finding's status and reason (see the module docstring)."""
KIND_TITLES = {
    "phone": "Personal phone numbers",
    "email": "Personal e-mail addresses",
    "address": "Home address",
    "job_title": "Job title or profession",
    "school": "The school where you work",
    "photo_location": "Photo locations",
    "location": "Locations attached to posts",
    "photo_text": "Text inside photos",
    "photo_content": "Photo content",
}
VISIBILITY_RISK = {"public": 0, "unknown": 1, "friends": 2, "followers": 2, "custom": 3, "only_me": 4}
"""Lower is riskier: what strangers can see comes first."""
_UNDATED = float("-inf")


def to_json(result: ScanResult, state: AuditState | None = None) -> dict[str, Any]:
    """The `profile-audit.findings/1` document, or 1.1 with statuses when `state` is given."""
    return {
        "schema": SCHEMA if state is None else SCHEMA_WITH_STATUS,
        "sources": sources_json(result),
        "findings": [finding_json(finding, state) for finding in sort_by_risk(result.findings)],
    }


def sources_json(result: ScanResult) -> list[dict[str, Any]]:
    return [
        {
            "source": report.source,
            "platform": report.platform,
            "items": report.items,
            "unreadable": [{"path": u.path, "reason": u.reason} for u in report.unreadable],
        }
        for report in result.sources
    ]


def decision_json(state: AuditState, finding_id: str) -> dict[str, Any]:
    """The four keys 1.1 adds to a finding: its status, reason and dates."""
    decision = state.decisions.get(finding_id)
    status = state.status_of(finding_id)
    return {
        "status": status,
        "reason": decision.reason if decision else "",
        "decided": (decision.updated or None) if decision else None,
        "snoozed_until": decision.snooze_until if decision and status == "snoozed" else None,
    }


def dumps(result: ScanResult, state: AuditState | None = None) -> str:
    return json.dumps(to_json(result, state), indent=2, ensure_ascii=False)


def finding_json(finding: Finding, state: AuditState | None = None) -> dict[str, Any]:
    """One finding of the document: 1, or 1.1 with its status when `state` is given."""
    document = finding.to_json()
    if state is not None:
        document.update(decision_json(state, document["id"]))
    return document


def sort_by_risk(findings: list[Finding]) -> list[Finding]:
    """Public before private, likely before worth a look, surer before less sure, then oldest first.

    The order of `risk_key`, made in three stable passes on one number each (the date, then how
    sure, then audience and tier): at 100,000 findings that is several times faster than one pass
    comparing tuples, and it is on the way to the app's first paint of a big scan.
    """
    ordered = sorted(findings, key=_moment)
    ordered.sort(key=_unsure)
    ordered.sort(key=_exposure)
    return ordered


def risk_key(finding: Finding) -> tuple[int, bool, float, float]:
    """What `sort_by_risk` orders by (ties keep the scan's order); undated findings come first
    among equals, and a date without a zone is read as UTC (as `fetchers.timestamps` does)."""
    return (VISIBILITY_RISK.get(finding.visibility, 1), finding.tier != "likely", -finding.confidence, _moment(finding))


def _exposure(finding: Finding) -> int:
    return VISIBILITY_RISK.get(finding.visibility, 1) * 2 + (finding.tier != "likely")


def _unsure(finding: Finding) -> float:
    return -finding.confidence


def _moment(finding: Finding) -> float:
    """Seconds since 1970 (no date formatted per finding), -inf for an undated finding."""
    moment = finding.created_at
    if moment is None:
        return _UNDATED
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def summary(result: ScanResult) -> str:
    """A readable report grouped by kind; values are shown, since this is the person's own data."""
    titles = platform_titles()
    lines = summary_head(result)
    if not result.findings:
        lines.extend(no_findings(result))
        return "\n".join(lines)
    grouped: dict[str, list[Finding]] = defaultdict(list)
    unknown_platforms: list[str] = []
    for finding in sort_by_risk(result.findings):
        grouped[finding.kind].append(finding)
    for kind, findings in grouped.items():
        lines.append("")
        lines.append(kind_heading(kind, len(findings), findings[0].clauses))
        for finding in findings:
            lines.extend(finding_lines(finding, titles))
            if finding.visibility == "unknown" and finding.platform not in unknown_platforms:
                unknown_platforms.append(finding.platform)
    lines.extend(summary_footer(unknown_platforms, Counter(f.visibility for f in result.findings)))
    return "\n".join(lines)


def no_findings(result: ScanResult) -> list[str]:
    unseen = any(report.unreadable for report in result.sources)
    return [
        "",
        "No findings in what could be read; see above for what could not be seen."
        if unseen
        else "No findings: nothing in these exports breaks the policy rules checked.",
    ]


def summary_head(result: ScanResult) -> list[str]:
    """The summary's first lines: what was read from each source and what could not be."""
    titles = platform_titles()
    lines: list[str] = []
    for report in result.sources:
        platform = titles.get(report.platform, report.platform)
        lines.append(f"Read {report.items:,} items from {report.source} ({platform})")
        for skipped in report.unreadable:
            lines.append(f"  could not read {skipped.path}: {skipped.reason}")
    return lines


def kind_heading(kind: str, count: int, clauses: tuple[str, ...]) -> str:
    return f"{KIND_TITLES.get(kind, kind)} — {count} (policy {clause_words(clauses)})"


def finding_lines(finding: Finding, titles: dict[str, str]) -> list[str]:
    """One finding in the summary: value, who sees it, where, the words around it, why."""
    sure = f"{finding.tier}, {percent_sure(finding.confidence)}% sure"
    seen = audience(finding.platform, finding.visibility, finding.section)
    lines = [
        f"  {finding.value}  [{seen}, {sure}]",
        f"    {titles.get(finding.platform, finding.platform)}: {where(finding)}",
    ]
    if finding.place:
        lines.append(f"    {finding.place}")
    if finding.excerpt:
        lines.append(f"    “{finding.excerpt}”")
    if finding.explanation:
        lines.append(f"    why: {finding.why}")
    return lines


def summary_footer(unknown_platforms: list[str], counts: Counter[str]) -> list[str]:
    """Where to check who sees the 'unknown' findings, then the count by audience."""
    titles = platform_titles()
    lines: list[str] = []
    for platform in unknown_platforms:
        lines.append("")
        lines.append(
            f"Who can see the {titles.get(platform, platform)} findings whose audience is not known? {how_to_check(platform)}"
        )
    lines.append("")
    lines.append(
        f"{sum(counts.values())} findings: "
        + ", ".join(
            f"{n} {audience_words_short(v)}"
            for v, n in sorted(counts.items(), key=lambda kv: VISIBILITY_RISK.get(kv[0], 1))
        )
    )
    return lines
