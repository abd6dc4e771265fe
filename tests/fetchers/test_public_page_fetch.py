"""Fetching a public page: every limit, against a real HTTP server on 127.0.0.1.

The person names one page; only that site (and a platform's documented public endpoint) is
contacted, redirects are capped and never lead to a private address the person did not name,
bodies are capped while they stream, robots.txt is honoured, nothing is kept between requests.
"""

from __future__ import annotations

import gzip
import ipaddress
import socket
from collections.abc import Iterator

import brotli
import pytest

from audit.errors import SourceError
from audit.fetchers.public_page.capture import capture, normalise
from audit.fetchers.public_page.fetch import USER_AGENT, FetchLimits, PageFetchError
from audit.fetchers.public_page.guard import AddressPolicy, AddressRefused, ConnectionLog, GuardedBackend, is_public
from tests.fetchers.public_page_site import PERSONAL_SITE, MakeSite, Route, as_json, html, sites

FAST = FetchLimits(min_interval=0.0)
"""The real limits, without the one-second wait between two requests to a site."""


@pytest.fixture
def site() -> Iterator[MakeSite]:
    yield from sites()


def test_a_page_is_fetched_politely_and_keeps_no_cookie(site: MakeSite) -> None:
    web = site(
        {"/me": Route(PERSONAL_SITE, headers={"Set-Cookie": "visitor=abc123; Path=/"}), "/about": Route(html("x"))}
    )
    first = capture(web.url("/me"), FAST)
    capture(web.url("/me"), FAST)
    assert "07700 900101" in first.documents["page.html"]
    assert web.paths() == ["/robots.txt", "/me", "/robots.txt", "/me"]
    page_requests = [r for r in web.requests if r.path == "/me"]
    assert all(r.headers["user-agent"] == USER_AGENT for r in page_requests)
    assert USER_AGENT.startswith("profile-audit/")
    assert all("cookie" not in r.headers for r in web.requests)


def test_only_the_named_site_is_contacted(site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page links to other sites (a CDN image, rel=me, a mailto); none of them is visited,
    and no name is even looked up: the only connections made are to the test server."""
    mastodon = site({})
    page = html(
        '<p>Hello</p><img src="https://cdn.example.net/me.jpg" alt="me">'
        '<a rel="me" href="https://elsewhere.example.org/@rowan">me elsewhere</a>',
        head='<link rel="alternate" type="application/activity+json" href="https://social.example.com/users/rowan">'
        '<link rel="stylesheet" href="https://fonts.example.org/font.css">',
    )
    actor = {"type": "Person", "name": "Rowan", "outbox": "https://social.example.com/users/rowan/outbox"}
    mastodon.routes.update(
        {
            "/@rowan": Route(page),
            "/users/rowan": as_json(actor, "application/activity+json"),
            "/users/rowan/outbox": as_json({"orderedItems": []}, "application/activity+json"),
        }
    )
    looked_up: list[object] = []
    connected: list[object] = []
    real_lookup, real_connect = socket.getaddrinfo, socket.socket.connect

    def lookup(host: object, *args: object, **kwargs: object) -> object:
        looked_up.append(host)
        return real_lookup(host, *args, **kwargs)  # type: ignore[arg-type]

    def connect(self: socket.socket, address: object) -> None:
        connected.append(address)
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    monkeypatch.setattr(socket.socket, "connect", connect)
    log = ConnectionLog()
    captured = capture("https://social.example.com/@rowan", FAST, {"social.example.com": mastodon.base}, log)
    port = int(mastodon.base.rsplit(":", 1)[1])
    assert captured.platform == "mastodon"
    assert set(connected) == {("127.0.0.1", port)}
    assert all(host in ("127.0.0.1",) for host in looked_up)
    assert log.hosts() == {"127.0.0.1"}
    assert mastodon.paths() == ["/robots.txt", "/@rowan", "/users/rowan", "/users/rowan/outbox?page=true"]


def test_a_redirect_from_a_public_site_to_a_private_address_is_refused(site: MakeSite) -> None:
    private = site({"/admin": Route(html("router settings"))})
    public = site({"/me": Route("", 302, headers={"Location": private.url("/admin")})})
    with pytest.raises(PageFetchError) as refused:
        capture("https://public.example.com/me", FAST, {"public.example.com": public.base})
    message = str(refused.value)
    assert message == (
        "https://public.example.com/me: the site redirected to a private network address (127.0.0.1); not followed, "
        "as profile-audit visits a private address only when you give it yourself"
    )
    assert private.paths() == []  # refused before any connection


def test_a_redirect_to_a_name_on_a_private_network_is_refused(site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    public = site({"/me": Route("", 302, headers={"Location": "http://intranet.example.com/staff"})})
    real_lookup = socket.getaddrinfo

    def lookup(host: str, *args: object, **kwargs: object) -> object:
        if host == "intranet.example.com":  # answered here: no DNS query leaves the machine
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 80))]
        return real_lookup(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    with pytest.raises(
        PageFetchError, match=r"redirected to a private network address \(intranet.example.com, at 10.0.0.5\)"
    ):
        capture("https://public.example.com/me", FAST, {"public.example.com": public.base})


def test_a_named_private_host_may_redirect_within_itself(site: MakeSite) -> None:
    web = site({"/old": Route("", 301, headers={"Location": "/new"}), "/new": Route(html("<p>moved here</p>"))})
    captured = capture(web.url("/old"), FAST)
    assert captured.final_url == web.url("/new")


def test_redirects_are_capped_and_a_loop_is_one_line(site: MakeSite) -> None:
    web = site({"/a": Route("", 302, headers={"Location": "/b"}), "/b": Route("", 302, headers={"Location": "/a"})})
    with pytest.raises(PageFetchError, match=r"more than 5 redirects \(a redirect loop\?\)"):
        capture(web.url("/a"), FAST)
    assert web.paths().count("/a") + web.paths().count("/b") == 6


def test_a_redirect_to_another_site_is_not_followed(site: MakeSite) -> None:
    web = site({"/me": Route("", 302, headers={"Location": "https://elsewhere.example.org/me"})})
    with pytest.raises(PageFetchError, match=r"sent profile-audit on to another site \(elsewhere.example.org\)"):
        capture("https://mine.example.com/me", FAST, {"mine.example.com": web.base})


@pytest.mark.parametrize("streamed", [True, False], ids=["chunked", "content-length"])
def test_a_ten_megabyte_page_is_refused_at_the_cap(site: MakeSite, streamed: bool) -> None:
    block = b"<p>" + b"a" * 65_536 + b"</p>"
    ten_mb = 160
    route = (
        Route(chunks=lambda: iter([block] * ten_mb))
        if streamed
        else Route(b"".join([block] * ten_mb), headers={"Content-Length": str(len(block) * ten_mb)})
    )
    web = site({"/big": route})
    with pytest.raises(PageFetchError, match=r"larger than 5 MB"):
        capture(web.url("/big"), FAST)


def test_a_slow_site_times_out_in_one_line(site: MakeSite) -> None:
    web = site({"/slow": Route(html("late"), delay=1.5)})
    with pytest.raises(PageFetchError) as slow:
        capture(web.url("/slow"), FetchLimits(min_interval=0.0, read_timeout=0.3))
    assert str(slow.value) == f"{web.url('/slow')}: the site stopped answering for more than 0.3 seconds"


def test_robots_txt_is_honoured_with_wildcards_and_a_clear_message(site: MakeSite) -> None:
    everyone = site({"/robots.txt": Route("User-agent: *\nDisallow: /*/private$\n", content_type="text/plain")})
    us = site({"/robots.txt": Route("User-agent: profile-audit\nDisallow: /staff/\n", content_type="text/plain")})
    for web, path in ((everyone, "/jo/private"), (us, "/staff/rowan")):
        with pytest.raises(PageFetchError) as refused:
            capture(web.url(path), FAST)
        assert str(refused.value) == (
            f"{web.url(path)}: not fetched: its robots.txt asks programs like profile-audit not to fetch this page, "
            "and profile-audit respects that; open it yourself in a private browser window"
        )
        assert web.paths() == ["/robots.txt"]
    everyone.routes["/jo/private/ok"] = Route(html("<p>fine</p>"))
    assert capture(everyone.url("/jo/private/ok"), FAST).documents["page.html"]


def test_a_robots_txt_server_error_means_not_now(site: MakeSite) -> None:
    web = site({"/robots.txt": Route("oops", 503, "text/plain"), "/me": Route(html("x"))})
    with pytest.raises(PageFetchError, match="robots.txt gave a server error"):
        capture(web.url("/me"), FAST)


def test_windows_1252_and_compressed_pages_are_read(site: MakeSite) -> None:
    page = html("<p>Caf\u00e9 \u201cquiz\u201d night: 07700 900111</p>")
    web = site(
        {
            "/cp1252": Route(
                page.replace("charset='utf-8'", "").encode("cp1252"), content_type="text/html; charset=windows-1252"
            ),
            "/meta": Route(page.replace("utf-8", "windows-1252").encode("cp1252"), content_type="text/html"),
            "/gzip": Route(gzip.compress(page.encode()), headers={"Content-Encoding": "gzip"}),
            "/brotli": Route(brotli.compress(page.encode()), headers={"Content-Encoding": "br"}),
        }
    )
    for path in ("/cp1252", "/meta", "/gzip", "/brotli"):
        text = capture(web.url(path), FAST).documents["page.html"]
        assert "Caf\u00e9 \u201cquiz\u201d night: 07700 900111" in text, path
    accepted = next(r for r in web.requests if r.path == "/brotli").headers["accept-encoding"]
    assert "gzip" in accepted and "br" in accepted


def test_what_is_not_a_page_fails_in_one_line(site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    web = site({"/photo.png": Route(b"\x89PNG....", content_type="image/png"), "/gone": Route("no", 404, "text/plain")})
    with pytest.raises(PageFetchError, match=r"photo.png: not a web page \(the site sent image/png\)"):
        capture(web.url("/photo.png"), FAST)
    with pytest.raises(PageFetchError, match=r"/gone: the site says there is no such page \(HTTP 404"):
        capture(web.url("/gone"), FAST)
    with socket.socket() as spare:  # a port nothing listens on
        spare.bind(("127.0.0.1", 0))
        closed = spare.getsockname()[1]
    with pytest.raises(PageFetchError, match=r": the site refused the connection$"):
        capture(f"http://127.0.0.1:{closed}/me", FAST)

    def no_such_name(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)  # no DNS query leaves the machine
    with pytest.raises(PageFetchError) as missing:
        capture("https://nonexistent.invalid/", FAST)
    assert str(missing.value) == "https://nonexistent.invalid/: no such site: nonexistent.invalid: check the address"
    assert isinstance(missing.value, SourceError)


def test_an_address_a_path_mangled_is_repaired() -> None:
    assert normalise("https:/social.example.com/@rowan") == "https://social.example.com/@rowan"
    assert normalise("HTTPS://Example.COM") == "https://example.com/"
    assert normalise("https://example.com/me#top") == "https://example.com/me"


def test_a_tls_failure_is_one_line(site: MakeSite) -> None:
    web = site({"/me": Route(html("x"))})
    address = web.url("/me").replace("http://", "https://")  # a plain-HTTP server cannot speak TLS
    with pytest.raises(PageFetchError) as failed:
        capture(address, FAST)
    assert str(failed.value) == (
        f"{address}: the site's secure connection could not be checked (a TLS or certificate error)"
    )


def test_the_connect_step_refuses_a_name_that_turns_private(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that answered with a public address when checked and a private one at connect
    time (DNS rebinding) is still refused where the socket would be opened."""

    def rebound(*args: object, **kwargs: object) -> list[tuple[object, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80))]

    monkeypatch.setattr(socket, "getaddrinfo", rebound)
    log = ConnectionLog()
    backend = GuardedBackend(AddressPolicy(frozenset({"mine.example.com"})), log)
    with pytest.raises(AddressRefused, match=r"sneaky.example.com leads to a private network address \(127.0.0.1\)"):
        backend.connect_tcp("sneaky.example.com", 80)
    assert log.attempts == [("sneaky.example.com", 80)]
    assert not is_public(ipaddress.ip_address("::ffff:10.0.0.1"))
    assert not is_public(ipaddress.ip_address("169.254.169.254"))
    assert is_public(ipaddress.ip_address("93.184.215.14"))
