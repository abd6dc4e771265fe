"""The Bluesky fetcher over repo exports encoded as a PDS writes them (CAR v1, MST, blobs)."""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import libipld
import pytest

from audit.archive import open_archive
from audit.cli import main
from audit.errors import SourceError
from audit.fetchers import SourceReport, recognise
from audit.fetchers.bluesky import BlueskyFetcher, blob_cid
from audit.fetchers.bluesky_car import index
from detectors.base import Item
from fixtures.bluesky_archive import BlueskyArchive, Board, Post, cid_for
from fixtures.exportkit import jpeg, write_tree

DID = "did:plc:exampleexampleexample0"
PHOTO = jpeg(gps=(53.8, -1.55))


def sample() -> BlueskyArchive:
    return BlueskyArchive(
        display_name="Robin Example",
        description="Year 6 teacher at Oakhurst Academy. Views my own.",
        website="https://robin.example.net",
        avatar=jpeg(),
        posts=[
            Post("3kaaaaaaaaa2a", "Ring me on 07700 900321 after school", "2024-03-01T18:30:00.000Z"),
            Post(
                "3kaaaaaaaab2a",
                "Photos at example.com/g",
                "2024-03-02T11:00:00.000Z",
                links=[("example.com/g", "https://example.com/gallery?mail=robin.post@example.com")],
                images=[(PHOTO, "Cast outside 1 Example Road")],
                tags=["oakhurstplay"],
            ),
            Post(
                "3kaaaaaaaac2a",
                "",
                "2024-03-03T12:00:00.000Z",
                external=("https://news.example.org/a", "Our trip", "Call 07700 900654 to book"),
            ),
            Post("3kaaaaaaaad2a", "Agreed!", "2024-03-04T09:00:00.000Z", reply=True),
        ],
        lists=[("3klist0000a2a", "Class 6B parents", "Parents of 6B at Oakhurst Academy")],
        follows=["did:plc:otherexampleperson00"],
        likes=3,
        extra=[("com.example.blog.entry/3kblog00002a", {"$type": "com.example.blog.entry", "title": "My week"})],
    )


def items_of(path: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is BlueskyFetcher
    report = SourceReport(str(path), "bluesky")
    return list(fetcher(archive, report).items()), report


def texts(items: list[Item]) -> dict[tuple[str | None, str], Item]:
    return {(i.provenance.item_id, i.provenance.field): i for i in items if i.text}


@pytest.mark.parametrize("order", ["tree", "records_first", "shuffled"])
def test_writer_and_reader_agree_and_libipld_reads_the_file(order: str) -> None:
    archive = sample()
    car = archive.car(order)  # type: ignore[arg-type]
    header, blocks = libipld.decode_car(car)
    commit = blocks[header["roots"][0]]
    assert commit["did"] == DID and commit["version"] == 3
    for key, record in archive.records():
        assert blocks[cid_for(libipld.encode_dag_cbor(record))] == record, key
    found = index(io.BytesIO(car))
    assert found.complete and found.problem == "" and found.did == DID
    assert sorted(k for keys in found.keys.values() for k in keys) == [k for k, _ in archive.records()]


def test_bare_car_file(tmp_path: Path) -> None:
    path = tmp_path / "repo.car"
    path.write_bytes(sample().car("shuffled"))
    items, report = items_of(path)
    assert report.unreadable == []
    found = texts(items)
    bio = found[(f"at://{DID}/app.bsky.actor.profile/self", "description")]
    assert bio.text == "Year 6 teacher at Oakhurst Academy. Views my own."
    assert (bio.provenance.file, bio.provenance.section, bio.provenance.visibility) == ("repo.car", "profile", "public")
    post = found[(f"at://{DID}/app.bsky.feed.post/3kaaaaaaaaa2a", "text")]
    assert post.text == "Ring me on 07700 900321 after school"
    assert post.provenance.created_at == datetime(2024, 3, 1, 18, 30, tzinfo=UTC)
    assert (post.provenance.section, post.provenance.visibility) == ("post", "public")
    assert not [i for i in items if i.media]  # a bare CAR holds no blobs


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("layout", ["repo", "goat"])
def test_folder_and_zip_with_blobs(tmp_path: Path, as_zip: bool, layout: str) -> None:
    archive = sample()
    path = write_tree(archive.tree(layout), tmp_path / ("export.zip" if as_zip else "export"), as_zip=as_zip)  # type: ignore[arg-type]
    items, report = items_of(path)
    assert report.unreadable == []
    car = "repo.car" if layout == "repo" else "rexample.bsky.social.20240301120000.car"
    assert {i.provenance.file for i in items if i.text} == {car}
    found = texts(items)
    post = f"at://{DID}/app.bsky.feed.post/"
    assert (
        found[(post + "3kaaaaaaaab2a", "facet_link")].text == "https://example.com/gallery?mail=robin.post@example.com"
    )
    assert found[(post + "3kaaaaaaaab2a", "alt")].text == "Cast outside 1 Example Road"
    assert found[(post + "3kaaaaaaaab2a", "tags")].text == "#oakhurstplay"
    assert found[(post + "3kaaaaaaaac2a", "external_description")].text == "Call 07700 900654 to book"
    assert (post + "3kaaaaaaaac2a", "text") not in found  # empty text beside a link card
    assert found[(post + "3kaaaaaaaad2a", "text")].provenance.section == "comment"
    assert found[(f"at://{DID}/app.bsky.graph.list/3klist0000a2a", "name")].text == "Class 6B parents"
    blog = found[(f"at://{DID}/com.example.blog.entry/3kblog00002a", "com.example.blog.entry")]
    assert (blog.text, blog.provenance.section) == ("My week", "post")
    assert not [i for i in items if "follow" in (i.provenance.item_id or "") or "like" in (i.provenance.item_id or "")]
    media = {i.provenance.item_id: i for i in items if i.media}
    photo_cid = libipld.encode_cid(cid_for(PHOTO, 0x55))
    photo = media[post + "3kaaaaaaaab2a"]
    assert photo.provenance.file == f"rexample.bsky.social_blobs/{photo_cid}"
    assert photo.media is not None and photo.media.path.endswith(".jpg")  # typed from mimeType for detectors
    with photo.media.opener() as stream:
        assert stream.read() == PHOTO
    assert photo.provenance.created_at == datetime(2024, 3, 2, 11, 0, tzinfo=UTC)
    assert media[f"at://{DID}/app.bsky.actor.profile/self"].provenance.section == "media"
    assert len(media) == 2


def test_stale_unlinked_block_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "repo.car"
    path.write_bytes(sample().car(stale=True))
    items, report = items_of(path)
    assert report.unreadable == []
    assert not any("900999" in (i.text or "") for i in items)


def test_truncated_car_keeps_records_before_the_break(tmp_path: Path) -> None:
    car = sample().car("tree")
    cut = car.index(b"Photos at")
    path = write_tree({"repo.car": car[:cut]}, tmp_path / "export.zip", as_zip=True)
    items, report = items_of(path)
    reasons = " | ".join(u.reason for u in report.unreadable)
    assert "truncated" in reasons and "records before it were read" in reasons
    found = texts(items)
    assert found[(f"at://{DID}/app.bsky.feed.post/3kaaaaaaaaa2a", "text")].text.startswith("Ring me")
    assert not any((i.text or "").startswith("Photos at") for i in items)


def test_truncated_before_the_index_falls_back_to_record_types(tmp_path: Path) -> None:
    car = sample().car("records_first")
    cut = car.index(b"Parents of 6B at Oakhurst Academy") + 38  # inside the next record: MST nodes lost
    path = tmp_path / "repo.car"
    path.write_bytes(car[:cut])
    items, report = items_of(path)
    reasons = " | ".join(u.reason for u in report.unreadable)
    assert "index (MST)" in reasons and "by their type" in reasons and "truncated" in reasons
    ring = [i for i in items if i.text == "Ring me on 07700 900321 after school"]
    assert ring and ring[0].provenance.item_id.startswith(f"at://{DID}/app.bsky.feed.post/bafyrei")  # type: ignore[union-attr]
    assert any(i.text == "Class 6B parents" for i in items)


def test_corrupt_block_is_skipped_and_reported(tmp_path: Path) -> None:
    archive = sample()
    car = bytearray(archive.car())
    data = libipld.encode_dag_cbor(dict(archive.records())["app.bsky.feed.post/3kaaaaaaaaa2a"])
    at = bytes(car).index(data)
    car[at : at + len(data)] = b"\xff" * len(data)
    path = tmp_path / "repo.car"
    path.write_bytes(bytes(car))
    items, report = items_of(path)
    assert [u.reason for u in report.unreadable] == ["1 damaged block(s) could not be decoded and were skipped"]
    assert not any("900321" in (i.text or "") for i in items)
    assert any(i.text == "Class 6B parents" for i in items)


def test_not_a_car(tmp_path: Path) -> None:
    bare = tmp_path / "repo.car"
    bare.write_bytes(b"\x05hello world")
    with pytest.raises(SourceError):
        open_archive(bare)
    items, report = items_of(write_tree({"repo.car": b"\x09hello"}, tmp_path / "export.zip", as_zip=True))
    assert items == [] and [u.reason for u in report.unreadable] == ["not a CAR file (truncated header)"]


def test_scan_finds_planted_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tree(sample().tree("goat"), tmp_path / "export.zip", as_zip=True)
    code = main(["scan", str(path), "--json", "--quiet"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    (source,) = document["sources"]
    assert source["platform"] == "bluesky" and source["unreadable"] == []
    found = {(f["kind"], f["value"]): f for f in document["findings"]}
    phone = found[("phone", "+447700900321")]
    assert (phone["field"], phone["item_id"]) == ("text", f"at://{DID}/app.bsky.feed.post/3kaaaaaaaaa2a")
    assert phone["visibility"] == "public"
    assert found[("phone", "+447700900654")]["field"] == "external_description"
    assert found[("email", "robin.post@example.com")]["field"] == "facet_link"
    kinds = {f["kind"] for f in document["findings"]}
    assert {"job_title", "school", "photo_location"} <= kinds


ODD_VALUES: list[Any] = [None, 0, 1.5, True, "", "x", [], {}, [1, 2], {"a": None}, b"\x01q", "07700 900123"]


def test_records_of_unexpected_shapes_never_crash(tmp_path: Path) -> None:
    rng = random.Random(7)

    def mutate(value: Any) -> Any:
        if rng.random() < 0.15:
            return rng.choice(ODD_VALUES)
        if isinstance(value, dict):
            return {k: mutate(v) for k, v in value.items()}
        return [mutate(v) for v in value] if isinstance(value, list) else value

    for trial in range(6):
        archive = sample()
        mutated = [(key, mutate(record)) for key, record in archive.records()]
        archive.records = lambda mutated=mutated: mutated  # type: ignore[method-assign]
        path = write_tree(archive.tree(), tmp_path / f"{trial}")
        items, report = items_of(path)
        assert items or report.unreadable
        assert all("07700" not in u.reason for u in report.unreadable)


def test_damaged_bytes_never_crash(tmp_path: Path) -> None:
    rng = random.Random(11)
    car = sample().car()
    for trial in range(40):
        data = bytearray(car)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[at : at + 4] = bytes(rng.randrange(256) for _ in range(4))
            else:
                del data[at : at + rng.randint(1, 8)]
        path = tmp_path / f"{trial}.car"
        path.write_bytes(bytes(data))
        try:
            archive = open_archive(path)
        except SourceError as error:
            assert "\n" not in str(error)
            continue
        report = SourceReport(str(path), "bluesky")
        list(BlueskyFetcher(archive, report).items())
        assert all("07700" not in u.reason for u in report.unreadable)


def test_wrapped_goat_folder_and_progress(tmp_path: Path) -> None:
    tree = {f"rexample-export/{name}": data for name, data in sample().tree("goat").items()}
    path = write_tree(tree, tmp_path / "export.zip", as_zip=True)
    archive = open_archive(path)
    assert recognise(archive) is BlueskyFetcher
    car = "rexample.bsky.social.20240301120000.car"
    assert archive.text_bytes_total() == archive.size(car)
    report = SourceReport(str(path), "bluesky")
    items = list(BlueskyFetcher(archive, report).items())
    assert report.unreadable == [] and {i.provenance.file for i in items if i.text} == {car}
    assert archive.bytes_read == archive.size(car)  # the index pass is not counted twice


def test_scan_of_a_bare_car_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rexample.car"
    path.write_bytes(sample().car("shuffled"))
    assert main(["scan", str(path), "--json", "--quiet"]) == 1
    document = json.loads(capsys.readouterr().out)
    found = {(f["kind"], f["value"]): f for f in document["findings"]}
    assert found[("phone", "+447700900321")]["file"] == "rexample.car"


def test_blob_refs_in_every_form_and_orphan_blobs(tmp_path: Path) -> None:
    raw = cid_for(PHOTO, 0x55)
    text = libipld.encode_cid(raw)
    assert blob_cid({"$type": "blob", "ref": raw, "mimeType": "image/jpeg", "size": 1}) == text
    assert blob_cid({"cid": text, "mimeType": "image/jpeg"}) == text  # legacy records
    assert blob_cid({"$type": "blob", "ref": {"$link": text}}) == text
    assert blob_cid({"ref": 5}) is None and blob_cid("x") is None
    tree = sample().tree()
    orphan = jpeg(colour="#123")
    tree[f"blobs/{libipld.encode_cid(cid_for(orphan, 0x55))}.jpg"] = orphan  # a deleted post's blob
    items, report = items_of(write_tree(tree, tmp_path / "export"))
    left = [i for i in items if i.media and i.provenance.item_id is None]
    assert [(i.provenance.file.startswith("blobs/"), i.provenance.visibility) for i in left] == [(True, "unknown")]


def board_sample() -> BlueskyArchive:
    archive = sample()
    archive.boards = [
        Board(
            [
                ("https://oakhurst.example.org/staff/robin", "I teach Year 6 at Oakhurst Academy"),
                ("mailto:robin.board@example.com", "Write to me"),
                ("https://wa.example.net/447700900432", "WhatsApp 07700 900432"),
            ],
            header=PHOTO,
        )
    ]
    return archive


@pytest.mark.parametrize("as_zip", [False, True])
def test_records_of_other_apps_are_read_by_their_strings(tmp_path: Path, as_zip: bool) -> None:
    path = write_tree(board_sample().tree("goat"), tmp_path / ("export.zip" if as_zip else "export"), as_zip=as_zip)
    items, report = items_of(path)
    assert report.unreadable == []
    board = f"at://{DID}/com.example.board/self"
    words = [i for i in items if i.provenance.item_id == board and i.text]
    assert [i.text for i in words] == [
        "https://oakhurst.example.org/staff/robin",
        "I teach Year 6 at Oakhurst Academy",
        "\N{BOOKS}",
        "mailto:robin.board@example.com",
        "Write to me",
        "https://wa.example.net/447700900432",
        "WhatsApp 07700 900432",
    ]  # no card ids, at:// reference, CID, lexicon token or dates
    assert {(i.provenance.field, i.provenance.section, i.provenance.visibility) for i in words} == {
        ("com.example.board", "post", "public")
    }
    assert {i.provenance.created_at for i in words} == {datetime(2024, 5, 1, 8, 0, tzinfo=UTC)}
    (header,) = [i for i in items if i.provenance.item_id == board and i.media]
    assert header.media is not None and header.media.path.endswith(".jpg")


def test_scan_finds_values_in_other_apps_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tree(board_sample().tree("goat"), tmp_path / "export.zip", as_zip=True)
    assert main(["scan", str(path), "--json", "--quiet"]) == 1
    board = f"at://{DID}/com.example.board/self"
    found = {
        (f["kind"], f["value"]): f for f in json.loads(capsys.readouterr().out)["findings"] if f["item_id"] == board
    }
    assert found[("phone", "+447700900432")]["field"] == "com.example.board"
    assert found[("email", "robin.board@example.com")]["visibility"] == "public"
    assert {"school", "photo_location"} <= {kind for kind, _ in found}
