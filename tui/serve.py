"""`profile-audit serve`: the same app in a browser tab, for staff who never open a terminal.

textual-serve starts the app as a child process for each tab that connects and relays its screen
over a WebSocket.  Its own `Server.serve` listens on whatever host it is given and checks
nothing, so here it is wrapped:

- the socket is bound here, on 127.0.0.1 only, to a port the system picks, and handed to aiohttp
  as it is (no moment between choosing the port and listening on it);
- every route sits under a random token (`/<token>/`, 256 bits from `secrets`), and an aiohttp
  middleware refuses (403) any request whose path does not begin with it, whose Host is not this
  address (DNS rebinding) or whose Origin is another site's;
- the page is textual-serve's own without its web-font link (nothing leaves the machine: the
  font is the package's), with headers that keep other sites out (a content security policy)
  and the token out of the Referer of the posts the app opens;
- when the app ends (q, or the tab closed) and no tab comes back within a few seconds (a
  reload), the server stops, and the command ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import shlex
import signal
import socket
import sys
import webbrowser
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

HOST = "127.0.0.1"
TOKEN_BYTES = 32
GRACE_SECONDS = 3.0
"""How long a tab has to reconnect (a reload) before the server stops."""
SHUTDOWN_SECONDS = 5.0
REFUSED = "This address is not valid. Open the address profile-audit printed when it started."
_FONT_LINK = re.compile(r"<link[^>]*fonts\.googleapis\.com[^>]*>", re.IGNORECASE | re.DOTALL)
_LOCAL_FONT = """<style>
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf");
      }
    </style>"""
_ENDED = """<div class="message">profile-audit has closed. You can close this tab.</div>"""
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def page_template(templates: Path) -> str:
    """textual-serve's page, changed so that it loads nothing from the internet."""
    page = (templates / "app_index.html").read_text(encoding="utf-8")
    page = _FONT_LINK.sub(_LOCAL_FONT, page)
    head = '<head>\n    <title>profile-audit</title>\n    <link rel="icon" href="data:," />'  # no /favicon.ico asked
    page = page.replace("<head>", head, 1)
    return re.sub(r'<div class="message">Session ended\.</div>\s*<button[^>]*>Restart</button>', _ENDED, page)


def listening_socket() -> socket.socket:
    """A socket listening on 127.0.0.1 and a free port the system chose."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((HOST, 0))
    sock.listen(16)
    sock.setblocking(False)
    return sock


class TabServer(Server):
    """textual-serve's server on a given socket, behind a token, stopping when the app ends."""

    def __init__(self, command: str, sock: socket.socket, *, grace: float = GRACE_SECONDS) -> None:
        port = sock.getsockname()[1]
        super().__init__(command, host=HOST, port=port, title="profile-audit")
        self.sock = sock
        self.token = secrets.token_urlsafe(TOKEN_BYTES)
        self.url = f"{self.public_url}/{self.token}/"
        self.grace = grace
        self._hosts = {f"{HOST}:{port}", f"localhost:{port}"}
        self._origins = {f"http://{host}" for host in self._hosts}
        self._tabs = 0
        self._ended = asyncio.Event()
        self._stopping: asyncio.TimerHandle | None = None

    async def _make_app(self) -> web.Application:
        """textual-serve's routes under the token (downloads left out: the app delivers none)."""
        app = web.Application(middlewares=[self._guard])
        aiohttp_jinja2.setup(app, loader=jinja2.DictLoader({"app_index.html": page_template(self.templates_path)}))
        base = f"/{self.token}"
        app.add_routes(
            [
                web.get(f"{base}/", self.handle_index, name="index"),
                web.get(f"{base}/ws", self.handle_websocket, name="websocket"),
                web.static(f"{base}/static", self.statics_path, name="static"),
            ]
        )
        app.on_response_prepare.append(self._headers)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Only this address, with the token, from this page: anything else is refused."""
        if not self.allowed(request.path, request.host, request.headers.get("Origin")):
            raise web.HTTPForbidden(text=REFUSED)
        return await handler(request)

    def allowed(self, path: str, host: str, origin: str | None) -> bool:
        """The token first in the path (compared in constant time), this host, this origin or none."""
        token = path.split("/", 2)[1] if path.count("/") >= 2 else ""
        right_token = secrets.compare_digest(token.encode(), self.token.encode())
        return right_token and host in self._hosts and (origin is None or origin in self._origins)

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        """The page may load and connect to this server only, and never tells a site its address."""
        sockets = " ".join(f"ws://{host}" for host in sorted(self._hosts))
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data:; font-src 'self'; connect-src 'self' {sockets}; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
        )
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-store"

    async def on_startup(self, app: web.Application) -> None:
        """Quiet: textual-serve prints its logo and address; the command says what matters."""

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One tab's app; when the last one ends and none comes back, the server stops."""
        self._tabs += 1
        if self._stopping is not None:
            self._stopping.cancel()
            self._stopping = None
        try:
            return await super().handle_websocket(request)
        finally:
            self._tabs -= 1
            if self._tabs == 0:
                self._stopping = asyncio.get_running_loop().call_later(self.grace, self._ended.set)

    def stop(self) -> None:
        """End the serving (from the event loop's thread)."""
        self._ended.set()

    async def run(self, on_ready: Callable[[str], None]) -> None:
        """Serve until the app ends; `on_ready` gets the address once it is listening."""
        runner = web.AppRunner(await self._make_app(), access_log=None, shutdown_timeout=SHUTDOWN_SECONDS)
        await runner.setup()
        loop = asyncio.get_running_loop()
        stops = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
        for stop in stops:  # the terminal closed or the system asks: end the tabs' apps too
            with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows; not the main thread
                loop.add_signal_handler(stop, self._ended.set)
        try:
            await web.SockSite(runner, self.sock).start()
            on_ready(self.url)
            await self._ended.wait()
        finally:
            await runner.cleanup()


def app_command(sources: Sequence[Path], school: Path | None, demo: str | None) -> list[str]:
    """The command each tab runs: this same program's app, on the same exports."""
    program = [sys.executable, "-m", "tui"]
    if demo is not None:
        return [*program, "demo", "--persona", demo]
    options = ["--school", str(school.resolve())] if school is not None else []
    return [*program, "tui", *(str(path.resolve()) for path in sources), *options]


def open_in_default_browser(url: str) -> bool:
    """Open the tab in the system's browser; never a text-mode one (it would take this terminal)."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:
        return False
    return bool(browser.open(url, new=2))


def serve(
    sources: Sequence[Path] = (), school: Path | None = None, *, demo: str | None = None, open_browser: bool = True
) -> int:
    """Run `profile-audit serve` until the app ends; 0 when it ended normally."""

    def ready(url: str) -> None:
        opened = open_browser and open_in_default_browser(url)
        first = (
            "profile-audit is open in your web browser. If it did not open, copy this address into it"
            if opened
            else "profile-audit is ready: copy this address into your web browser"
        )
        print(f"{first} (it works on this computer only):\n\n  {url}\n", flush=True)
        print("Closing the app (q) stops it; so does Ctrl+C here.", flush=True)

    server = TabServer(shlex.join(app_command(sources, school, demo)), listening_socket())
    asyncio.run(server.run(ready))
    return 0
