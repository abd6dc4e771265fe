"""A teacher's work done by the writer (`detectors.role_work`), and how the job detector uses it."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.gate_batch import TextBatch
from detectors.job_title import JobTitleDetector
from detectors.role_work import at_work, marks_own_work, other_kind_of_teaching, teachers_work


def _post(text: str) -> Item:
    return Item(Provenance("x", "tweets.js", "1", "text", section="post"), text=text)


@pytest.mark.parametrize(
    "text",
    [
        "Back to grading papers. Send coffee",
        "need to get through the marking before Monday",
        "5 lesson plans done, 3 to go before Monday",
        "marking 28 Year 10 science tests on the sofa",
        "taught my first Year 8 class today and survived",
        "Missing my students already, the holidays are too long",
        "my students smashed their fractions test today!!",
        "finishing report cards tonight, every comment a small novel",
        "took 29 Year 5s to the aquarium and came back with 29 Year 5s",
        "we walked sixty y7s to the park for the charity run",
        "i took thirty one year threes to the farm and lost my voice",
        "Can't do Thursday, I'm in the PE dept and it's fixtures all week",
        "I work in the maths department of a big comp, happy to help with the quiz",
        "joined the history dept in September and the kettle is already my friend",
        "only hobby left once the reports are written is the allotment",
        "knitting two rows a night once the lesson plans are done",
        "Sunday run done, lesson plans for the week still not started",
        "no marking this weekend, just the bike and a pub lunch",
        "head down, marking done, book club book finished at midnight",
        "ran 10k to avoid the 28 unmarked mock papers on the table",
        "on gate duty in the sleet again, at least the coffee was hot",
        "WHERE IS MY GREEN PEN. 64 HOMEWORKS TO MARK AND NO PEN",
        "Homework I set: half a page. Homework I got back from Priya: a 9-page comic",
        "set a homework called 'ask someone at home about the moon'. one dad wrote an essay",
        "Sunday list: mark 9C's homework, car wash, nap",
        "Supervised a detention that lasted longer than the lesson",
        "off sick today, cover work for 9X is in the shared area",
        "24 essays marked, 36 to go, the cat has given up on me",
        "finally finished writing my report comments, 90 of them",
        "boiler's gone and I've 28 reports to finish tonight",
        "rain came through the roof onto my marking pile, the one thing I'd not miss",
    ],
)
def test_the_writer_doing_a_teachers_work(text: str) -> None:
    assert teachers_work(text), text


@pytest.mark.parametrize(
    "text",
    [
        "My sister is marking mocks all weekend, poor thing",  # someone else's work
        "the prof is grading our essays this week, pray for me",  # a student's
        "Dad is still marking the exam papers he brought home",
        "My wife took 30 Year 9s to the coast today, she is asleep on the sofa",  # someone else's trip
        "took 4 kids to the soft play, never again",  # a parent's handful
        "the caretaker spent the morning marking out the running track",  # lines on a field
        "teaching a spin class at 6am, who's in",  # another kind of teaching
        "Belt grading at the karate club tonight, my students all passed",
        "sat in the library marking my own practice paper, peak year 11",  # their own schoolwork
        "Never taught a lesson in my life, I just fix the laptops",
        "optician put drops in and my pupils are enormous",  # "my pupils" is not a cue
        "my son's teacher is grading their projects this week",
        "Mum was on gate duty at the fete, selling raffle tickets",  # someone else's duty, not a school's
        "my report comments said I talk too much in class",  # a pupil's report
        "I work in the chemistry department at Kestrel University, ask me anything",  # a university's
        "I'm in the art department on the new film, long days",  # not a school subject's
        "my dad is in the maths department, he loves it",  # someone else's
        "line marking done on the pitch for Saturday's cup game",  # lines on a field
        "Report writing season at the station, fourteen crime reports before lunch",  # a police officer's reports
    ],
)
def test_other_peoples_work_other_teaching_and_own_schoolwork_are_not(text: str) -> None:
    assert teachers_work(text) == [], text


def test_the_named_filters_say_what_they_hold_back() -> None:
    assert other_kind_of_teaching("teaching a salsa class on Fridays")
    assert not other_kind_of_teaching("teaching a Year 9 class on Fridays")
    assert marks_own_work("marking my own essay before I hand it in")
    assert not marks_own_work("marking my Year 11 essays")


def test_the_job_detector_lets_such_a_post_through_and_holds_it_at_worth_a_look() -> None:
    detector = JobTitleDetector()
    item = _post("Back to grading papers, wish me luck")
    assert detector.wants(item)
    (match,) = detector.detect(item)
    assert match.tier == "worth a look"
    assert match.explanation is not None and "teacher's work" in match.explanation.reason


def test_the_batch_screen_keeps_every_text_that_holds_a_cue() -> None:
    texts = ["Back to grading papers", "grading the drive with gravel", "lovely day at the beach"]
    batch = TextBatch([_post(text) for text in texts])
    assert at_work(batch) == {0}
    detector = JobTitleDetector()
    screened = detector.screen(batch)
    assert screened is None or 0 in screened
