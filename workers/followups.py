"""The follow-up check-in a texter said YES to, sent once, never at night, never after STOP."""

from __future__ import annotations

from datetime import UTC, datetime

from warmline.continuity import ContinuityRules
from warmline.core.followups import candidate_zones, next_allowed
from warmline.store import continuity, texting
from workers.context import context, now_ms
from workers.outbound import send_text


def send_follow_up(texter_id: str, token: str) -> str:
    """Send follow-up `token` if it is still wanted and allowed; answers what happened.

    Idempotent: the store hands the text out once per token, and a retry of this job only
    resumes sending that same text (which `send_text` sends at most once).
    """
    ctx = context()
    texter = ctx.store.run(texting.texter(texter_id))
    if texter.get("followup_token") == token:
        rules = ContinuityRules.from_settings(ctx.settings)
        now = datetime.now(UTC)
        allowed = next_allowed(now, candidate_zones(texter["number"]), rules.quiet,
                               rules.line_zone)
        if allowed > now:
            # Ran late, into the texter's quiet hours: move it to their morning.
            due_ms = int(allowed.timestamp() * 1000)
            ctx.store.run(continuity.move_follow_up(texter_id, due_ms))
            ctx.jobs.schedule_follow_up(texter_id, token, due_ms)
            return "moved"
    claim = ctx.store.run(continuity.claim_follow_up(
        texter_id, token, ctx.texts.follow_up(), now_ms(), ctx.events_max))
    if claim.outcome not in ("ok", "again") or not claim.message_id:
        return claim.outcome
    return send_text(claim.message_id)
