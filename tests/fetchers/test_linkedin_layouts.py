"""The LinkedIn fetcher over the 2018 and 2024 exports: UTF-16 tab files beside UTF-8 comma
files, the old `Shares.csv` and `Messages.csv` headers, `Rich Media.csv` as links only, and the
contact details LinkedIn copies into every job application (shared/formats/linkedin.md)."""

from __future__ import annotations

import codecs
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

SHARE_1 = "urn:li:activity:6380000000000000001"
SHARE_2 = "urn:li:activity:6380000000000000002"


def sample_2018() -> LinkedInArchive:
    return LinkedInArchive(
        address="12 Larkspur Close, Brackenford LS99 9ZZ",
        headline="Year 4 Teacher at Oakhurst Academy",
        summary="Primary teacher.",
        contact_instructions="Text me on 07700 900112",
        emails=[("robin.example@example.com", "Yes")],
        phones=[("07700 900123", "Mobile")],
        shares=[
            Share(
                "2018-03-14 10:02:11",
                SHARE_1,
                'Sports day!\n"Ring" 07700 900321, tabs\tand, commas',
                "CONNECTIONS",
                link_title="Fixtures list, Example Sports Club 0113 496 0000",
            ),
            Share("2018-01-20 08:00:00", SHARE_2, "New term, new timetable.", "PUBLIC"),
        ],
        messages=[
            Message("", "Robin Example", "Hi, my mobile is 07700 900777", "2/1/18, 6:30 PM"),
            Message("", "Sam Other", "Thanks, mine is 07700 900444", "2/1/18, 7:05 PM"),
            Message("", "Robin Example", "See you then", "12/24/17, 9:15 AM"),
        ],
        connections=[("Sam", "Other", "Example Academy", "Teacher")],
        articles={"my-first-term": ("My first term", "Call the office on 07700 900999.")},
    )


def items_of(path: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is LinkedInFetcher
    report = SourceReport(str(path), "linkedin")
    return list(fetcher(archive, report).items()), report


def of(items: list[Item], file: str, field: str | None = None) -> list[Item]:
    return [
        i
        for i in items
        if i.provenance.file.rsplit("/", 1)[-1] == file and (field is None or i.provenance.field == field)
    ]


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("folder", [False, True])
def test_2018_export_reads_utf16_tab_shares_and_old_messages(tmp_path: Path, folder: bool, as_zip: bool) -> None:
    tree = sample_2018().tree("2018", folder=folder)
    shares_csv = tree[("Complete_LinkedInDataExport_10-04-2026/" if folder else "") + "Shares.csv"]
    assert isinstance(shares_csv, bytes) and shares_csv.startswith(codecs.BOM_UTF16_LE)
    assert shares_csv.decode("utf-16").startswith('"Date"\t"Share Title"\t"Share Description"\t"Share Link"')
    items, report = items_of(write_tree(tree, tmp_path / ("li.zip" if as_zip else "li"), as_zip=as_zip))
    assert report.unreadable == []

    posts = {i.provenance.item_id: i for i in of(items, "Shares.csv", "sharecommentary")}
    assert set(posts) == {SHARE_1, SHARE_2}
    assert posts[SHARE_1].text == 'Sports day!\n"Ring" 07700 900321, tabs\tand, commas'
    assert posts[SHARE_1].provenance.visibility == "friends"
    assert posts[SHARE_1].provenance.created_at == datetime(2018, 3, 14, 10, 2, 11, tzinfo=UTC)
    assert posts[SHARE_2].provenance.visibility == "public"
    assert not any("Sports Club" in (i.text or "") for i in items)  # the linked page's preview title

    sent = of(items, "Messages.csv")
    assert [(i.text, i.provenance.field, i.provenance.created_at) for i in sent] == [
        ("Hi, my mobile is 07700 900777", "content", datetime(2018, 2, 1, 18, 30, tzinfo=UTC)),
        ("See you then", "content", datetime(2017, 12, 24, 9, 15, tzinfo=UTC)),
    ]
    assert {(i.provenance.section, i.provenance.visibility, i.provenance.item_id) for i in sent} == {
        ("message", "custom", None)
    }

    assert of(items, "Profile.csv", "headline")[0].text == "Year 4 Teacher at Oakhurst Academy"
    instructions = of(items, "Profile.csv", "contact_instructions")[0]
    assert (instructions.text, instructions.provenance.visibility) == ("Text me on 07700 900112", "unknown")
    assert [i.text for i in of(items, "Email Addresses.csv")] == ["robin.example@example.com"]
    assert [i.text for i in of(items, "Phone Numbers.csv", "number")] == ["07700 900123"]
    assert of(items, "my-first-term.html", "body")[0].text.endswith("07700 900999.")
    assert not of(items, "Connections.csv")


def reencode(data: bytes, codec: str, bom: bytes) -> bytes:
    """A UTF-8 file of the fixture as another encoding LinkedIn might use for it."""
    return bom + data.decode("utf-8-sig").encode(codec)


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-8", codecs.BOM_UTF8),
    ],
)
def test_encoding_and_delimiter_are_told_per_file(tmp_path: Path, codec: str, bom: bytes) -> None:
    archive = sample_2018()
    plain, _ = items_of(write_tree(archive.tree("2018"), tmp_path / "plain"))
    tree = archive.tree("2018", utf16=("Messages.csv", "Phone Numbers.csv"))  # tabs too, not only UTF-16
    profile = tree["Profile.csv"]
    assert isinstance(profile, bytes)
    tree["Profile.csv"] = reencode(profile, codec, bom)
    items, report = items_of(write_tree(tree, tmp_path / "mixed", as_zip=True))
    assert report.unreadable == []
    assert sorted((i.provenance.file, i.provenance.field, i.text) for i in items) == sorted(
        (i.provenance.file, i.provenance.field, i.text) for i in plain
    )
    assert [i.text for i in of(items, "Messages.csv")] == ["Hi, my mobile is 07700 900777", "See you then"]


def test_a_broken_utf16_file_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    tree = sample_2018().tree("2018")
    shares = tree["Shares.csv"]
    assert isinstance(shares, bytes)
    tree["Shares.csv"] = shares[: len(shares) // 2 * 2 - 1]  # an odd number of bytes: cut inside a character
    items, report = items_of(write_tree(tree, tmp_path / "li.zip", as_zip=True))
    assert [(u.path, u.reason) for u in report.unreadable] == [("Shares.csv", "not UTF-8 or UTF-16 text")]
    assert of(items, "Messages.csv") and of(items, "Profile.csv")


def test_2024_rich_media_links_are_skipped_on_purpose(tmp_path: Path) -> None:
    archive = LinkedInArchive(rich_media=["one upload", "another"], headline="Teacher")
    tree = archive.tree("2024")
    assert tree["Rich Media.csv"] == (
        b"Type,Link\nPhoto content can be downloaded at,https://media.example.com/r.jpg\n"
        b"Photo content can be downloaded at,https://media.example.com/r.jpg\n"
    )
    items, report = items_of(write_tree(tree, tmp_path / "li"))
    assert report.unreadable == []
    assert not of(items, "Rich Media.csv")
    assert of(items, "Profile.csv", "headline")


def applications() -> list[tuple[str, str, str, str]]:
    """30 applications, newest first as the 2024 export lists them, the same contact details
    in each (spelt two ways), one with a different phone, and answers that repeat the e-mail
    beside questions that differ from form to form."""
    rows = []
    for month in (6, 5, 4):
        for day in range(20, 10, -1):
            answers = f"Email address:robin.jobs@example.org | Years of experience:{day % 3 + 2}"
            rows.append((f"{month}/{day}/24, 9:{day:02d} AM", "robin.jobs@example.org", "+447700900888", answers))
    rows[7] = (rows[7][0], "Robin.Jobs@example.org", "07700 900888", rows[7][3])
    rows[3] = (rows[3][0], "robin.jobs@example.org", "07700 900246", "Mobile phone number:07700 900246")
    return rows


def test_contact_details_copied_into_every_application_are_one_item(tmp_path: Path) -> None:
    tree = LinkedInArchive(job_applications=applications()).tree("2024")
    items, report = items_of(write_tree(tree, tmp_path / "li"))
    assert report.unreadable == []
    phones = of(items, "Job Applications.csv", "contact_phone_number")
    emails = of(items, "Job Applications.csv", "contact_email")
    assert sorted(i.text or "" for i in phones) == ["+447700900888", "07700 900246"]
    assert [i.text for i in emails] == ["robin.jobs@example.org"]
    answers = of(items, "Job Applications.csv", "question_and_answers")
    assert sorted(i.text or "" for i in answers) == [
        "Email address:robin.jobs@example.org",
        "Mobile phone number:07700 900246",
        "Years of experience:2",
        "Years of experience:3",
        "Years of experience:4",
    ]
    earliest = emails[0].provenance  # the group stands at its earliest application: the last row
    assert earliest.created_at == datetime(2024, 4, 11, 9, 11, tzinfo=UTC)
    assert earliest.item_id == "https://www.linkedin.com/jobs/view/3900000030"
    assert (earliest.section, earliest.visibility) == ("account", "custom")


def test_repeated_contact_details_are_one_finding_across_split_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = applications()
    tree = LinkedInArchive(job_applications=rows[:20]).tree("2024")
    tree["Job Applications_1.csv"] = LinkedInArchive(job_applications=rows[20:]).tree("2024")["Job Applications.csv"]
    path = write_tree(tree, tmp_path / "Complete_LinkedInDataExport_03-01-2024.zip", as_zip=True)
    assert main(["scan", str(path), "--json", "--quiet"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    jobs = [(f["kind"], f["value"]) for f in findings if f["file"].startswith("Job Applications")]
    # the answers' e-mail and phone stand at the same application as the contact fields: one finding each
    assert sorted(jobs) == [("email", "robin.jobs@example.org"), ("phone", "+447700900246"), ("phone", "+447700900888")]


def test_scan_of_a_2018_export_finds_planted_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tree(sample_2018().tree("2018"), tmp_path / "Complete_LinkedInDataExport_03-01-2018.zip", as_zip=True)
    assert main(["scan", str(path), "--json", "--quiet"]) == 1
    document = json.loads(capsys.readouterr().out)
    (source,) = document["sources"]
    assert source["platform"] == "linkedin" and source["unreadable"] == []
    values = {(f["kind"], f["value"]): f for f in document["findings"]}
    assert values[("phone", "+447700900321")]["file"] == "Shares.csv"
    assert values[("phone", "+447700900777")]["file"] == "Messages.csv"
    assert ("phone", "+447700900112") in values
    assert ("phone", "+447700900444") not in values  # a message someone else sent
    assert ("phone", "+441134960000") not in values  # the preview of a linked page
