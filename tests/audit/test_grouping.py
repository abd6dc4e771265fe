"""One decision for many: findings of one kind and value form a group; sorting and searching.
Issue 14, points 3 and 7 (the core, without the app)."""

from __future__ import annotations

from datetime import UTC, datetime

from audit.grouping import (
    MIXED,
    count_words,
    group_findings,
    group_key,
    group_status,
    group_title,
    matches,
    sort_findings,
    status_counts,
)
from audit.model import Finding, make_finding
from audit.state import AuditState
from detectors.base import Item, Match, Provenance, Section

SCHOOL = ("2.3.13",)


def school(
    value: str,
    item_id: str,
    *,
    platform: str = "x",
    section: Section = "post",
    field: str = "full_text",
    visibility: str = "public",
    day: int | None = 1,
) -> Finding:
    text = f"Back to {value} tomorrow, the kids will be glad"
    start = text.index(value)
    when = datetime(2020, 1, day, tzinfo=UTC) if day else None
    where = Provenance(platform, "data/tweets.js", item_id, field, section, when, visibility)  # type: ignore[arg-type]
    match = Match("school", value, start, start + len(value), 0.9, "school named", SCHOOL)
    return make_finding(Item(where, text=text), match)


def phone(item_id: str, day: int | None, platform: str = "x") -> Finding:
    text = f"ring me on 07700 900{item_id[-3:]} after six"
    start = text.index("07700")
    when = datetime(2019, 6, day, tzinfo=UTC) if day else None
    where = Provenance(platform, "data/tweets.js", item_id, "full_text", "post", when, "public")
    match = Match("phone", f"+447700900{item_id[-3:]}", start, start + 12, 0.95, "UK mobile", ("2.3.2",))
    return make_finding(Item(where, text=text), match)


def test_thirty_eight_posts_naming_the_school_are_one_group() -> None:
    posts = [school("St Aidan's", f"1100000000000000{n:03}") for n in range(38)]
    spelt = school("st  aidan’s", "1100000000000000900")  # other case, spacing and a curly quote
    other = school("Oakhurst Primary", "1100000000000000901")
    groups = group_findings([*posts, spelt, other])
    assert [len(group) for group in groups] == [39, 1]
    first = groups[0]
    assert first.first is posts[0] and first.value == "St Aidan's"
    assert group_title(first) == "The school where you work: St Aidan's, in 39 posts"
    assert group_key(spelt) == group_key(posts[0]) != group_key(other)


def test_different_kinds_with_the_same_words_stay_apart() -> None:
    a = school("Larkspur", "1")
    b = make_finding(
        Item(Provenance("x", "data/tweets.js", "2", "full_text", "post", None, "public"), text="Larkspur"),
        Match("address", "Larkspur", 0, 8, 0.9, "street", ("2.3.2",)),
    )
    assert len(group_findings([a, b])) == 2


def test_count_words_name_the_place_when_all_are_alike() -> None:
    posts = group_findings([school("Elmstead", "1"), school("Elmstead", "2")])[0]
    assert count_words(posts) == "2 posts"
    mixed = group_findings([school("Elmstead", "1"), school("Elmstead", "3", section="profile", field="bio")])[0]
    assert count_words(mixed) == "2 places"
    comments = group_findings(
        [school("Elmstead", str(n), platform="facebook", section="comment", field="comment") for n in (4, 5, 6)]
    )[0]
    assert count_words(comments) == "3 comments"


def test_a_group_decision_is_recorded_for_each_member() -> None:
    posts = [school("St Aidan's", str(n)) for n in range(5)]
    state = AuditState()
    group = group_findings(posts)[0]
    for member in group.members:
        state.decide(member, "fixed")
    assert status_counts(group, lambda f: state.status_of(f.id)) == {"fixed": 5}
    assert group_status(state.status_of(f.id) for f in posts) == "fixed"
    state.decide(posts[2], "dismissed")
    assert group_status(state.status_of(f.id) for f in posts) == MIXED


def test_sorting_by_risk_date_or_platform() -> None:
    old, new, undated = phone("101", 1), phone("102", 20), phone("103", None)
    facebook = phone("104", 5, platform="facebook")
    everything = [undated, old, facebook, new]
    assert sort_findings(everything, "newest")[:3] == [new, facebook, old]
    assert sort_findings(everything, "newest")[-1] is undated
    assert sort_findings(everything, "oldest")[:3] == [old, facebook, new]
    assert sort_findings(everything, "platform")[0] is facebook  # Facebook before X (Twitter)
    assert sort_findings(everything, "risk") == sort_findings(everything)


def test_search_looks_at_the_value_the_words_and_the_place() -> None:
    found = phone("612", 3)
    assert matches(found, "")
    assert matches(found, "+447700900612")
    assert matches(found, "07700 900612")  # as written at home
    assert matches(found, "RING after")  # the words around it, any case
    assert matches(found, "post 2019")  # where: "a post, 3 June 2019"
    assert matches(found, "twitter")
    assert not matches(found, "facebook")
    assert not matches(found, "ring facebook")  # every word must be there
