"""The dispatcher: turns the work the Lua scripts owe (the dispatch list) into RQ jobs.

State changes and the work they owe are written together, atomically, so the web process never
has to enqueue anything after answering. Each `warmline worker` runs one dispatcher thread; an
item popped by a worker that dies before enqueueing is caught by housekeeping's outbox sweep.
"""

from __future__ import annotations

import logging
import threading

import redis

from warmline.jobs import Jobs
from warmline.store import keys

log = logging.getLogger("warmline.dispatch")
_BATCH = 200


def dispatch(jobs: Jobs, items: list[str]) -> None:
    for item in items:
        kind, _, rest = item.partition(":")
        if kind == "send":
            jobs.send_text(rest)
        elif kind == "send-urgent":
            jobs.send_text(rest, urgent=True)
        elif kind == "acknowledged":
            jobs.after_acknowledgement(rest)
        elif kind == "page":
            escalation_id, _, rung = rest.partition(":")
            jobs.page(escalation_id, int(rung or 0))
        elif kind == "introduce":
            conversation_id, _, supporter = rest.partition(":")
            jobs.introduce_supporter(conversation_id, supporter)
        elif kind == "place":
            jobs.tell_place_in_line(rest)
        elif kind == "ending":
            jobs.send_ending(rest)
        elif kind == "followup":
            jobs.schedule_follow_ups(int(rest))
        elif kind == "route_at":
            conversation_id, _, at_ms = rest.partition(":")
            jobs.end_offer_at(conversation_id, int(at_ms))
        else:
            log.error("unknown dispatch item %r", item)


def drain(client: redis.Redis, jobs: Jobs) -> int:
    """Dispatch everything waiting now, without blocking; answers how many items."""
    done = 0
    while True:
        items = client.lpop(keys.DISPATCH, _BATCH)
        if not items:
            return done
        dispatch(jobs, [_text(i) for i in items])
        done += len(items)


def run_forever(client: redis.Redis, jobs: Jobs, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            popped = client.blmpop(1, 1, keys.DISPATCH, direction="LEFT", count=_BATCH)
            if popped:
                _key, items = popped
                dispatch(jobs, [_text(i) for i in items])
        except redis.RedisError:
            log.exception("dispatcher lost Redis; retrying")
            stop.wait(1)


def _text(item: bytes | str | int) -> str:
    return item.decode() if isinstance(item, bytes) else str(item)
