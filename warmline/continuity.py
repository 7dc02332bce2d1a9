"""What the continuity rules add to one inbound text before the store records it.

Opening hours, survey replies, follow-up timing, the returning-texter offer and the contact
limit are decided here in Python (pure rules from `warmline.core`), then carried into
`inbound.lua` as one JSON object so that the store applies them atomically with the text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from warmline.core import hours as opening
from warmline.core.contact_limits import DAY_MS, ContactLimit
from warmline.core.followups import QuietHours, follow_up_time, parse_quiet_hours
from warmline.core.queue import Priority
from warmline.core.survey import parse_reply
from warmline.core.texts import LineTexts
from warmline.settings import Settings


@dataclass(frozen=True)
class ContinuityRules:
    line_zone: str
    quiet: QuietHours
    follow_up_delay_seconds: float
    survey_window_ms: int
    after_hours_every_ms: int
    offer_ms: int
    contact_limit: ContactLimit

    @classmethod
    def from_settings(cls, settings: Settings) -> ContinuityRules:
        return cls(
            line_zone=str(settings["WARMLINE_TIME_ZONE"]),
            quiet=parse_quiet_hours(str(settings["WARMLINE_QUIET_HOURS"])),
            follow_up_delay_seconds=settings.seconds("FOLLOWUP_DELAY"),
            survey_window_ms=int(settings.seconds("SURVEY_WINDOW") * 1000),
            after_hours_every_ms=int(settings.seconds("AFTER_HOURS_NOTICE") * 1000),
            offer_ms=int(settings.seconds("RETURNING_OFFER") * 1000),
            contact_limit=ContactLimit(int(settings["WARMLINE_CONTACTS_PER_DAY"]), DAY_MS),
        )


def load_hours(raw: dict[str, Any] | None, default_zone: str) -> opening.OpeningHours | None:
    """The stored opening hours (already validated when saved), or None: always open."""
    if raw is None:
        return None
    return _parsed(json.dumps(raw, sort_keys=True), default_zone)


@lru_cache(maxsize=8)
def _parsed(text: str, default_zone: str) -> opening.OpeningHours:
    return opening.parse_hours(json.loads(text), default_zone)


def for_inbound(
    rules: ContinuityRules, hours: opening.OpeningHours | None, texts: LineTexts, number: str,
    body: str, priority: Priority, now_ms: int,
) -> dict[str, Any]:
    """The continuity fields `inbound.lua` reads for this text (`hours` None: always open)."""
    fields: dict[str, Any] = {"survey_window_ms": rules.survey_window_ms,
                              "offer_ms": rules.offer_ms}
    now = datetime.fromtimestamp(now_ms / 1000, UTC)
    reply = parse_reply(body)
    if reply is not None:
        fields.update(reply.as_fields())
        if reply.consent:
            due = follow_up_time(now, rules.follow_up_delay_seconds, number, rules.quiet,
                                 rules.line_zone)
            fields["followup_due"] = int(due.timestamp() * 1000)
    if priority is not Priority.NORMAL:
        return fields  # crisis: queued at once, at any hour, never limited
    if not opening.is_open(hours, now):
        assert hours is not None
        opens = opening.next_opening(hours, now)
        fields.update(
            hold="after_hours",
            hold_until=int(opens.timestamp() * 1000) if opens else 0,
            after_hours_reply=texts.after_hours(opening.describe_opening(opens, now, hours.zone)),
            after_hours_every_ms=rules.after_hours_every_ms,
        )
    if rules.contact_limit.enabled:
        fields.update(contact_limit=rules.contact_limit.per_day,
                      contact_window_ms=rules.contact_limit.window_ms,
                      contact_limit_reply=texts.contact_limit(rules.contact_limit.per_day))
    return fields
