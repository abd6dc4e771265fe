"""Each named filter of a judged school candidate (`detectors.school_filters`): what it drops and what it
leaves alone, on invented sentences (never corpus lines), with the candidate's span given by its name."""

from __future__ import annotations

import pytest

from detectors.filters import Filter
from detectors.school_filters import (
    A_SCHOOLS_CUSTOMER,
    NAMED_PERSONS_SCHOOL,
    PARENT_OF_A_PUPIL_THERE,
    PARENTS_SCHOOL,
    PUPILS_OWN_SCHOOL,
    SCHOOL_AS_VENUE,
    SOMEONE_ELSES_SCHOOL,
    VISITED_SCHOOL,
    WHAT_FILTERS,
    WHOSE_FILTERS,
    sentence_before,
    sentence_of,
)
from detectors.school_name_filters import (
    COMMUNITY_HASHTAG,
    EVENT_OR_COURSE,
    JOB_TITLE_NOT_SCHOOL,
    PARENTS_GROUP,
    PLACE_OR_SUBJECT,
    SCHEME_OR_AWARD,
    SOMETHING_ELSE_SHARES_NAME,
)

# (filter, text, the candidate as written in it, fires)
CASES: list[tuple[Filter, str, str, bool]] = [
    (PUPILS_OWN_SCHOOL, "I'm in Year 12 at Copperbeech Academy and our mocks start Monday", "Copperbeech Academy", True),
    (PUPILS_OWN_SCHOOL, "deputy head boy 2025 | Larkmoor High | wants to study medicine", "Larkmoor High", True),
    (PUPILS_OWN_SCHOOL, "Dreamt I was back in my old school, Thistledown Primary, with no shoes on", "Thistledown Primary", True),
    (PUPILS_OWN_SCHOOL, "Studied at Pennyroyal Academy\nLives in Carswell", "Pennyroyal Academy", True),
    (PUPILS_OWN_SCHOOL, "Brindle Juniors '14 | Pennyroyal College '21 | chasing sunsets", "Pennyroyal College", True),
    (PUPILS_OWN_SCHOOL, "Pennyroyal High, class of 2012 🎓 now in Leeds", "Pennyroyal High", True),
    (PUPILS_OWN_SCHOOL, "Head of Art at Pennyroyal College 2015- | views my own", "Pennyroyal College", False),
    (PUPILS_OWN_SCHOOL, "Went to Larchmont High School", "Larchmont High School", True),
    (PUPILS_OWN_SCHOOL, "Head of PE at Pennyroyal Academy", "Pennyroyal Academy", False),
    (PUPILS_OWN_SCHOOL, "Teaching my Year 12s at Copperbeech Academy about entropy today", "Copperbeech Academy", False),
    (PUPILS_OWN_SCHOOL, "Larkmoor High mocks on Monday and I have revised absolutely nothing", "Larkmoor High", True),
    (PUPILS_OWN_SCHOOL, "Copperbeech Academy open evening and mum is making me go", "Copperbeech Academy", True),
    (PUPILS_OWN_SCHOOL, "Larkmoor High revision sessions for my Year 11s start Monday", "Larkmoor High", False),
    (PUPILS_OWN_SCHOOL, "Final year of A levels at Larkmoor High and the offer came through!", "Larkmoor High", True),
    (PUPILS_OWN_SCHOOL, "Year 13 student at Larkmoor High | future vet | netball", "Larkmoor High", True),
    (PUPILS_OWN_SCHOOL, "I'm doing my A levels at Larkmoor High, gap year before that", "Larkmoor High", True),
    (PUPILS_OWN_SCHOOL, "Every Year 13 student at Larkmoor High got an offer this year", "Larkmoor High", False),
    (PUPILS_OWN_SCHOOL, "Back at Larkmoor High today, 12 years after my A levels, for the careers fair", "Larkmoor High", True),
    (PUPILS_OWN_SCHOOL, "Class of '04 reunion at Larkmoor High tonight!", "Larkmoor High", True),
    (PUPILS_OWN_SCHOOL, "Education:\nLarkmoor High School, 2001-2008\nUniversity of Carswell", "Larkmoor High School", True),
    (PUPILS_OWN_SCHOOL, "Experience:\nLarkmoor High School, Teacher of Maths, 2015-", "Larkmoor High School", False),
    (PARENTS_SCHOOL, "Our youngest finished at Thistledown Primary today, seven years of book bags", "Thistledown Primary", True),
    (PARENTS_SCHOOL, "Little one's last day at Thistledown Nursery, the staff were wonderful", "Thistledown Nursery", True),
    (PARENTS_SCHOOL, "Our little ones at Thistledown Nursery planted beans today", "Thistledown Nursery", False),
    (PARENTS_SCHOOL, "my 5 year old asked if the Larkmoor Primary hamster can come for Christmas", "Larkmoor Primary", True),
    (PARENTS_SCHOOL, "Kid's first day at Thistledown Primary! No tears (from her)", "Thistledown Primary", True),
    (PARENTS_SCHOOL, "So proud of our Maisie getting into Copperbeech Academy sixth form", "Copperbeech Academy", True),
    (PARENTS_SCHOOL, "Our Year 6s at Thistledown Primary smashed the quiz", "Thistledown Primary", False),
    (PUPILS_OWN_SCHOOL, "Head of Year 10 at Larkmoor High, still learning names", "Larkmoor High", False),
    (PARENT_OF_A_PUPIL_THERE, "Mummy to a Year 2 at Thistledown Primary and two cats", "Thistledown Primary", True),
    (PARENT_OF_A_PUPIL_THERE, "As a parent of two at Larkmoor High, I want to say thank you", "Larkmoor High", True),
    (PARENT_OF_A_PUPIL_THERE, "Office manager at Thistledown Primary, mum of 2, tea drinker", "Thistledown Primary", False),
    (PARENTS_SCHOOL, "Great PTA quiz at Thistledown Primary, our team came fourth", "Thistledown Primary", True),
    (PARENTS_SCHOOL, "So proud of all of us parents at Copperbeech Academy for the bake sale", "Copperbeech Academy", True),
    (PARENTS_SCHOOL, "Our Ffion starts at Thistledown Primary on Monday, already ironed the jumper", "Thistledown Primary", True),
    (PARENTS_SCHOOL, "Larkmoor High sent another head lice letter home, third this term", "Larkmoor High", True),
    (PARENTS_SCHOOL, "Office manager at Thistledown Primary, mum of 2, tea drinker", "Thistledown Primary", False),
    (PARENTS_SCHOOL, "My girls from Larkmoor High won the county netball and I lost my voice", "Larkmoor High", False),
    (SOMEONE_ELSES_SCHOOL, "Happy retirement to my mum, 30 years as cook at Thistledown Primary", "Thistledown Primary", True),
    (SOMEONE_ELSES_SCHOOL, "Dinner lady job going at Larkmoor High, my cousin's school, DM for details", "Larkmoor High", True),
    (SOMEONE_ELSES_SCHOOL, "Cook needed at Larkmoor High, 11.30-1.30 daily, my mate's school", "Larkmoor High", True),
    (NAMED_PERSONS_SCHOOL, "Meet Priya Nandra, a cover supervisor at Larkmoor High, who runs chess club", "Larkmoor High", True),
    (NAMED_PERSONS_SCHOOL, "Thanks to:\n- Tom Ashby, Deputy Head, Thistledown Primary\n- Ana Ruiz, SENCo", "Thistledown Primary", True),
    (NAMED_PERSONS_SCHOOL, "Hi all, I'm Jenny, the new cook at Larkmoor High, say hello", "Larkmoor High", False),
    (NAMED_PERSONS_SCHOOL, "Every September, our new Year 7s at Larkmoor High plant a tree", "Larkmoor High", False),
    (PARENTS_GROUP, "The Friends of Larkmoor High School raised £900 at the fair", "Friends of Larkmoor High School", True),
    (PARENTS_GROUP, "The staff of Larkmoor High School raised £900 at the fair", "Larkmoor High School", False),
    (JOB_TITLE_NOT_SCHOOL, "Director of Secondary, Thistledown Learning Trust", "Director of Secondary", True),
    (JOB_TITLE_NOT_SCHOOL, "Teaching at Thistledown Primary this term", "Thistledown Primary", False),
    (SCHEME_OR_AWARD, "We got the Healthy Schools Award today, so proud of the kids", "Healthy Schools", True),
    (SCHEME_OR_AWARD, "Silver in the Borough School Games Mark again", "Borough School", True),
    (SCHEME_OR_AWARD, "Ten years at Thistledown School and still love it", "Thistledown School", False),
    (SCHEME_OR_AWARD, "Thistledown School choir sang beautifully", "Thistledown School", False),
    (SOMEONE_ELSES_SCHOOL, "My son is in Year 7 at Larkmoor High, and I teach his form next door", "Larkmoor High", False),
    (VISITED_SCHOOL, "Loved visiting Copperbeech Academy to talk about my new picture book", "Copperbeech Academy", True),
    (VISITED_SCHOOL, "Thanks to the Year 3 team at Thistledown Primary for hosting me", "Thistledown Primary", True),
    (VISITED_SCHOOL, "Field trip to the coast with Copperbeech Academy, 60 Year 8s and one coach", "Copperbeech Academy", False),
    (SCHOOL_AS_VENUE, "Larkmoor High is a polling station again tomorrow, so no school", "Larkmoor High", True),
    (SCHOOL_AS_VENUE, "Voting at Thistledown Primary, queue out of the door", "Thistledown Primary", True),
    (SCHOOL_AS_VENUE, "The pupils voted for a new school council at Larkmoor High", "Larkmoor High", False),
    (A_SCHOOLS_CUSTOMER, "Larkmoor High uses our revision app across Key Stage 4", "Larkmoor High", True),
    (A_SCHOOLS_CUSTOMER, "Thank you Copperbeech Academy for your donation to the food bank", "Copperbeech Academy", True),
    (A_SCHOOLS_CUSTOMER, "Our new reading scheme at Thistledown Primary is going well", "Thistledown Primary", False),
    (PLACE_OR_SUBJECT, "Supply teaching at a primary in Dudley this week", "Dudley", True),
    (PLACE_OR_SUBJECT, "Started as a trainee in Chemistry, now head of year", "Chemistry", True),
    (PLACE_OR_SUBJECT, "The children of Willow Class made me a card", "Willow Class", True),
    (PLACE_OR_SUBJECT, "Twelve years at Larkmoor and I still get lost", "Larkmoor", False),
    (PLACE_OR_SUBJECT, "After six years at Brindle Partners I'm moving on", "Brindle Partners", True),
    (PLACE_OR_SUBJECT, "Ten years at Corvale Consulting, time for a change", "Corvale Consulting", True),
    (PLACE_OR_SUBJECT, "Eight years at the Larkmoor Learning Partnership", "Larkmoor Learning Partnership", False),
    (PLACE_OR_SUBJECT, "Marking done, off to Tenerife for a week", "Tenerife", True),
    (PLACE_OR_SUBJECT, "Nine years here, the last two as Deputy Head for Curriculum", "Curriculum", True),
    (PLACE_OR_SUBJECT, "Lecturer, Dunmere Institute of Technology", "Technology", False),
    (PLACE_OR_SUBJECT, "Cover work in Ysgol Glanrafon today", "Ysgol Glanrafon", False),
    (EVENT_OR_COURSE, "Hope to see lots of you at Wednesday's Careers Evening", "Wednesday's Careers Evening", True),
    (EVENT_OR_COURSE, "Tickets for the Winter Fayre are on sale", "Winter Fayre", True),
    (EVENT_OR_COURSE, "Starting the SCITT Primary route in the autumn", "SCITT Primary", True),
    (EVENT_OR_COURSE, "Offered a place on the Brackley Secondary course", "Brackley Secondary", True),
    (EVENT_OR_COURSE, "Nine years at Larkmoor Primary and counting", "Larkmoor Primary", False),
    (COMMUNITY_HASHTAG, "Marking done, wine poured #primaryrocks", "#primaryrocks", True),
    (COMMUNITY_HASHTAG, "Laminator is warm #backtoschool", "#backtoschool", True),
    (COMMUNITY_HASHTAG, "Sports day sunshine #schoolrun", "#schoolrun", True),
    (COMMUNITY_HASHTAG, "Sports day sunshine #LarkmoorHigh", "#LarkmoorHigh", False),
    (COMMUNITY_HASHTAG, "Sports day sunshine @schoollife", "@schoollife", False),
    (SOMETHING_ELSE_SHARES_NAME, "Afternoon tea at the Larkmoor Hall Hotel, very posh", "Larkmoor", True),
    (SOMETHING_ELSE_SHARES_NAME, "Larkmoor Farm has pumpkins out this weekend", "Larkmoor", True),
    (SOMETHING_ELSE_SHARES_NAME, "Larkmoor library is open late on Thursdays for Year 11", "Larkmoor", False),
]  # fmt: skip


@pytest.mark.parametrize(("f", "text", "name", "fires"), CASES)
def test_filter(f: Filter, text: str, name: str, fires: bool) -> None:
    start = text.index(name)
    assert f(text, start, start + len(name)) is fires


def test_every_filter_drops_and_has_its_own_name_and_reason() -> None:
    every = (*WHOSE_FILTERS, *WHAT_FILTERS, PLACE_OR_SUBJECT, COMMUNITY_HASHTAG, SOMETHING_ELSE_SHARES_NAME,
             JOB_TITLE_NOT_SCHOOL, EVENT_OR_COURSE, SCHEME_OR_AWARD)  # fmt: skip
    for f in every:
        assert f.name and f.why and f.effect == "drop"
    assert len({f.name for f in every}) == len(every)


def test_sentences_are_cut_at_full_stops_bars_and_new_lines() -> None:
    text = "Mum of two. Year 2 teacher at Larkmoor | runner"
    start = text.index("Larkmoor")
    assert sentence_before(text, start) == " Year 2 teacher at "
    assert sentence_of(text, start, start + len("Larkmoor")) == " Year 2 teacher at Larkmoor "
