"""The role vocabulary and its context rules: a row per rule of `detectors.roles`, and the texts whose
roles are not the writer's.  These are the cues the profession classifier reads (`detectors.job_title`)."""

from __future__ import annotations

import pytest

from detectors import nlp
from detectors.base import Section
from detectors.job_title import JobTitleDetector, read_roles
from detectors.roles import RULES
from tests.conftest import text_item

# (text, section, canonical value, words of the rule that must fire)
FOUND: list[tuple[str, Section, str, str]] = [
    ("Year 4 teacher at St Aidan's | fell runner", "profile", "year 4 teacher", "year-group teacher"),
    ("Y6 teacher. Mum of two.", "profile", "year 6 teacher", "year-group teacher"),
    ("Year Two teacher, cat person", "profile", "year 2 teacher", "year-group teacher"),
    ("Year 3 class teacher, knitter", "profile", "year 3 teacher", "year-group teacher"),
    ("Maths teacher | Chelsea", "profile", "maths teacher", "subject or phase teacher"),
    ("Dad. Teacher of Science.", "profile", "science teacher", "subject or phase teacher"),
    ("Reception class teacher", "profile", "reception teacher", "subject or phase teacher"),
    ("Teacher. Runner. Mum.", "profile", "teacher", "role in a profile field: teacher"),
    ("Trainee teacher (PGCE primary)", "profile", "trainee teacher", "trainee teacher"),
    ("Former NQT, current tired person", "profile", "early career teacher", "early-career teacher (ECT/NQT)"),
    ("ECT mentor and Year 5 lead", "profile", "ect mentor", "mentor of early-career teachers"),
    ("Teaching Assistant | crafter", "profile", "teaching assistant", "teaching assistant"),
    ("TA 📚 tea 🫖", "profile", "teaching assistant", "teaching assistant"),
    ("Higher Level Teaching Assistant | Makaton", "profile", "hlta", "higher-level teaching assistant"),
    ("SENDCo, mum, Lego enthusiast", "profile", "senco", "SENCo"),
    ("Deputy Head at a village primary", "profile", "deputy headteacher", "deputy head"),
    ("Assistant Head Teacher (KS2)", "profile", "assistant headteacher", "assistant head"),
    ("Headmistress, prep school, Surrey", "profile", "headteacher", "headteacher"),
    ("Retired primary head, now mostly found on allotments", "profile", "headteacher", "headteacher"),
    ("I'm an acting head till Easter and the boiler has picked its moment", "post", "headteacher", "headteacher"),
    ("ex-head of a small infant school | governor | baker", "profile", "headteacher", "headteacher"),
    ("honestly being head of year is mostly finding lost coats", "post", "head of year", "head of year"),
    ("Head of Sixth Form. Geographer.", "profile", "head of sixth form", "head of sixth form"),
    ("Head of Year 9", "profile", "head of year 9", "head of year"),
    ("Head of Maths @ a secondary", "profile", "head of maths", "head of department"),
    ("KS1 lead, runner", "profile", "ks1 lead", "subject or phase leader"),
    ("Numeracy lead | Y4 | allotment", "profile", "numeracy lead", "subject or phase leader"),
    (
        "Depute head | Fife | hillwalker",
        "profile",
        "depute head",
        "a school role as Scotland, Wales or Ireland name it",
    ),
    ("PSHE coordinator and part-time potter", "profile", "pshe lead", "subject or phase leader"),
    ("Chair of Governors. Accountant.", "profile", "school governor", "school governor"),
    ("Governor at Fenwick CE Primary", "profile", "school governor", "governor of a school"),
    ("Cover supervisor by day, DJ by night", "profile", "cover supervisor", "cover supervisor"),
    ("Midday supervisor, grandma of 5", "profile", "lunchtime supervisor", "lunchtime supervisor"),
    ("School Business Manager", "profile", "school business manager", "school business manager"),
    ("Site manager at Brackenford Primary", "profile", "site manager", "school site manager"),
    ("School librarian. Books are life.", "profile", "school librarian", "other school staff role"),
    ("DSL, runner, baker", "profile", "designated safeguarding lead", "designated safeguarding lead"),
    ("I'm a Year 6 teacher and SATs week is here", "post", "year 6 teacher", "says they are: year-group teacher"),
    ("As a TA I sharpen a lot of pencils", "post", "teaching assistant", "says they are"),
    ("Year 2 teacher here: phonics games?", "post", "year 2 teacher", "says they are"),
    ("New Year 1 teacher here, tips?", "post", "year 1 teacher", "says they are"),
    ("Anyone else a Year 6 teacher drowning in SATs prep?", "post", "year 6 teacher", "says they are"),
    ("Twenty years a TA and I still love it", "post", "teaching assistant", "says they are"),
    ("To all my fellow teachers: rest up", "post", "teacher", "says they are: teacher"),
    ("Just been promoted to Head of Year 8!", "post", "head of year 8", "says they are: head of year"),
    ("ECT year one: done.", "post", "early career teacher", "school-only role named in a post"),
    ("I teach Year 5 and they are hilarious", "post", "year 5 teacher", "says they teach a year group"),
    ("Teaching Year 3 next year!", "post", "year 3 teacher", "says they teach a year group"),
    ("I teach maths to teenagers", "post", "maths teacher", "says they teach a subject"),
    ("I teach at Oakhurst Academy", "post", "teacher", "says where they teach"),
    ("My Year 6 class smashed their SATs", "post", "year 6 teacher", "speaks of their own class"),
    ("My Y3s made me a card", "post", "year 3 teacher", "speaks of their own class"),
    ("My pupils wrote poems about autumn", "post", "teacher", "speaks of their pupils or class"),
    ("My classroom is freezing again", "post", "teacher", "speaks of their pupils or class"),
    ("Marking 30 books tonight", "post", "teacher", "marking pupils' work"),
    ("32 books to mark before Monday", "post", "teacher", "marking pupils' work"),
    ("Report writing weekend. Send snacks.", "post", "teacher", "marking pupils' work"),
    ("Parents' evening done. 28 appointments.", "post", "teacher", "parents' evening"),
    ("Parents evening tonight, back to back", "post", "teacher", "parents' evening"),
    ("Ofsted are in tomorrow.", "post", "teacher", "Ofsted inspection at work"),
    ("Survived Ofsted!", "post", "teacher", "Ofsted inspection at work"),
    ("INSET day = best day.", "post", "teacher", "INSET/training day"),
    ("Playground duty in the rain", "post", "teacher", "playground or lunch duty"),
    ("#teacherlife is 70% glue sticks", "post", "teacher", "teacher hashtag"),
    ("212 fish fingers before eleven #schoolcook", "post", "school cook", "hashtag of a school job"),
    ("Reports signed, every single one. #headteacherlife", "post", "headteacher", "hashtag of a school job"),
    ("Assistant Principal (KS4) | runner", "profile", "assistant principal", "principal or vice-principal"),
    ("Vice Principal, proud of this place", "profile", "vice principal", "principal or vice-principal"),
    (
        "Director of School Improvement | Brookvale Learning Trust",
        "profile",
        "director of school improvement",
        "leader of a school trust or of schools' improvement",
    ),
    ("Senior lecturer in FE | engineering", "profile", "lecturer", "lecturer"),
    ("Educator. Reader. Gardener.", "profile", "educator", "educator"),
    ("Attendance officer | mum of 3", "profile", "attendance officer", "school support role"),
    ("I'm a science technician and I love it", "post", "science technician", "school support role"),
    ("Been teaching GCSE chemistry for eleven years now", "post", "teacher", "says what they teach"),
    (
        "Head of Music at Wrenfield Academy. Opinions mine.",
        "post",
        "head of music",
        "describes themselves, as in a bio",
    ),
    ("Retired teacher, now mostly allotment", "post", "teacher", "as in a bio"),
    ("Deputy head | cyclist | bad at crosswords", "post", "deputy headteacher", "as in a bio"),
    ("As Head of Year, I read every one of these", "post", "head of year", "describes themselves"),
]

# (text, section): someone else's role, another sense of the word, or a parent's clue
NOT_FOUND: list[tuple[str, Section]] = [
    ("Proud wife of a headteacher and mum of 3", "profile"),
    ("Daughter of two teachers. Engineer.", "profile"),
    ("Mum to a TA and a nurse", "profile"),
    ("Software engineer. Head of Platform at a fintech.", "profile"),
    ("Head chef | food lover", "profile"),
    ("Head of Sales EMEA", "profile"),
    ("Bookworm. Head in the clouds.", "profile"),
    ("Swimming teacher and lifeguard", "profile"),
    ("Dance teacher, ballet and tap", "profile"),
    ("Site manager for a housebuilder", "profile"),
    ("Team lead, Customer Success", "profile"),
    ("My son's Year 4 teacher is a star", "post"),
    ("Care worker. Same pay as a TA apparently, and twice the nights", "post"),  # a comparison, not a claim
    ("Nobody works as hard as a headteacher in July, says my neighbour", "post"),
    ("Huge thanks to the best teacher my daughter ever had", "post"),
    ("Our headteacher sent a letter home", "post"),
    ("Head to the shops later", "post"),
    ("Head over heels for this album", "post"),
    ("Headed to the coast", "post"),
    ("Our SENCo has been amazing with my daughter", "post"),
    ("She's an ECT and already runs the choir", "post"),
    ("my ect ends in may, ect ect", "post"),
    ("My husband is a deputy head", "post"),
    ("Shoutout to every TA keeping schools running", "post"),
    ("Ta for the lift Sue!", "post"),
    ("I'm a teacher's pet and proud of it", "post"),
    ("Applied for a head of department role", "post"),
    ("Teachers deserve better pay", "post"),
    ("Parents' evening for my two tonight", "post"),
    ("Parents evening tonight, hoping Jack behaved for his teacher", "post"),
    ("Parents' evening at Westfield, Jack's doing great", "post"),
    ("INSET day so the kids are home. Childcare nightmare.", "post"),
    ("INSET day tomorrow, what do I do with two kids?", "post"),
    ("Ofsted should inspect my kitchen", "post"),
    ("Ofsted report for the kids' school came out", "post"),
    ("My class at the gym tonight was brutal", "post"),
    ("Marking my territory on the sofa", "post"),
    ("Road markings on the A65 are a joke", "post"),
    ("Bank holiday, no school run, bliss", "post"),
    ("Teachers at Wrenfield are on strike tomorrow", "post"),
    ("Teacher at my son's school was brilliant today", "post"),
    ("Jo Ames, a TA at Wrenfield Primary, ran the marathon", "post"),
    ("A deputy head at the next table was laughing at me", "post"),
    ("Who came:\n- deputy head, for the governors\n- 2 parents", "post"),
    ("Class of 2009 reunion tonight!", "post"),
    ("My daughter's TA is brilliant too", "comment"),
    ("My daughter wants to become a teacher", "post"),
    ("He's training to be a PE teacher", "post"),
    ("Give us a teacher who listens", "post"),
    ("A teacher at the next table was marking books", "post"),
    ("Parents evening for Ella tonight", "post"),
    ("School called, nits again. INSET day Friday too", "post"),
    ("so my cousin asked me to be a governor at her kids school, no idea what they do", "post"),
    ("My grandad's leaving speech after 40 years as a school caretaker was a legend", "post"),
]


def _claimed(text: str, section: Section = "post") -> list[tuple[str, str]]:
    item = text_item(text, section=section)
    return [(value, why) for value, _, _, why, _ in read_roles(item, nlp.doc(text)).claimed]


@pytest.mark.parametrize(("text", "section", "value", "rule"), FOUND)
def test_the_rules_read_the_role_the_writer_claims(text: str, section: Section, value: str, rule: str) -> None:
    claimed = _claimed(text, section)
    assert value in [v for v, _ in claimed]
    assert any(rule in why for v, why in claimed if v == value)


@pytest.mark.parametrize(("text", "section"), NOT_FOUND)
def test_the_rules_give_no_one_elses_role_to_the_writer(text: str, section: Section) -> None:
    assert _claimed(text, section) == []


def test_every_rule_has_a_positive_row() -> None:
    """A new rule without a row here is untested."""
    described = {rule for *_, rule in FOUND}
    for row in RULES:
        assert any(row.rule in words for words in described), row.key


def test_a_role_nobody_claims_is_still_read_as_mentioned() -> None:
    text = "Shout out to every teacher out there this week"
    reading = read_roles(text_item(text), nlp.doc(text))
    assert reading.claimed == [] and [v for v, *_ in reading.mentioned] == ["teacher"]
    assert "xxrolementioned" in reading.marks


def test_a_parents_text_is_marked_for_the_classifier() -> None:
    text = "Parents' evening for my son tonight, his teacher is lovely"
    assert "xxparent" in read_roles(text_item(text), nlp.doc(text)).marks


def test_an_other_kind_of_teacher_is_no_cue() -> None:
    text = "I'm a yoga teacher and a dog walker"
    reading = read_roles(text_item(text), nlp.doc(text))
    assert reading.claimed == [] and reading.mentioned == []


def test_the_gate_keeps_ordinary_posts_from_spacy() -> None:
    detector = JobTitleDetector()
    assert not detector.wants(text_item("Lovely walk along the canal, herons out in force"))
    assert not detector.wants(text_item("Final score 3-1, what a comeback"))
    assert detector.wants(text_item("Year 2 teacher here"))
    assert detector.wants(text_item("Wet play again, third day running. Year 4 are feral"))


def _corpus_texts() -> list[str]:
    import json
    from pathlib import Path

    from training.corpus import lines

    folder = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"
    texts = [
        json.loads(line)["text"] for path in sorted(folder.glob("*.jsonl")) for line in path.open(encoding="utf-8")
    ]
    texts += [line.text for line in lines(split="train")]  # a large sample of varied text, not assertions
    return texts + [text for text, *_ in FOUND] + [text for text, _ in NOT_FOUND]


def test_the_phrase_split_matcher_finds_what_a_plain_matcher_finds() -> None:
    """`nlp.RuleMatcher` is an optimisation: it must not change a single match."""
    from spacy.matcher import Matcher

    from detectors import nlp
    from detectors.job_title import _matcher

    plain = Matcher(nlp.english().vocab)
    for rule in RULES:
        plain.add(rule.key, [list(p) for p in rule.patterns])
    strings = nlp.english().vocab.strings
    for text in _corpus_texts():
        doc = nlp.doc(text)
        expected = sorted((strings[k], s, e) for k, s, e in plain(doc))
        assert sorted(_matcher()(doc)) == expected, text
        assert sorted(_matcher()(doc, text)) == expected, text


def test_the_keyword_gate_never_drops_a_text_the_rules_match() -> None:
    from detectors import nlp
    from detectors.job_gate import ROLE_GATE as _GATE
    from detectors.job_title import _matcher

    matched = [text for text in _corpus_texts() if _matcher()(nlp.doc(text))]
    assert len(matched) > 100
    assert [text for text in matched if not _GATE(text)] == []
