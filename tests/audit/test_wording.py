"""Plain words for where a finding is, who sees it and when; fix steps for that place; excerpts
cut between words.  Issue 14, points 5 and 6."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from audit.guidance import guidance_for, guidance_for_finding, guidance_root, steps_for
from audit.model import Finding, excerpt_with_span, make_finding
from audit.wording import PLACE_KEYS, audience, audience_short, clause_words, date_words, place, short_date, where
from detectors.base import VISIBILITIES, Item, Match, Provenance, Section

PHONE = ("2.3.2", "2.4.2", "2.1.5")

PLACES: list[tuple[str, Section, str, str, str]] = [
    ("x", "post", "full_text", "data/tweets.js", "a post"),
    ("x", "post", "text", "data/js/tweets/2013_07.js", "a post"),
    ("x", "post", "full_text", "data/deleted-tweets.js", "a post you deleted"),
    ("x", "post", "note_text", "data/note-tweet.js", "a long post"),
    ("x", "profile", "bio", "data/profile.js", "your profile's bio"),
    ("x", "account", "phoneNumber", "data/phone-number.js", "your account's phone number (used to log in)"),
    ("x", "message", "text", "data/direct-messages.js", "a direct message you sent"),
    (
        "facebook",
        "post",
        "post",
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        "a post on your timeline",
    ),
    ("facebook", "media", "description", "your_facebook_activity/posts/album/0.json", "a photo album's description"),
    (
        "facebook",
        "profile",
        "phone_numbers.phone_number",
        "profile_information/profile_information.json",
        "your profile's contact details",
    ),
    (
        "facebook",
        "profile",
        "work_experiences.employer",
        "profile_information/profile_information.json",
        "your profile's work details",
    ),
    ("facebook", "checkin", "place", "your_facebook_activity/posts/check-ins.json", "a check-in"),
    ("facebook", "comment", "comment", "comments_and_reactions/comments.json", "a comment you wrote"),
    (
        "instagram",
        "post",
        "title",
        "your_instagram_activity/content/archived_posts.json",
        "a post you archived (only you can see it)",
    ),
    ("instagram", "post", "title", "your_instagram_activity/media/stories.json", "a story"),
    ("instagram", "profile", "Bio", "personal_information/personal_information.json", "your profile's bio"),
    ("linkedin", "post", "sharecommentary", "Shares.csv", "a post"),
    ("linkedin", "profile", "summary", "Profile.csv", "your profile's About section"),
    ("linkedin", "profile", "headline", "Profile.csv", "your profile's headline"),
    ("linkedin", "account", "contact_email", "Jobs/Job Applications.csv", "a job application you sent"),
    ("mastodon", "message", "content", "outbox.json", "a private mention you sent"),
    ("mastodon", "comment", "content", "outbox.json", "a reply you wrote"),
    ("tiktok", "post", "title", "user_data_tiktok.json", "a video's caption"),
    ("tiktok", "account", "GpsData", "user_data_tiktok.json", "the platform's record of your phone's position"),
    ("bluesky", "other", "description", "repo.car", "a list or starter pack you made"),
    ("bluesky", "post", "alt", "repo.car", "the description of a picture in a post"),
]
INTERNAL = re.compile(r"\.(js|json|csv|html?|car)\b|_|/|full_text|sharecommentary|phoneNumber|undated|only_me|custom")
"""What a teacher should never have to read: file names, paths, field names, contract codes."""


def finding(
    *,
    platform: str = "x",
    section: Section = "post",
    field: str = "full_text",
    file: str = "data/tweets.js",
    when: datetime | None = datetime(2016, 3, 3, 9, 0, tzinfo=UTC),
    text: str = "new number 07700 900123 ring me",
    visibility: str = "public",
) -> Finding:
    start = text.index("07700")
    item = Item(Provenance(platform, file, "1", field, section, when, visibility), text=text)  # type: ignore[arg-type]
    return make_finding(item, Match("phone", "+447700900123", start, start + 12, 0.95, "UK mobile number", PHONE))


@pytest.mark.parametrize(("platform", "section", "field", "file", "words"), PLACES)
def test_each_place_in_plain_words(platform: str, section: Section, field: str, file: str, words: str) -> None:
    found = place(platform, section, field, file)
    assert found.words == words
    assert found.key in PLACE_KEYS
    assert not INTERNAL.search(found.words)


def test_where_says_the_place_and_the_day_as_people_write_it() -> None:
    facebook = finding(
        platform="facebook",
        field="post",
        file="your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        visibility="unknown",
    )
    assert where(facebook) == "a post on your timeline, 3 March 2016"
    assert where(finding(section="profile", field="bio", file="data/profile.js", when=None)) == "your profile's bio"


def test_dates_and_clauses_in_words() -> None:
    assert date_words(datetime(2016, 3, 3, tzinfo=UTC)) == "3 March 2016"
    assert date_words(None) == ""
    assert short_date(datetime(2021, 11, 30, tzinfo=UTC)) == "30 Nov 2021" and short_date(None) == "no date"
    assert clause_words(["2.3.2"]) == "clause 2.3.2"
    assert clause_words(["2.3.2", "2.4.2"]) == "clauses 2.3.2 and 2.4.2"
    assert clause_words(PHONE) == "clauses 2.3.2, 2.4.2 and 2.1.5"


def test_audiences_in_each_platforms_own_words() -> None:
    assert audience("linkedin", "friends") == "Connections only"
    assert audience_short("linkedin", "friends") == "Connections"
    assert audience("linkedin", "public") == "Anyone"
    assert audience("facebook", "only_me") == "Only me"
    assert audience("instagram", "custom") == "Close friends"
    assert audience("mastodon", "custom", "message") == "The people in the conversation"
    assert audience_short("x", "custom", "message") == "In a chat"
    assert audience("tiktok", "public") == "Everyone"
    for platform in ("x", "facebook", "instagram", "linkedin", "mastodon", "tiktok", "bluesky"):
        for visibility in VISIBILITIES:
            for section in ("post", "message"):
                said = audience(platform, visibility, section)
                assert not INTERNAL.search(said), (platform, visibility, said)
                assert len(audience_short(platform, visibility, section)) <= 13


def test_fix_steps_are_for_the_place_it_was_found() -> None:
    album = finding(
        platform="facebook", section="media", field="description", file="posts/album/0.json", visibility="unknown"
    )
    steps = guidance_for_finding(album)
    assert "Edit album" in steps
    assert "Contact and basic info" not in steps  # not the contact-details steps
    assert "Limit past posts" in steps  # advice for every place stays
    contact = finding(
        platform="facebook",
        section="profile",
        field="phone_numbers.phone_number",
        file="profile_information/profile_information.json",
    )
    steps = guidance_for_finding(contact)
    assert "Contact and basic info" in steps and "Edit album" not in steps
    assert "Who can look you up using the phone number" in steps


def test_a_place_without_its_own_steps_gets_the_nearest_and_tags_never_show() -> None:
    deleted = finding(file="data/deleted-tweets.js")
    assert "already gone from X" in guidance_for_finding(deleted)
    comment = finding(platform="mastodon", section="comment", field="content", file="outbox.json")
    assert "If the number is in a post or a reply" in guidance_for_finding(comment)
    whole = guidance_for("facebook", "phone")
    assert "Edit album" in whole and "Contact and basic info" in whole  # no place: every block
    for path in guidance_root().iterdir():
        for guide in path.iterdir():
            for where_key in (None, *PLACE_KEYS):
                assert "<!--" not in steps_for(guide.read_text(encoding="utf-8"), where_key), guide


def test_every_tag_in_the_guides_names_a_known_place() -> None:
    for path in guidance_root().iterdir():
        for guide in path.iterdir():
            for tags in re.findall(r"<!-- where: ([a-z_ ]+) -->", guide.read_text(encoding="utf-8")):
                assert set(tags.split()) <= {*PLACE_KEYS, "all"}, (guide, tags)


def test_excerpts_are_cut_between_words() -> None:
    text = "We drove to the seaside yesterday and then ring me on 07700 900123 any evening after supper, okay"
    start = text.index("07700")
    snippet, span = excerpt_with_span(text, start, start + 12)
    assert snippet.startswith("…") and snippet[span[0] : span[1]] == "07700 900123"  # type: ignore[index]
    words = set(text.split())
    for word in snippet.strip("…").split():
        assert word in words, word  # every word whole
    long_word = "x" * 100 + "07700900123"
    snippet, span = excerpt_with_span(long_word, 100, 111)
    assert span and snippet[span[0] : span[1]] == "07700900123"  # no space to cut at: cut where it must
