"""The TikTok fetcher over exports laid out as shared/formats/tiktok.md describes."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.cli import main
from audit.fetchers import SourceReport, recognise
from audit.fetchers.tiktok import TikTokFetcher
from audit.fetchers.tiktok_fields import gps, private_flag, who_can_view
from audit.fetchers.tiktok_json import EACH, Target, aliases, walk
from audit.fetchers.tiktok_txt import records
from audit.guidance import guidance_for, has_specific_guidance
from audit.visibility import how_to_check
from detectors.base import Item
from fixtures.exportkit import write_tree
from fixtures.tiktok_archive import GENERATIONS, TikTokArchive, Video

LINK = "https://www.tiktokv.com/share/video/73750000000000000{}/"


def sample(private: bool | None = None) -> TikTokArchive:
    return TikTokArchive(
        bio="Year 5 teacher at Oakhurst Academy. Views my own.",
        private_account=private,
        videos=[
            Video("2024-06-01 17:02:44", LINK.format(1), "Tutoring? Call me on 07700 900456", "Everyone"),
            Video("2024-06-02 09:00:00", LINK.format(2), "Sports day #year5", "Friends", "Roundhay Park"),
            Video("2024-06-03 10:00:00", LINK.format(3), "Bake sale!", None),
        ],
        deleted=[Video("2024-05-01 10:00:00", LINK.format(9), "Old one: 07700 900654", "Only me")],
        comments=[("2024-06-04 12:00:00", "e-mail me at sam.tutor@example.org")],
        chats={
            "bakes_by_b": [
                ("2024-06-05 18:00:00", "bakes_by_b", "ring me on 07700 900999 or bea@example.net"),
                ("2024-06-05 18:05:00", "mrs_reed_reads", "my number is 07700 900321"),
            ],
            "hill_walker_j": [("2024-06-06 08:00:00", "mrs_reed_reads", "see you Saturday")],
        },
        autofill={"PhoneNumber": "07700 900789", "Email": "sam.forms@example.net", "Address": "12 Larkspur Close"},
        gps="53.8008, -1.5491",
        reviews=[("2024-06-07 12:00:00", "Oakhurst Academy")],
    )


def items_of(path: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is TikTokFetcher
    report = SourceReport(str(path), "tiktok")
    return list(fetcher(archive, report).items()), report


def written(tmp_path: Path, generation: str, as_zip: bool, archive: TikTokArchive | None = None) -> Path:
    tree = (archive or sample()).tree(generation)  # type: ignore[arg-type]
    return write_tree(tree, tmp_path / ("tiktok.zip" if as_zip else "tiktok"), as_zip=as_zip)


def by_field(items: list[Item]) -> dict[str, list[Item]]:
    found: dict[str, list[Item]] = {}
    for item in items:
        found.setdefault(item.provenance.field.casefold(), []).append(item)
    return found


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("generation", GENERATIONS)
def test_profile_account_comments_and_own_messages_in_every_generation(
    tmp_path: Path, generation: str, as_zip: bool
) -> None:
    items, report = items_of(written(tmp_path, generation, as_zip))
    assert report.unreadable == []
    fields = by_field(items)
    file = {"2022": "user_data.json", "old": "user_data.json", "txt": "Profile/Profile Info.txt"}.get(
        generation, "user_data_tiktok.json"
    )
    (bio,) = fields["bio"] if generation == "txt" else fields["biodescription"]
    assert bio.text == "Year 5 teacher at Oakhurst Academy. Views my own."
    assert (bio.provenance.file, bio.provenance.section, bio.provenance.visibility) == (file, "profile", "public")
    (user,) = fields["username"]
    assert user.text == "mrs_reed_reads" and user.provenance.visibility == "public"
    phone = fields["phone number" if generation == "txt" else "telephonenumber"][0]
    assert (phone.text, phone.provenance.section, phone.provenance.visibility) == (
        "+447700900123",
        "account",
        "only_me",
    )
    (comment,) = fields["comment"]
    assert comment.text == "e-mail me at sam.tutor@example.org"
    assert comment.provenance.created_at == datetime(2024, 6, 4, 12, 0, tzinfo=UTC)
    assert (comment.provenance.section, comment.provenance.visibility) == ("comment", "unknown")
    messages = [i for i in items if i.provenance.section == "message"]
    assert [(m.text, m.provenance.item_id) for m in messages] == [
        ("my number is 07700 900321", "bakes_by_b"),
        ("see you Saturday", "hill_walker_j"),
    ]
    assert {m.provenance.visibility for m in messages} == {"custom"}
    assert messages[0].provenance.created_at == datetime(2024, 6, 5, 18, 5, tzinfo=UTC)
    assert not any("900999" in (i.text or "") or "900888" in (i.text or "") for i in items)
    assert not any("900777" in (i.text or "") or "900555" in (i.text or "") for i in items)


@pytest.mark.parametrize("generation", ["new", "new-pas"])
def test_newer_posts_carry_their_own_audience_place_and_link(tmp_path: Path, generation: str) -> None:
    items, _ = items_of(written(tmp_path, generation, True))
    posts = {i.provenance.item_id: i for i in items if i.provenance.field == "Title"}
    first = posts[LINK.format(1)]
    assert first.text == "Tutoring? Call me on 07700 900456"
    assert first.provenance.created_at == datetime(2024, 6, 1, 17, 2, 44, tzinfo=UTC)
    assert [posts[LINK.format(n)].provenance.visibility for n in (1, 2, 3)] == ["public", "friends", "unknown"]
    assert posts[LINK.format(9)].provenance.visibility == "only_me"  # recently deleted
    (place,) = [i for i in items if i.provenance.field == "Location"]
    assert (place.place, place.provenance.item_id, place.provenance.section) == (
        "Roundhay Park",
        LINK.format(2),
        "checkin",
    )
    assert place.provenance.visibility == "friends"
    (where,) = [i for i in items if i.coordinates]
    assert where.coordinates == (53.8008, -1.5491)
    assert (where.provenance.section, where.provenance.visibility) == ("account", "only_me")
    fields = by_field(items)
    assert fields["adress_info"][0].text == "12 Larkspur Close, Brackenford LS99 9AB"
    assert fields["address"][0].text == "12 Larkspur Close"
    assert fields["phonenumber"][0].provenance.visibility == "only_me"
    assert fields["placename"][0].place == "Oakhurst Academy"
    if generation == "new-pas":
        assert fields["displayname"][0].text == "Sam Reed"


@pytest.mark.parametrize(("private", "expected"), [(True, "followers"), (False, "public"), (None, "unknown")])
def test_posts_without_an_audience_follow_the_private_account_flag(
    tmp_path: Path, private: bool | None, expected: str
) -> None:
    items, _ = items_of(written(tmp_path, "old", False, sample(private)))
    posts = [i for i in items if i.provenance.field == "Title"]
    assert len(posts) == 3  # the older layout has no deleted list
    assert {p.provenance.visibility for p in posts} == {expected}
    new_items, _ = items_of(written(tmp_path / "new", "new", False, sample(private)))
    third = next(i for i in new_items if i.provenance.item_id == LINK.format(3) and i.provenance.field == "Title")
    assert third.provenance.visibility == expected  # the post that says nothing itself


def test_2022_posts_have_links_and_dates_but_no_caption(tmp_path: Path) -> None:
    items, _ = items_of(written(tmp_path, "2022", True))
    assert not [i for i in items if i.provenance.section == "post"]


def test_messages_read_before_the_profile_are_kept_and_filtered(tmp_path: Path) -> None:
    tree = sample().tree("new")
    data = json.loads(str(tree["user_data_tiktok.json"]))
    reordered = {k: v for k, v in data.items() if k != "Profile"} | {"Profile": data["Profile"]}
    path = write_tree({"user_data_tiktok.json": json.dumps(reordered)}, tmp_path / "t.zip", as_zip=True)
    items, _ = items_of(path)
    assert [i.text for i in items if i.provenance.section == "message"] == [
        "my number is 07700 900321",
        "see you Saturday",
    ]


def test_truncated_json_keeps_what_came_before_the_break(tmp_path: Path) -> None:
    tree = sample().tree("new")
    text = str(tree["user_data_tiktok.json"])
    tree["user_data_tiktok.json"] = text[: text.index("Sports day")]
    items, report = items_of(write_tree(tree, tmp_path / "t.zip", as_zip=True))
    assert [u.path for u in report.unreadable] == ["user_data_tiktok.json"]
    assert "truncated" in report.unreadable[0].reason
    assert any(i.text == "Tutoring? Call me on 07700 900456" for i in items)
    assert not any("Sports day" in (i.text or "") for i in items)


def test_recognition_by_the_files_tiktok_writes(tmp_path: Path) -> None:
    unrelated = write_tree({"user_data.json": '{"users": []}'}, tmp_path / "other")
    assert recognise(open_archive(unrelated)) is None
    wrapped = write_tree({f"export/{k}": v for k, v in sample().tree("old").items()}, tmp_path / "w.zip", as_zip=True)
    assert recognise(open_archive(wrapped)) is TikTokFetcher
    lone_txt = write_tree({"Comments.txt": "Date: 2024-01-01\n"}, tmp_path / "lone")
    assert recognise(open_archive(lone_txt)) is None


def test_walk_builds_only_the_targets_one_element_at_a_time() -> None:
    document = {"Video": {"Videos": {"VideoList": [{"Title": "a"}, {"Title": "b"}]}}, "Watch": {"VideoList": [1]}}
    target = Target("post", (aliases("Post", "Video"), aliases("posts", "videos"), aliases("VideoList"), EACH))
    hits = list(walk(io.BytesIO(json.dumps(document).encode()), "f", [target]))
    assert [h.value for h in hits] == [{"Title": "a"}, {"Title": "b"}]
    assert hits[0].keys == ("Video", "Videos", "VideoList")


def test_value_readers_never_guess() -> None:
    assert who_can_view("Everyone") == "public" and who_can_view("Only me") == "only_me"
    assert who_can_view("Close friends circle") == "unknown" and who_can_view(None) is None
    assert private_flag({"Private Account": "On"}) is True and private_flag({"privateAccount": "maybe"}) is None
    assert gps("53.8, -1.55") == (53.8, -1.55) and gps("somewhere") is None and gps("91, 0") is None
    assert list(records(iter(["Date: 1 | Link: x", "", "Chat History with bo:", "From: a"]))) == [
        (None, {"date": "1", "link": "x"}),
        ("bo", {"from": "a"}),
    ]


def test_scan_finds_planted_values_and_not_decoys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = sample().tree("new")
    tree["user_data_tiktok.json"] = str(tree["user_data_tiktok.json"])
    path = write_tree(tree, tmp_path / "tiktok.zip", as_zip=True)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w") as archive:
        text = str(tree["user_data_tiktok.json"])
        archive.writestr("user_data_tiktok.json", text[: text.index("Sports day")])
    code = main(["scan", str(path), "--json", "--quiet"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    (source,) = document["sources"]
    assert source["platform"] == "tiktok" and source["unreadable"] == []
    found = {(f["kind"], f["value"]): f for f in document["findings"]}
    assert found[("phone", "+447700900456")]["item_id"] == LINK.format(1)
    assert found[("phone", "+447700900456")]["visibility"] == "public"
    assert found[("phone", "+447700900321")]["visibility"] == "custom"
    assert found[("phone", "+447700900123")]["visibility"] == "only_me"
    assert found[("email", "sam.tutor@example.org")]["field"] == "comment"
    assert found[("email", "sam.reed@example.com")]["field"] == "emailAddress"
    kinds = {f["kind"] for f in document["findings"]}
    assert {"job_title", "school", "address"} <= kinds  # no media: no photo_location
    values = {value for _, value in found}
    assert not {"+447700900999", "+447700900777", "+447700900555", "+447700900888", "bea@example.net"} & values

    code = main(["scan", str(broken), "--json", "--quiet"])
    document = json.loads(capsys.readouterr().out)
    (source,) = document["sources"]
    assert [u["path"] for u in source["unreadable"]] == ["user_data_tiktok.json"]
    assert ("phone", "+447700900456") in {(f["kind"], f["value"]) for f in document["findings"]}


@pytest.mark.parametrize("kind", ["phone", "email", "address", "job_title", "school", "photo_location"])
def test_every_kind_has_a_tiktok_guide_and_visibility_names_the_settings(kind: str) -> None:
    text = guidance_for("tiktok", kind)
    assert has_specific_guidance("tiktok", kind) and text.startswith("# TikTok")
    assert "Settings and privacy" in text and "\n1. " in text
    assert "Private account" in how_to_check("tiktok")


def test_profile_items_point_at_the_profile_and_bio_links_are_read(tmp_path: Path) -> None:
    tree = sample().tree("new")
    data = json.loads(str(tree["user_data_tiktok.json"]))
    data["Profile"]["Profile Info"]["ProfileMap"]["bioLink"] = "wa.me/447700900246"
    path = write_tree({"user_data_tiktok.json": json.dumps(data)}, tmp_path / "t")
    items, _ = items_of(path)
    (link,) = [i for i in items if i.provenance.field == "bioLink"]
    assert (link.text, link.provenance.visibility) == ("wa.me/447700900246", "public")
    assert link.provenance.item_id == "https://www.tiktok.com/@mrs_reed_reads"
    assert not [i for i in items if i.provenance.field in ("profilePhoto", "profileVideo")]


def test_unreadable_txt_member_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    tree = sample().tree("txt")
    tree["Comment/Comments.txt"] = b"Date: 2024-06-04 12:00:00\nComment: \xff\xfe broken\n"
    items, report = items_of(write_tree(tree, tmp_path / "t.zip", as_zip=True))
    assert [(u.path, u.reason) for u in report.unreadable] == [("Comment/Comments.txt", "not UTF-8 text")]
    assert any(i.text == "Tutoring? Call me on 07700 900456" for i in items)
    assert any(i.provenance.section == "message" for i in items)


def test_with_no_profile_the_owner_is_the_sender_in_every_chat(tmp_path: Path) -> None:
    data = json.loads(str(sample().tree("new")["user_data_tiktok.json"]))
    del data["Profile"]
    items, _ = items_of(write_tree({"user_data_tiktok.json": json.dumps(data)}, tmp_path / "t"))
    assert [i.text for i in items if i.provenance.section == "message"] == [
        "my number is 07700 900321",
        "see you Saturday",
    ]
    data["Direct Message"]["Direct Messages"]["ChatHistory"].pop("Chat History with hill_walker_j:")
    items, _ = items_of(write_tree({"user_data_tiktok.json": json.dumps(data)}, tmp_path / "u"))
    assert not [i for i in items if i.provenance.section == "message"]  # one chat: no way to tell


def test_dutch_txt_names_are_read_by_what_they_hold(tmp_path: Path) -> None:
    tree = sample().tree("txt")
    tree["Directe berichten/Directe berichten.txt"] = tree.pop("Direct Messages/Direct Messages.txt")
    tree["Meest recente locatiegegevens.txt"] = "Date: 2024-06-02 08:00:00\nGPS Data: 53.8008, -1.5491\n"
    items, _ = items_of(write_tree(tree, tmp_path / "nl"))
    messages = [i for i in items if i.provenance.section == "message"]
    assert [(m.text, m.provenance.file) for m in messages][0] == (
        "my number is 07700 900321",
        "Directe berichten/Directe berichten.txt",
    )
    assert [i.coordinates for i in items if i.coordinates] == [(53.8008, -1.5491)]
