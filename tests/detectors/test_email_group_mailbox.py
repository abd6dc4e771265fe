"""The group's mailbox (`detectors.email_group_mailbox`), on invented text: a club's, a choir's, a PTA's inbox."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.email import EmailDetector
from detectors.email_group_mailbox import GROUP_MAILBOX


def _span(text: str, address: str) -> tuple[str, int, int]:
    start = text.index(address)
    return text, start, start + len(address)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the address spells the group
        (
            "Bring-and-buy donations to kestonvalechoir@example.org please, we sort them Sunday",
            "kestonvalechoir@example.org",
        ),
        ("Spare uniform swap: write to brambleyptfa@example.net before half term", "brambleyptfa@example.net"),
        ("Under-9s kit orders to kit@larchfieldrovers-club.example.org", "kit@larchfieldrovers-club.example.org"),
        # the initials of a group the text names
        (
            "Residents' association AGM moved to the 14th; agenda items to quayviewra@example.com",
            "quayviewra@example.com",
        ),
        # the group's name spelt in the address
        ("Minutes of the Quarrendon PC meeting are up. Queries: quarrendon@example.org", "quarrendon@example.org"),
        # called the group's
        ("Can't make rehearsal? Tell the choir inbox: rehearsals@example.net", "rehearsals@example.net"),
        ("For the allotment waiting list contact the committee at plots@example.org", "plots@example.org"),
        # a group speaking as "we" at its own domain or with a role mailbox
        (
            "We're a small crew of volunteers running the food bank; our team replies at help@foxleyfood.example.org",
            "help@foxleyfood.example.org",
        ),
        (
            "Our podcast turns two this week! Send us your questions at mailbag@tidewatchaudio.example.net",
            "mailbag@tidewatchaudio.example.net",
        ),
    ],
)
def test_a_groups_mailbox_is_dropped(text: str, address: str) -> None:
    assert GROUP_MAILBOX(*_span(text, address))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a named person, a name and surname, digits
        ("Choir news: ask Perpetua about robes, perpetua@kestonvale.example.org", "perpetua@kestonvale.example.org"),
        ("Our club treasurer is lovely, write to d.okoro@example.net about subs", "d.okoro@example.net"),
        ("PTA quiz night! Book a table: tamsin.quiz.pta@example.com", "tamsin.quiz.pta@example.com"),
        ("We play Thursdays at the club, any questions rugbymad77@example.com", "rugbymad77@example.com"),
        # the writer's own, or a person's passed on
        (
            "I chair the ramblers but for this one, my personal email is walkingboots@example.org",
            "walkingboots@example.org",
        ),
        ("Anything for the choir, I'm at sopranoseat@example.net", "sopranoseat@example.net"),
        ("The band's drummer left; her email was drumbeat@example.com if you know her", "drumbeat@example.com"),
        ("Our society secretary, hollyhockfan@example.org, has the forms", "hollyhockfan@example.org"),
        # a group word by chance, with nobody speaking for a group
        ("Fresh loaves Saturday, I bake them myself: loafandlark@example.com", "loafandlark@example.com"),
        ("Lovely walk today, the view was amazing. Photos: fernpics@example.com", "fernpics@example.com"),
        # a household's and a one-person business's mailbox
        (
            "Our family team is ready for Sunday's fun run! RSVP to the kids at rsvp@thewhitlocks.example.net",
            "rsvp@thewhitlocks.example.net",
        ),
    ],
)
def test_a_persons_or_the_writers_mailbox_is_left_alone(text: str, address: str) -> None:
    assert not GROUP_MAILBOX(*_span(text, address))


def test_the_detector_drops_a_clubs_inbox_and_keeps_the_writers_own() -> None:
    text = (
        "Our swimming club's inbox is otterpoolclub@example.org for entries. "
        "Anything private, email me at fen.marlow@example.com"
    )
    post = Item(Provenance("x", "f", None, "text", section="post"), text=text)
    found = [match.value for match in EmailDetector().detect(post)]
    assert found == ["fen.marlow@example.com"]
