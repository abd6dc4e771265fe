"""`profile-audit scan https://...` as a user runs it, against invented sites on 127.0.0.1.

Each platform's real host name (social.example.com, bsky.app, github.com, instagram.com ...) is
pointed at a local server through the fetcher's host map, so the fetcher takes exactly the paths
it would take on the internet without ever leaving the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from audit.cli import main
from audit.fetchers.public_page import source
from tests.fetchers.public_page_site import (
    PERSONAL_SITE,
    MakeSite,
    Route,
    Site,
    as_json,
    html,
    serve_sites,
)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeSite]:
    yield from serve_sites(monkeypatch)


def serve_as(hosts: list[str], web: Site) -> None:
    """Point these host names at the local site (the test wiring `source.HOST_MAP` exists for)."""
    source.HOST_MAP.update(dict.fromkeys(hosts, web.base))


def scan_json(capsys: pytest.CaptureFixture[str], *sources: str) -> tuple[int, dict[str, Any]]:
    code = main(["scan", *sources, "--json", "--quiet"])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return code, json.loads(out)


def by_value(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {finding["value"]: finding for finding in document["findings"]}


def test_a_personal_site_feeds_the_detectors_with_each_place(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    web = site({"/rowan": Route(PERSONAL_SITE)})
    url = web.url("/rowan")
    code, document = scan_json(capsys, url)
    found = by_value(document)
    assert code == 1
    assert document["sources"] == [
        {"source": url, "platform": "web", "items": document["sources"][0]["items"], "unreadable": []}
    ]
    expected_places = {
        "+447700900101": "JSON-LD Person.telephone",
        "+447700900102": "h-card tel",
        "+447700900103": "tel: link",
        "+447700900104": "microdata Person.telephone",
        "+447700900105": "page text (main > section#about > p)",
        "+447700900106": "meta og:description",
        "rowan.jsonld@example.com": "JSON-LD Person.email",
        "rowan.hcard@example.org": "h-card email",
        "rowan.link@example.net": "mailto: link",
    }
    for value, field in expected_places.items():
        assert found[value]["field"] == field, value
        assert found[value]["file"] == url and found[value]["platform"] == "web"
        assert found[value]["visibility"] == "public"
    assert "+447700900199" not in found and "+447700900198" not in found  # a script's and a style's
    kinds = {finding["kind"] for finding in document["findings"]}
    assert {"phone", "email", "address", "job_title"} <= kinds


def test_mastodon_reads_the_actor_and_first_outbox_page(site: MakeSite, capsys: pytest.CaptureFixture[str]) -> None:
    shell = html(
        "<div id='mastodon'></div><noscript>To use the Mastodon web application, please enable JavaScript.</noscript>",
        head='<meta property="og:description" content="12 Posts, 3 Following, 5 Followers · Views my own.">'
        '<link rel="alternate" type="application/activity+json" href="https://social.example.com/users/rowan">',
    )
    actor = {
        "type": "Person",
        "name": "Rowan",
        "summary": "<p>Year 2 TA. Call 07700 900121</p>",
        "attachment": [{"type": "PropertyValue", "name": "Contact", "value": "rowan.masto@example.com"}],
        "outbox": "https://social.example.com/users/rowan/outbox",
    }
    post = {
        "type": "Create",
        "object": {
            "type": "Note",
            "url": "https://social.example.com/@rowan/1101",
            "published": "2024-05-02T08:00:00Z",
            "content": "<p>My new mobile is 07700 900122, text me</p>",
        },
    }
    web = site(
        {
            "/@rowan": Route(shell),
            "/users/rowan": as_json(actor, "application/activity+json"),
            "/users/rowan/outbox": as_json(
                {"type": "OrderedCollectionPage", "orderedItems": [post]}, "application/activity+json"
            ),
        }
    )
    serve_as(["social.example.com"], web)
    _, document = scan_json(capsys, "https://social.example.com/@rowan")
    found = by_value(document)
    assert found["+447700900121"]["field"] == "Mastodon profile (ActivityPub actor): summary"
    assert found["rowan.masto@example.com"]["field"] == "Mastodon profile (ActivityPub actor): profile field"
    assert found["+447700900122"]["item_id"] == "https://social.example.com/@rowan/1101"
    assert found["+447700900122"]["url"] == "https://social.example.com/@rowan/1101"
    assert found["+447700900121"]["url"] == "https://social.example.com/@rowan"
    assert found["+447700900122"]["created_at"] == "2024-05-02T08:00:00+00:00"
    assert document["sources"][0]["source"] == "https://social.example.com/@rowan"
    assert document["sources"][0]["unreadable"] == []  # the shell is no wall: its data was read
    assert web.requests[2].headers["accept"] == "application/activity+json"


def test_a_server_that_hides_its_outbox_says_so(site: MakeSite, capsys: pytest.CaptureFixture[str]) -> None:
    head = '<link rel="alternate" type="application/activity+json" href="https://social.example.com/users/rowan">'
    actor = {"type": "Person", "summary": "<p>hello</p>", "outbox": "https://social.example.com/users/rowan/outbox"}
    web = site(
        {
            "/@rowan": Route(html("", head=head)),
            "/users/rowan": as_json(actor, "application/activity+json"),
            "/users/rowan/outbox": Route("", 401, "application/activity+json"),
        }
    )
    serve_as(["social.example.com"], web)
    code, document = scan_json(capsys, "https://social.example.com/@rowan")
    [note] = document["sources"][0]["unreadable"]
    assert code == 0
    assert "hides it from visitors who are not logged in (HTTP 401)" in note["reason"]


def test_bluesky_and_github_use_their_public_endpoints(site: MakeSite, capsys: pytest.CaptureFixture[str]) -> None:
    bluesky = site(
        {
            "/profile/rowan.example.com": Route(html("<noscript><p id='bsky_display_name'>Rowan</p></noscript>")),
            "/xrpc/app.bsky.actor.getProfile": as_json(
                {"handle": "rowan.example.com", "description": "Mail rowan.sky@example.org"}
            ),
            "/xrpc/app.bsky.feed.getAuthorFeed": as_json(
                {
                    "feed": [
                        {
                            "post": {
                                "uri": "at://did:plc:rowan/app.bsky.feed.post/3kx",
                                "author": {"handle": "rowan.example.com"},
                                "record": {"text": "Text the PTA on 07700 900141", "createdAt": "2024-03-01T09:00:00Z"},
                            }
                        }
                    ]
                }
            ),
        }
    )
    github = site(
        {
            "/rowan-example": Route(
                html('<li itemprop="homeLocation" itemscope itemtype="http://schema.org/Person">Exampleton</li>')
            ),
            "/users/rowan-example": as_json(
                {"login": "rowan-example", "email": "rowan.gh@example.com", "bio": "Computing teacher"}
            ),
        }
    )
    serve_as(["bsky.app", "public.api.bsky.app"], bluesky)
    serve_as(["github.com", "api.github.com"], github)
    _, document = scan_json(capsys, "https://bsky.app/profile/rowan.example.com", "https://github.com/rowan-example")
    found = by_value(document)
    assert found["rowan.sky@example.org"]["field"] == "Bluesky profile (public AppView): description"
    assert found["+447700900141"]["item_id"] == "https://bsky.app/profile/rowan.example.com/post/3kx"
    assert found["rowan.gh@example.com"]["field"] == "GitHub profile (public API): email"
    assert found["rowan.gh@example.com"]["file"] == "https://github.com/rowan-example"
    api = next(r for r in github.requests if r.path == "/users/rowan-example")
    assert api.headers["accept"] == "application/vnd.github+json"
    assert "/robots.txt" not in [r.path for r in github.requests[1:]]  # asked once, of the page's own site


def test_a_link_in_bio_page(site: MakeSite, capsys: pytest.CaptureFixture[str]) -> None:
    page = html(
        "<h1>@rowanexample</h1><p>Teacher, runner, baker</p>"
        '<a href="https://wa.me/447700900131">WhatsApp me</a><a href="mailto:rowan.links@example.com">Email</a>'
        '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"account": {}}}}</script>'
    )
    serve_as(["linktr.ee"], site({"/rowanexample": Route(page)}))
    _, document = scan_json(capsys, "https://linktr.ee/rowanexample")
    found = by_value(document)
    assert found["+447700900131"]["field"] == "WhatsApp link"
    assert found["rowan.links@example.com"]["field"] == "mailto: link"


def test_login_walls_are_named_not_reported_clean(site: MakeSite, capsys: pytest.CaptureFixture[str]) -> None:
    login = html("<form><p>Log in to see photos and videos from friends.</p></form>", title="Login")
    walls = site(
        {
            "/rowan/": Route("", 302, headers={"Location": "/accounts/login/?next=/rowan/"}),
            "/accounts/login/": Route(login),
            "/in/rowan": Route(html("Request denied"), 999),
            "/rowan": Route(
                html("<div id='react-root'></div>", head="<meta property='og:title' content='Rowan (@rowan)'>")
            ),
            "/rowan.example": Route("", 302, headers={"Location": "/login/?next=%2Frowan.example"}),
            "/login/": Route(login),
            "/@rowan": Route(html("<div id='app'></div>")),
        }
    )
    hosts = ["www.instagram.com", "www.linkedin.com", "x.com", "www.facebook.com", "www.tiktok.com"]
    serve_as(hosts, walls)
    addresses = [
        "https://www.instagram.com/rowan/",
        "https://www.linkedin.com/in/rowan",
        "https://x.com/rowan",
        "https://www.facebook.com/rowan.example",
        "https://www.tiktok.com/@rowan",
    ]
    code = main(["scan", *addresses, "--quiet"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert (
        f"could not read {addresses[0]}: Instagram shows logged-out visitors a login page instead of this profile"
        in out
    )
    assert (
        f"could not read {addresses[1]}: LinkedIn refused to show this page to a logged-out visitor (HTTP 999)" in out
    )
    assert f"could not read {addresses[2]}: X (Twitter) shows logged-out visitors little or nothing" in out
    assert f"could not read {addresses[3]}: Facebook shows logged-out visitors a login page" in out
    assert f"could not read {addresses[4]}: TikTok shows logged-out visitors little or nothing" in out
    assert out.count("private (incognito) browser window") == 5


def test_a_rescan_with_state_shows_a_fixed_value_gone(site: MakeSite, capsys: pytest.CaptureFixture[str]) -> None:
    before = html("<p>Rowan Example. Call me on 07700 900151 or e-mail rowan.fix@example.com</p>")
    after = html("<p>Rowan Example. E-mail rowan.fix@example.com</p>")
    web = site({"/me": Route(before)})
    url = web.url("/me")
    assert main(["scan", url, "--state", "--quiet"]) == 1
    first, _ = capsys.readouterr()
    assert "Re-check: first scan recorded, 2 findings to work through." in first
    web.routes["/me"] = Route(after)
    assert main(["scan", url, "--state", "--quiet"]) == 1
    second, _ = capsys.readouterr()
    assert "0 new, 1 still there, 1 gone since." in second
    assert "gone since: 1 phone on web" in second
    assert "900151" not in second.split("Re-check", 1)[1]


def test_an_address_that_cannot_be_read_is_one_line_and_exit_2(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    web = site({"/big": Route(b"<p>" + b"x" * (6 * 1024 * 1024) + b"</p>")})
    assert main(["scan", web.url("/big"), "--quiet"]) == 2
    _, err = capsys.readouterr()
    assert err == f"profile-audit: {web.url('/big')}: the page is larger than 5 MB; not read\n"
    assert main(["scan", "social.example.com/@rowan", "--quiet"]) == 2
    _, err = capsys.readouterr()
    assert "give its full address, starting with https:// (https://social.example.com/@rowan)" in err


def test_help_teaches_web_addresses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    out, _ = capsys.readouterr()
    assert "https:// address of one of your public profile" in " ".join(out.split())
    assert "profile-audit scan https://social.example.org/@jo --state" in out
