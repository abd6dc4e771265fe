"""Fetch one public page the way an honest stranger's browser would, with every limit in place.

- a User-Agent naming the tool and its version, never a browser's; no cookies kept or sent;
  no proxy or `.netrc` from the environment (`trust_env=False`); no JavaScript run;
- only the hosts the person's address allows (`allowed`): the page's own, its `www.` twin,
  and the documented public endpoints the caller adds; nothing else is ever contacted;
- redirects followed by hand, at most `max_redirects`, http(s) only, each hop address-checked
  (`guard`), and never on to another site: that hop is reported, not taken;
- a connect timeout, a read timeout and an overall deadline; a body cap counted while the
  (gzip- or brotli-decoded) bytes stream in, after a `Content-Length` check;
- one request at a time, `min_interval` apart per host (longer if robots.txt asks); a 429 or
  503 with a short `Retry-After` is tried once more, then given up.

Whatever goes wrong is one `PageFetchError` line naming the address and what happened.
"""

from __future__ import annotations

import re
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx

from audit.__about__ import __version__
from audit.errors import SourceError
from audit.fetchers.public_page.charset import decode_text, media_type
from audit.fetchers.public_page.guard import AddressPolicy, AddressRefused, ConnectionLog, GuardedBackend, NameNotFound

USER_AGENT = f"profile-audit/{__version__} (a person checking their own public profile; fetches only the page named)"
PAGE_TYPES = ("text/html", "application/xhtml+xml")
JSON_TYPES = ("application/json", "application/activity+json", "application/ld+json", "application/vnd.github+json")
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class PageFetchError(SourceError):
    """A page could not be fetched; the message is one line: the address, then why."""


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """The limits of one run; tests shorten the waits, never remove a limit."""

    max_body: int = 5 * 1024 * 1024
    max_redirects: int = 5
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    deadline: float = 30.0
    """Seconds one response may take in all, so a server sending a byte a second cannot hold on."""
    min_interval: float = 1.0
    """Seconds between two requests to one host."""
    max_retry_after: float = 10.0


@dataclass(frozen=True, slots=True)
class Document:
    """One response: where it came from, its status, and its text (decoded)."""

    requested: str
    url: str
    """The address finally answered, after redirects (the address the person would see)."""
    status: int
    content_type: str
    text: str
    redirects: tuple[str, ...] = ()
    left_for: str = ""
    """When the site sent the visitor on to another site (not followed): that address."""
    robots_tag: str = ""
    """The `X-Robots-Tag` header(s), joined: a page can ask search engines not to list it."""
    body: bytes = b""
    """The raw bytes, kept only when asked for (an image read for its EXIF); else empty."""


@dataclass
class PageClient:
    """An httpx client bound to the sites one public address allows, with the limits above."""

    named_url: str
    limits: FetchLimits = field(default_factory=FetchLimits)
    host_map: Mapping[str, str] = field(default_factory=dict)
    """Test wiring: host -> `http://127.0.0.1:PORT` that serves it (never set in real runs)."""
    log: ConnectionLog = field(default_factory=ConnectionLog)

    def __post_init__(self) -> None:
        host = host_of(self.named_url)
        self.allowed: set[str] = {host, *_twin(host)}
        self.addresses = AddressPolicy()
        self.addresses.allow(host)  # the person named it: a private host of theirs is fine
        self.crawl_delay = 0.0
        self._last: dict[str, float] = {}
        wired = frozenset(host_of(base) for base in self.host_map.values())
        backend = GuardedBackend(self.addresses, self.log, wired)
        transport = httpx.HTTPTransport(trust_env=False, retries=0)
        transport._pool = _pool(backend)
        self._client = httpx.Client(
            transport=transport,
            headers={"User-Agent": USER_AGENT, "Accept-Language": "en-GB,en;q=0.8"},
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
            timeout=httpx.Timeout(self.limits.read_timeout, connect=self.limits.connect_timeout),
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PageClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def allow_host(self, host: str) -> None:
        """Let a documented public endpoint's host (api.github.com) be contacted too."""
        self.allowed.add(host.lower())

    def get(self, url: str, accept: str, types: tuple[str, ...] = PAGE_TYPES, *, raw: bool = False) -> Document:
        """The response at `url`, redirects followed within the site; PageFetchError if it fails.

        `types` are the media types accepted (an empty tuple accepts any: robots.txt).  With
        `raw` the bytes are kept as they came (`Document.body`) and not decoded as text.

        An HTTP error status is returned, not raised: a login wall answers 999 or 403, and
        what that means is the caller's to say.
        """
        hops: list[str] = []
        current = url
        retried = False
        while True:
            self._check(url, current)
            status, headers, body = self._request(url, current, accept, types)
            location = headers.get("location", "")
            if status in REDIRECTS and location:
                target = urljoin(current, location)
                hops.append(current)
                if len(hops) > self.limits.max_redirects:
                    raise PageFetchError(
                        f"{url}: the site sent profile-audit round more than {self.limits.max_redirects} redirects "
                        "(a redirect loop?); open it in a browser to check the address"
                    )
                if urlsplit(target).scheme not in ("http", "https"):
                    raise PageFetchError(f"{url}: the site redirected to a non-web address; not followed")
                if host_of(target) not in self.allowed:
                    refusal = self._refusal(target)
                    if refusal:
                        raise PageFetchError(
                            f"{url}: the site redirected to a private network address ({refusal}); not followed, "
                            "as profile-audit visits a private address only when you give it yourself"
                        )
                    return Document(url, current, status, "", "", tuple(hops), left_for=target)
                current = target
                continue
            wait = _retry_after(headers.get("retry-after", ""))
            if status in (429, 503) and not retried and wait is not None and wait <= self.limits.max_retry_after:
                retried = True
                time.sleep(wait)
                continue
            media = media_type(headers.get("content-type", ""))
            robots_tag = ", ".join(headers.get_list("x-robots-tag"))
            if raw:
                return Document(url, current, status, media, "", tuple(hops), robots_tag=robots_tag, body=body)
            text = decode_text(body, headers.get("content-type", ""))
            return Document(url, current, status, media, text, tuple(hops), robots_tag=robots_tag)

    # -- one request ---------------------------------------------------------------------------

    def _check(self, url: str, current: str) -> None:
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PageFetchError(f"{url}: not a web address (give one starting with https://)")
        host = parts.hostname.lower()
        if host not in self.allowed:  # a programming slip, never a page's doing: refuse loudly
            raise PageFetchError(f"{url}: profile-audit only visits the site you named, not {host}")
        refusal = self._refusal(current)
        if refusal:
            raise PageFetchError(
                f"{url}: not fetched: {host} is on a private network ({refusal}), not a public site; "
                "profile-audit visits a private address only when you give it yourself"
            )

    def _refusal(self, address: str) -> str | None:
        host = host_of(address)
        if host in self.host_map:
            return None
        try:
            return self.addresses.refusal(host, urlsplit(address).port or 443)
        except NameNotFound:
            return None  # the request itself will say "no such site"

    def _request(self, url: str, current: str, accept: str, types: tuple[str, ...]) -> tuple[int, httpx.Headers, bytes]:
        """Status, headers and (capped) body of one GET, with no redirect followed."""
        self._pace(host_of(current))
        started = time.monotonic()
        try:
            with self._client.stream("GET", self._wired(current), headers={"Accept": accept}) as response:
                self._client.cookies.clear()
                headers = response.headers
                if response.status_code in REDIRECTS:
                    return response.status_code, headers, b""
                media = media_type(headers.get("content-type", ""))
                if response.status_code < 400 and types and media not in types:
                    what = media or "an unnamed kind of file"
                    raise PageFetchError(
                        f"{url}: not a web page (the site sent {what}); give the address of the profile page"
                    )
                declared = headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.limits.max_body:
                    raise PageFetchError(f"{url}: the page is larger than {_mb(self.limits.max_body)}; not read")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.limits.max_body:
                        raise PageFetchError(
                            f"{url}: the page is larger than {_mb(self.limits.max_body)}; stopped reading"
                        )
                    if time.monotonic() - started > self.limits.deadline:
                        raise PageFetchError(
                            f"{url}: the site took longer than {self.limits.deadline:g} seconds to send the page"
                        )
                return response.status_code, headers, bytes(body)
        except httpx.HTTPError as error:
            raise PageFetchError(f"{url}: {_why(error, self.limits)}") from None

    def _wired(self, address: str) -> str:
        """The address to connect to: the same, unless a test's host map serves that host locally."""
        parts = urlsplit(address)
        base = self.host_map.get((parts.hostname or "").lower())
        if base is None:
            return address
        wired = urlsplit(base)
        return urlunsplit((wired.scheme, wired.netloc, parts.path or "/", parts.query, ""))

    def _pace(self, host: str) -> None:
        """One request at a time, `min_interval` (or the site's Crawl-delay) apart per host."""
        gap = max(self.limits.min_interval, self.crawl_delay)
        last = self._last.get(host)
        if last is not None:
            wait = last + gap - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()


def _pool(backend: GuardedBackend) -> httpcore.ConnectionPool:
    """httpcore's connection pool over the guarded backend (httpx has no public hook for one)."""
    return httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=backend, retries=0, max_connections=4
    )


def host_of(address: str) -> str:
    return (urlsplit(address).hostname or "").lower()


def _twin(host: str) -> tuple[str, ...]:
    """`www.example.com` for `example.com` and back: the one redirect sites commonly make."""
    if host.startswith("www."):
        return (host[4:],)
    return () if _is_ip(host) else (f"www.{host}",)


def _is_ip(host: str) -> bool:
    return bool(re.fullmatch(r"[0-9.]+|\[?[0-9a-f:]+\]?", host))


def _retry_after(value: str) -> float | None:
    return float(value) if value.strip().isdigit() else None


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:g} MB"


def _why(error: httpx.HTTPError, limits: FetchLimits) -> str:
    """One line on why a request failed, from the error and what caused it."""
    cause = error.__cause__ or error.__context__
    if isinstance(cause, NameNotFound):
        return f"{cause}: check the address"
    if isinstance(cause, AddressRefused):
        return f"not fetched: {cause}, which is not a public site"
    if isinstance(error, httpx.ConnectTimeout):
        return f"the site did not answer within {limits.connect_timeout:g} seconds"
    if isinstance(error, httpx.TimeoutException):
        return f"the site stopped answering for more than {limits.read_timeout:g} seconds"
    text = str(error)
    if _is_tls(error) or "CERTIFICATE" in text or "SSL" in text:
        return "the site's secure connection could not be checked (a TLS or certificate error)"
    if isinstance(error, httpx.ConnectError):
        return "the site refused the connection" if "refused" in text.lower() else "could not connect to the site"
    if isinstance(error, httpx.DecodingError):
        return "the page's compression is damaged"
    if isinstance(error, httpx.RemoteProtocolError):
        return "the site broke off the connection"
    return f"could not fetch the page ({type(error).__name__})"


def _is_tls(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
