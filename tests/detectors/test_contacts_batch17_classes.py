"""Classes of the seventeenth contacts batch (`clubs`, `rural`), on invented sentences: the numbers of country
businesses named by their trade ("... Farm Supplies", "... Agri", "The Stores", the market manager, a paper's
news desk, "The Fox's new number") are theirs (`phone_cues.ORGANISATION`), and a capitalised word after "in" or
"at" is a town, not a person the number belongs to (`phone_cues.private_person_end`); a home said as "ours on ...",
"her door on ...", "somewhere on ..." or "her place: ..." (`address_label.RESIDENCE`); a lower-case "street" holding
words of a sentence ("6 per lane") is none (`street.judge_street`); an event's, a hospice's, a community group's
or a consulate's domain makes its mailbox the organisation's (`email_org_domain.PUBLIC_BODYS_MAILBOX`)."""

from __future__ import annotations

import pytest

from detectors.email_org_domain import PUBLIC_BODYS_MAILBOX
from detectors.phone import PhoneDetector
from tests.conftest import address_values, filter_applies, text_item


def _phones(text: str) -> list[str]:
    return [m.value for m in PhoneDetector().detect(text_item(text))]


@pytest.mark.parametrize(
    "text",
    [
        "New number for Larchmoor Farm Supplies: 01632 960 412. Bird seed on offer this week",
        "Prices at Dale Valley Agri (01632 960 733) have doubled since the spring",
        "The Fox's new number is 01632 960 118, booking for Sunday lunch essential",
        "Ring the Echo's news desk on 0113 496 0555 with your photos of the floods",
        "The Stores is on 01632 960 219 for deliveries, Mon-Sat",
        "Stall enquiries to the market manager 01632 960 310 by Friday",
        "Try the sale barn in Ogallala, (308) 555-0144, they have the catalogue",
    ],
)
def test_a_country_business_number_is_not_a_personal_phone(text: str) -> None:
    assert _phones(text) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Any problems ring Nell in Pickering on 07700 900 418", "+447700900418"),
        ("Lost our spaniel near the Fox, please call me on 07700 900 261", "+447700900261"),
        ("Kit is at mine, ring the team captain on 07700 900 377 if you need it", "+447700900377"),
        ("Moved out to the farm at last, our landline is 01632 960 584 now", "+441632960584"),
    ],
)
def test_a_persons_number_beside_a_place_is_still_theirs(text: str, value: str) -> None:
    assert _phones(text) == [value], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yes, ours on Heron Way too, nothing since Tuesday", "Heron Way"),
        ("Pop the card through his door on Larkspur Close, he's in all day", "Larkspur Close"),
        ("I think she's somewhere on Wrenfield Road? Ask at the shop", "Wrenfield Road"),
        ("The party's at her place: Holly Bank, 4 Tansy Road, Settle BD24 9ZX. Bring a chair", "BD24 9ZX"),
    ],
)
def test_a_home_said_as_theirs_ours_or_her_place(text: str, value: str) -> None:
    assert value in address_values(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Lane swimming tonight, max 4 per lane so book early",
        "Hwy 12 works between Rd 9 and Rd 14 until June, use Rd 3",
        "Her office on Tansy Road is shut till Monday",
        "Mine on eBay went for £40 in the end",
        "Didn't realise we were neighbours, we should walk to choir together",
    ],
)
def test_words_of_a_sentence_and_a_workplace_are_no_home(text: str) -> None:
    assert address_values(text) == [], text


@pytest.mark.parametrize(
    ("text", "candidate", "applies"),
    [
        ("Stall pitches £25, email stalls@hollinmela.example.org by Friday", "stalls@hollinmela.example.org", True),
        ("Exhibitor questions: traders@quillbyexpo.example.org", "traders@quillbyexpo.example.org", True),
        (
            "Playgroup news to littleoaks@eastgatecommunity.example.org",
            "littleoaks@eastgatecommunity.example.org",
            True,
        ),
        ("Volunteer shifts: collections@volunteers.example.org", "collections@volunteers.example.org", True),
        (
            "Going solo as a recruiter! hannah@hannahcole-talent.example.com",
            "hannah@hannahcole-talent.example.com",
            False,
        ),
    ],
)
def test_an_events_a_hospices_or_a_consulates_mailbox_is_an_organisations(
    text: str, candidate: str, applies: bool
) -> None:
    assert filter_applies(PUBLIC_BODYS_MAILBOX, text, candidate) is applies
