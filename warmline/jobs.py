"""Every RQ enqueue in one place: which job, on which queue, with what retry and uniqueness.

Jobs are plain functions in `workers/` that take ids; they re-read state and do nothing when
there is nothing left to do, so enqueueing twice is harmless.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import redis
from rq import Queue, Retry
from rq.exceptions import DuplicateJobError

QUEUE_NAME = "warmline"
# Crisis resources and pages: workers take this queue first, so a backlog of welcomes never
# delays them.
URGENT_QUEUE_NAME = "warmline-urgent"
SEND_RETRY = Retry(max=5, interval=[2, 5, 15, 30, 60])


class Jobs:
    """Enqueues warmline's background jobs on one RQ queue."""

    def __init__(self, connection: redis.Redis) -> None:
        self.queue = Queue(QUEUE_NAME, connection=connection)
        self.urgent = Queue(URGENT_QUEUE_NAME, connection=connection)

    @property
    def queues(self) -> list[Queue]:
        """In the order workers take them."""
        return [self.urgent, self.queue]

    def send_text(self, message_id: str, *, urgent: bool = False) -> None:
        self._once("workers.outbound.send_text", message_id, job_id=f"send-{message_id}",
                   retry=SEND_RETRY, queue=self.urgent if urgent else self.queue)

    def page(self, escalation_id: str, rung: int, *, after_seconds: float = 0) -> None:
        """Page rung `rung` of an escalation's ladder, now or when the last rung's time is up.

        The timer and an immediate page (after a clinician fails to engage) have different
        job ids; whichever runs second finds the rung already claimed and does nothing."""
        job_id = f"page-{escalation_id}-{rung}"
        if after_seconds <= 0:
            self._once("workers.escalation.page", escalation_id, str(rung), job_id=job_id,
                       queue=self.urgent)
            return
        try:
            self.urgent.enqueue_in(timedelta(seconds=after_seconds), "workers.escalation.page",
                                   escalation_id, str(rung), job_id=f"{job_id}-timer",
                                   unique=True)
        except DuplicateJobError:
            pass

    def after_acknowledgement(self, escalation_id: str) -> None:
        self.urgent.enqueue("workers.escalation.acknowledged", escalation_id)

    def check_engagement(self, escalation_id: str, after_seconds: float) -> None:
        try:
            self.urgent.enqueue_in(timedelta(seconds=after_seconds),
                                   "workers.escalation.check_engagement", escalation_id,
                                   job_id=f"engaged-{escalation_id}", unique=True)
        except DuplicateJobError:
            pass

    def send_text_later(self, message_id: str, seconds: float) -> None:
        self.queue.enqueue_in(timedelta(seconds=seconds), "workers.outbound.send_text",
                              message_id, retry=SEND_RETRY)

    def introduce_supporter(self, conversation_id: str, supporter: str) -> None:
        self._once("workers.routing.introduce_supporter", conversation_id, supporter,
                   job_id=f"introduce-{conversation_id}-{supporter}")

    def tell_place_in_line(self, conversation_id: str) -> None:
        self.queue.enqueue("workers.routing.tell_place_in_line", conversation_id)

    # Continuity: closing texts, follow-ups and the end of a returning texter's offer.

    def send_ending(self, conversation_id: str) -> None:
        self._once("workers.endings.send_ending", conversation_id,
                   job_id=f"ending-{conversation_id}", retry=SEND_RETRY)

    def schedule_follow_ups(self, due_ms: int) -> None:
        """Send the follow-ups due by `due_ms`: one scheduled job per second, however many
        fall due in it (the job takes them from the store's due set)."""
        second = -(-due_ms // 1000)  # RQ's scheduler keeps whole seconds: round up, never early
        try:
            self.queue.enqueue_at(
                datetime.fromtimestamp(second, UTC), "workers.followups.send_due_follow_ups",
                job_id=f"followups-{second}", unique=True, retry=SEND_RETRY, result_ttl=60,
                failure_ttl=7 * 24 * 3600)
        except DuplicateJobError:
            pass

    def more_follow_ups(self) -> None:
        """Another batch of due follow-ups, now, for whichever worker is free."""
        self.queue.enqueue("workers.followups.send_due_follow_ups", retry=SEND_RETRY,
                           result_ttl=60)

    def end_offer_at(self, conversation_id: str, at_ms: int) -> None:
        """Route again when a returning texter's offer to their last supporter runs out."""
        try:
            self.queue.enqueue_at(
                datetime.fromtimestamp(at_ms / 1000, UTC), "workers.returning.offer_expired",
                conversation_id, job_id=f"offer-{conversation_id}-{at_ms}", unique=True,
                result_ttl=60)
        except DuplicateJobError:
            pass

    def start_housekeeping(self, every_seconds: float) -> bool:
        """Enqueue the housekeeping sweep unless one was enqueued in the last interval, so
        any number of worker processes can call this on a timer."""
        fresh = self.queue.connection.set(
            "wl:housekeeping:due", "1", nx=True, px=max(1, int(every_seconds * 1000))
        )
        if fresh:
            self.queue.enqueue("workers.housekeeping.run", result_ttl=60)
        return bool(fresh)

    def _once(self, func: str, *args: str, job_id: str, retry: Retry | None = None,
              queue: Queue | None = None) -> None:
        try:
            (queue or self.queue).enqueue(func, *args, job_id=job_id, unique=True, retry=retry,
                                          result_ttl=600, failure_ttl=7 * 24 * 3600)
        except DuplicateJobError:
            pass  # already queued or done: the job is idempotent anyway
