"""Opening hours: a weekly schedule and dated exceptions, in the line's time zone.

No schedule at all means the line is always open. A day's spans are half-open wall-clock
intervals ("09:00"-"17:00"; "24:00" ends at midnight); a span across midnight is written as
two spans, one on each day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from warmline.errors import BadInput

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_SPANS_PER_DAY = 6
MAX_EXCEPTIONS = 400


@dataclass(frozen=True)
class Span:
    """Open from `start` to `end`, in minutes after local midnight (0 <= start < end <= 1440)."""

    start: int
    end: int

    def as_text(self) -> list[str]:
        return [_clock(self.start), _clock(self.end)]


@dataclass(frozen=True)
class OpeningHours:
    time_zone: str
    weekly: tuple[tuple[Span, ...], ...]  # Monday first, seven entries
    exceptions: Mapping[date, tuple[Span, ...]] = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def spans_on(self, day: date) -> tuple[Span, ...]:
        if day in self.exceptions:
            return self.exceptions[day]
        return self.weekly[day.weekday()]

    def as_json(self) -> dict[str, Any]:
        return {
            "time_zone": self.time_zone,
            "weekly": {name: [s.as_text() for s in spans]
                       for name, spans in zip(DAYS, self.weekly, strict=True)},
            "exceptions": [{"date": day.isoformat(), "hours": [s.as_text() for s in spans]}
                           for day, spans in sorted(self.exceptions.items())],
        }


def is_open(hours: OpeningHours | None, at: datetime) -> bool:
    """Whether the line is open at the aware datetime `at`."""
    if hours is None:
        return True
    local = at.astimezone(hours.zone)
    minute = local.hour * 60 + local.minute
    return any(s.start <= minute < s.end for s in hours.spans_on(local.date()))


def next_opening(hours: OpeningHours | None, at: datetime, horizon_days: int = 400) -> datetime | None:
    """When the line next opens at or after `at` (`at` itself if open), or None if it never does."""
    if is_open(hours, at) or hours is None:
        return at
    zone = hours.zone
    local = at.astimezone(zone)
    for offset in range(horizon_days + 1):
        day = local.date() + timedelta(days=offset)
        for span in hours.spans_on(day):
            opens = _wall(day, span.start, zone)
            if opens > at:
                return opens
    return None


def describe_opening(opens: datetime | None, now: datetime, zone: ZoneInfo) -> str:
    """'today at 5:00 PM EST', 'tomorrow at 9:00 AM EST', 'on Monday 24 Nov at 9:00 AM EST'."""
    if opens is None:
        return "as soon as we can"
    local, today = opens.astimezone(zone), now.astimezone(zone).date()
    clock = f"{local.strftime('%I:%M %p').lstrip('0')} {local.strftime('%Z')}"
    if local.date() == today:
        return f"today at {clock}"
    if local.date() == today + timedelta(days=1):
        return f"tomorrow at {clock}"
    return f"on {local.strftime('%A')} {local.day} {local.strftime('%b')} at {clock}"


def parse_hours(data: Any, default_zone: str) -> OpeningHours:
    """Opening hours from their JSON form; BadInput names the first problem found."""
    if not isinstance(data, dict):
        raise BadInput("opening hours must be a JSON object")
    unknown = set(data) - {"time_zone", "weekly", "exceptions"}
    if unknown:
        raise BadInput(f"unknown field {sorted(unknown)[0]!r}")
    zone_name = data.get("time_zone", default_zone)
    if not isinstance(zone_name, str) or not valid_zone(zone_name):
        raise BadInput("time_zone must be an IANA time zone such as America/New_York")
    weekly_raw = data.get("weekly")
    if not isinstance(weekly_raw, dict) or set(weekly_raw) - set(DAYS):
        raise BadInput(f"weekly must be an object keyed by {', '.join(DAYS)}")
    weekly = tuple(_spans(weekly_raw.get(day, []), f"weekly.{day}") for day in DAYS)
    exceptions_raw = data.get("exceptions", [])
    if not isinstance(exceptions_raw, list) or len(exceptions_raw) > MAX_EXCEPTIONS:
        raise BadInput(f"exceptions must be a list of at most {MAX_EXCEPTIONS} dated entries")
    exceptions: dict[date, tuple[Span, ...]] = {}
    for entry in exceptions_raw:
        if not isinstance(entry, dict) or set(entry) - {"date", "hours", "note"}:
            raise BadInput("each exception is {\"date\": \"YYYY-MM-DD\", \"hours\": [...]}")
        try:
            day = date.fromisoformat(entry.get("date", ""))
        except (TypeError, ValueError):
            raise BadInput("an exception's date must be YYYY-MM-DD") from None
        if day in exceptions:
            raise BadInput(f"{day.isoformat()} is listed twice in exceptions")
        exceptions[day] = _spans(entry.get("hours", []), f"exceptions.{day.isoformat()}")
    return OpeningHours(zone_name, weekly, exceptions)


def valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return "/" in name or name == "UTC"


def _spans(raw: Any, where: str) -> tuple[Span, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_SPANS_PER_DAY:
        raise BadInput(f"{where} must be a list of at most {MAX_SPANS_PER_DAY} [open, close] pairs")
    spans = []
    for pair in raw:
        if not isinstance(pair, list) or len(pair) != 2:
            raise BadInput(f"{where}: each span is a pair like [\"09:00\", \"17:00\"]")
        start, end = _minutes(pair[0], where), _minutes(pair[1], where)
        if not start < end:
            raise BadInput(f"{where}: a span must close after it opens (split spans at midnight)")
        spans.append(Span(start, end))
    spans.sort(key=lambda s: s.start)
    for before, after in zip(spans, spans[1:], strict=False):
        if after.start < before.end:
            raise BadInput(f"{where}: spans overlap")
    return tuple(spans)


def _minutes(raw: Any, where: str) -> int:
    if not isinstance(raw, str) or len(raw) != 5 or raw[2] != ":" or not (
        raw[:2].isdigit() and raw[3:].isdigit()
    ):
        raise BadInput(f"{where}: times are HH:MM, got {raw!r}")
    hour, minute = int(raw[:2]), int(raw[3:])
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        raise BadInput(f"{where}: {raw!r} is not a time of day")
    return hour * 60 + minute


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _wall(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    if minutes >= 1440:
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=zone)
