"""A likely home and a likely workplace, from where the person's photos and posts pile up.

Each position found in a scan (a photo's GPS, a geotagged post, a check-in) is one sighting.
Sightings within about 150 m of one point (`clusters`) that fall mostly in the evenings and at
weekends show where the person lives (clause 2.3.2): they become one `address` finding, in
words ("23 photos taken within 150 m of one point, mostly in the evenings, near Fernside").
Those that fall mostly in school hours in term time show where they work (clause 2.3.13): a
`school` finding.  This needs every position of the scan, so it runs once at the end of it
(`with_places`, called by `audit.pipeline.scan`), after the per-item detectors.

The evidence is told in the finding's explanation (how many, on how many days, at what times)
and each position of the cluster is re-worded to say it is near that home or workplace.
Nothing is fetched and no map is drawn: the place name comes from `detectors.places`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from audit.model import Finding, fingerprint
from audit.places.clusters import RADIUS_M, Cluster, Sighting, clusters
from audit.places.times import Moment, is_evening, local_time, moment
from detectors.address import AddressDetector
from detectors.base import Explanation
from detectors.photo_location import TAKEN_CUE, TAKEN_FORMAT
from detectors.places import distance_words, place_words, position_of
from detectors.school import SchoolDetector

MIN_DAYS = 2
"""A cluster on one day only is an outing (a wedding, a trip), not a home or a workplace."""
MIN_SHARE = 0.6
"""At least this share of the timed sightings must fall in home time (or school time)."""
LIKELY_SIGHTINGS, LIKELY_DAYS, LIKELY_SHARE = 5, 3, 0.75
EXPOSURE = ("public", "followers", "friends", "custom", "unknown", "only_me")
"""Who can see it, most exposed first: a cluster is as visible as its most visible sighting."""
_NOUNS = {"photo": ("photo", "photos"), "post": ("post", "posts"), "check-in": ("check-in", "check-ins")}


@dataclass(frozen=True, slots=True)
class Role:
    """What a cluster may reveal, and how a finding about it is worded."""

    name: str
    kind: str
    clauses: tuple[str, ...]
    moment: Moment
    summary: str
    near: str


HOME = Role(
    "home",
    AddressDetector.kind,
    AddressDetector.clauses,
    Moment.HOME,
    "a likely home",
    "from where you post most in the evenings and at weekends",
)
WORKPLACE = Role(
    "workplace",
    SchoolDetector.kind,
    SchoolDetector.clauses,
    Moment.SCHOOL,
    "a likely workplace",
    "from where you post most in school hours",
)


def with_places(findings: list[Finding]) -> list[Finding]:
    """The findings, with each position in a likely home or workplace re-worded to say so, and
    one `address` or `school` finding per such place after them."""
    sightings = list(_sightings(findings))
    if len(sightings) < 3:
        return findings
    near: dict[str, str] = {}
    added: list[Finding] = []
    for cluster in clusters(sightings):
        role = _role(cluster)
        if role is None:
            continue
        added.append(_finding(cluster, role, findings))
        for sighting in cluster.sightings:
            near[sighting.key] = f"{distance_words(cluster.distance_m(sighting) / 1000)} {role.near}"
    reworded = [
        replace(finding, place=f"{near[finding.id]}; {finding.place}" if finding.place else near[finding.id])
        if finding.id in near
        else finding
        for finding in findings
    ]
    return reworded + added


def _sightings(findings: Iterable[Finding]) -> Iterable[Sighting]:
    """One sighting per item and spot: four photos of one post at one place count once."""
    seen: set[tuple[str, str, str]] = set()
    for finding in findings:
        if finding.kind not in ("photo_location", "location"):
            continue
        position = position_of(finding.value)
        if position is None:
            continue
        spot = f"{position[0]:.3f},{position[1]:.3f}"
        if finding.item_id is not None:
            if (finding.platform, finding.item_id, spot) in seen:
                continue
            seen.add((finding.platform, finding.item_id, spot))
        what = "photo" if finding.kind == "photo_location" else "check-in" if finding.section == "checkin" else "post"
        yield Sighting(*position, _when(finding), what, finding.id)


def _when(finding: Finding) -> datetime | None:
    """The time the camera wrote, else the time of the post."""
    for cue in finding.explanation.cues if finding.explanation else ():
        if cue.startswith(TAKEN_CUE):
            try:
                return datetime.strptime(cue.removeprefix(TAKEN_CUE), TAKEN_FORMAT)
            except ValueError:
                break
    return finding.created_at


def _role(cluster: Cluster) -> Role | None:
    """Home, workplace, or neither (too few days, too few timed sightings, no clear pattern)."""
    timed = [sighting.when for sighting in cluster.sightings if sighting.when is not None]
    if len(timed) < 3 or len({local_time(when).date() for when in timed}) < MIN_DAYS:
        return None
    moments = Counter(moment(when) for when in timed)
    for role in (HOME, WORKPLACE):
        if moments[role.moment] / len(timed) >= MIN_SHARE:
            return role
    return None


def _finding(cluster: Cluster, role: Role, findings: list[Finding]) -> Finding:
    """The `address` or `school` finding that tells the person what the cluster gives away."""
    timed = [sighting.when for sighting in cluster.sightings if sighting.when is not None]
    matching = sum(moment(when) is role.moment for when in timed)
    share = matching / len(timed)
    days = len({local_time(when).date() for when in timed})
    likely = len(cluster.sightings) >= LIKELY_SIGHTINGS and days >= LIKELY_DAYS and share >= LIKELY_SHARE
    place = place_words(cluster.latitude, cluster.longitude)
    times = _times_words(role, timed)
    sentence = f"{_counted(cluster.sightings)} within {RADIUS_M:.0f} m of one point, mostly {times}"
    sentence += f", {place}" if place else ""
    when_words = "in the evenings or at weekends" if role is HOME else "in school hours in term time"
    cues = (f"{matching} of {len(timed)} {when_words}", f"on {days} different days", _span(timed))
    rule = f"photos and posts gathered within {RADIUS_M:.0f} m, mostly {times}: {role.summary}"
    members = {sighting.key for sighting in cluster.sightings}
    sources = [finding for finding in findings if finding.id in members]
    value = f"{cluster.latitude:.3f}, {cluster.longitude:.3f}"
    identity = f"places:{role.name}"
    return Finding(
        id=fingerprint(role.kind, value, identity),
        kind=role.kind,
        clauses=role.clauses,
        platform=_most_common(finding.platform for finding in sources),
        item_id=None,
        file=_most_common(finding.file for finding in sources),
        field="position",
        value=value,
        excerpt=sentence,
        confidence=0.85 if likely else 0.65,
        visibility=min((finding.visibility for finding in sources), key=_exposure),
        created_at=max((f.created_at for f in sources if f.created_at), key=local_time, default=None),
        rule=rule,
        section=_most_common(finding.section for finding in sources),
        tier="likely" if likely else "worth a look",
        explanation=Explanation("rule", rule, cues),
        legacy_id=fingerprint(role.kind, value, identity),
        place_id=fingerprint(role.kind, "", identity),
        place=place,
    )


def _counted(sightings: list[Sighting]) -> str:
    """ "23 photos taken", "5 photos and 2 posts": what the cluster is made of."""
    counts = Counter(sighting.what for sighting in sightings)
    parts = [f"{count} {_NOUNS[what][count != 1]}" for what, count in counts.most_common()]
    if len(parts) == 1:
        return parts[0] + (" taken" if "photo" in parts[0] else "")
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _times_words(role: Role, timed: list[datetime]) -> str:
    if role is WORKPLACE:
        return "in school hours"
    evenings = sum(is_evening(when) for when in timed)
    weekends = sum(local_time(when).weekday() >= 5 and not is_evening(when) for when in timed)
    if evenings >= 2 * weekends:
        return "in the evenings"
    if weekends >= 2 * evenings:
        return "at weekends"
    return "in the evenings and at weekends"


def _span(timed: list[datetime]) -> str:
    first, last = (local_time(when) for when in (min(timed, key=local_time), max(timed, key=local_time)))
    same = (first.year, first.month) == (last.year, last.month)
    return f"in {first:%B %Y}" if same else f"from {first:%B %Y} to {last:%B %Y}"


def _most_common(values: Iterable[str]) -> str:
    counted = Counter(values).most_common(1)
    return counted[0][0] if counted else ""


def _exposure(visibility: str) -> int:
    return EXPOSURE.index(visibility) if visibility in EXPOSURE else len(EXPOSURE)
