"""The X fetcher over archives laid out as X wrote them, in every generation."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from audit.fetchers.x import XFetcher
from audit.pipeline import scan
from detectors.base import Item
from fixtures.exportkit import jpeg, write_tree
from fixtures.x_archive import Tweet, Video, XArchive, epoch_ms, epoch_s, ytd

WHEN = datetime(2014, 3, 2, 10, 0, tzinfo=UTC)


def sample() -> XArchive:
    return XArchive(
        email="ms.example@example.com",
        device_phone="+447700900789",
        bio="Tea & marking",
        location="Brackenford",
        tweets=[
            Tweet("1456000000000000001", "ring me on 07700 900123 x", WHEN),
            Tweet("1456000000000000002", "fish & chips > pizza, mail me at ms.e@example.org", WHEN),
            Tweet(
                "1456000000000000003",
                "see https://t.co/Zz1",
                WHEN,
                urls=[("https://t.co/Zz1", "https://wa.me/447700900222")],
            ),
            Tweet(
                "1456000000000000004", "summit!", WHEN, media=[("F5xAbc.jpg", jpeg())], alt="view", geo=(53.8, -1.55)
            ),
            Tweet("1456000000000000005", "RT @someone: call 07700 900999", WHEN),
        ],
        notes=[("1456000000000000006", "A long post... my landline is 0117 496 0123", "2023-10-25T16:00:00.000Z")],
        dms=[("900", "1234567890", "my number is 07700 900333"), ("901", "2222222222", "mine is 07700 900444")],
    )


def items_of(path: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is XFetcher
    report = SourceReport(str(path), "x")
    return list(fetcher(archive, report).items()), report


@pytest.mark.parametrize("generation", ["data", "root"])
@pytest.mark.parametrize("as_zip", [False, True])
def test_gdpr_layouts_yield_posts_profile_and_account(tmp_path: Path, generation: str, as_zip: bool) -> None:
    path = write_tree(sample().tree(generation), tmp_path / ("x.zip" if as_zip else "x"), as_zip=as_zip)
    items, report = items_of(path)
    assert report.unreadable == []
    prefix = "data/" if generation == "data" else ""
    by_field = {(i.provenance.file, i.provenance.field, i.provenance.item_id): i for i in items}
    post = by_field[(f"{prefix}{'tweets' if generation == 'data' else 'tweet'}.js", "full_text", "1456000000000000001")]
    assert post.text == "ring me on 07700 900123 x"
    assert post.provenance.visibility == "public"
    assert post.provenance.created_at == WHEN
    assert by_field[(f"{prefix}profile.js", "bio", None)].text == "Tea & marking"
    assert by_field[(f"{prefix}account.js", "email", None)].provenance.visibility == "only_me"
    assert by_field[(f"{prefix}phone-number.js", "phoneNumber", None)].text == "+447700900789"
    assert by_field[(f"{prefix}note-tweet.js", "note_text", "1456000000000000006")].text.endswith("0117 496 0123")


def test_html_entities_are_decoded_and_tco_links_expanded(tmp_path: Path) -> None:
    items, _ = items_of(write_tree(sample().tree("data"), tmp_path / "x"))
    texts = {i.provenance.item_id: i.text for i in items if i.provenance.field == "full_text"}
    assert texts["1456000000000000002"].startswith("fish & chips > pizza")
    assert texts["1456000000000000003"] == "see https://wa.me/447700900222"


def test_retweets_and_other_peoples_messages_are_skipped(tmp_path: Path) -> None:
    items, _ = items_of(write_tree(sample().tree("data"), tmp_path / "x"))
    ids = {i.provenance.item_id for i in items}
    assert "1456000000000000005" not in ids
    messages = [i for i in items if i.provenance.section == "message"]
    assert [m.text for m in messages] == ["my number is 07700 900333"]
    assert messages[0].provenance.visibility == "custom"


def test_media_files_geo_and_alt_text(tmp_path: Path) -> None:
    items, _ = items_of(write_tree(sample().tree("data"), tmp_path / "x.zip", as_zip=True))
    [media] = [i for i in items if i.media is not None]
    assert media.provenance.file == "data/tweets_media/1456000000000000004-F5xAbc.jpg"
    with media.media.opener() as stream:
        assert stream.read(2) == b"\xff\xd8"
    [post] = [i for i in items if i.provenance.item_id == "1456000000000000004" and i.provenance.field == "full_text"]
    assert post.coordinates == pytest.approx((53.8, -1.55))
    assert [i.text for i in items if i.provenance.field == "media_alt"] == ["view"]


def test_protected_account_makes_posts_followers_only(tmp_path: Path) -> None:
    archive = sample()
    archive.protected = [("2019-01-01T00:00:00.000Z", "Protect"), ("2018-01-01T00:00:00.000Z", "Unprotect")]
    items, _ = items_of(write_tree(archive.tree("data"), tmp_path / "x"))
    posts = [i for i in items if i.provenance.section == "post"]
    assert posts and {p.provenance.visibility for p in posts} == {"followers"}
    profile = [i for i in items if i.provenance.field == "bio"]
    assert profile[0].provenance.visibility == "public"


def test_unprotected_again_is_public(tmp_path: Path) -> None:
    archive = sample()
    archive.protected = [("2019-01-01T00:00:00.000Z", "Protect"), ("2020-01-01T00:00:00.000Z", "Unprotect")]
    items, _ = items_of(write_tree(archive.tree("data"), tmp_path / "x"))
    assert {i.provenance.visibility for i in items if i.provenance.section == "post"} == {"public"}


def test_unwrapped_tweets_of_older_archives(tmp_path: Path) -> None:
    archive = sample()
    for tweet in archive.tweets:
        tweet.wrapped = False
    items, _ = items_of(write_tree(archive.tree("root"), tmp_path / "x"))
    assert any(i.text == "ring me on 07700 900123 x" for i in items)


def test_grailbird_archive(tmp_path: Path) -> None:
    archive = sample()
    archive.tweets[0] = Tweet(
        "1456000000000000001", "ring me on 07700 900123 x", datetime(2013, 7, 24, 2, 18, tzinfo=UTC)
    )
    archive.protected = [("2013-01-01T00:00:00.000Z", "Protect")]
    items, report = items_of(write_tree(archive.tree("grailbird"), tmp_path / "x.zip", as_zip=True))
    assert report.unreadable == []
    [post] = [i for i in items if i.provenance.item_id == "1456000000000000001"]
    assert post.provenance.file == "data/js/tweets/2013_07.js"
    assert post.provenance.field == "text"
    assert post.provenance.created_at == datetime(2013, 7, 24, 2, 18, tzinfo=UTC)
    assert post.provenance.visibility == "followers"
    assert any(i.provenance.field == "bio" and i.text == "Tea & marking" for i in items)


def test_grailbird_csv_only(tmp_path: Path) -> None:
    tree = {k: v for k, v in sample().tree("grailbird").items() if not k.startswith("data/js/tweets/")}
    items, _ = items_of(write_tree(tree, tmp_path / "x"))
    [post] = [i for i in items if i.provenance.item_id == "1456000000000000001"]
    assert post.provenance.file == "tweets.csv" and post.text == "ring me on 07700 900123 x"


def test_multi_part_tweets_and_duplicate_ids(tmp_path: Path) -> None:
    tree = sample().tree("data")
    tree["data/tweets-part1.js"] = ytd(
        "tweets",
        [
            {
                "tweet": {
                    "id_str": "1456000000000000001",
                    "full_text": "dup",
                    "created_at": "Sun Mar 02 10:00:00 +0000 2014",
                }
            },
            {
                "tweet": {
                    "id_str": "1456000000000000099",
                    "full_text": "part one",
                    "created_at": "Sun Mar 02 10:00:00 +0000 2014",
                }
            },
        ],
        part=1,
    )
    items, _ = items_of(write_tree(tree, tmp_path / "x"))
    texts = [i.text for i in items if i.provenance.field == "full_text"]
    assert "part one" in texts and "dup" not in texts


def test_truncated_member_is_reported_and_the_rest_scanned(tmp_path: Path) -> None:
    tree = sample().tree("data")
    full = str(tree["data/tweets.js"])
    tree["data/tweets.js"] = full[: len(full) // 2]
    items, report = items_of(write_tree(tree, tmp_path / "x"))
    [problem] = report.unreadable
    assert problem.path == "data/tweets.js" and problem.reason.startswith("truncated JSON at byte")
    assert "07700" not in problem.reason
    assert any(i.provenance.field == "bio" for i in items)
    assert any(i.provenance.item_id == "1456000000000000001" for i in items)


def test_corrupt_member_inside_a_good_zip(tmp_path: Path) -> None:
    path = write_tree(sample().tree("data"), tmp_path / "x.zip", as_zip=True)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("data/tweets.js")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 10, start + 40):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    items, report = items_of(path)
    assert [u.path for u in report.unreadable] == ["data/tweets.js"]
    assert any(i.provenance.field == "bio" for i in items)


def test_wrapping_folder_is_looked_through(tmp_path: Path) -> None:
    tree = {f"twitter-2024-05-01/{k}": v for k, v in sample().tree("data").items()}
    path = write_tree(tree, tmp_path / "x.zip", as_zip=True)
    items, _ = items_of(path)
    assert any(i.provenance.file == "data/tweets.js" for i in items)


def test_scan_finds_planted_values_end_to_end(tmp_path: Path) -> None:
    path = write_tree(sample().tree("data"), tmp_path / "twitter-2024-05-01.zip", as_zip=True)
    result = scan([path])
    found = {(f.kind, f.value, f.item_id) for f in result.findings}
    assert ("phone", "+447700900123", "1456000000000000001") in found
    assert ("phone", "+447700900222", "1456000000000000003") in found
    assert ("email", "ms.e@example.org", "1456000000000000002") in found
    assert ("phone", "+441174960123", "1456000000000000006") in found
    assert ("phone", "+447700900333", "900") in found
    assert not any(f.value in ("+447700900999", "+447700900444") for f in result.findings)
    assert result.sources[0].items == len(list(items_of(path)[0]))


def test_a_file_in_a_layout_the_reader_does_not_know_is_reported_not_fatal(tmp_path: Path) -> None:
    tree = sample().tree("data")
    tree["data/tweets.js"] = ytd(
        "tweets",
        [
            {
                "tweet": {
                    "id_str": "7",
                    "full_text": "call 07700 900100",
                    "created_at": "Sun Mar 02 10:00:00 +0000 2014",
                }
            },
            {"tweet": {"id_str": "8", "full_text": "x", "entities": {"urls": 5}}},
        ],
    )
    tree["data/profile.js"] = ytd("profile", [{"profile": {"description": "just a string"}}])
    items, report = items_of(write_tree(tree, tmp_path / "x"))
    reasons = {u.path: u.reason for u in report.unreadable}
    assert reasons["data/tweets.js"].startswith("unexpected layout (TypeError)")
    assert "data/profile.js" not in reasons  # a description that is not a record is simply empty
    assert any(i.text == "call 07700 900100" for i in items)  # read before the surprise
    assert any(i.provenance.file == "data/note-tweet.js" for i in items)  # later files still read


def test_root_layout_epoch_dates_are_read_as_utc(tmp_path: Path) -> None:
    """The 2018-2020 root layout dates change records and messages in epoch ms or seconds."""
    emailed = datetime(2018, 11, 3, 8, 42, 47, 890000, tzinfo=UTC)
    renamed = datetime(2012, 10, 26, 6, 56, 7, tzinfo=UTC)
    phoned = datetime(2016, 4, 1, 12, 0, 30, 125000, tzinfo=UTC)
    in_ms, in_s = datetime(2019, 11, 20, 21, 4, 9, 331000, tzinfo=UTC), datetime(2014, 6, 30, 23, 59, 59, tzinfo=UTC)
    archive = sample()
    archive.email_changes = [(epoch_ms(emailed), "ms.example@example.com")]
    archive.screen_name_changes = [(epoch_s(renamed), "MsExampleOld", "MsExampleTeach")]
    archive.device_phone_date = epoch_ms(phoned)
    archive.dms.append(("902", "1234567890", "or the office on 0113 496 0456"))
    archive.dm_dates = {"900": epoch_ms(in_ms), "902": epoch_s(in_s)}
    items, report = items_of(write_tree(archive.tree("root"), tmp_path / "x.zip", as_zip=True))
    assert report.unreadable == []
    dated = {(i.provenance.file, i.provenance.field, i.provenance.item_id): i.provenance.created_at for i in items}
    assert dated[("email-address-change.js", "changedTo", None)] == emailed
    assert dated[("screen-name-change.js", "changedFrom", None)] == renamed
    assert dated[("screen-name-change.js", "changedTo", None)] == renamed
    assert dated[("phone-number.js", "phoneNumber", None)] == phoned
    assert dated[("direct-message.js", "text", "900")] == in_ms
    assert dated[("direct-message.js", "text", "902")] == in_s
    assert all(when is None or when.utcoffset() is not None for when in dated.values())


@pytest.mark.parametrize(
    "created",
    [
        "13570704",  # eight digits: fromisoformat would read the year 1357
        "1000000000",  # 2001, before Twitter began
        "946684800000",  # 2000 in milliseconds
        "4102444800000",  # 2100: the future
        "0",
        "1541234567890000000000",
        "yesterday",
    ],
)
def test_dates_that_cannot_be_real_are_dropped_not_shown(tmp_path: Path, created: str) -> None:
    archive = sample()
    archive.dm_dates = {"900": created}
    archive.email_changes = [(created, "ms.example@example.com")]
    items, report = items_of(write_tree(archive.tree("root"), tmp_path / "x"))
    assert report.unreadable == []
    [message] = [i for i in items if i.provenance.item_id == "900"]
    assert message.text == "my number is 07700 900333" and message.provenance.created_at is None
    [change] = [i for i in items if i.provenance.file == "email-address-change.js"]
    assert change.provenance.created_at is None


def test_epoch_dates_written_as_numbers(tmp_path: Path) -> None:
    sent = datetime(2019, 2, 3, 4, 5, 6, tzinfo=UTC)
    archive = sample()
    archive.dm_dates = {"900": int(sent.timestamp() * 1000)}
    items, _ = items_of(write_tree(archive.tree("root"), tmp_path / "x"))
    [message] = [i for i in items if i.provenance.item_id == "900"]
    assert message.provenance.created_at == sent


@pytest.mark.parametrize("generation", ["data", "root"])
@pytest.mark.parametrize("gif", [False, True])
def test_video_file_is_joined_to_its_tweet(tmp_path: Path, generation: str, gif: bool) -> None:
    """`media_url` names the .jpg thumbnail; the .mp4 is named after a video variant."""
    archive = sample()
    archive.protected = [("2019-01-01T00:00:00.000Z", "Protect")]
    clip = Video("Th7mBn.jpg", "Vd8KqL.mp4", b"\x00\x00\x00\x18ftypmp42", jpeg(), gif=gif)
    archive.tweets.append(Tweet("1456000000000000010", "sports day!", WHEN, video=clip))
    items, report = items_of(write_tree(archive.tree(generation), tmp_path / "x.zip", as_zip=True))
    assert report.unreadable == []
    folder = "data/tweets_media/" if generation == "data" else "tweet_media/"
    media = {i.provenance.file: i for i in items if i.media is not None}
    video = media[f"{folder}1456000000000000010-Vd8KqL.mp4"]
    assert video.provenance.item_id == "1456000000000000010"
    assert video.provenance.created_at == WHEN
    assert video.provenance.visibility == "followers"
    with video.media.opener() as stream:
        assert stream.read(8)[4:] == b"ftyp"
    assert media[f"{folder}1456000000000000010-Th7mBn.jpg"].provenance.item_id == "1456000000000000010"


def test_media_named_only_by_the_tweet_id_is_still_joined(tmp_path: Path) -> None:
    """X names a video after one of several variants; the tweet id prefix joins it regardless."""
    tree = sample().tree("data")
    tree["data/tweets_media/1456000000000000004-Qq1Other.mp4"] = b"\x00\x00\x00\x18ftypmp42"
    tree["data/direct_messages_media/1456000000000000004-Dm1.jpg"] = jpeg()
    items, _ = items_of(write_tree(tree, tmp_path / "x"))
    joined = {i.provenance.file for i in items if i.media is not None and i.provenance.item_id == "1456000000000000004"}
    assert joined == {
        "data/tweets_media/1456000000000000004-F5xAbc.jpg",
        "data/tweets_media/1456000000000000004-Qq1Other.mp4",
    }
