"""Issue 10's phone and e-mail classes from batch 9 (details dictated, or typed by people for whom typing is hard,
and details across a family's life): numbers said in pairs and hundreds, read out in chunks, a letter o for a zero;
a number or a mailbox corrected by its wrong part only (`contact_corrections`); mailboxes said aloud
(`email_spoken`); a household's own mailbox (`email_household`); organisations people ring in a life's events.
Invented text only; reserved numbers and example domains."""

from __future__ import annotations

import pytest

from detectors.base import Section
from detectors.contact_corrections import corrected_address, corrected_numbers
from detectors.email import EmailDetector
from detectors.email_household import household_mailbox
from detectors.email_org_domain import PUBLIC_BODYS_MAILBOX
from detectors.email_spoken import invited_after, joined_words_before, letters_apart_before
from detectors.phone import PhoneDetector
from detectors.phone_words import chunked_numbers, digits_said, spelt_numbers
from tests.conftest import filter_applies, text_item


def emails(text: str, section: Section = "post") -> list[str]:
    return [m.value for m in EmailDetector().detect(text_item(text, section=section))]


def phones(text: str) -> list[str]:
    """What the phone rules keep, before the learned judgement (`test_contact_judgement`) has its say."""
    item = text_item(text)
    detector = PhoneDetector()
    return [m.value for m in detector.candidates(item)[0]] if detector.wants(item) else []


# --- numbers said aloud: pairs, hundreds, "treble", "plus" ----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("forty two", "42"),
        ("ninety", "90"),
        ("nine hundred", "900"),
        ("nine hundred and six", "906"),
        ("nine hundred sixty one", "961"),
        ("treble four", "444"),
        ("fifteen", "15"),
        ("plus four four", "+44"),
        ("four plus", None),  # "plus" only opens a number
        ("double", None),  # a repeat with nothing to repeat
        ("forty hundred", None),  # a hundred only after one digit
    ],
)
def test_digits_said(said: str, digits: str | None) -> None:
    assert digits_said(said) == digits


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ring me, zero seven seven zero zero nine hundred, six two four", ["+447700900624"]),
        ("mobile: 7 is first... seven seven oh oh, ninety, oh seven, eighty one", ["+447700900781"]),
        ("new digits: plus four four, seven seven zero zero, nine hundred eleven seven", ["+447700900117"]),
        ("house phone nought one one eight, four nine six, nought treble five", ["+441184960555"]),
        ("OH TWO OH, SEVEN NINE FOUR SIX, OH TWO SIXTY", ["+442079460260"]),
        ("we scored forty two and then nine hundred points, seven in a row", []),  # numbers, no phone number
        ("the nine hundred and twelve steps up to the abbey", []),
    ],
)
def test_numbers_said_in_pairs_and_hundreds(text: str, found: list[str]) -> None:
    assert phones(text) == found


def test_spelt_reader_keeps_the_old_forms() -> None:
    assert [run[0] for run in spelt_numbers("nought seven seven double nought, nine double nought, five one two")] == [
        "07700900512"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("take this down: 07700 then 900 then 742, it's Dad's", ["+447700900742"]),
        ("0121, and then 496 0457 for the house", ["+441214960457"]),
        ("we left at 10 then 11 then 12", []),  # times, too few digits
    ],
)
def test_number_read_out_in_chunks(text: str, found: list[str]) -> None:
    assert phones(text) == found


def test_chunk_reader_needs_then() -> None:
    assert list(chunked_numbers("07700 900 742")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("new mob 07700 9oo 615 x", ["+447700900615"]),
        ("text 0113 4960 5o6 after six", ["+441134960506"]),
        ("the 0oo1 ref", []),
        ("my new one is 07700 900 615 o x", ["+447700900615"]),  # a lone "o" after it is no digit
    ],
)
def test_letter_o_typed_in_lower_case(text: str, found: list[str]) -> None:
    assert phones(text) == found


# --- a detail corrected by its wrong part only ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("text me on 07700 900 417\noops 471 I meant", ["+447700900471"]),
        ("it's 0161 496 0823, sorry, 0832 at the end", ["+441614960832"]),
        ("zero seven seven zero zero, nine zero zero, three four. I mean three four SIX", ["+447700900346"]),
        ("07700 900 417, sorry 20 mins late", ["+447700900417"]),  # an apology, not a correction
        ("07700 900 417 sorry 12 missed calls", ["+447700900417"]),  # a count, not a number's end
        ("07700 900 417, oops, 10:45 suits me", ["+447700900417"]),  # a time
    ],
)
def test_number_corrected_by_its_tail(text: str, found: list[str]) -> None:
    assert phones(text) == found


def test_corrected_numbers_order() -> None:
    fixes, _ = corrected_numbers("x 07700900417 oops 471", 13, "07700900417")
    assert fixes[0] == "07700900471"
    assert corrected_numbers("x 07700900417 and 471", 13, "07700900417") == ([], 13)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("email: pip dot lane at example dot net - correction: dot org", ["pip.lane@example.org"]),
        ("write to ravi.s@example.org, I mean @example.net", ["ravi.s@example.net"]),
        ("mine's ed dot moss at example dot org dot uk (oops) .com", ["ed.moss@example.com"]),
        ("mail me at ed.hale@example.com, sorry for the delay", ["ed.hale@example.com"]),
        ("mail ed@example.com, sorry, example.org is down today", ["ed@example.com"]),
    ],
)
def test_mailbox_corrected_by_its_domain(text: str, found: list[str]) -> None:
    assert emails(text) == found


def test_corrected_address_keeps_the_name() -> None:
    text = "jo@example.com oops, .net"
    fixed = corrected_address(text, len("jo@example.com"), "jo@example.com")
    assert fixed is not None and fixed.address == "jo@example.net"
    assert corrected_address("jo@example.com, thanks", 14, "jo@example.com") is None
    refused = corrected_address(text, 14, "jo@example.com", lambda address: address.endswith("@example.net"))
    assert refused is None  # a correction to an address the caller refuses (the school's own)


# --- mailboxes said aloud ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("reach me: t o m . b r e e at example dot net", ["tom.bree@example.net"]),
        ("spell it: r, u, t, h, 4, 2 at example dot com", ["ruth42@example.com"]),
        ("contact me on wendy dot moss at symbol example dot org", ["wendy.moss@example.org"]),
        ("mine: ben crook eighty eight at example dot net (one word)", ["bencrook88@example.net"]),
        ("write to amy lowe no gaps @ example.org", ["amylowe@example.org"]),
        ("knitted toys | nanaknits at example.net for commissions", ["nanaknits@example.net"]),
        ("my bit is kit underscore moss, then the at sign, then example dot org", ["kit_moss@example.org"]),
        ("DM or: b e a . h o y @ e x a m p l e . n e t", ["bea.hoy@example.net"]),
        ("scored 5 @ a b c d e tonight", []),
        ("see you at the hall dot com later", []),
        ("I'm a big fan of meeting at example dot com", []),
    ],
)
def test_mailbox_said_aloud(text: str, found: list[str]) -> None:
    assert emails(text) == found


def test_letters_apart_need_a_lone_character_and_three_letters() -> None:
    text = "it is p a t k at example dot com"
    spoken = letters_apart_before(text, text.index("k at"), "k")
    assert spoken is not None and spoken.local == "patk"
    assert letters_apart_before("plan a 5 at example dot com", 7, "5") is None
    assert letters_apart_before("j o e x at example dot com", 8, "xavier") is None


def test_joined_words_need_an_instruction() -> None:
    text = "mine is sam fox at example dot com"
    assert joined_words_before(text, text.index(" at "), len(text)) is None
    text = "mine is sam fox twenty at example dot com no spaces"
    spoken = joined_words_before(text, text.index(" at "), text.index(" no"))
    assert spoken is not None and spoken.local == "samfox20"


def test_invited_after() -> None:
    assert invited_after("x at example.com for bookings", 16)
    assert not invited_after("x at example.com for lunch", 16)


# --- a household's own mailbox, and a service's two-word mailbox -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Christening pics go in our joint inbox sunny.days@mail.example.com", ["sunny.days@mail.example.com"]),
        ("Grandpa's hospital visits are sorted. Swaps via dadsvisits@family.example.net",
         ["dadsvisits@family.example.net"]),
        ("Send your snaps from the big day to photos@leoandmia.example.org", ["photos@leoandmia.example.org"]),
        ("Our team inbox is support.desk@firm.example.com", []),  # a workplace's shared mailbox
        ("The wedding venue's shared inbox is events@oakbarn.example.com", []),  # an organisation named
    ],
)  # fmt: skip
def test_household_mailbox(text: str, found: list[str]) -> None:
    assert emails(text) == found


def test_household_needs_a_household_word() -> None:
    text = "Orders to our shared inbox orders@samandalex.example.com"
    start = text.index("orders@")
    assert not household_mailbox(text, start, len(text))


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        ("Permits: front.desk@oakley-council.example.org", "front.desk@oakley-council.example.org", True),
        ("Ask my tutor, ria.j.moss@uni.example.com", "ria.j.moss@uni.example.com", False),  # a person, an initial
    ],
)
def test_service_words_and_middle_initials(text: str, candidate: str, applies: bool) -> None:
    assert filter_applies(PUBLIC_BODYS_MAILBOX, text, candidate) is applies


# --- organisations rung in a life's events, and a person's number -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The gurdwara on Mill Road will help, their line is 0115 496 0731", []),
        ("The chapel office can arrange it: 01632 960437", []),
        ("We live at 3 Chapel Fold, our landline is 01632 960437", ["+441632960437"]),  # a street, not a chapel
        ("order from the indian, 0116 496 0293, they're quick", []),
        ("the Indian family next door, 07700 900 246, are lovely", ["+447700900246"]),
        ("Dial-a-ride want 24 hours notice, 0113 496 0384", []),
        ("Try the bereavement team on 0161 496 0522", []),
        ("Care assistant vacancy, apply at the desk or call 0114 496 0615", []),
        ("Questions to my sister, she's on 07700 900 528", ["+447700900528"]),
    ],
)
def test_organisations_and_persons(text: str, found: list[str]) -> None:
    assert phones(text) == found


def test_another_phone_dead_is_not_this_one() -> None:
    assert phones("I'm at my brother's in Cork, call me on his 087 000 0144 as mine's dead") == ["+353870000144"]
    assert phones("07700 900 315 is dead now, sorry") == []


def test_number_in_a_spanish_sentence() -> None:
    assert phones("mi móvil nuevo es 612 000 148, escríbeme") == ["+34612000148"]
