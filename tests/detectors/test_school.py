"""School detector: candidates (the configured school in every spelling, any school-shaped name), the
named filters and the learned judgement of whose school it is, end to end on invented texts."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance, SchoolProfile, Section
from detectors.school import SchoolDetector
from detectors.school_names import FUZZY_THRESHOLD, core, display, key, same_school, spellings
from tests.conftest import text_item

ST_AIDANS = SchoolProfile(
    name="St Aidan's C of E Primary School",
    aliases=("St Aidan's Primary", "St Aidans Brackenford", "St Aidan's CofE Primary"),
    domains=("staidans.example.org",),
    town="Brackenford",
    handles=("StAidansBrackenford", "brackenford_pri"),
)
NAME = ST_AIDANS.name

# (text, section, words of the rule that must fire, evidence as written)
PROFILE_FOUND: list[tuple[str, Section, str, str]] = [
    ("Fundraiser at St Aidans CofE Primary on Friday", "post", "the school's name", "St Aidans CofE Primary"),
    (
        "Saint Aidan’s Church of England Primary School fair",
        "post",
        "the school's name",
        "Saint Aidan’s Church of England Primary School",
    ),
    ("St. Aidan's C.E. Primary nativity", "post", "the school's name", "St. Aidan's C.E. Primary"),
    ("ST AIDANS PRIMARY IS HIRING", "post", "the school's name", "ST AIDANS PRIMARY"),
    ("st aidan's c of e primary school fayre", "post", "the school's name", "st aidan's c of e primary school"),
    ("Harvest festival at St Aidan's today", "post", "the school's short name", "St Aidan's"),
    ("Year 4 teacher at St Aidan's | fell runner", "profile", "the school's short name", "St Aidan's"),
    ("Follow @brackenford_pri for term dates", "post", "the school's handle or hashtag", "@brackenford_pri"),
    ("#StAidansBrackenford sports day", "post", "the school's handle or hashtag", "#StAidansBrackenford"),
    ("#StAidansPrimary reading week", "post", "a hashtag with the school's name", "#StAidansPrimary"),
    ("#StAidans100 centenary week", "post", "a hashtag with the school's name", "#StAidans100"),
    ("#TeamStAidans sports day", "post", "a hashtag with the school's name", "#TeamStAidans"),
    ("Loving my new job at St Aiden's Primary", "post", "a close spelling of the school's name", "St Aiden's Primary"),
    ("Staff meeting at St Aiden's till 5", "post", "a close spelling of the school's short name", "St Aiden's"),
]

PROFILE_NOT_FOUND: list[tuple[str, Section]] = [
    ("St Aidan's Church flower festival", "post"),
    ("St Aidan's Road is closed again", "post"),
    ("St Aidan's Hospice fun run", "post"),
    ("Happy feast of St Aidan, patron of Northumbria", "post"),
    ("Aidan's birthday party was chaos", "post"),
    ("Visiting St Albans Primary School", "post"),
    ("Brackenford parkrun this morning", "post"),
    ("Brackenford Primary have a new playground", "post"),
    ("St Anne's Primary beat us at netball", "post"),
]

# (text, section, value, words of the rule): any school named as the writer's workplace
WORKPLACE_FOUND: list[tuple[str, Section, str, str]] = [
    ("I work at Oakhurst Academy", "post", "Oakhurst Academy", "a school named as their workplace"),
    ("Proud to teach at Millbrook Community Primary School", "post", "Millbrook Community Primary School", "workplace"),
    ("Year 6 teacher @ Westfield Junior School", "profile", "Westfield Junior School", "workplace"),
    ("TA at Hollins Lane Infant School. Mum of 3.", "profile", "Hollins Lane Infant School", "workplace"),
    ("Just started at Kirkby Vale High School", "post", "Kirkby Vale High School", "workplace"),
    ("Joined the team at Moorside Academy", "post", "Moorside Academy", "workplace"),
    ("I've worked at Northfield College for 12 years", "post", "Northfield College", "workplace"),
    ("Working at Brook Street Primary is the best", "post", "Brook Street Primary", "workplace"),
    ("Headteacher of Ashdown Primary Academy", "profile", "Ashdown Primary Academy", "beside a role"),
    ("Headteacher, Harewood Infant School", "profile", "Harewood Infant School", "beside a role in a profile field"),
    ("Deputy Head | Greenbank Primary | Brackenford", "profile", "Greenbank Primary", "beside a role"),
    ("Oakhurst Academy", "profile", "Oakhurst Academy", "a school as a whole profile field"),
]

NOT_FOUND: list[tuple[str, Section]] = [
    ("Old school trainers are back", "post"),
    ("School run done, coffee time", "post"),
    ("School holidays already and I'm out of ideas", "post"),
    ("Old School Tie pub quiz tonight", "post"),
    ("Sunday School picnic after the service", "post"),
    ("Booked lessons with Brackenford Driving School", "post"),
    ("Teacher at Brackenford Driving School", "profile"),
    ("Dance Academy showcase tonight", "post"),
    ("Oakhurst Academy won the U12 cup!", "post"),
    ("I work with Oakhurst Academy FC on Sundays", "post"),
    ("My son starts at Millbrook Primary School on Monday", "post"),
    ("She works at Millbrook Primary School", "post"),
    ("I went to Kirkby Vale High School in the 90s", "post"),
    ("Old boy of Thornbury High School", "profile"),
    ("Mum of 2 | Millbrook Primary PTA chair", "profile"),
    ("High School Musical marathon", "post"),
    ("Retired primary headteacher", "profile"),
    ("Trainee teacher (PGCE primary), Leeds", "profile"),
    ("Primary colours only in this house", "post"),
]


def _configured(text: str, section: Section = "post") -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.found_as) for c in SchoolDetector(ST_AIDANS).find(text_item(text, section=section))
            if c.configured]  # fmt: skip


@pytest.mark.parametrize(("text", "section", "rule", "evidence"), PROFILE_FOUND)
def test_finds_the_configured_school_in_any_spelling(text: str, section: Section, rule: str, evidence: str) -> None:
    assert _configured(text, section) == [(evidence, rule)]


@pytest.mark.parametrize(("text", "section"), PROFILE_NOT_FOUND)
def test_saints_streets_and_other_schools_are_not_the_configured_school(text: str, section: Section) -> None:
    assert _configured(text, section) == []


@pytest.mark.parametrize(("text", "section"), NOT_FOUND)
def test_refuses_clubs_pupils_parents_and_other_trades(text: str, section: Section) -> None:
    for profile in (None, ST_AIDANS):
        assert SchoolDetector(profile).detect(text_item(text, section=section)) == [], profile


@pytest.mark.parametrize(("text", "section", "value", "rule"), WORKPLACE_FOUND)
def test_a_workplace_finding_names_the_school_and_says_why(text: str, section: Section, value: str, rule: str) -> None:
    for profile in (None, ST_AIDANS):
        for match in SchoolDetector(profile).detect(text_item(text, section=section)):
            assert match.value == value
            assert match.clauses == ("2.3.13",)
            assert match.explanation is not None and match.explanation.signal in ("classifier", "rule")
            assert text[match.start : match.end] == value or match.start == match.end == 0


def test_most_plainly_stated_workplaces_are_found() -> None:
    """A learned judgement misses some clear cases (one of these, when this was written): the floor
    is that nearly all are found, and the frozen test split measures the rest."""
    found = sum(
        bool(SchoolDetector().detect(text_item(text, section=section))) for text, section, *_ in WORKPLACE_FOUND
    )
    assert found >= len(WORKPLACE_FOUND) - 2


def test_the_configured_school_in_a_staff_post_is_found() -> None:
    (match,) = SchoolDetector(ST_AIDANS).detect(text_item("Back to St Aidan's tomorrow, Year 4 are ready for me"))
    assert match.value == NAME and match.tier in ("likely", "worth a look")


def test_the_short_name_without_a_profile_is_only_a_name() -> None:
    for match in SchoolDetector().detect(text_item("Year 4 teacher at St Aidan's", section="profile")):
        assert match.value == "St Aidan's"


def test_checkin_place_counts() -> None:
    def checkin(place: str) -> Item:
        return Item(
            Provenance("facebook", "checkins.json", "9", "place", "checkin"),
            text="Staff INSET day, lanyards on",
            place=place,
        )

    (ours,) = SchoolDetector(ST_AIDANS).detect(checkin("St Aidan's CofE Primary"))
    assert ours.value == NAME and ours.start == ours.end == 0
    assert SchoolDetector(ST_AIDANS).detect(checkin("Oakhurst Leisure Centre")) == []


def test_a_check_in_suffix_is_held_to_worth_a_look() -> None:
    for match in SchoolDetector().detect(
        text_item("Year 6 leavers assembly done, not a dry eye @ Ellerby Junior School")
    ):
        assert match.tier == "worth a look"
        assert match.explanation is not None and "check-in suffix" in match.explanation.filters


FUZZY = [
    ("aiden", "aidan", True),  # one vowel slip: 80
    ("oakhirst", "oakhurst", True),  # 87.5
    ("brakenford", "brackenford", True),  # a dropped letter
    ("alban", "aidan", False),  # another saint: 60
    ("oakhill", "oakhurst", False),  # another place: 53
    ("adam", "aidan", False),  # short keys must be exact
    ("ash", "ask", False),
    ("brackenford", "aidan brackenford", False),  # the town alone is not the school
]


@pytest.mark.parametrize(("candidate", "school", "same"), FUZZY)
def test_fuzzy_threshold(candidate: str, school: str, same: bool) -> None:
    assert (same_school(candidate, school) >= FUZZY_THRESHOLD) is same


def test_spellings_cover_church_saint_and_possessive_forms() -> None:
    forms = {form.lower() for form in spellings(NAME)}
    for written in (
        "st aidan's c of e primary school",
        "st aidans cofe primary",
        "saint aidan's church of england primary school",
        "st. aidan's ce primary",
        "st aidan's primary school",
    ):
        assert written in forms
    assert "st aidan" not in {form.lower() for form in spellings("St Aidan's", bare=False)}


def test_names_reduce_to_their_distinctive_words() -> None:
    assert core(NAME) == "St Aidan's"
    assert key("St. Aidan’s CE Primary Academy") == key(NAME) == "aidan"
    assert display("ST AIDANS C OF E primary school") == "St Aidans C of E Primary School"
    assert display("millbrook community primary school") == "Millbrook Community Primary School"


def test_the_gate_keeps_ordinary_posts_from_spacy() -> None:
    detector = SchoolDetector(ST_AIDANS)
    assert not detector.wants(text_item("Lovely walk along the canal, herons out"))
    assert detector.wants(text_item("Staff meeting at St Aiden's"))
    assert detector.wants(text_item("follow @brackenford_pri"))


def test_the_gate_never_drops_a_text_with_a_candidate() -> None:
    from training.corpus import lines

    rows = list(lines(split="train"))[:1500]  # a large sample of varied text, not assertions
    for profile in (None, ST_AIDANS):
        detector = SchoolDetector(profile)
        items = [text_item(row.text, section=row.section) for row in rows]  # type: ignore[arg-type]
        found = detector.find_batch(items)  # bypasses the gate
        missed = [
            item.text for item, candidates in zip(items, found, strict=True) if candidates and not detector.wants(item)
        ]
        assert sum(1 for candidates in found if candidates) > 200
        assert missed == []


def test_a_school_in_an_education_field_is_where_they_studied() -> None:
    def field(name: str) -> Item:
        provenance = Provenance("facebook", "profile_information.json", None, name, "profile")
        return Item(provenance, text="Brackenford High School")

    assert SchoolDetector().detect(field("education_experiences.name")) == []
    (match,) = SchoolDetector().detect(field("work_experiences.employer"))
    assert match.value == "Brackenford High School"
