"""`profile-audit serve` in headless Chromium: a real page load, keys pressed in the tab, a
screenshot kept in tests/artifacts/, and the server's guard: the token, the host, 127.0.0.1 only.

The command is run as a person runs it (a child process, `--no-browser` so the test's browser
is the only one); it must stop by itself when the app is closed with `q`.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import textual_serve

from audit.paths import HOME_ENV
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tests.browser import browser, need_chromium
from tui.serve import TabServer, listening_socket, page_template

ARTIFACTS = Path(__file__).parent / "artifacts"
ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/([A-Za-z0-9_-]{40,})/")
WAIT = 90.0
"""Seconds before a step that never happens fails the test (it never passes a slow run)."""


def wait_for(what: str, found: object) -> None:
    """Poll `found()` until it is true; fail naming `what` if it never is."""
    deadline = time.monotonic() + WAIT
    while not found():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"never happened: {what}")
        time.sleep(0.2)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path, Path]]:
    """`profile-audit serve EXPORT --no-browser` on a small X export: (process, address, data
    folder, working folder).  Stopped at the end if the test has not stopped it."""
    need_chromium()  # skip (or fail where a browser is required) before starting anything
    when = datetime(2016, 3, 3, tzinfo=UTC)
    archive = XArchive(tweets=[Tweet("1500000000000000001", "Ring me on 07700 900111 after six", when)])
    export = write_tree(archive.tree("data"), tmp_path / "x")
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    cwd.mkdir()
    env = {**os.environ, HOME_ENV: str(home), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "tui", "serve", str(export), "--no-browser"]
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()

    def relay() -> None:
        for line in process.stdout or ():
            lines.put(line)

    threading.Thread(target=relay, daemon=True).start()
    try:
        url = ""
        deadline = time.monotonic() + WAIT
        while not url and time.monotonic() < deadline and process.poll() is None:
            try:
                found = ADDRESS.search(lines.get(timeout=1))
            except queue.Empty:
                continue
            url = found.group(0) if found else ""
        assert url, "serve never printed its address"
        yield process, url, home, cwd
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def status(url: str, **headers: str) -> int:
    """The HTTP status of a GET, with the headers given (`Host` replaces the real one)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", parts.path, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def listening_addresses(port: int) -> set[str]:
    """Local addresses listening on `port`, from the kernel's table (Linux)."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_serve_shows_the_app_in_a_browser_tab(served: tuple[subprocess.Popen[str], str, Path, Path]) -> None:
    process, url, home, cwd = served
    with browser() as chromium:
        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        asked: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        errors: list[str] = []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(url)
        page.wait_for_selector("body.-first-byte", timeout=WAIT * 1000)  # the app's screen arrives
        wait_for("the scan finished and saved progress", (home / "state.json").exists)
        page.focus(".xterm-helper-textarea")
        page.keyboard.press("2")  # the findings tab
        page.keyboard.press("e")  # export the findings ...
        page.wait_for_timeout(1000)  # (the prompt opens: the page cannot tell when)
        page.keyboard.press("Enter")  # ... to the path it offers, in the working folder
        wait_for("the findings exported from the tab", lambda: any(cwd.glob("profile-audit-findings-*.json")))
        page.wait_for_timeout(1000)  # (the prompt closes)
        page.keyboard.press("Enter")  # the finding, with its link
        page.wait_for_timeout(1500)  # let the frame reach the page before the picture
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "serve-browser-tab.png"))

        document = json.loads(next(cwd.glob("profile-audit-findings-*.json")).read_text())
        [finding] = document["findings"]
        assert finding["url"] == "https://x.com/MsExampleTeach/status/1500000000000000001"
        assert {urlsplit(address).hostname for address in asked} == {"127.0.0.1"}  # the page fetched nothing else
        assert errors == []  # nothing the page needs is blocked by its security policy

        post = "https://x.com/MsExampleTeach/status/1500000000000000001"
        referers: list[str | None] = []

        def answer(route: Any) -> None:  # offline: the test's own answer stands in for X
            referers.append(route.request.headers.get("referer"))
            route.fulfill(body="the post", content_type="text/plain")

        page.context.route(post, answer)
        with page.context.expect_page(timeout=WAIT * 1000) as opened:
            page.keyboard.press("o")  # the post, in a new tab of the same browser
        opened.value.wait_for_load_state()
        assert opened.value.url == post
        assert referers == [None]  # the tab's private address is never sent to the site
        opened.value.close()

        page.keyboard.press("q")  # closing the app stops the server
        assert process.wait(timeout=WAIT) == 0
        page.close()


@pytest.fixture
def guarded() -> Iterator[str]:
    """The server on its own (the browser test runs the whole command), in a thread: its address."""
    server = TabServer("true", listening_socket())
    loop = asyncio.new_event_loop()
    ready: queue.Queue[str] = queue.Queue()
    thread = threading.Thread(target=lambda: loop.run_until_complete(server.run(ready.put)), daemon=True)
    thread.start()
    try:
        yield ready.get(timeout=WAIT)
    finally:
        loop.call_soon_threadsafe(server.stop)
        thread.join(timeout=WAIT)


def test_serve_refuses_a_wrong_token_and_listens_on_127_0_0_1_only(guarded: str) -> None:
    url = guarded
    found = ADDRESS.match(url)
    assert found is not None
    port, token = int(found.group(1)), found.group(2)
    assert status(url) == 200
    assert status(url.replace(token, token[:-1] + ("A" if token[-1] != "A" else "B"))) == 403
    assert status(f"http://127.0.0.1:{port}/") == 403
    assert status(f"http://127.0.0.1:{port}/{token}/static/js/textual.js") == 200
    assert status(f"http://127.0.0.1:{port}/static/js/textual.js") == 403  # the files too need the token
    assert status(url, Host=f"profile-audit.example.com:{port}") == 403  # DNS rebinding
    assert status(url + "ws", Origin="https://example.com") == 403  # another site's page
    if Path("/proc/net/tcp").exists():
        assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1, and nothing else
    for family, _, _, _, address in socket.getaddrinfo(socket.gethostname(), port, socket.AF_INET):
        if not str(address[0]).startswith("127."):  # this machine's other addresses: nothing answers
            with pytest.raises(OSError), socket.socket(family, socket.SOCK_STREAM) as other:
                other.settimeout(5)
                other.connect(address)


def test_the_page_loads_nothing_from_the_internet() -> None:
    """textual-serve's page links a web font; the served one uses the package's own copy."""
    page = page_template(Path(textual_serve.__file__).parent / "templates")
    assert "googleapis" not in page and "fonts/RobotoMono" in page
    assert "profile-audit has closed. You can close this tab." in page  # no Restart: the server has stopped
    assert not re.findall(r"(?:src|href)=\"https?://", page)
