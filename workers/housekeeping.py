"""The periodic sweep: texts stuck in the outbox, waiting texters' notices, routing."""

from __future__ import annotations

import logging

from rq.job import Job

from warmline.store import routing, texting
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
        "released": quiet.release_held(),
        "quiet": sum(quiet.sweep().values()),
        "follow_ups": followups.sweep_overdue(),
        "assigned": len(ctx.store.run(routing.assign_waiting(now_ms(), ctx.events_max))),
        "notices": queue_notices(),
    }


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
