"""How many conversations a texter may open a day, when the line chooses to limit them.

Off by default. Never applied to a conversation screened as a crisis. The store enforces the
count atomically when it opens a conversation; this module says what the policy is.
"""

from __future__ import annotations

from dataclasses import dataclass

from warmline.core.quiet_conversations import CRISIS_PRIORITIES

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class ContactLimit:
    per_day: int  # 0: no limit
    window_ms: int = DAY_MS

    @property
    def enabled(self) -> bool:
        return self.per_day > 0

    def applies_to(self, priority: str) -> bool:
        return self.enabled and priority not in CRISIS_PRIORITIES


def reached(limit: ContactLimit, opened_at: list[int], now: int) -> bool:
    """Whether the texter, who opened conversations at `opened_at`, has used today's share."""
    recent = [t for t in opened_at if now - t < limit.window_ms]
    return limit.enabled and len(recent) >= limit.per_day
