"""Where on a platform a finding was, in words: one rule per section of the findings contract.

`audit.wording.place` turns a finding's provenance (platform, section, field, file) into a
`Place`: the key the fix guides tag their steps with, and the words the person reads ("your
profile's headline", "a post you archived").  Each section's rules are a run of tests on the
field name and the file path, kept here apart from the rest of `audit.wording` because they are
one long table of the exports' own names, and grow with every platform.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A place on a platform: the key the guides use, and the words the person reads."""

    key: str
    words: str


def _profile(platform: str, field: str, path: str) -> Place:
    if field in ("bio", "biography", "description", "summary", "intro", "intro_bio.name", "biodescription"):
        return Place("profile", "your profile's About section" if platform == "linkedin" else "your profile's bio")
    if field == "headline":
        return Place("profile", "your profile's headline")
    if "contact" in field or field.startswith(("emails.", "phone", "email", "mobile", "previous email")):
        return Place("contact", "your profile's contact details")
    if field in ("address", "zip_code", "instant_messengers", "contact_instructions"):
        return Place("contact", "your profile's contact details")
    if field.startswith("work_experiences") or field in ("employer", "employers", "title", "company_name"):
        return Place(
            "profile", "your profile's Experience" if platform == "linkedin" else "your profile's work details"
        )
    if field.startswith("education") or field in ("school_name", "degree_name", "activities", "notes"):
        return Place("profile", "your profile's Education" if platform == "linkedin" else "your profile's education")
    if "city" in field or "hometown" in field or field in ("location", "geo_location"):
        return Place("profile", "your profile's location or home town")
    if field in ("website", "websites", "biolink", "twitter_handles"):
        return Place("profile", "a link on your profile")
    if field in ("username", "screen_name", "preferredusername", "handle"):
        return Place("profile", "your username")
    if "name" in field:
        return Place("profile", "your display name")
    if field == "attachment":
        return Place("profile", "a field on your profile")
    return Place("profile", "your profile")


def _account(platform: str, field: str, path: str) -> Place:
    if "application" in path or field == "question_and_answers":
        return Place("application", "a job application you sent")
    if platform == "tiktok" and "email" not in field and "address" in field.replace("adress", "address"):
        return Place("account", "an address TikTok keeps for you (forms or shop deliveries)")
    if "autofill" in path or field in ("tel", "postal code", "address"):
        return Place("account", "details saved for filling in forms")
    if "possible_emails" in path or field == "possible_emails":
        return Place("account", "an e-mail address the platform thinks is yours")
    if "gps" in field or "locatie" in path or "location" in path:
        return Place("account", "the platform's record of your phone's position")
    if field.startswith("changed") or "change" in path:
        return Place("account", "your account's record of a changed e-mail or phone number")
    if "phone" in field or field == "number":
        return Place("account", "your account's phone number (used to log in)")
    if "email" in field:
        return Place("account", "your account's e-mail address (used to log in)")
    return Place("account", "your account details (not shown on your profile)")


_POSTS = {
    "x": "a post",
    "facebook": "a post on your timeline",
    "instagram": "a post's caption",
    "linkedin": "a post",
    "tiktok": "a video's caption",
}


def _post(platform: str, field: str, path: str) -> Place:
    if "deleted" in path:
        return Place("deleted", "a post you deleted")
    if "archived" in path or path.endswith(("archive.json", "archive.html")):
        return Place("archived", "a post you archived (only you can see it)")
    if "stories" in path:
        return Place("story", "a story")
    if "alt" in field or field == "media_description":
        return Place("post", "the description of a picture in a post")
    if field.startswith("external") or field in ("facet_link", "sharedurl"):
        return Place("post", "a link in a post")
    if field in ("place", "address"):
        return Place("checkin", "the place tagged in a post")
    if "articles/" in path:
        return Place("article", "an article you wrote")
    if "rich media" in path or "rich_media" in path:
        return Place("photo", "a photo or document you shared")
    if field == "poll_option":
        return Place("post", "a poll in a post")
    if field == "note_text":
        return Place("post", "a long post")
    if field == "tags":
        return Place("post", "a post's tags")
    if platform == "bluesky" and "." in field:
        return Place("post", "something another app keeps in your Bluesky account")
    return Place("post", _POSTS.get(platform, "a post"))


def _comment(platform: str, field: str, path: str) -> Place:
    if platform in ("mastodon", "bluesky", "x"):
        return Place("comment", "a reply you wrote")
    return Place("comment", "a comment you wrote")


def _message(platform: str, field: str, path: str) -> Place:
    if "invitation" in path:
        return Place("message", "an invitation you sent")
    if platform == "mastodon":
        return Place("message", "a private mention you sent")
    if field.startswith("share"):
        return Place("message", "a link you sent in a message")
    return Place("message", "a direct message you sent" if platform == "x" else "a message you sent")


def _checkin(platform: str, field: str, path: str) -> Place:
    if platform == "facebook":
        return Place("checkin", "a check-in")
    if platform == "tiktok":
        return Place("checkin", "the place tagged in a video")
    return Place("checkin", "the place tagged in a post")


def _media(platform: str, field: str, path: str) -> Place:
    if "album" in path:
        return Place("album", "a photo album's description" if field == "description" else "a photo album")
    if "messages/" in path:
        return Place("message", "a photo you sent in a message")
    if "/profile/" in path or path.endswith("avatar.jpg"):
        return Place("profile", "your profile picture")
    if field == "exif_data":
        return Place("photo", "the details kept with a photo")
    if field in ("description", "title", "name"):
        return Place("photo", "a photo's description")
    if path.endswith((".mp4", ".mov")):
        return Place("photo", "a video you posted")
    return Place("photo", "a photo you posted")


def _other(platform: str, field: str, path: str) -> Place:
    if "group" in path or field == "group":
        return Place("group", "a group you belong to")
    if platform == "bluesky":
        return Place("list", "a list or starter pack you made")
    return Place("post", "something else in your download")


PLACE_FINDERS = {
    "profile": _profile,
    "account": _account,
    "post": _post,
    "comment": _comment,
    "message": _message,
    "checkin": _checkin,
    "media": _media,
    "other": _other,
}
