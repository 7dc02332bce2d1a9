"""Follow-up timing: when a check-in may be sent, in the texter's own local time.

The texter's time zone comes from their number (`phonenumbers.timezone`, which is pure data).
Some numbers map to several zones: a US toll-free or Alaskan number, an Australian or Russian
mobile. For those we keep quiet hours in *every* candidate zone, so a check-in never lands at
night wherever the texter turns out to be; it may come an hour or three later than it would
for a known zone, which is the kinder mistake. When the candidates are spread so far apart
that no moment is allowed in all of them (only zones about twelve hours apart; even US
toll-free numbers, Guam to Pago Pago, share a daytime hour), we fall back to the line's own
time zone, which is where most of its texters live. Numbers with no zone
data at all use the line's zone too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import timezone as number_zones

from warmline.errors import BadInput

_UNKNOWN = "Etc/Unknown"
_GIVE_UP_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class QuietHours:
    """No follow-ups from `start` to `end`, minutes after local midnight; may wrap midnight."""

    start: int
    end: int

    def contains(self, local: time) -> bool:
        minute = local.hour * 60 + local.minute
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= minute < self.end
        return minute >= self.start or minute < self.end


def parse_quiet_hours(text: str) -> QuietHours:
    """'21:00-09:00' -> QuietHours; an empty string or 'off' means none."""
    if text.strip().lower() in ("", "off", "none"):
        return QuietHours(0, 0)
    start, sep, end = text.strip().partition("-")
    if not sep:
        raise BadInput(f"quiet hours look like 21:00-09:00, got {text!r}")
    return QuietHours(_minutes(start), _minutes(end))


def candidate_zones(number: str) -> tuple[str, ...]:
    """Every time zone the number may be in, per libphonenumber; empty when unknown."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return ()
    return tuple(z for z in number_zones.time_zones_for_number(parsed) if z != _UNKNOWN)


def next_allowed(at: datetime, zones: Sequence[str], quiet: QuietHours, line_zone: str) -> datetime:
    """The first moment at or after the aware `at` outside quiet hours in all `zones` (see the
    module docstring for the fallback)."""
    found = _outside_quiet(at, zones or (line_zone,), quiet)
    if found is None:
        found = _outside_quiet(at, (line_zone,), quiet)
    assert found is not None  # one zone always has an allowed moment within a day
    return found


def follow_up_time(
    consented_at: datetime, delay_seconds: float, number: str, quiet: QuietHours, line_zone: str
) -> datetime:
    """When to send a follow-up the texter agreed to at `consented_at`."""
    due = consented_at + timedelta(seconds=delay_seconds)
    return next_allowed(due, candidate_zones(number), quiet, line_zone)


def _outside_quiet(at: datetime, zones: Sequence[str], quiet: QuietHours) -> datetime | None:
    candidate = at
    while candidate - at <= _GIVE_UP_AFTER:
        moved = False
        for name in zones:
            zone = ZoneInfo(name)
            local = candidate.astimezone(zone)
            if quiet.contains(local.time()):
                candidate = _quiet_end(local, quiet, zone).astimezone(at.tzinfo)
                moved = True
        if not moved:
            return candidate
    return None


def _quiet_end(local: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    minute = local.hour * 60 + local.minute
    day = local.date()
    if quiet.start > quiet.end and minute >= quiet.start:
        day += timedelta(days=1)
    return datetime.combine(day, time(quiet.end // 60, quiet.end % 60), tzinfo=zone)


def _minutes(raw: str) -> int:
    hour, sep, minute = raw.strip().partition(":")
    if not (sep and hour.isdigit() and minute.isdigit() and len(minute) == 2):
        raise BadInput(f"quiet hours look like 21:00-09:00, got {raw!r}")
    if int(hour) > 23 or int(minute) > 59:
        raise BadInput(f"{raw!r} is not a time of day")
    return int(hour) * 60 + int(minute)
