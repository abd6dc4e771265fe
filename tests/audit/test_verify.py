"""`profile-audit verify URL`: a public page fetched again proves a fix gone, or shows it still there.

Against invented pages on a real HTTP server on 127.0.0.1 (`tests.fetchers.public_page_site`),
as a person runs it: `scan URL --state` first, mark a finding fixed, change the page, verify.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from audit.cli import main
from audit.cli_verify import add_parser, run
from audit.fetchers.public_page import source
from audit.migrations import migrate
from audit.paths import data_home
from audit.state import Decision, StateStore
from tests.fetchers.public_page_site import ROBOTS_ALLOW, MakeSite, Route, gps_jpeg, html, serve_sites

BEFORE = html("<p>Rowan Example. Call me on 07700 900151 or e-mail rowan.fix@example.com</p>")
PHONE_GONE = html("<p>Rowan Example. E-mail rowan.fix@example.com</p>")
ALL_GONE = html("<p>Hello from Rowan. Thanks for visiting, and have a lovely day.</p>")


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeSite]:
    yield from serve_sites(monkeypatch)


def verify(*argv: str) -> int:
    """`profile-audit verify ...` through its own parser, as `audit.cli` registers it."""
    parser = argparse.ArgumentParser(prog="profile-audit")
    add_parser(parser.add_subparsers(dest="command"))
    return run(parser.parse_args(["verify", *argv]))


def scan_with_state(url: str, capsys: pytest.CaptureFixture[str], *more: str) -> dict[str, dict[str, Any]]:
    """`scan URL --state --json`: the findings by kind, as the person's first look at the page."""
    assert main(["scan", url, "--state", "--json", "--quiet", *more]) == 1
    out, _ = capsys.readouterr()
    return {finding["kind"]: finding for finding in json.loads(out)["findings"]}


def mark_fixed(finding_id: str) -> None:
    store = StateStore()
    state = store.load()
    state.decisions[finding_id] = Decision("fixed", updated=date.today().isoformat())
    store.save(state)


def test_a_fix_is_proved_gone_and_recorded_while_the_rest_is_still_there(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    web = site({"/me": Route(BEFORE)})
    url = web.url("/me")
    found = scan_with_state(url, capsys)
    phone, email = found["phone"]["id"], found["email"]["id"]
    mark_fixed(phone)
    web.routes["/me"] = Route(PHONE_GONE)

    assert verify(url) == 1
    out, _ = capsys.readouterr()
    assert f"{url}: checked again on {date.today().isoformat()}, as a stranger sees it." in out
    assert "gone: phone number (you marked it fixed); recorded as checked gone" in out
    assert "still there: e-mail address “r•••@example.com” in the page's text" in out
    assert "in all: 1 still there, 1 gone." in out
    assert "900151" not in out and "rowan.fix@example.com" not in out  # values masked or absent
    saved = StateStore().load()
    assert saved.seen[phone].verified == date.today().isoformat()
    assert saved.seen[email].verified == ""
    state_text = (data_home() / "state.json").read_text()
    assert url not in state_text and "127.0.0.1" not in state_text  # no page address is kept

    web.routes["/me"] = Route(ALL_GONE)
    assert verify(url) == 0
    out, _ = capsys.readouterr()
    assert "in all: 2 gone." in out


def test_marked_fixed_but_still_on_the_page_comes_first_and_clears_an_old_check(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    web = site({"/me": Route(BEFORE)})
    url = web.url("/me")
    phone = scan_with_state(url, capsys)["phone"]["id"]
    mark_fixed(phone)
    web.routes["/me"] = Route(PHONE_GONE)
    assert verify(url) == 1
    web.routes["/me"] = Route(BEFORE)  # put back (a restored backup of the site, say)
    capsys.readouterr()

    assert verify(url) == 1
    out, _ = capsys.readouterr()
    lines = [line.strip() for line in out.splitlines()]
    assert lines[1] == "still there, though marked fixed: phone number “+44 77•••••151” in the page's text"
    assert StateStore().load().seen[phone].verified == ""


def test_a_login_wall_or_an_error_is_could_not_check_and_records_nothing(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    preview = html("<div id='react-root'></div>", head="<meta property='og:description' content='Rowan. 07700 900152'>")
    walls = site({"/rowan/": Route(preview)})
    source.HOST_MAP["www.instagram.com"] = walls.base
    url = "https://www.instagram.com/rowan/"
    phone = scan_with_state(url, capsys)["phone"]["id"]
    mark_fixed(phone)
    walls.routes["/rowan/"] = Route("", 302, headers={"Location": "/accounts/login/"})
    walls.routes["/accounts/login/"] = Route(html("<form><p>Log in to see photos.</p></form>", title="Login"))

    assert verify(url) == 2
    out, _ = capsys.readouterr()
    assert "could not check: phone number (you marked it fixed): not all of the page could be seen" in out
    assert "Instagram shows logged-out visitors a login page" in out
    assert StateStore().load().seen[phone].verified == ""


def test_robots_txt_refusal_or_a_server_error_is_could_not_check(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    web = site({"/me": Route(BEFORE)})
    url = web.url("/me")
    scan_with_state(url, capsys)
    web.routes["/robots.txt"] = Route("User-agent: *\nDisallow: /\n", content_type="text/plain")
    asked = len(web.requests)
    assert verify(url) == 2
    out, _ = capsys.readouterr()
    assert out.count("could not check:") == 2
    assert "its robots.txt asks programs like profile-audit not to fetch this page" in out
    assert [request.path for request in web.requests[asked:]] == ["/robots.txt"]  # the page itself was not asked

    web.routes["/robots.txt"] = ROBOTS_ALLOW
    web.routes["/me"] = Route("down for maintenance", 503, "text/plain")
    assert verify(url) == 2
    out, _ = capsys.readouterr()
    assert "could not check: phone number: the site had a problem answering (HTTP 503 service unavailable)" in out
    assert all(not seen.verified for seen in StateStore().load().seen.values())


def test_a_page_never_scanned_with_state_says_so(site: MakeSite, capsys: pytest.CaptureFixture[str]) -> None:
    web = site({"/me": Route(BEFORE), "/other": Route(ALL_GONE)})
    assert verify(web.url("/me")) == 2
    _, err = capsys.readouterr()
    assert "no saved progress yet; scan the page first" in err
    scan_with_state(web.url("/me"), capsys)
    assert verify(web.url("/other")) == 2
    out, _ = capsys.readouterr()
    assert "none of your saved findings came from this page: is it the address you scanned?" in out


def test_a_state_file_elsewhere_is_used_and_left_readable(
    site: MakeSite, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    web = site({"/me": Route(BEFORE)})
    url = web.url("/me")
    phone = scan_with_state(url, capsys)["phone"]["id"]
    elsewhere = tmp_path / "kept" / "state.json"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes((data_home() / "state.json").read_bytes())
    web.routes["/me"] = Route(PHONE_GONE)
    assert verify(url, "--state", str(elsewhere)) == 1
    assert StateStore(elsewhere).load().seen[phone].verified == date.today().isoformat()
    assert StateStore().load().seen[phone].verified == ""


def test_a_photo_taken_off_the_page_is_checked_only_with_photos(
    site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    words = "<p>Hello from Rowan. Thanks for visiting, and have a lovely day.</p>"
    web = site(
        {
            "/me": Route(html(words + '<img src="/garden.jpg" alt="Our garden">')),
            "/garden.jpg": Route(gps_jpeg(53.80081, -1.54912), content_type="image/jpeg"),
        }
    )
    url = web.url("/me")
    photo = scan_with_state(url, capsys, "--photos")["photo_location"]["id"]
    mark_fixed(photo)
    web.routes["/me"] = Route(html(words))

    assert verify(url) == 2
    out, _ = capsys.readouterr()
    assert "could not check: photo location (you marked it fixed): it was in one of the page's photos, " in out
    assert "fetched only with --photos" in out
    assert verify(url, "--photos") == 0
    out, _ = capsys.readouterr()
    assert "gone: photo location (you marked it fixed); recorded as checked gone" in out
    assert StateStore().load().seen[photo].verified == date.today().isoformat()


def test_an_older_progress_file_gains_an_empty_verified_mark() -> None:
    v2 = {
        "version": 2,
        "decisions": {},
        "seen": {
            "abcdef0123456789": {
                "kind": "phone",
                "platform": "web",
                "first_seen": "2025-01-02",
                "last_seen": "2025-01-02",
                "last_scan": 1,
                "place": "",
                "rules": "",
                "identity": 2,
            }
        },  # fmt: skip
        "scans": ["2025-01-02"],
        "sources": {"web": 1},
    }
    upgraded = migrate(v2)
    assert upgraded["version"] == 3
    assert upgraded["seen"]["abcdef0123456789"]["verified"] == ""
