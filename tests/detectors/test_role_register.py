"""Writing about schools with nobody speaking from inside one (`detectors.role_register`)."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.job_title import JobTitleDetector
from detectors.role_register import LIST_WITHOUT_A_SPEAKER, WRITING_ABOUT_SCHOOLS


def _applies(text: str) -> bool:
    return WRITING_ABOUT_SCHOOLS(text, 0, len(text))


def _list(text: str) -> bool:
    return LIST_WITHOUT_A_SPEAKER(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Staff can ask the deputy head for a quiet day before a big deadline.",
        "Teachers respond to the long questions, and pupils mark the short ones themselves.",
        "School leaders who tried the survey suggested keeping it to ten questions.",
        "Use this slide deck at a staff briefing to agree the new homework policy.",
        "You should tell staff how long the questionnaire stays open.",
        "Feedback is short. All staff receive a one-page guide to the marking codes.",
        "- reports to governors\n- the homework timetable\n- Parents and carers can book appointments online.",
    ],
)
def test_guidance_and_descriptions_of_schools_have_no_speaker(text: str) -> None:
    assert _applies(text)


@pytest.mark.parametrize(
    "text",
    [
        "We do not expect teachers to mark every page of an exercise book.",
        "Our staff can ask for a quiet day before a big deadline.",
        "Marking. 30 books. Send biscuits.",
        "Parents' evening tonight, back-to-back till 7 and no tea break.",
        "Teachers, look after yourselves this half term x",  # advice to teachers, but no group verb
        "Staff briefing at 8.10 and the heating is off again.",  # "staff" as a compound, not a subject
    ],
)
def test_a_speaker_or_a_post_without_a_group_subject_is_not_guidance(text: str) -> None:
    assert not _applies(text)


@pytest.mark.parametrize(
    "text",
    [
        "- homework planning\n- feedback in lessons\n- peer assessment",
        "1. Clear routines for lining up.\n2. Rewards recorded in one click.",
        "Areas reviewed:\n- attendance\n- staff training\n- the curriculum map",
    ],
)
def test_lists_of_topics_with_no_speaker(text: str) -> None:
    assert _list(text)


@pytest.mark.parametrize(
    "text",
    [
        "Today:\n- 30 books marked\n- 2 detentions\n- 1 fire drill",  # a day counted out
        "- marking\n- planning\n- more marking 😩",  # a person's post
        "- my reports\n- our trip letters",  # someone speaks
        "Marking tonight, then planning for the trip.",  # not a list
    ],
)
def test_a_counted_day_a_post_or_prose_is_not_a_list_of_topics(text: str) -> None:
    assert not _list(text)


def _job(text: str) -> list[str]:
    item = Item(Provenance("x", "tweets.js", "1", "text"), text=text)
    return [m.tier or "" for m in JobTitleDetector().detect(item)]


def test_the_detector_drops_guidance_but_keeps_a_schools_own_voice() -> None:
    guidance = (
        "Staff can talk to the senior leadership team about any worry, and teachers receive a planning day each term."
    )
    assert _job(guidance) == []
    own = (
        "I talked to the senior leadership team about my worry, and I get a planning day each term for my Year 5 class."
    )
    assert _job(own) != []


def test_a_role_the_writer_gives_themselves_is_not_filtered() -> None:
    bio = "Head of Science at Fernbrook Academy. Staff can book me for cover on Fridays."
    item = Item(Provenance("x", "profile.js", "1", "bio", section="profile"), text=bio)
    assert JobTitleDetector().detect(item) != []
