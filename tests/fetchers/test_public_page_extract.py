"""Reading a fetched page: visible text, meta, JSON-LD, h-card, microdata, links, walls.

Pure functions over invented HTML and JSON; nothing here opens a connection.
"""

from __future__ import annotations

from audit.fetchers.public_page.charset import decode_text
from audit.fetchers.public_page.endpoints import Endpoint, endpoints_for, outbox_endpoint, pieces_from
from audit.fetchers.public_page.extract import PageContent, read_page
from audit.fetchers.public_page.fetch import Document
from audit.fetchers.public_page.robots import answer
from audit.fetchers.public_page.walls import wall_for, walled_platform
from tests.fetchers.public_page_site import PERSONAL_SITE, html

URL = "https://rowan.example.com/"


def fields(content: PageContent) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for piece in content.pieces:
        found.setdefault(piece.field, []).append(piece.text)
    return found


def test_every_place_a_stranger_can_read_is_a_piece_with_its_field() -> None:
    content = read_page(PERSONAL_SITE, URL)
    found = fields(content)
    assert found["title"] == ["Rowan Example"]
    assert found["meta og:description"] == ["Rowan's corner of the web. Text me on 07700 900106."]
    assert found["JSON-LD Person.telephone"] == ["07700 900101"]
    assert found["JSON-LD Person.email"] == ["rowan.jsonld@example.com"]
    assert found["JSON-LD Person.jobTitle"] == ["Year 4 teacher"]
    assert found["JSON-LD Person.worksFor"] == ["Oakhurst Example Primary School"]  # an @id resolved in the @graph
    assert found["JSON-LD Person.address"] == ["12 Larkspur Close, Exampleton"]
    assert found["h-card tel"] == ["07700 900102"]
    assert found["h-card email"] == ["rowan.hcard@example.org"]
    assert found["microdata Person.telephone"] == ["07700 900104"]
    assert found["tel: link"] == ["+447700900103"]
    assert found["mailto: link"] == ["rowan.link@example.net"]
    assert found["rel=me link"] == ["https://social.example.com/@rowan"]
    assert found["image alt text (garden.jpg)"] == ["Our garden at 4 Mill Lane"]
    assert (
        found["page text (main > section#about > p)"][0]
        == "Hello! I love long walks. Call me on 07700 900105 after six."
    )
    assert content.structured and content.images == [
        ("https://rowan.example.com/garden.jpg", "Our garden at 4 Mill Lane")
    ]


def test_scripts_styles_and_broken_json_ld_are_never_read_as_text() -> None:
    every_text = " ".join(piece.text for piece in read_page(PERSONAL_SITE, URL).pieces)
    assert "900199" not in every_text and "900198" not in every_text and "broken" not in every_text


def test_json_ld_in_its_other_shapes() -> None:
    page = html(
        "",
        head="""<script type="application/ld+json">[{"@type": ["Person", "Teacher"], "name": "R. Example",
        "address": "Flat 2, 9 Example Road", "contactPoint": {"@type": "ContactPoint", "telephone": "0113 496 0123"},
        "alumniOf": [{"@type": "CollegeOrUniversity", "name": "Example University"}]}]</script>
        <script type="application/ld+json">{"@type": "Organization", "telephone": "020 7946 0000"}</script>""",
    )
    found = fields(read_page(page, URL))
    assert found["JSON-LD Person.address"] == ["Flat 2, 9 Example Road"]
    assert found["JSON-LD Person.contactPoint"] == ["0113 496 0123"]
    assert found["JSON-LD Person.alumniOf"] == ["Example University"]
    json_ld = [text for key, texts in found.items() if key.startswith("JSON-LD") for text in texts]
    assert not any("020 7946" in text for text in json_ld)  # an Organization's number is not the person's


def test_hidden_characters_and_entities_do_not_break_a_number() -> None:
    page = html("<p>07700&#8203;900&nbsp;107 &amp; r\u200bowan@example.com</p>")
    [text] = fields(read_page(page, URL))["page text (p)"]
    assert text == "07700900 107 & rowan@example.com"


def test_mastodon_counts_are_stripped_from_the_preview_text() -> None:
    head = '<meta property="og:description" content="1.2K Posts, 80 Following, 310 Followers · SENCo. Views my own.">'
    assert fields(read_page(html("", head=head), URL))["meta og:description"] == ["SENCo. Views my own."]


def test_the_character_set_is_found_where_the_site_says_it() -> None:
    body = "Caf\u00e9".encode("cp1252")
    assert decode_text(body, "text/html; charset=windows-1252") == "Caf\u00e9"
    assert decode_text(b"<meta charset='windows-1252'>" + body, "text/html").endswith("Caf\u00e9")
    assert decode_text(body, "text/html") == "Caf\u00e9"  # not UTF-8: read as Windows-1252, not lost


def test_robots_rules_follow_rfc_9309_when_there_is_no_usable_file() -> None:
    assert answer(URL, 404, "").allowed
    assert not answer(URL, 500, "").allowed
    assert answer(URL, 200, "User-agent: *\nCrawl-delay: 60\n").crawl_delay == 10.0


def doc(url: str, status: int = 200, final: str | None = None, left_for: str = "") -> Document:
    return Document(url, final or url, status, "text/html", "", left_for=left_for)


def test_login_walls_and_shells_say_what_could_not_be_seen() -> None:
    shell = read_page(html("<div id='root'></div>", head="<meta property='og:title' content='Rowan (@rowan)'>"), URL)
    linkedin = wall_for(doc("https://www.linkedin.com/in/rowan", 999), None)
    assert linkedin is not None and linkedin.nothing_seen
    assert linkedin.reason.startswith("LinkedIn refused to show this page to a logged-out visitor (HTTP 999)")
    assert "private (incognito) browser window" in linkedin.reason and "download" in linkedin.reason
    instagram = wall_for(
        doc("https://www.instagram.com/rowan/", final="https://www.instagram.com/accounts/login/"), None
    )
    assert instagram is not None and "shows logged-out visitors a login page" in instagram.reason
    x = wall_for(doc("https://x.com/rowan"), shell)
    assert x is not None and not x.nothing_seen and "it read only the page's title and preview text" in x.reason
    facebook = wall_for(doc("https://www.facebook.com/rowan", 302, left_for="https://m.facebook.example/login"), None)
    assert facebook is not None and facebook.nothing_seen
    assert walled_platform("https://vm.tiktok.com/abc") == ("tiktok", "TikTok")
    generic = wall_for(doc(URL), shell)
    assert generic is not None and "JavaScript" in generic.reason
    assert wall_for(doc(URL), read_page(PERSONAL_SITE, URL)) is None


def test_the_documented_endpoints_of_each_platform() -> None:
    [github] = endpoints_for("https://github.com/rowan-example", None)
    assert github.url == "https://api.github.com/users/rowan-example"
    assert endpoints_for("https://github.com/settings", None) == []
    profile, feed = endpoints_for("https://bsky.app/profile/rowan.example.com", None)
    assert profile.url == "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=rowan.example.com"
    assert "getAuthorFeed?actor=rowan.example.com" in feed.url
    shell = read_page(
        html("", head='<link rel="alternate" type="application/activity+json" href="/users/rowan">'),
        "https://social.example.com/@rowan",
    )
    [actor] = endpoints_for("https://social.example.com/@rowan", shell)
    assert actor.url == "https://social.example.com/users/rowan"
    elsewhere = {"outbox": "https://other.example.net/outbox"}
    assert outbox_endpoint(elsewhere, "https://social.example.com/@rowan") is None  # only the page's own server


def test_endpoint_json_becomes_pieces() -> None:
    github = Endpoint("github", "GitHub profile (public API)", "https://api.github.com/users/r", "")
    pieces = pieces_from(github, {"bio": "Y6 teacher", "email": "rowan.gh@example.com", "blog": "", "id": 7})
    assert [(p.field, p.text) for p in pieces] == [
        ("GitHub profile (public API): email", "rowan.gh@example.com"),
        ("GitHub profile (public API): bio", "Y6 teacher"),
    ]
    feed = Endpoint("bluesky", "Bluesky posts (public AppView)", "https://x/getAuthorFeed", "")
    data = {
        "feed": [
            {
                "post": {
                    "uri": "at://did:plc:abc/app.bsky.feed.post/3k1",
                    "author": {"handle": "rowan.example.com"},
                    "record": {
                        "text": "Sports day!",
                        "createdAt": "2024-06-01T10:00:00Z",
                        "embed": {"images": [{"alt": "Our class at Oakhurst"}]},
                    },
                }
            },
            {
                "post": {"uri": "at://other/app.bsky.feed.post/9", "record": {"text": "someone else's"}},
                "reason": {"$type": "app.bsky.feed.defs#reasonRepost"},
            },
        ]
    }
    posts = pieces_from(feed, data)
    assert [p.text for p in posts] == ["Sports day!", "Our class at Oakhurst"]
    assert posts[0].item_id == "https://bsky.app/profile/rowan.example.com/post/3k1" and posts[0].section == "post"
