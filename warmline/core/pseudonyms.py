"""Stable pseudonyms: the only name a supporter ever sees for a texter."""

from __future__ import annotations

import hashlib
import hmac

_ADJECTIVES = (
    "Amber", "Autumn", "Blue", "Brave", "Bright", "Calm", "Cedar", "Clear", "Coral", "Cozy",
    "Dawn", "Gentle", "Golden", "Green", "Hazel", "Honest", "Hopeful", "Indigo", "Ivory", "Jade",
    "Kind", "Lively", "Lucky", "Maple", "Mellow", "Misty", "Noble", "Ocean", "Olive", "Patient",
    "Pine", "Quiet", "Rosy", "Sage", "Silver", "Snowy", "Steady", "Sunny", "Swift", "Warm",
)
_NOUNS = (
    "Badger", "Birch", "Bluebird", "Brook", "Canyon", "Cloud", "Comet", "Crane", "Deer", "Dune",
    "Falcon", "Fern", "Finch", "Fox", "Harbor", "Heron", "Hill", "Lake", "Lark", "Meadow",
    "Moon", "Moss", "Otter", "Owl", "Pebble", "Pond", "Rain", "Raven", "Reed", "River",
    "Robin", "Sparrow", "Star", "Stone", "Swan", "Tide", "Valley", "Willow", "Wren", "Zephyr",
)


def pseudonym_for(number: str, secret_key: str) -> str:
    """Derive a pseudonym from a number with a keyed hash, so it cannot be reversed."""
    digest = hmac.new(secret_key.encode(), number.encode(), hashlib.sha256).digest()
    value = int.from_bytes(digest[:8], "big")
    adjective = _ADJECTIVES[value % len(_ADJECTIVES)]
    noun = _NOUNS[(value // len(_ADJECTIVES)) % len(_NOUNS)]
    suffix = (value // (len(_ADJECTIVES) * len(_NOUNS))) % 100
    return f"{adjective} {noun} {suffix:02d}"
