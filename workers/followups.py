"""The follow-up check-ins texters said YES to: sent once, never at night, never after STOP.

A YES puts the follow-up in the store's due set and schedules one RQ job for its second;
that job sends every follow-up due by then, in batches that idle workers share. Each is
claimed atomically before it is sent, so a retried or duplicated job never texts anyone twice.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from warmline.continuity import ContinuityRules
from warmline.core.followups import candidate_zones, next_allowed
from warmline.errors import RetryableSend
from warmline.store import continuity, texting
from workers.context import context, now_ms
from workers.outbound import send_text

log = logging.getLogger("warmline.followups")
BATCH = 100
# Sending is waiting (on Redis's fsync and on Twilio), so a batch is sent by a few threads.
THREADS = 16
# Long enough to send a batch; a follow-up taken by a worker that died comes due again after.
LEASE_MS = 120_000


def send_due_follow_ups() -> int:
    """Send one batch of due follow-ups (asking for another batch first if there may be more);
    answers how many were taken."""
    ctx = context()
    due = ctx.store.run(continuity.take_due_follow_ups(now_ms(), BATCH, LEASE_MS))
    if len(due) == BATCH:
        ctx.jobs.more_follow_ups()
    with ThreadPoolExecutor(THREADS, thread_name_prefix="follow-up") as pool:
        list(pool.map(_send_safely, due))
    return len(due)


def _send_safely(due: tuple[str, str]) -> None:
    texter_id, token = due
    try:
        send_follow_up(texter_id, token)
    except Exception:  # noqa: BLE001 - one texter's failure must not hold up the rest
        log.exception("follow-up %s for %s failed; it comes due again", token, texter_id)


def sweep_overdue() -> int:
    """Housekeeping: follow-ups whose job was lost (or whose sender died) get a new one."""
    ctx = context()
    overdue = ctx.store.run(continuity.overdue_follow_ups(now_ms()))
    if overdue:
        ctx.jobs.more_follow_ups()
    return overdue


def send_follow_up(texter_id: str, token: str) -> str:
    """Send follow-up `token` if it is still wanted and allowed; answers what happened."""
    ctx = context()
    texter = ctx.store.run(texting.texter(texter_id))
    if texter.get("followup_token") == token:
        rules = ContinuityRules.from_settings(ctx.settings)
        now = datetime.now(UTC)
        allowed = next_allowed(now, candidate_zones(texter["number"]), rules.quiet,
                               rules.line_zone)
        if allowed > now:
            # Came due late, into the texter's quiet hours: move it to their morning.
            due_ms = int(allowed.timestamp() * 1000)
            ctx.store.run_all(continuity.move_follow_up(texter_id, token, due_ms))
            ctx.jobs.schedule_follow_ups(due_ms)
            return "moved"
    claim = ctx.store.run(continuity.claim_follow_up(
        texter_id, token, ctx.texts.follow_up(), now_ms(), ctx.events_max))
    if claim.outcome not in ("ok", "again") or not claim.message_id:
        return claim.outcome
    try:
        return send_text(claim.message_id, retried_elsewhere=True)
    except RetryableSend:
        # Twilio busy or down: the ordinary send job, with its retries, takes it from here.
        ctx.jobs.send_text_later(claim.message_id, 5)
        return "deferred"
