"""A real HTTP server on 127.0.0.1 serving invented public pages, for the public-page tests.

Each `Site` is one `ThreadingHTTPServer` on a free port of 127.0.0.1, standing in for one web
site (a personal site, a Mastodon server, `api.github.com` ...); the fetcher's host map points
the site's name at it, so no test ever reaches the internet.  Routes are plain data: a status,
headers, a body (or a function making one), an optional delay; every request is logged with its
path and headers so a test can see exactly what was asked for.  Every person, school, number
and address here is invented; numbers are Ofcom drama numbers, addresses are example.com/.org.
"""

from __future__ import annotations

import contextlib
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from PIL import Image


@dataclass
class Route:
    """What one path answers."""

    body: bytes | str | Callable[[], bytes] = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunks: Iterator[bytes] | Callable[[], Iterator[bytes]] | None = None
    """Streamed without a Content-Length (a body too big to say up front)."""


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class Site:
    """One invented web site on 127.0.0.1; `routes` may change between two fetches."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    route = Route("not here", 404, "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._answer(route)  # the client may stop reading (a body cap): that is the point

            def _answer(self, route: Route) -> None:
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.chunks is not None:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    chunks = route.chunks() if callable(route.chunks) else route.chunks
                    for chunk in chunks:
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                    return
                body = route.body() if callable(route.body) else route.body
                data = body.encode("utf-8") if isinstance(body, str) else body
                if "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the tests read `site.requests` instead."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def html(body: str, head: str = "", title: str = "Rowan Example") -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{body}</body></html>"


def gps_jpeg(latitude: float, longitude: float) -> bytes:
    """A tiny JPEG whose EXIF holds an invented GPS position, as a phone writes it."""

    def dms(value: float) -> tuple[float, float, float]:
        degrees, rest = divmod(abs(value) * 3600, 3600)
        minutes, seconds = divmod(rest, 60)
        return (degrees, minutes, round(seconds, 4))

    exif = Image.Exif()
    exif[0x8825] = {1: "N" if latitude >= 0 else "S", 2: dms(latitude), 3: "E" if longitude >= 0 else "W",
                    4: dms(longitude)}  # fmt: skip
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#8a5").save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def as_json(data: object, content_type: str = "application/json") -> Route:
    return Route(json.dumps(data), content_type=content_type)


ROBOTS_ALLOW = Route("User-agent: *\nAllow: /\n", content_type="text/plain")

PERSONAL_SITE = html(
    head="""
<meta name="description" content="Rowan Example: writing about reading, running and rain.">
<meta property="og:description" content="Rowan's corner of the web. Text me on 07700 900106.">
<link rel="me" href="https://social.example.com/@rowan">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "ProfilePage", "mainEntity": {"@id": "#me"}},
  {"@id": "#me", "@type": "Person", "name": "Rowan Example", "jobTitle": "Year 4 teacher",
   "worksFor": {"@id": "#work"},
   "address": {"@type": "PostalAddress", "streetAddress": "12 Larkspur Close", "addressLocality": "Exampleton"},
   "telephone": "07700 900101", "email": "mailto:rowan.jsonld@example.com"},
  {"@id": "#work", "@type": "Organization", "name": "Oakhurst Example Primary School"}]}</script>
<script type="application/ld+json">{ this block is broken, as real ones often are </script>
<script>var tracking = "07700 900199";</script>
<style>.secret::after { content: "07700 900198"; }</style>
""",
    body="""
<header><h1>Rowan Example</h1></header>
<div class="h-card"><span class="p-name">Rowan Example</span>
  <span class="p-tel">07700 900102</span>
  <a class="u-email" href="mailto:rowan.hcard@example.org">e-mail</a></div>
<div itemscope itemtype="https://schema.org/Person">
  <span itemprop="telephone">07700 900104</span></div>
<main><section id="about"><p>Hello! I love long walks. Call me on 07700 900105 after six.</p>
<p>Or ring <a href="tel:+447700900103">my mobile</a>, or write to
<a href="mailto:rowan.link@example.net?subject=Hello">me</a>.</p></section>
<img src="/garden.jpg" alt="Our garden at 4 Mill Lane"></main>
""",
)


MakeSite = Callable[[dict[str, "Route"]], "Site"]
"""What the `site` fixtures of the public-page tests hand a test: routes in, a running site out."""


def serve_sites(monkeypatch: Any) -> Iterator[MakeSite]:
    """The body of every public-page test's `site` fixture: sites on 127.0.0.1 allowing robots,
    fetched with no pause between requests and no host map, all closed at the end."""
    from audit.fetchers.public_page import source
    from audit.fetchers.public_page.fetch import FetchLimits

    monkeypatch.setattr(source, "LIMITS", FetchLimits(min_interval=0.0))
    monkeypatch.setattr(source, "HOST_MAP", {})
    yield from sites()


def sites() -> Iterator[MakeSite]:
    """Sites on 127.0.0.1 that allow robots, made on demand and all closed at the end."""
    made: list[Site] = []

    def make(routes: dict[str, Route]) -> Site:
        made.append(Site({"/robots.txt": ROBOTS_ALLOW, **routes}))
        return made[-1]

    yield make
    for each in made:
        each.close()
