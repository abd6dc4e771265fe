"""A byline gives its author's school role ("Written by Jo Bell, Deputy Head"): `role_context.BYLINE`."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.filters import SOMEONE_NAMED
from detectors.job_title import JobTitleDetector


def _jobs(text: str) -> list[tuple[str, str]]:
    item = Item(Provenance("x", "tweets.js", "1", "text"), text=text)
    return [(m.value, m.tier or "") for m in JobTitleDetector().detect(item)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Background from Morwenna Tidy, Headteacher and Ash Crewe, senior leader", "headteacher"),
        ("Written by Jo Bell, Deputy Headteacher", "deputy headteacher"),
        ("A blog by Dr Imran Sethi, Head of Science at Bramblecote Academy", "head of science"),
        ("Background from Tamsin Orrell, OBE, Director of Education", "director of education"),  # honours, a comma
    ],
)
def test_a_byline_gives_the_authors_role(text: str, role: str) -> None:
    found = _jobs(text)
    assert [value for value, _ in found] == [role]
    assert found[0][1] in ("likely", "worth a look")


@pytest.mark.parametrize(
    "text",
    [
        "Photos by Jo Bell, art teacher at Fernbrook, who ran the club",  # a credit, not a byline
        "Lovely card today from Jo Bell, a Year 2 teacher at my son's school",  # someone the writer names
    ],
)
def test_credits_and_third_persons_are_not_bylines(text: str) -> None:
    assert all(tier != "likely" for _, tier in _jobs(text))
    assert not any("byline" in str(m.explanation) for m in _matches(text))


def _matches(text: str) -> list[object]:
    return list(JobTitleDetector().detect(Item(Provenance("x", "tweets.js", "1", "text"), text=text)))


def test_someone_named_keeps_third_persons_but_not_an_author() -> None:
    third = "Great talk from Jo Bell, a TA at Fernbrook"
    assert SOMEONE_NAMED(third, third.index("TA"), third.index("TA") + 2)
    byline = "Written by Jo Bell, Deputy Head"
    assert not SOMEONE_NAMED(byline, byline.index("Deputy"), len(byline))
