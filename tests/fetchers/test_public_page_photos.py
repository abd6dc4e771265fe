"""`scan URL --photos`: the page's own images read for their GPS position; and `noindex` said in words.

Against invented pages on a real HTTP server on 127.0.0.1.  The photos are made here with
Pillow, with an invented position written into their EXIF block; nothing is read from disk.
The `--photos` flag is given on the command line, as a person types it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image

from audit.cli import main
from audit.fetchers.public_page.noindex import asks_not_to_be_listed
from tests.fetchers.public_page_site import MakeSite, Route, gps_jpeg, html, serve_sites

NOINDEX = "This page asks search engines not to list it"
ABOUT = (
    "<p>Hello, and welcome to my little corner of the web. I write here about books I have loved, the long "
    "walks I take at the weekend, the bread I bake when it rains, and the allotment that never quite does "
    "what I hope it will. Thank you for stopping by.</p>"
)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeSite]:
    yield from serve_sites(monkeypatch)


def jpeg_route(data: bytes) -> Route:
    return Route(data, content_type="image/jpeg")


def scan_json(capsys: pytest.CaptureFixture[str], url: str, photos: bool) -> tuple[dict[str, Any], str]:
    code = main(["scan", url, "--json", "--quiet", *(["--photos"] if photos else [])])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return json.loads(out), err


def test_photos_are_fetched_only_when_asked_and_only_from_the_page_s_own_site(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = site({"/cdn/holiday.jpg": jpeg_route(gps_jpeg(53.801, -1.549))})
    page = html(
        '<p>Welcome to my corner of the web.</p><img src="/photos/garden.jpg" alt="Our garden">'
        '<img src="/photos/plain.jpg" alt="A plain photo"><img src="/image?id=7" alt="No suffix">'
        f'<img src="{elsewhere.url("/cdn/holiday.jpg")}" alt="Holiday">'
        '<img src="/private/door.jpg" alt="Front door">'
    )
    plain = io.BytesIO()
    Image.new("RGB", (10, 10)).save(plain, "JPEG")
    web = site(
        {
            "/me": Route(page),
            "/robots.txt": Route("User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
            "/photos/garden.jpg": jpeg_route(gps_jpeg(53.80081, -1.54912)),
            "/photos/plain.jpg": jpeg_route(plain.getvalue()),
            "/image": jpeg_route(gps_jpeg(51.5007, -0.1246)),
            "/private/door.jpg": jpeg_route(gps_jpeg(52.0, -1.0)),
        }
    )
    url = web.url("/me")

    document, _ = scan_json(capsys, url, photos=False)
    assert [finding for finding in document["findings"] if finding["kind"] == "photo_location"] == []
    assert web.paths() == ["/robots.txt", "/me"]  # without --photos no image is ever asked for
    assert elsewhere.requests == []

    document, err = scan_json(capsys, url, photos=True)
    photos = {f["field"]: f for f in document["findings"] if f["kind"] == "photo_location"}
    assert set(photos) == {"image file (garden.jpg)", "image file (image.jpg)"}
    garden = photos["image file (garden.jpg)"]
    assert garden["value"] == "53.80081, -1.54912"
    assert garden["file"] == url and garden["platform"] == "web" and garden["visibility"] == "public"
    assert garden["url"] == web.url("/photos/garden.jpg")
    assert garden["place"]  # the nearest town in words, from the offline gazetteer
    assert "/private/door.jpg" not in web.paths()  # robots.txt keeps it out
    assert elsewhere.requests == []  # another site's image is never fetched
    assert "1 image on the page comes from another site and was not fetched" in err
    reasons = [note["reason"] for note in document["sources"][0]["unreadable"]]
    assert (
        "image door.jpg: not fetched: its robots.txt asks programs like profile-audit not to fetch this page" in reasons
    )


def test_an_image_that_is_not_an_image_is_one_line_and_the_rest_is_read(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    page = html('<p>Hello there.</p><img src="/a.jpg" alt="a"><img src="/b.jpg" alt="b">')
    web = site({"/me": Route(page), "/a.jpg": Route("<p>oops</p>"), "/b.jpg": jpeg_route(gps_jpeg(53.80081, -1.54912))})
    document, _ = scan_json(capsys, web.url("/me"), photos=True)
    assert [f["field"] for f in document["findings"] if f["kind"] == "photo_location"] == ["image file (b.jpg)"]
    reasons = [note["reason"] for note in document["sources"][0]["unreadable"]]
    assert "image a.jpg could not be read: the site did not send an image" in reasons


@pytest.mark.parametrize(
    ("head", "headers"),
    [
        ('<meta name="robots" content="noindex, nofollow">', {}),
        ('<meta name="googlebot" content="NONE">', {}),
        ("", {"X-Robots-Tag": "googlebot: noindex"}),
    ],
)
def test_noindex_is_said_in_words_and_is_not_a_finding(
    site: MakeSite, capsys: pytest.CaptureFixture[str], head: str, headers: dict[str, str]
) -> None:
    page = html(ABOUT + "<p>Call me on 07700 900161 any evening.</p>", head=head)
    web = site({"/me": Route(page, headers=headers), "/listed": Route(html("<p>Call me on 07700 900161.</p>"))})
    document, err = scan_json(capsys, web.url("/me"), photos=False)
    assert [finding["kind"] for finding in document["findings"]] == ["phone"]
    assert document["sources"][0]["unreadable"] == []  # information, not a problem
    assert f"profile-audit: {web.url('/me')}: {NOINDEX} (noindex)" in err
    assert "anyone with its address or a link to it can still see everything on it" in err
    _, err = scan_json(capsys, web.url("/listed"), photos=False)
    assert NOINDEX not in err


def test_noindex_directives() -> None:
    assert asks_not_to_be_listed(["index, follow"], "noindex")
    assert asks_not_to_be_listed([], "unavailable_after: 2030-01-01, bingbot: none")
    assert not asks_not_to_be_listed(["index, follow", "noarchive"], "nosnippet")
    assert not asks_not_to_be_listed([], "")
