"""Another organisation's voice (`role_org_voice.ANOTHER_ORGANISATIONS_VOICE`), on invented sentences: a hospital,
a gym, a firm or a shop speaking of its staff and training is not a school; a school's own shop, café or agency is."""

from __future__ import annotations

import pytest

from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.role_org_voice import ANOTHER_ORGANISATIONS_VOICE, another_organisations_voice


@pytest.mark.parametrize(
    "text",
    [
        "Our ward's new starters get a two-week induction and a buddy on every shift",
        "Our climbing wall's instructors ran 40 taster sessions for local schools this term",
        "Our accountancy firm's graduates mentor Year 10s at three schools in the city",
        "Our dance academy's students performed at the town hall and our teachers cried",
        "At Brightside Nurseries head office we've cut the paperwork for every setting",
        "Our company's first aiders now cover every floor, our staff asked for it",
        "We support 90 schools with our attendance software and our team loves it",
        "Our library service is closed on Monday for staff training",
        "We as parents found the new reading app really easy to follow",
        "We as Year 13 raised £900 for the hospice!",
    ],
)
def test_an_organisation_that_is_not_a_school(text: str) -> None:
    assert another_organisations_voice(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our school's breakfast club now feeds 60 children every morning",
        "Our sixth form café has a new coffee machine and the staff queue is out the door",
        "Our uniform shop is open on Thursdays after school for second-hand blazers",
        "Our hospital school's teachers follow each child's own school's curriculum",
        "Our charity week raised £400 and my class won the cake sale",
        "I'm a parent and a teacher, and we as parents can be terrifying at parents' evening",
        "Our church school's governors met tonight",
        "My gym has a new rowing machine",
    ],
)
def test_a_schools_own_or_a_personal_mention_is_not(text: str) -> None:
    assert not another_organisations_voice(text)


def test_it_is_one_of_the_filters_of_a_finding_that_names_no_role() -> None:
    assert ANOTHER_ORGANISATIONS_VOICE in UNNAMED_ROLE_FILTERS
    assert ANOTHER_ORGANISATIONS_VOICE.effect == "drop"
