"""Which files of an X archive hold the person's own data, and which are deliberately left unread.

X's archive layouts (`shared/formats/x.md`) are knowledge of the platform, kept apart from the
reading code (`audit.fetchers.x`): the file-name patterns of posts, messages and media, the
account files and the audience each field has, and every file the scan does not read with the
reason it gives the person ("lists of accounts ...: names, not the person's text").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from detectors.base import Section, Visibility

TWEET_FILES = re.compile(r"^(?:data/)?tweets?(?:-part\d+)?\.js$")
GRAILBIRD_MONTH = re.compile(r"^data/js/tweets/\d{4}_\d{2}\.js$")
DM_FILES = re.compile(r"^(?:data/)?direct-messages?(?:-group)?(?:-part\d+)?\.js$")
ACCOUNT_ID = re.compile(r"\d{1,20}")
"""An account number as X writes it; anything else (a damaged `account.js`) names no owner."""
TWEET_MEDIA = re.compile(r"^(?:data/)?[a-z_]*tweets?_media/(\d+)-[^/]+$")
"""`tweets_media/`, `tweet_media/` (2018-2020), `deleted_tweets_media/`, `community_tweet_media/`..."""
UNDATED = datetime.min.replace(tzinfo=UTC)
OTHER_TWEET_FILES: dict[str, Visibility] = {
    "deleted-tweets": "only_me",
    "community-tweet": "custom",
    "twitter-circle-tweet": "custom",
}


Fields = tuple[tuple[str, Section, Visibility], ...]
CHANGES_ONLY_ME: Fields = (("changedFrom", "account", "only_me"), ("changedTo", "account", "only_me"))
DATED: tuple[str, ...] = ("changedAt", "createdAt")
ACCOUNT_FILES: tuple[tuple[str, tuple[str, ...], Fields, tuple[str, ...]], ...] = (
    # file, keys from a record to its fields, (field, section, visibility)..., date fields
    (
        "account.js",
        ("account",),
        (
            ("email", "account", "only_me"),
            ("phoneNumber", "account", "only_me"),  # older archives only
            ("username", "profile", "public"),
            ("accountDisplayName", "profile", "public"),
        ),
        (),
    ),
    ("phone-number.js", ("device",), (("phoneNumber", "account", "only_me"),), DATED),
    (
        "profile.js",
        ("profile", "description"),
        (("bio", "profile", "public"), ("location", "profile", "public"), ("website", "profile", "public")),
        (),
    ),
    ("email-address-change.js", ("emailAddressChange", "emailChange"), CHANGES_ONLY_ME, DATED),
    (
        "screen-name-change.js",
        ("screenNameChange", "screenNameChange"),
        (("changedFrom", "account", "unknown"), ("changedTo", "account", "unknown")),
        DATED,
    ),
)
"""The account and profile files: who the person is, and how to reach them."""

NOT_READ: tuple[tuple[str, str], ...] = (
    ("data/ad-*", "advertising and ad-targeting records: not the person's words"),
    ("data/ads-*", "advertising and ad-targeting records: not the person's words"),
    ("ad-*", "advertising and ad-targeting records: not the person's words"),
    ("data/personalization.js", "advertising and ad-targeting records: not the person's words"),
    ("data/like.js", "other people's posts the person liked or saved: not their own words"),
    ("like.js", "other people's posts the person liked or saved: not their own words"),
    ("data/bookmark*.js", "other people's posts the person liked or saved: not their own words"),
    ("data/follower.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("data/following.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("data/block.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("data/mute.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("data/lists-*.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("data/smartblock.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    (
        "data/direct-message-mute.js",
        "lists of accounts (followers, following, blocks, mutes): names, not the person's text",
    ),
    ("follower.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("following.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("block.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("mute.js", "lists of accounts (followers, following, blocks, mutes): names, not the person's text"),
    ("data/ip-audit.js", "security and login records: no personal text"),
    ("data/device-token.js", "security and login records: no personal text"),
    ("data/ni-devices.js", "security and login records: no personal text"),
    ("data/key-registry.js", "security and login records: no personal text"),
    ("data/account-creation-ip.js", "security and login records: no personal text"),
    ("data/connected-application.js", "security and login records: no personal text"),
    ("data/sso.js", "security and login records: no personal text"),
    ("data/account-timezone.js", "security and login records: no personal text"),
    ("data/account-suspension.js", "security and login records: no personal text"),
    ("data/account-label.js", "security and login records: no personal text"),
    ("data/ageinfo.js", "security and login records: no personal text"),
    ("data/app.js", "security and login records: no personal text"),
    ("data/verified*.js", "security and login records: no personal text"),
    ("data/tweetdeck.js", "security and login records: no personal text"),
    ("data/saved-search.js", "security and login records: no personal text"),
    ("data/reply-prompt.js", "security and login records: no personal text"),
    ("data/branch-links.js", "security and login records: no personal text"),
    ("data/expanded-profile.js", "security and login records: no personal text"),
    ("data/audio-video-calls-*", "security and login records: no personal text"),
    ("data/*-headers.js", "headers of tweets and messages: ids and dates, the text is in the full files"),
    ("data/message-event.js", "message delivery events: ids and times"),
    ("data/periscope-*", "records of Periscope, a retired service: ids and settings"),
    ("data/community-note*.js", "community notes about other people's posts"),
    ("data/grok-chat-item.js", "chats with X's assistant: never published"),
    ("data/spaces-metadata.js", "Spaces metadata: ids and times"),
    ("data/moment.js", "Moments: collections of other people's tweets"),
    ("data/article-metadata.js", "article metadata: ids and times"),
    ("data/catalog-item.js", "shop catalogue records: no personal text"),
    ("data/commerce-catalog.js", "shop catalogue records: no personal text"),
    ("data/product-*.js", "shop catalogue records: no personal text"),
    ("data/shop*.js", "shop catalogue records: no personal text"),
    ("data/twitter-shop.js", "shop catalogue records: no personal text"),
    ("data/professional-data.js", "the professional account's category record"),
    ("data/contact.js", "the phone's uploaded address book: other people's details, never read"),
    ("data/manifest.js", "the archive's manifest: read only to recognise the layout"),
    ("data/article*.js", "X Articles: the layout is not known yet (empty in every archive seen), so not read"),
    ("data/README.txt", "the viewer's own files: no personal data"),
    ("index.html", "the viewer's own files: no personal data"),
    ("Your archive.html", "the viewer's own files: no personal data"),
    ("assets/*", "the viewer's own files: no personal data"),
    ("data/profile_media/*", "the profile photo and banner: no text; its GPS is stripped by X"),
)
"""Files not read, each with the reason the scan gives the person (glob patterns)."""
