"""The HTML report in a real browser (headless Chromium, see `tests/browser.py`).

What a person sees: the counts, a clause in words, the photos; in the copy to share only masked
values, in the DOM and in the file's bytes.  The page asks the network for nothing, prints to
PDF with each platform on its own pages, and a post made of HTML stays text even with the page's
Content-Security-Policy taken away.  Screenshots are kept in `tests/artifacts/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from audit.cli import main
from audit.demo import persona_school, persona_sources
from audit.model import Finding
from audit.paths import HOME_ENV
from audit.pipeline import scan
from audit.report_html import build, render, write
from audit.school import load_school
from tests.audit.test_report_html import hostile_export, leaks
from tests.browser import browser

ARTIFACTS = Path(__file__).parent / "artifacts"
PLATFORMS = 3
"""jo-ect's downloads: Facebook, Instagram, X."""


@dataclass
class Pages:
    kept: Path
    shared: Path
    hostile: Path
    findings: list[Finding]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pages]:
    """The report as `profile-audit report --demo` writes it, the copy to share, a hostile post."""
    folder = tmp_path_factory.mktemp("reports")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(HOME_ENV, str(tmp_path_factory.mktemp("home")))
        assert main(["report", "--demo", "-q", "--html", str(folder / "kept.html")]) == 0
        sources, school = persona_sources("jo-ect"), load_school(persona_school("jo-ect"))
        result = scan(sources, school)
        write(folder / "shared.html", render(build(result, redact=True, sources=sources, school=school.name)))
        hostile = hostile_export(folder)
        write(folder / "hostile.html", render(build(scan([hostile]), sources=[hostile])))
        yield Pages(folder / "kept.html", folder / "shared.html", folder / "hostile.html", result.findings)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as launched:
        yield launched


class Visit:
    """A page opened in a fresh tab, with every request and console error it made."""

    def __init__(self, chromium: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.page = chromium.new_page(viewport={"width": 1100, "height": 1000})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", self._console)
        self.page.goto(self.url)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def text(self, selector: str) -> str:
        return str(self.page.locator(selector).first.inner_text())

    def count(self, selector: str) -> int:
        return int(self.page.locator(selector).count())

    def nothing_fetched(self) -> None:
        """The file itself is the only request (photos are `data:` URIs, which are not requests)."""
        assert [url for url in self.requests if not url.startswith("data:")] == [self.url]
        assert not self.errors, "a blocked load or script shows up as a console error"


def pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF Chromium printed: one `/Type /Page` object each (`/Pages` is the tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_report_to_keep(pages: Pages, chromium: Any) -> None:
    visit = Visit(chromium, pages.kept)
    assert visit.text("#count-total b") == str(len(pages.findings))
    assert visit.count("section.platform") == PLATFORMS
    assert visit.count("li.finding") == len(pages.findings)
    assert "keep their personal phone numbers private" in visit.text('dd[data-clause="2.4.2"]')
    assert "Training example" in visit.text("#demo-note")
    photos = visit.page.eval_on_selector_all("img.photo", "images => images.map(image => image.naturalWidth)")
    assert len(photos) >= 2 and all(width > 0 for width in photos)
    assert visit.count('a[href^="https://x.com/"]') >= 5
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "report.png"))
    visit.page.locator("li.finding:has(img.photo)").first.screenshot(path=str(ARTIFACTS / "report-photo.png"))
    printed = visit.page.pdf(format="A4")
    assert printed.startswith(b"%PDF")
    assert PLATFORMS + 2 <= pdf_pages(printed) <= 120, (
        "the summary, each platform from a new page, what we could not see"
    )
    visit.nothing_fetched()


def test_copy_to_share_shows_only_masked_values(pages: Pages, chromium: Any) -> None:
    visit = Visit(chromium, pages.shared)
    shown = visit.page.inner_text("body")
    raw = pages.shared.read_bytes().decode("utf-8")
    for finding in pages.findings:
        assert not leaks(shown, finding) and not leaks(raw, finding), f"{finding.kind} in {finding.file}"
    assert "+44 77•••••456" in shown and "j•••@example.com" in shown and "LS99 •••" in shown
    assert "A copy to share" in visit.text("#share-note")
    assert visit.count("a[href]") == 0 and visit.count("img.photo") >= 2
    assert visit.text("#count-total b") == str(len(pages.findings))
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.locator("section.platform").last.screenshot(path=str(ARTIFACTS / "report-shared.png"))
    visit.nothing_fetched()


def test_hostile_post_is_text_and_never_runs(pages: Pages, chromium: Any) -> None:
    visit = Visit(chromium, pages.hostile)
    excerpt = visit.text("blockquote.excerpt")
    assert "</script> ring" in excerpt and "<img src=x" in excerpt
    assert visit.count("script") == 0 and visit.count("blockquote img") == 0
    assert visit.page.evaluate("document.body.dataset.pwned") is None
    visit.nothing_fetched()
    # The same page without its Content-Security-Policy: escaping alone keeps the post inert.
    unguarded = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", pages.hostile.read_text())
    assert "Content-Security-Policy" not in unguarded
    visit.page.set_content(unguarded)
    assert visit.count("script") == 0 and visit.count("blockquote img") == 0
    assert visit.page.evaluate("document.body.dataset.pwned") is None
