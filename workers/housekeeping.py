"""The periodic sweep: texts stuck in the outbox, escalations whose timer was lost, waiting
texters' notices, routing."""

from __future__ import annotations

import logging

from rq.job import Job

from warmline.store import escalations, routing, texting
from workers import followups, quiet
from workers.context import context, now_ms

log = logging.getLogger("warmline.housekeeping")
INTERVAL_SECONDS = 10.0
_DEAD = ("failed", "stopped", "canceled")


def run() -> dict[str, int]:
    """One sweep; `warmline worker` enqueues it every INTERVAL_SECONDS across all workers."""
    ctx = context()
    return {
        "recovered": recover_outbox(),
        "escalations": recover_escalations(),
        "released": quiet.release_held(),
        "quiet": sum(quiet.sweep().values()),
        "follow_ups": followups.sweep_overdue(),
        "assigned": len(ctx.store.run(routing.assign_waiting(now_ms(), ctx.events_max))),
        "notices": queue_notices(),
    }


def recover_escalations() -> int:
    """Climb the ladder for any escalation still paging long after its rung's time ran out:
    its page or timer was lost (a worker died holding it). The rung claim makes this a no-op
    when the timer is merely late."""
    ctx = context()
    now = now_ms()
    grace_ms = int(ctx.settings.seconds("OUTBOX_RECOVERY") * 1000)
    climbed = 0
    for escalation_id in ctx.store.run(escalations.open_escalation_ids()):
        record = ctx.store.run(escalations.escalation(escalation_id))
        if record.get("status") != "paging":
            continue
        rung = int(record.get("rung", "-1"))
        since = int(record.get("paged_at") or record.get("created_at") or now)
        wait_ms = 0 if rung < 0 else int(1000 * ctx.settings.seconds(
            "ESCALATION_L1_ACK" if record.get("level") == "L1" else "ESCALATION_L2_ACK"))
        if now - since > wait_ms + grace_ms:
            log.error("escalation %s stalled at rung %d; paging the next rung", escalation_id,
                      rung)
            ctx.jobs.page(escalation_id, rung + 1)
            climbed += 1
    return climbed


def recover_outbox() -> int:
    """Hand texts that have sat in the outbox too long back to a worker (e.g. after a crash
    between recording a text and enqueueing its job)."""
    ctx = context()
    cutoff = now_ms() - int(ctx.settings.seconds("OUTBOX_RECOVERY") * 1000)
    recovered = 0
    for message_id in ctx.store.run(texting.outbox_older_than(cutoff)):
        if ctx.store.run(texting.message_status(message_id)) not in ("pending", "sending"):
            continue  # already with Twilio, waiting for its final status: nothing to recover
        job = Job.fetch_many([f"send-{message_id}"], connection=ctx.jobs.queue.connection)[0]
        if job is not None:
            status = job.get_status(refresh=True)
            if status not in _DEAD:
                continue  # queued, scheduled for a retry, or running
            job.delete()
        ctx.jobs.send_text(message_id)
        recovered += 1
    if recovered:
        log.warning("re-enqueued %d texts from the outbox", recovered)
    return recovered


def queue_notices() -> int:
    ctx = context()
    waiting = ctx.store.run(routing.waiting())
    for conversation_id, _score in waiting:
        ctx.jobs.tell_place_in_line(conversation_id)
    return len(waiting)
