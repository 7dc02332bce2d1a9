"""Quiet conversations: what to do about an open conversation in which nothing is happening.

A texter who has gone quiet after the supporter's reply gets one gentle check, and the
conversation closes itself later (never one flagged as a crisis: silence there is a warning,
not an ending). A supporter who owes a reply is nudged, and later the conversation goes back to
the head of the queue. Session-length guidance, when switched on, reminds the supporter once.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

CRISIS_PRIORITIES = frozenset({"urgent", "imminent"})
# Who closed a conversation for silence; such endings get a closing text but no survey.
QUIET_CLOSER = "line:quiet"


class Step(enum.Enum):
    NOTHING = "nothing"
    CHECK_ON_TEXTER = "check_on_texter"
    CLOSE = "close"
    NUDGE_SUPPORTER = "nudge_supporter"
    REQUEUE = "requeue"
    GUIDE_SESSION = "guide_session"


@dataclass(frozen=True)
class QuietRules:
    """Milliseconds; 0 switches that step off."""

    check_after: int
    close_after: int
    nudge_after: int
    requeue_after: int
    session_guide_after: int = 0


@dataclass(frozen=True)
class ConversationClock:
    """What the sweep knows about one active conversation (epoch milliseconds; 0 = never)."""

    assigned_at: int
    last_texter_at: int
    last_reply_at: int
    owed_since: int  # first texter message the supporter has not answered yet
    checked_for: int  # the silence (last_reply_at) a check was already sent for
    nudged_for: int  # the debt (reply owed since) a nudge was already sent for
    guided: bool
    priority: str

    @property
    def crisis(self) -> bool:
        return self.priority in CRISIS_PRIORITIES

    @property
    def reply_owed_since(self) -> int:
        return max(self.owed_since, self.assigned_at) if self.owed_since else 0


def next_step(clock: ConversationClock, rules: QuietRules, now: int) -> Step:
    """The one thing the sweep should do now, most pressing first."""
    owed = clock.reply_owed_since
    if owed:
        if rules.requeue_after and now - owed >= rules.requeue_after:
            return Step.REQUEUE
        if rules.nudge_after and now - owed >= rules.nudge_after and clock.nudged_for != owed:
            return Step.NUDGE_SUPPORTER
    elif clock.last_reply_at and clock.last_reply_at >= clock.last_texter_at:
        silent = now - clock.last_reply_at
        checked = clock.checked_for == clock.last_reply_at
        if checked and rules.close_after and silent >= rules.close_after and not clock.crisis:
            return Step.CLOSE
        if not checked and rules.check_after and silent >= rules.check_after:
            return Step.CHECK_ON_TEXTER
    if (rules.session_guide_after and not clock.guided and not clock.crisis
            and now - clock.assigned_at >= rules.session_guide_after):
        return Step.GUIDE_SESSION
    return Step.NOTHING


def session_guidance(minutes: int) -> str:
    """What the console shows a supporter when a conversation runs long (their eyes only)."""
    return (f"This conversation has been going for about {minutes} minutes. When it feels "
            "right, you might start gently bringing it to a close. There is no rush.")
