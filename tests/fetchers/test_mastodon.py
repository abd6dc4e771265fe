"""The Mastodon fetcher over account archives laid out as BackupService writes them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.cli import main
from audit.fetchers import SourceReport, recognise
from audit.fetchers.mastodon import MastodonFetcher, audience
from detectors.base import Item
from fixtures.exportkit import jpeg, write_tree
from fixtures.mastodon_archive import PUBLIC, MastodonArchive, Toot

HOST = "https://social.example.org/@rexample"


def sample() -> MastodonArchive:
    return MastodonArchive(
        summary="<p>Year 6 teacher at Oakhurst Academy.<br>Views my own.</p>",
        fields=[
            ("Job", "Class teacher"),
            ("Phone", "07700 900123"),
            (
                "Web",
                '<a href="https://r.example.net" rel="nofollow noopener me"><span class="invisible">https://</span>'
                '<span class="">r.example.net</span></a>',
            ),
        ],
        avatar=jpeg(),
        toots=[
            Toot("1", "<p>Ring me on 07700 900321</p><p>after school</p>", "public"),
            Toot("2", "<p>Mail me: robin.toot@example.com</p>", "unlisted", "2024-03-02T11:00:00Z"),
            Toot(
                "3",
                "<p>Rehearsal tonight</p>",
                "private",
                "2024-03-03T12:00:00Z",
                media=[("7e904616a725d998.jpeg", jpeg(gps=(53.8, -1.55)), "Cast photo")],
            ),
            Toot("4", '<p><span class="h-card">@friend</span> my number is 07700 900777</p>', "direct"),
            Toot("6", "<p>Which trip?</p>", "public", poll=["Museum", "Call 07700 900654 for the farm"]),
            Toot(
                "5",
                "<p>Agreed!</p>",
                "public",
                cw="school stuff",
                reply_to="https://other.example.net/users/x/statuses/9",
            ),
        ],
        boosts=["https://other.example.net/users/b/statuses/99"],
        likes=["https://other.example.net/users/c/statuses/98"],
    )


def items_of(path: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is MastodonFetcher
    report = SourceReport(str(path), "mastodon")
    return list(fetcher(archive, report).items()), report


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("storage", ["local", "cdn", "legacy"])
def test_profile_posts_audiences_and_media(tmp_path: Path, storage: str, as_zip: bool) -> None:
    path = write_tree(sample().tree(storage), tmp_path / ("archive.zip" if as_zip else "archive"), as_zip=as_zip)  # type: ignore[arg-type]
    items, report = items_of(path)
    assert report.unreadable == []
    texts = {(i.provenance.file, i.provenance.field, i.provenance.item_id): i for i in items if i.text}
    bio = texts[("actor.json", "summary", HOST)]
    assert bio.text == "Year 6 teacher at Oakhurst Academy.\nViews my own."
    assert (bio.provenance.section, bio.provenance.visibility) == ("profile", "public")
    fields = [i.text for i in items if i.provenance.field == "attachment"]
    assert fields == ["Job: Class teacher", "Phone: 07700 900123", "Web: https://r.example.net"]

    def post(number: str, field: str = "content") -> Item:
        return texts[("outbox.json", field, f"{HOST}/{number}")]

    assert post("1").text == "Ring me on 07700 900321\nafter school"
    assert post("1").provenance.created_at == datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    assert [post(n).provenance.visibility for n in "1234"] == ["public", "public", "followers", "custom"]
    assert post("4").provenance.section == "message"
    assert post("4").text == "@friend my number is 07700 900777"
    assert post("5", "summary").text == "school stuff" and post("5").provenance.section == "comment"
    assert post("3", "media_alt").text == "Cast photo"
    assert [i.text for i in items if i.provenance.field == "poll_option"] == [
        "Museum",
        "Call 07700 900654 for the farm",
    ]
    assert not any("statuses/99" in (i.text or "") or "statuses/98" in (i.text or "") for i in items)

    media = {i.provenance.file: i for i in items if i.media}
    photo = next(i for name, i in media.items() if name.endswith("7e904616a725d998.jpeg"))
    assert photo.provenance.item_id == f"{HOST}/3"
    assert photo.provenance.visibility == "followers"
    assert photo.provenance.created_at == datetime(2024, 3, 3, 12, 0, tzinfo=UTC)
    assert media["avatar.jpg"].provenance.visibility == "public"
    assert len(media) == 2  # the photo once, not again as an unreferenced file


def test_audience_reads_every_spelling_of_public_and_the_exact_followers_uri() -> None:
    followers = "https://social.example.org/ap/users/110/followers"
    assert audience(["as:Public"], [], followers) == "public"
    assert audience([followers], ["Public"], followers) == "public"
    assert audience([PUBLIC], [], followers) == "public"
    assert audience([followers], [], followers) == "followers"
    assert audience(["https://social.example.org/users/rexample/followers"], [], followers) == "custom"
    assert audience("https://other.example.net/users/x", None, followers) == "custom"


def test_media_named_by_no_post_is_still_scanned(tmp_path: Path) -> None:
    tree = sample().tree("local")
    tree["media_attachments/files/000/000/009/original/orphan.jpg"] = jpeg()
    items, _ = items_of(write_tree(tree, tmp_path / "a"))
    orphan = next(i for i in items if i.media and i.provenance.file.endswith("orphan.jpg"))
    assert (orphan.provenance.item_id, orphan.provenance.visibility) == (None, "unknown")


def test_truncated_outbox_keeps_posts_before_the_break(tmp_path: Path) -> None:
    tree = sample().tree("local")
    outbox = str(tree["outbox.json"])
    tree["outbox.json"] = outbox[: outbox.index("Mail me")]
    tree["actor.json"] = str(tree["actor.json"])[:40]
    items, report = items_of(write_tree(tree, tmp_path / "a.zip", as_zip=True))
    assert {u.path for u in report.unreadable} == {"outbox.json", "actor.json"}
    assert any(i.text == "Ring me on 07700 900321\nafter school" for i in items)


def test_scan_finds_planted_values_and_not_decoys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = sample().tree("cdn")
    outbox = str(tree["outbox.json"])
    tree["outbox.json"] = outbox[: outbox.index("Rehearsal")]
    path = write_tree(tree, tmp_path / "archive-20240301120000-0123456789abcdef0123456789abcdef.zip", as_zip=True)
    code = main(["scan", str(path), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    (source,) = document["sources"]
    assert source["platform"] == "mastodon"
    assert [u["path"] for u in source["unreadable"]] == ["outbox.json"]
    found = {(f["kind"], f["value"]): f for f in document["findings"]}
    assert found[("phone", "+447700900123")]["field"] == "attachment"
    assert found[("phone", "+447700900321")]["visibility"] == "public"
    assert found[("email", "robin.toot@example.com")]["item_id"] == f"{HOST}/2"
    assert ("phone", "+447700900777") not in found  # after the break
    kinds = {f["kind"] for f in document["findings"]}
    assert {"job_title", "school"} <= kinds
    assert not any("example.net" in f["value"] for f in document["findings"] if f["kind"] == "email")
