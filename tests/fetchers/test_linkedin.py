"""The LinkedIn fetcher over exports laid out as LinkedIn writes them (shared/formats/linkedin.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.cli import main
from audit.fetchers import SourceReport, recognise
from audit.fetchers.linkedin import LinkedInFetcher
from detectors.base import Item
from fixtures.exportkit import write_tree
from fixtures.linkedin_archive import LinkedInArchive, Message, Share

SHARE_1 = "urn:li:share:7100000000000000001"
SHARE_2 = "urn:li:ugcPost:7100000000000000002"


def sample() -> LinkedInArchive:
    return LinkedInArchive(
        address="12 Larkspur Close, Brackenford",
        headline="Year 4 Teacher at Oakhurst Academy",
        summary='Primary teacher. Say "hello" on robin.example@example.com',
        twitter=["RobinTeaches"],
        websites=["PERSONAL:https://robin.example.net", "https://blog.example.org"],
        positions=[
            ("Oakhurst Academy", "Class Teacher", "Year 4, maths lead.", "Brackenford, United Kingdom", "Sep 2019", ""),
            ("Example Books Ltd", "Sales Assistant", "", "Brackenford", "Jun 2012", "Jul 2019"),
        ],
        education=[("University of Brackenford", "2010", "2013", "", "BA, Geography", "Hiking club")],
        emails=[("r.example@example.org", "No"), ("robin.example@example.com", "Yes")],
        phones=[("07700 900123", "Mobile"), ("07*********", "MOBILE")],
        shares=[
            Share("2024-03-14 10:02:11", SHARE_1, 'Proud of our team! "Ring" me on\n07700 900321', "MEMBER_NETWORK"),
            Share(
                "2024-01-20 08:00:00 UTC",
                SHARE_2,
                "New term, new timetable.",
                "PUBLIC",
                "https://media.example.com/a.jpg",
            ),
            Share("2023-12-01 09:00:00", "urn:li:share:7100000000000000003", "Season's greetings", ""),
            Share("2023-11-01 09:00:00", "urn:li:share:7100000000000000004", "", "PUBLIC"),
        ],
        comments=[
            (
                "2024-02-02 12:00:00",
                "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A42",
                'I said "text 07700 900555", ok',
            )
        ],
        messages=[
            Message("conv-1", "Robin Example", "Hi, my mobile is 07700 900777"),
            Message("conv-1", "Sam Other", "Thanks, mine is 07700 900444"),
            Message("conv-2", "Robin Example", "draft: reach me at robin.draft@example.net", draft=True),
        ],
        connections=[("Sam", "Other", "Example Academy", "Teacher")],
        job_applications=[("2024-05-01 10:00:00", "robin.jobs@example.org", "07700 900888", "")],
        whatsapp=["+44 7700 900246"],
        invitations=[
            ("Robin Example", "Hi, we met at the county fair. 07700 900135", "OUTGOING"),
            ("Sam Other", "Connect? 07700 900975", "INCOMING"),
        ],
        rich_media=["Our allotment, Larkspur Close end"],
        articles={"my-first-term": ("My first term", "Call the office on 07700 900999.")},
    )


def items_of(path: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is LinkedInFetcher
    report = SourceReport(str(path), "linkedin")
    return list(fetcher(archive, report).items()), report


def by_field(items: list[Item]) -> dict[tuple[str, str], list[Item]]:
    found: dict[tuple[str, str], list[Item]] = {}
    for item in items:
        found.setdefault((item.provenance.file.rsplit("/", 1)[-1], item.provenance.field), []).append(item)
    return found


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("folder", [False, True])
@pytest.mark.parametrize("generation", ["basic", "complete"])
def test_every_layout_yields_profile_account_posts_and_messages(
    tmp_path: Path, generation: str, folder: bool, as_zip: bool
) -> None:
    tree = sample().tree(generation, folder=folder)  # type: ignore[arg-type]
    items, report = items_of(write_tree(tree, tmp_path / ("li.zip" if as_zip else "li"), as_zip=as_zip))
    assert report.unreadable == []
    found = by_field(items)
    shares = "Shares_17529409.csv" if generation == "complete" else "Shares.csv"
    phones = "PhoneNumbers.csv" if generation == "complete" else "Phone Numbers.csv"

    headline = found[("Profile.csv", "headline")][0]
    assert headline.text == "Year 4 Teacher at Oakhurst Academy"
    assert (headline.provenance.section, headline.provenance.visibility) == ("profile", "public")
    assert found[("Profile.csv", "summary")][0].text.endswith("robin.example@example.com")
    assert [i.text for i in found[("Profile.csv", "websites")]] == [
        "https://robin.example.net",
        "https://blog.example.org",
    ]
    assert found[("Profile.csv", "twitter_handles")][0].text == "RobinTeaches"
    assert found[("Profile.csv", "address")][0].provenance.visibility == "unknown"
    title = found[("Positions.csv", "title")][0]
    assert title.text == "Class Teacher" and title.provenance.created_at == datetime(2019, 9, 1, tzinfo=UTC)
    assert found[("Positions.csv", "company_name")][0].text == "Oakhurst Academy"
    assert found[("Education.csv", "school_name")][0].provenance.created_at == datetime(2010, 1, 1, tzinfo=UTC)

    email = found[("Email Addresses.csv", "email_address")]
    assert {i.text for i in email} == {"r.example@example.org", "robin.example@example.com"}
    assert all(i.provenance.section == "account" for i in email)
    assert [i.text for i in found[(phones, "number")]] == ["07700 900123", "07*********"]

    posts = {i.provenance.item_id: i for i in found[(shares, "sharecommentary")]}
    assert set(posts) == {SHARE_1, SHARE_2, "urn:li:share:7100000000000000003"}  # a bare repost has no text
    assert posts[SHARE_1].text == 'Proud of our team! "Ring" me on\n07700 900321'.replace(
        "\n", "\r\n" if generation == "complete" else "\n"
    )
    assert posts[SHARE_1].provenance.visibility == "friends"
    assert posts[SHARE_1].provenance.created_at == datetime(2024, 3, 14, 10, 2, 11, tzinfo=UTC)
    assert posts[SHARE_2].provenance.visibility == "public"
    assert posts[SHARE_2].provenance.created_at == datetime(2024, 1, 20, 8, 0, tzinfo=UTC)
    assert posts["urn:li:share:7100000000000000003"].provenance.visibility == "unknown"

    comment = found[(shares.replace("Shares", "Comments"), "message")][0]
    assert comment.text == 'I said "text 07700 900555", ok'
    assert (comment.provenance.item_id, comment.provenance.section) == ("urn:li:share:42", "comment")

    sent = found[("messages.csv", "content")]
    assert [(i.text, i.provenance.visibility, i.provenance.item_id) for i in sent] == [
        ("Hi, my mobile is 07700 900777", "custom", "conv-1"),
        ("draft: reach me at robin.draft@example.net", "only_me", "conv-2"),
    ]
    assert all(i.provenance.section == "message" for i in sent)
    invitation = found[("Invitations.csv", "message")]
    assert [(i.text, i.provenance.visibility) for i in invitation] == [
        ("Hi, we met at the county fair. 07700 900135", "custom")
    ]
    media = "Rich_Media.csv" if generation == "complete" else "Rich Media.csv"
    assert found[(media, "media_description")][0].provenance.item_id == "https://media.example.com/r.jpg"
    if generation == "complete":
        assert found[("Whatsapp Phone Numbers.csv", "number")][0].text == "+44 7700 900246"
        assert found[("Job Applications.csv", "contact_phone_number")][0].text == "07700 900888"
        article = found[("my-first-term.html", "body")][0]
        assert article.provenance.item_id == "https://www.linkedin.com/pulse/my-first-term"
        assert article.text.endswith("07700 900999.")


def test_profile_only_first_zip_is_recognised(tmp_path: Path) -> None:
    items, report = items_of(write_tree(sample().tree("profile_only"), tmp_path / "li.zip", as_zip=True))
    assert report.unreadable == []
    assert {i.provenance.file for i in items} >= {"Profile.csv", "Positions.csv", "PhoneNumbers.csv"}
    assert not any(i.provenance.section == "post" for i in items)


def test_messages_owner_is_guessed_without_a_profile(tmp_path: Path) -> None:
    tree = sample().tree("basic")
    del tree["Profile.csv"]
    tree["messages.csv"] += (  # type: ignore[operator]
        b'"conv-3","","Robin Example","https://www.linkedin.com/in/robin-example","","","2024-02-03 10:00:00 UTC","","ok","","","false","false"\n'
    )
    items, report = items_of(write_tree(tree, tmp_path / "li"))
    texts = [i.text for i in items if i.provenance.file == "messages.csv"]
    assert report.unreadable == []
    assert "Thanks, mine is 07700 900444" not in texts
    assert "Hi, my mobile is 07700 900777" in texts


def test_notes_above_any_header_and_mojibake_in_messages_are_handled(tmp_path: Path) -> None:
    tree = sample().tree("basic")
    positions = tree["Positions.csv"]
    assert isinstance(positions, bytes)
    tree["Positions.csv"] = b'Notes:\n"Some positions may be missing."\n\n' + positions
    tree["messages.csv"] = b'"CONVERSATION ID","FROM","CONTENT"\n"c9","Robin Example","Ren\xc3\x83\xc2\xa9e says hi"\n'
    items, report = items_of(write_tree(tree, tmp_path / "li"))
    assert report.unreadable == []
    assert [i.text for i in items if i.provenance.field == "title"] == ["Class Teacher", "Sales Assistant"]
    assert [i.text for i in items if i.provenance.file == "messages.csv"] == ["Ren\u00e9e says hi"]


def test_a_truncated_messages_file_read_twice_is_reported_once(tmp_path: Path) -> None:
    tree = sample().tree("basic")
    del tree["Profile.csv"]
    messages = tree["messages.csv"]
    assert isinstance(messages, bytes)
    tree["messages.csv"] = messages[: messages.index(b"draft:")]
    items, report = items_of(write_tree(tree, tmp_path / "li"))
    assert [u.path for u in report.unreadable] == ["messages.csv"]
    assert "Hi, my mobile is 07700 900777" in [i.text for i in items]


def test_truncated_and_misencoded_files_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    tree = sample().tree("complete")
    shares = tree["Shares_17529409.csv"]
    assert isinstance(shares, bytes)
    tree["Shares_17529409.csv"] = shares[: shares.index(b"New term") + 4]
    tree["Education.csv"] = b"School Name,Start Date\r\n\xff\xfeBrackenford\r\n"
    items, report = items_of(write_tree(tree, tmp_path / "li.zip", as_zip=True))
    assert {u.path for u in report.unreadable} == {"Shares_17529409.csv", "Education.csv"}
    assert any(i.provenance.item_id == SHARE_1 for i in items)
    assert any(i.provenance.file == "messages.csv" for i in items)


def test_scan_finds_planted_values_and_not_decoys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = sample().tree("complete")
    education = tree["Education.csv"]
    assert isinstance(education, bytes)
    tree["Education.csv"] = education[: education.index(b"Geography")]  # cut inside a quoted field
    path = write_tree(tree, tmp_path / "Complete_LinkedInDataExport_10-04-2026.zip", as_zip=True)
    code = main(["scan", str(path), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    (source,) = document["sources"]
    assert source["platform"] == "linkedin"
    assert [u["path"] for u in source["unreadable"]] == ["Education.csv"]
    values = {(f["kind"], f["value"]) for f in document["findings"]}
    planted_phones = ("+447700900123", "+447700900321", "+447700900555", "+447700900777", "+447700900888")
    for planted in (*planted_phones, "+447700900135", "+447700900246"):
        assert ("phone", planted) in values
    assert ("email", "robin.example@example.com") in values
    assert ("email", "robin.jobs@example.org") in values
    assert ("phone", "+447700900444") not in values  # someone else's message
    assert ("phone", "+447700900975") not in values  # an invitation someone else sent
    assert not any(f["file"] == "Connections.csv" for f in document["findings"])  # other people
    assert not any(f["kind"] == "phone" and "*" in f["value"] for f in document["findings"])  # masked
    kinds = {f["kind"] for f in document["findings"]}
    assert {"job_title", "school"} <= kinds
    schools = {f["value"] for f in document["findings"] if f["kind"] == "school"}
    assert any("Oakhurst" in s for s in schools)
    assert not any("University of Brackenford" in s for s in schools)  # where they studied
