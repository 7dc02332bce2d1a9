"""Phone numbers as they enter the line: normalised to E.164, channel kept apart."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from warmline.errors import BadInput

CHANNELS = ("sms", "whatsapp")


@dataclass(frozen=True)
class Address:
    """Where a texter can be reached: an E.164 number on a channel."""

    number: str
    channel: str = "sms"

    @property
    def twilio_address(self) -> str:
        return self.number if self.channel == "sms" else f"{self.channel}:{self.number}"


@lru_cache(maxsize=65536)
def parse_address(raw: str, default_region: str = "US") -> Address:
    """Parse a Twilio `From`/`To` value such as `+14155550100` or `whatsapp:+14155550100`."""
    text = raw.strip()
    channel = "sms"
    prefix, sep, rest = text.partition(":")
    if sep:
        if prefix.lower() not in CHANNELS:
            raise BadInput(f"unknown channel {prefix!r} in number")
        channel, text = prefix.lower(), rest.strip()
    return Address(normalise_number(text, default_region), channel)


@lru_cache(maxsize=65536)
def normalise_number(raw: str, default_region: str = "US") -> str:
    """Return `raw` in E.164, or raise BadInput if it is not a possible phone number."""
    if not raw or len(raw) > 32:
        raise BadInput("phone number missing or too long")
    try:
        parsed = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException as error:
        raise BadInput(f"not a phone number: {error}") from None
    if not phonenumbers.is_possible_number(parsed):
        raise BadInput("not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
