"""Headless Chromium for the browser tests (the HTML report, the browser tab).

The tests use Debian's `chromium` through Playwright and never download a browser.  Where no
browser is installed they skip and say how to install one, except when the environment says a
browser is required (`.ci/run` sets PROFILE_AUDIT_REQUIRE_BROWSER=1): there a missing browser fails
the run, so CI cannot pass without having looked at the pages.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

REQUIRE_ENV = "PROFILE_AUDIT_REQUIRE_BROWSER"
INSTALL_HINT = "no headless browser: install one with `apt-get install chromium` (Debian) to run this test"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Without the background-networking flags Chromium tries to reach Google's hosts at start."""


def chromium_path() -> str | None:
    """Debian's Chromium, wherever PATH finds it."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def need_chromium() -> str:
    """The browser's path, or skip (fail where a browser is required) with how to get one."""
    found = chromium_path()
    if found:
        return found
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {INSTALL_HINT}")
    pytest.skip(INSTALL_HINT)


@contextmanager
def browser() -> Iterator[Any]:
    """A Playwright `Browser` on the system Chromium, closed afterwards."""
    path = need_chromium()
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
