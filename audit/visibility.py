"""Who can see a finding, in words, and how to check it where the export does not say.

Clause 2.4.4 asks staff to "understand who is allowed to view the content on their pages".
Exports rarely record a post's audience (Meta's never do, per shared/formats), so a finding's
visibility is often "unknown": rather than guess, we say where the platform shows it.
"""

from __future__ import annotations

MEANINGS = {
    "public": "Anyone, including people without an account, can see this.",
    "followers": "Only people you approved as followers can see this.",
    "friends": "Only your friends can see this.",
    "custom": "A group you chose can see this (a Circle, a community, a private message).",
    "only_me": "Only you can see this in your account, but it is in your data, and the platform holds it.",
    "unknown": "The export does not say who can see this.",
}

HOW_TO_CHECK = {
    "bluesky": (
        "Everything in a Bluesky account is public: posts, replies, your profile, lists, likes and follows "
        "can be read by anyone, logged in or not, and downloaded in bulk. Settings > Privacy and security > "
        "Logged-out visibility only asks apps to hide your content from logged-out viewers. To take something "
        "down, delete the post (the ... menu on the post) or edit your profile."
    ),
    "facebook": (
        "Open the post and look at the audience icon next to its date (globe = Public, two people = "
        "Friends). For profile details: Profile > Edit profile details, the audience shown beside each "
        "field. To limit all old posts at once: Settings & privacy > Settings > Audience and visibility > "
        "Posts > Limit who can see past posts."
    ),
    "instagram": (
        "Instagram posts follow the account: Settings and activity > Account privacy. With Private account "
        "off, every post, comment on public posts and your bio are public."
    ),
    "linkedin": (
        "LinkedIn shows each post's audience under your name on the post (globe = Anyone, two people = "
        "Connections only). Contact details: Me > View profile > Contact info, pencil icon, then who can see "
        "your e-mail, phone and address under Settings & Privacy > Visibility > Who can see or download your "
        "email address. Public profile: Me > View profile > Edit public profile & URL."
    ),
    "mastodon": (
        "Mastodon shows each post's audience as an icon under it (globe = Public, unlocked padlock = Quiet "
        "public, padlock = Followers, @ = Private mention). Your bio, display name and profile fields are "
        "always public: Preferences > Public profile."
    ),
    "tiktok": (
        "TikTok shows each video's audience in the video's ⋯ menu > Privacy settings > Who can watch this "
        "video (Everyone, Friends, Only you). For the whole account: Profile > ☰ > Settings and privacy > "
        "Privacy > Private account. Your username, name, bio and profile photo are public even when the "
        "account is private."
    ),
    "x": (
        "X posts are public unless your posts are protected: Settings and privacy > Privacy and safety > "
        "Audience and tagging > Protect your posts. Your bio, name and location are always public."
    ),
}
GENERIC_CHECK = "Open the item on the platform and look at its audience or the account's privacy settings."


def meaning(visibility: str) -> str:
    """One sentence on who can see an item with this visibility."""
    return MEANINGS.get(visibility, MEANINGS["unknown"])


def how_to_check(platform: str) -> str:
    """Where on the platform the person can see (and change) who sees an item."""
    return HOW_TO_CHECK.get(platform, GENERIC_CHECK)


def explain(platform: str, visibility: str) -> str:
    """What the person should read about a finding's audience: the meaning, and for unknown, how to check."""
    if visibility == "unknown":
        return f"{meaning(visibility)} {how_to_check(platform)}"
    return meaning(visibility)
